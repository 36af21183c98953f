import { type CallLanguage, type LocalizedText, type Scorecard, ScorecardSchema } from '@callqa/core';
import type { Store } from './database.js';
import { readBoolean, readNumber } from './mappers/values.js';
import { execute, selectFirst, selectRows } from './sqlite/execute.js';

export type ScorecardListing = {
  id: string;
  version: string;
  language: CallLanguage;
  name: LocalizedText;
  active: boolean;
  createdAt: number;
  document: Scorecard;
};

/**
 * Stores a scorecard version. Evaluations name the version they were scored by, so a stored
 * version never changes: saving the same id and version with other content is refused. With
 * `active`, it becomes the one scorecard used for new calls of its language.
 */
export function saveScorecard(store: Store, document: Scorecard, options: { active: boolean }): void {
  const text = JSON.stringify(document);
  store.sqlite.transaction(() => {
    const stored = selectFirst(
      store,
      store.db
        .selectFrom('scorecards')
        .select('document')
        .where('id', '=', document.id)
        .where('version', '=', document.version),
    );
    if (stored && stored.document !== text) {
      throw new Error(
        `scorecard ${document.id} version ${document.version} is already stored with other content: give the changed scorecard a new version`,
      );
    }
    if (!stored) {
      execute(
        store,
        store.db.insertInto('scorecards').values({
          id: document.id,
          version: document.version,
          language: document.language,
          document: text,
          active: 0,
          created_at: Date.now(),
        }),
      );
    }
    if (options.active) {
      execute(
        store,
        store.db.updateTable('scorecards').set({ active: 0 }).where('language', '=', document.language),
      );
      execute(
        store,
        store.db
          .updateTable('scorecards')
          .set({ active: 1 })
          .where('id', '=', document.id)
          .where('version', '=', document.version),
      );
    }
  })();
}

/** The scorecard new calls of `language` are inspected with, if one was activated. */
export function activeScorecard(store: Store, language: CallLanguage): Scorecard | undefined {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('scorecards')
      .select('document')
      .where('language', '=', language)
      .where('active', '=', 1),
  );
  return row ? ScorecardSchema.parse(JSON.parse(row.document)) : undefined;
}

/** One stored scorecard version (the one an evaluation names), if the database holds it. */
export function getScorecard(store: Store, id: string, version: string): Scorecard | undefined {
  const row = selectFirst(
    store,
    store.db.selectFrom('scorecards').select('document').where('id', '=', id).where('version', '=', version),
  );
  return row ? ScorecardSchema.parse(JSON.parse(row.document)) : undefined;
}

/** Every stored scorecard version, by id then age. */
export function listScorecards(store: Store): ScorecardListing[] {
  const rows = selectRows(
    store,
    store.db.selectFrom('scorecards').selectAll().orderBy('id').orderBy('created_at').orderBy('version'),
  );
  return rows.map((row) => {
    const document = ScorecardSchema.parse(JSON.parse(row.document));
    return {
      id: row.id,
      version: row.version,
      language: document.language,
      name: document.name,
      active: readBoolean(row.active),
      createdAt: readNumber(row.created_at),
      document,
    };
  });
}
