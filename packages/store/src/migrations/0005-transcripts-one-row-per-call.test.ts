import { defaultScorecard, inspectCall } from '@callqa/core';
import { Migrator } from 'kysely';
import { describe, expect, test } from 'vitest';
import { evaluationChecks } from '../evaluation-checks.js';
import { getCall } from '../get-call.js';
import { migrate } from '../migrate.js';
import { searchTranscripts } from '../search-transcripts.js';
import { buildCall, buildTurns, openTestStore } from '../test-support/builders.js';
import { migrations } from './index.js';

describe('0005-transcripts-one-row-per-call', () => {
  test('moves the turns, check results and search index of calls stored before it', async () => {
    const { store, dispose } = await openTestStore({ migrate: false });
    try {
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
      await new Migrator({ db: store.db, provider: { getMigrations: async () => before } }).migrateToLatest();
      const call = buildCall({
        id: 'old-1',
        turns: [
          ...buildTurns([
            ['A', '您好，很高兴为您服务'],
            ['C', '我要退款，太差劲了'],
          ]),
          { speaker: 'agent', startMs: 9000, endMs: 9500, text: '好的', emotion: 'calm' },
        ],
      });
      const evaluation = inspectCall(defaultScorecard('zh'), call);
      const sqlite = store.sqlite;
      sqlite
        .prepare(
          `insert into calls (id, agent_id, team, queue, started_at, started_at_iso, language, hangup_by,
            duration_ms, extra, imported_at) values (?, ?, ?, ?, ?, ?, 'zh', ?, 9500, null, 0)`,
        )
        .run(
          call.id,
          call.agentId,
          call.team,
          call.queue,
          Date.parse(call.startedAt ?? ''),
          call.startedAt,
          call.hangupBy,
        );
      call.turns.forEach((turn, idx) => {
        const extra = 'emotion' in turn ? JSON.stringify({ emotion: turn.emotion }) : null;
        sqlite
          .prepare(
            'insert into turns (call_id, idx, speaker, start_ms, end_ms, text, extra) values (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(call.id, idx, turn.speaker, turn.startMs, turn.endMs, turn.text, extra);
      });
      const evaluationId = Number(
        sqlite
          .prepare(
            `insert into evaluations (call_id, scorecard_id, scorecard_version, score, max_score, pass_score,
              passed, fatal_failed, class_a, class_b, class_c, created_at) values (?, 'x', '1', 90, 100, 80, 1, 0, 0, 1, 0, 0)`,
          )
          .run(call.id).lastInsertRowid,
      );
      for (const check of evaluation.checks) {
        sqlite
          .prepare('insert into check_results values (?, ?, ?, ?, ?, ?)')
          .run(
            evaluationId,
            check.check,
            check.result,
            check.deducted,
            check.severity,
            JSON.stringify(check.evidence),
          );
      }

      expect((await migrate(store))[0]).toBe('0005-transcripts-one-row-per-call');

      expect(getCall(store, call.id)).toStrictEqual(call);
      expect(searchTranscripts(store, '退款').map((hit) => hit.callId)).toEqual([call.id]);
      const checks = evaluationChecks(store, evaluationId);
      expect(checks.map((c) => c.check)).toEqual(evaluation.checks.map((c) => c.check).sort());
      expect(checks.find((c) => c.result === 'fail')?.evidence.length).toBeGreaterThan(0);
      const rows = sqlite.prepare('select result from check_results').pluck().all();
      expect(rows.length).toBe(evaluation.checks.filter((c) => c.result !== 'pass').length);
      expect(rows).not.toContain('pass');
    } finally {
      dispose();
    }
  });
});
