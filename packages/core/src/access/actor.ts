import type { Role } from './roles.js';

/** Who is asking: a signed-in user or an API token acting for one. */
export type Actor = {
  userId: number;
  username: string;
  role: Role;
  /** The agent id on calls, for an agent (坐席工号). */
  agentId?: string;
  /** The ACD groups a team lead leads. */
  teams: readonly string[];
};

/**
 * Which calls an actor may see: all of them, those of some ACD groups, or one agent's. Routes turn
 * it into a filter the store applies, so that a list can never leak what a detail page refuses.
 */
export type CallScope =
  | { kind: 'all' }
  | { kind: 'teams'; teams: readonly string[] }
  | { kind: 'agent'; agentId: string };

/**
 * @example callScopeOf({ role: 'agent', agentId: 'a1001', … }) // { kind: 'agent', agentId: 'a1001' }
 */
export function callScopeOf(actor: Actor): CallScope {
  switch (actor.role) {
    case 'agent':
      // An agent account without an agent id sees nothing rather than everything.
      return { kind: 'agent', agentId: actor.agentId ?? '\u0000' };
    case 'team_lead':
      return { kind: 'teams', teams: actor.teams };
    default:
      return { kind: 'all' };
  }
}

/** Whether a call (by its agent and ACD group) is inside the actor's scope. */
export function canViewCall(actor: Actor, call: { agentId?: string; team?: string }): boolean {
  const scope = callScopeOf(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'agent') return call.agentId === scope.agentId;
  return call.team !== undefined && scope.teams.includes(call.team);
}
