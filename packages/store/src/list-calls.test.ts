import { defaultScorecard, inspectCall } from '@callqa/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { listCalls } from './list-calls.js';
import { saveCalls } from './save-calls.js';
import { buildCall, buildTurns, openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;
beforeAll(async () => {
  ({ store, dispose } = await openTestStore());
  const calls = [
    buildCall({ id: 'c1', agentId: 'a1', team: '一组', startedAt: '2024-03-01T09:00:00+08:00' }),
    buildCall({ id: 'c2', agentId: 'a2', team: '一组', startedAt: '2024-03-01T10:00:00+08:00' }),
    buildCall({
      id: 'c3',
      agentId: 'a3',
      team: '二组',
      startedAt: '2024-03-02T10:00:00+08:00',
      turns: buildTurns([
        ['A', '喂'],
        ['C', '我要投诉'],
        ['A', '爱办不办'],
      ]),
    }),
  ];
  const scorecard = defaultScorecard('zh');
  saveCalls(
    store,
    calls.map((call) => ({ call, evaluation: inspectCall(scorecard, call) })),
  );
});
afterAll(() => dispose());

describe('listCalls', () => {
  test('lists every call newest first for a reader who sees all, with its evaluation', () => {
    const page = listCalls(store, { scope: { kind: 'all' } });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.id)).toEqual(['c3', 'c2', 'c1']);
    expect(page.items[0]?.evaluation).toMatchObject({ scorecard: { id: 'default-zh' }, maxScore: 100 });
  });

  test('keeps an agent to their own calls whatever the filters ask', () => {
    expect(listCalls(store, { scope: { kind: 'agent', agentId: 'a2' } }).items.map((c) => c.id)).toEqual([
      'c2',
    ]);
    expect(listCalls(store, { scope: { kind: 'agent', agentId: 'a2' }, agentId: 'a1' }).total).toBe(0);
  });

  test('keeps a team lead to their ACD groups, and one leading none to nothing', () => {
    expect(listCalls(store, { scope: { kind: 'teams', teams: ['二组'] } }).items.map((c) => c.id)).toEqual([
      'c3',
    ]);
    expect(listCalls(store, { scope: { kind: 'teams', teams: [] } }).total).toBe(0);
  });

  test('filters by time, pass/fail and failed check, and pages', () => {
    const all = { kind: 'all' } as const;
    expect(listCalls(store, { scope: all, since: Date.parse('2024-03-02T00:00:00+08:00') }).total).toBe(1);
    expect(listCalls(store, { scope: all, failedCheck: 'rebut' }).items.map((c) => c.id)).toEqual(['c3']);
    const failed = listCalls(store, { scope: all, passed: false }).items;
    expect(failed.every((c) => c.evaluation?.passed === false)).toBe(true);
    const page = listCalls(store, { scope: all, limit: 1, offset: 1 });
    expect(page.items.map((c) => c.id)).toEqual(['c2']);
    expect(page.total).toBe(3);
  });
});
