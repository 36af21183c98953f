import { defaultScorecard, inspectCall } from '@callqa/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { evaluationChecks } from './evaluation-checks.js';
import { getCall } from './get-call.js';
import { latestEvaluations } from './latest-evaluations.js';
import { saveCalls } from './save-calls.js';
import { buildCall, buildTurns, dumpTables, openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

function count(table: string): number {
  return store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
}

describe('saveCalls', () => {
  test('reads a call back as imported: extra fields, turn fields, offset and language kept', () => {
    const call = buildCall({
      id: 'c1',
      startedAt: '2024-03-01T09:30:00.250+08:00',
      业务类型: '话费查询',
      orderId: 'O-1',
      tags: ['vip', 2],
      turns: [{ speaker: 'agent', startMs: 0, endMs: 1200, text: '您好', confidence: 0.93 }],
    });
    saveCalls(store, [{ call }]);
    expect(getCall(store, 'c1')).toEqual(call);
    const row = store.sqlite.prepare('select started_at, duration_ms from calls').get();
    expect(row).toEqual({ started_at: Date.parse('2024-03-01T01:30:00.250Z'), duration_ms: 1200 });
  });

  test('leaves out optional fields the call does not have', () => {
    const call = { id: 'bare', language: 'en' as const, turns: buildTurns([['C', 'hello']]) };
    saveCalls(store, [{ call }]);
    expect(getCall(store, 'bare')).toStrictEqual(call);
    expect(getCall(store, 'missing')).toBeUndefined();
  });

  test('counts a second import of the same calls as duplicates and changes nothing', () => {
    const items = [{ call: buildCall({ id: 'c1' }) }, { call: buildCall({ id: 'c2', agentId: 'a002' }) }];
    expect(saveCalls(store, items)).toEqual({ inserted: 2, duplicates: 0 });
    const before = dumpTables(store);
    const changed = [{ call: buildCall({ id: 'c1', team: '其他组', turns: buildTurns([['A', '变了']]) }) }];
    expect(saveCalls(store, [...items, ...changed])).toEqual({ inserted: 0, duplicates: 3 });
    expect(dumpTables(store)).toEqual(before);
  });

  test('counts a call repeated inside one batch once', () => {
    const call = buildCall({ id: 'c1' });
    expect(saveCalls(store, [{ call }, { call }])).toEqual({ inserted: 1, duplicates: 1 });
    expect(count('transcripts')).toBe(1);
  });

  test('stores nothing of a batch in which one call fails', () => {
    const good = buildCall({ id: 'good' });
    const evaluation = inspectCall(defaultScorecard('zh'), good);
    const broken = buildCall({ id: 'broken', language: null as unknown as 'zh' });
    expect(() => saveCalls(store, [{ call: good, evaluation }, { call: broken }])).toThrow(/NOT NULL/);
    for (const table of [
      'calls',
      'transcripts',
      'evaluations',
      'check_results',
      'agents',
      'teams',
      'queues',
    ]) {
      expect(count(table), table).toBe(0);
    }
    expect(
      store.sqlite.prepare(`select count(*) from turn_search where turn_search match '"退款"'`).pluck().get(),
    ).toBe(0);
  });

  test('refuses an evaluation of another call and stores nothing', () => {
    const one = buildCall({ id: 'one' });
    const other = buildCall({ id: 'other' });
    const evaluation = inspectCall(defaultScorecard('zh'), other);
    expect(() => saveCalls(store, [{ call: one, evaluation }])).toThrow(/evaluation of call other/);
    expect(count('calls')).toBe(0);
  });

  test('creates the agents, teams and queues the calls name, once each', () => {
    saveCalls(store, [
      { call: buildCall({ id: 'c1' }) },
      { call: buildCall({ id: 'c2' }) },
      { call: buildCall({ id: 'c3', agentId: 'a002', team: '售后组', queue: '8002' }) },
    ]);
    expect(store.sqlite.prepare('select id, name, team, hired_at from agents order by id').all()).toEqual([
      { id: 'a001', name: 'a001', team: '投诉组', hired_at: null },
      { id: 'a002', name: 'a002', team: '售后组', hired_at: null },
    ]);
    expect(store.sqlite.prepare('select id from teams order by id').pluck().all()).toEqual([
      '售后组',
      '投诉组',
    ]);
    expect(store.sqlite.prepare('select id from queues order by id').pluck().all()).toEqual(['8001', '8002']);
  });

  test('stores the evaluation with its check results, booleans as booleans', () => {
    const call = buildCall({ id: 'c1' });
    const evaluation = inspectCall(defaultScorecard('zh'), call);
    saveCalls(store, [{ call, evaluation }], { run: 'import' });
    const [summary] = latestEvaluations(store);
    expect(summary).toMatchObject({
      callId: 'c1',
      scorecard: evaluation.scorecard,
      score: evaluation.score,
      maxScore: evaluation.maxScore,
      passScore: evaluation.passScore,
      passed: evaluation.passed,
      fatalFailed: evaluation.fatalFailed,
      classCounts: evaluation.classCounts,
      run: 'import',
      agentId: 'a001',
      team: '投诉组',
      queue: '8001',
      startedAt: Date.parse('2024-03-01T09:30:00+08:00'),
    });
    expect(typeof summary?.passed).toBe('boolean');
    const checks = evaluationChecks(store, summary?.id ?? -1);
    expect(checks).toHaveLength(evaluation.checks.length);
    const failed = evaluation.checks.find((check) => check.result === 'fail');
    expect(failed).toBeDefined();
    expect(checks.find((check) => check.check === failed?.check)).toEqual({
      check: failed?.check,
      result: 'fail',
      deducted: failed?.deducted,
      severity: failed?.severity,
      evidence: failed?.evidence,
    });
  });

  test('records the import run of each call', () => {
    const runId = store.sqlite
      .prepare(
        "insert into import_runs (kind, file, started_at, status) values ('calls', 'a.jsonl', 0, 'running')",
      )
      .run().lastInsertRowid;
    saveCalls(store, [{ call: buildCall({ id: 'c1' }) }], { importRunId: Number(runId) });
    expect(store.sqlite.prepare('select import_run_id from calls').pluck().get()).toBe(Number(runId));
  });
});
