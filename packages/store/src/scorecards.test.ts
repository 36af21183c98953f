import { defaultScorecardDocuments, ScorecardSchema } from '@callqa/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { activeScorecard, listScorecards, saveScorecard } from './scorecards.js';
import { openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('scorecards', () => {
  const zh = ScorecardSchema.parse(defaultScorecardDocuments.zh);
  const en = ScorecardSchema.parse(defaultScorecardDocuments.en);

  test('activate one version per language and read the document back', () => {
    saveScorecard(store, zh, { active: true });
    saveScorecard(store, en, { active: false });
    expect(activeScorecard(store, 'zh')).toEqual(zh);
    expect(activeScorecard(store, 'en')).toBeUndefined();
    const next = { ...zh, version: `${zh.version}-next` };
    saveScorecard(store, next, { active: true });
    expect(activeScorecard(store, 'zh')?.version).toBe(next.version);
    expect(listScorecards(store).map((s) => [s.id, s.version, s.active])).toEqual([
      [en.id, en.version, false],
      [zh.id, zh.version, false],
      [zh.id, next.version, true],
    ]);
  });

  test('refuse a stored version with other content', () => {
    saveScorecard(store, zh, { active: false });
    saveScorecard(store, zh, { active: true });
    expect(() => saveScorecard(store, { ...zh, passScore: zh.passScore + 1 }, { active: true })).toThrow(
      /new version/,
    );
    expect(activeScorecard(store, 'zh')).toEqual(zh);
  });
});
