import type { Actor } from '../access/actor.js';
import { hasPermission } from '../access/permissions.js';

export const appealStatuses = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export type AppealStatus = (typeof appealStatuses)[number];

/** How a center runs appeals (申诉): who decides first, how long each step may take. */
export type AppealPolicy = {
  /** Days after an evaluation (or a review) during which its agent may appeal. */
  fileWithinDays: number;
  /** Days after a first-level rejection during which the agent may escalate. */
  escalateWithinDays: number;
  /** Days a decider has before the appeal is overdue. */
  decideWithinDays: number;
  /** Who decides the first level: the agent's team lead, or the QA team. */
  firstLevel: 'team_lead' | 'qa';
};

export const defaultAppealPolicy: AppealPolicy = {
  fileWithinDays: 7,
  escalateWithinDays: 3,
  decideWithinDays: 3,
  firstLevel: 'team_lead',
};

/** What the rules need to know of an appeal. */
export type AppealState = {
  status: AppealStatus;
  /** 1 for the first appeal, 2 after escalation (the final level). */
  level: 1 | 2;
  agentUserId: number;
  team?: string;
  /** Epoch ms of the last decision, for the escalation window. */
  decidedAt?: number;
};

export type AppealAction = 'withdraw' | 'decide' | 'escalate';

const DAY = 86_400_000;

/**
 * Whether an agent may still appeal an evaluation made at `evaluatedAt`; null when they may, else
 * why not. Only the call's own agent appeals.
 *
 * @example appealFilingProblem(policy, actor, { agentId: "a1" }, evaluatedAt, now) // null
 */
export function appealFilingProblem(
  policy: AppealPolicy,
  actor: Actor,
  call: { agentId?: string },
  evaluatedAt: number,
  now: number,
): string | null {
  if (!hasPermission(actor.role, 'appeals.create')) return 'only agents appeal';
  if (actor.agentId === undefined || actor.agentId !== call.agentId)
    return 'only the agent who took the call may appeal it';
  if (now - evaluatedAt > policy.fileWithinDays * DAY)
    return `the appeal window of ${policy.fileWithinDays} days has closed`;
  return null;
}

/**
 * Whether `actor` may take `action` on an appeal now; null when they may, else why not:
 * the agent withdraws an open appeal or escalates a first-level rejection within its window; the
 * first level is decided by the team lead of the call's group (or the QA team, by policy), the
 * second and final level by the QA manager. An administrator may do what a decider may.
 */
export function appealActionProblem(
  policy: AppealPolicy,
  appeal: AppealState,
  action: AppealAction,
  actor: Actor,
  now: number,
): string | null {
  switch (action) {
    case 'withdraw':
      if (actor.userId !== appeal.agentUserId) return 'only the agent who appealed may withdraw it';
      return appeal.status === 'open' ? null : `an appeal that is ${appeal.status} cannot be withdrawn`;
    case 'escalate':
      if (actor.userId !== appeal.agentUserId) return 'only the agent who appealed may escalate it';
      if (appeal.status !== 'rejected' || appeal.level !== 1)
        return 'only a first-level rejection can be escalated';
      if (appeal.decidedAt !== undefined && now - appeal.decidedAt > policy.escalateWithinDays * DAY) {
        return `the escalation window of ${policy.escalateWithinDays} days has closed`;
      }
      return null;
    case 'decide': {
      if (appeal.status !== 'open') return `an appeal that is ${appeal.status} cannot be decided`;
      if (!hasPermission(actor.role, 'appeals.decide')) return 'you may not decide appeals';
      if (actor.role === 'admin') return null;
      if (appeal.level === 2)
        return actor.role === 'qa_manager' ? null : 'the final level is decided by the QA manager';
      if (policy.firstLevel === 'team_lead') {
        if (actor.role === 'team_lead') {
          return appeal.team !== undefined && actor.teams.includes(appeal.team)
            ? null
            : 'this agent is not in your ACD groups';
        }
        return actor.role === 'qa_manager' ? null : 'the first level is decided by the agent’s team lead';
      }
      return actor.role === 'qa_manager' || actor.role === 'inspector'
        ? null
        : 'the first level is decided by the QA team';
    }
  }
}

/** Epoch ms by which the current level should be decided. */
export function appealDueAt(policy: AppealPolicy, openedAt: number): number {
  return openedAt + policy.decideWithinDays * DAY;
}
