import type { Store } from './database.js';
import { execute } from './sqlite/execute.js';

export type AgentRecord = { id: string; name?: string; team?: string; hiredAt?: number };

/**
 * Creates or updates agents from a roster. Fields left out keep their stored value, so a roster
 * with names only does not erase the teams the call import filled in.
 */
export function upsertAgents(store: Store, agents: readonly AgentRecord[]): void {
  store.sqlite.transaction(() => {
    for (const agent of agents) {
      const query = store.db
        .insertInto('agents')
        .values({
          id: agent.id,
          name: agent.name ?? agent.id,
          team: agent.team ?? null,
          hired_at: agent.hiredAt ?? null,
        })
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({
            ...(agent.name !== undefined && { name: agent.name }),
            ...(agent.team !== undefined && { team: agent.team }),
            ...(agent.hiredAt !== undefined && { hired_at: agent.hiredAt }),
          }),
        );
      // An update with nothing to set is not valid SQL: insert-or-ignore instead.
      const onlyId = agent.name === undefined && agent.team === undefined && agent.hiredAt === undefined;
      execute(
        store,
        onlyId
          ? store.db
              .insertInto('agents')
              .values({ id: agent.id, name: agent.id, team: null, hired_at: null })
              .onConflict((conflict) => conflict.doNothing())
          : query,
      );
    }
  })();
}
