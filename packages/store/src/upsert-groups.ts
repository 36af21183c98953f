import type { Store } from './database.js';
import { execute } from './sqlite/execute.js';

export type GroupRecord = { id: string; name?: string };

function upsertNamed(store: Store, table: 'teams' | 'queues', records: readonly GroupRecord[]): void {
  store.sqlite.transaction(() => {
    for (const record of records) {
      const values = { id: record.id, name: record.name ?? record.id };
      execute(
        store,
        store.db
          .insertInto(table)
          .values(values)
          .onConflict((conflict) =>
            record.name === undefined
              ? conflict.doNothing()
              : conflict.column('id').doUpdateSet({ name: record.name }),
          ),
      );
    }
  })();
}

/** Creates ACD groups (座席组) or renames them; a record without a name only makes sure it exists. */
export function upsertTeams(store: Store, teams: readonly GroupRecord[]): void {
  upsertNamed(store, 'teams', teams);
}

/** Creates queues or renames them; a record without a name only makes sure it exists. */
export function upsertQueues(store: Store, queues: readonly GroupRecord[]): void {
  upsertNamed(store, 'queues', queues);
}
