import { defaultScorecard, inspectCall } from '@callqa/core';
import { describe, expect, test } from 'vitest';
import { generateCenter } from './generate-center.js';

const days = [...generateCenter({ scenario: 'demo', days: 2 })];

describe('the demo center', () => {
  test('is the same for the same seed and different for another', () => {
    const again = [...generateCenter({ scenario: 'demo', days: 2 })];
    expect(again.map((d) => d.queueLog.length)).toEqual(days.map((d) => d.queueLog.length));
    expect(again[1]?.calls[5]).toEqual(days[1]?.calls[5]);
    const other = [...generateCenter({ scenario: 'demo', days: 2, seed: 7 })];
    expect(other[0]?.queueLog).not.toEqual(days[0]?.queueLog);
  });

  test('has a transcript, a CONNECT and an ANSWERED CDR for every answered call, and nothing for the rest', () => {
    for (const day of days) {
      const connected = new Set(
        day.queueLog.filter((l) => l.includes('|CONNECT|')).map((l) => l.split('|')[1]),
      );
      const answered = new Set(
        day.cdr.filter((l) => l.includes(',ANSWERED,')).map((l) => l.split(',').at(-2)),
      );
      const transcripts = new Set(day.calls.map((c) => c.id));
      expect(transcripts).toEqual(connected);
      expect(transcripts).toEqual(answered);
      const entered = day.queueLog.filter((l) => l.includes('|ENTERQUEUE|')).length;
      expect(day.cdr).toHaveLength(entered);
      expect(entered).toBeGreaterThan(connected.size);
    }
  });

  test('keeps every transcript well formed: sorted turns, end after start, talk time equal to the CDR', () => {
    for (const call of days[0]?.calls ?? []) {
      call.turns.forEach((turn, i) => {
        expect(turn.endMs).toBeGreaterThan(turn.startMs);
        if (i > 0) expect(turn.startMs).toBeGreaterThanOrEqual(call.turns[i - 1]?.startMs ?? 0);
      });
    }
  });

  test('plants problems the default checks find (the demo shows real findings, not noise)', () => {
    let planted = 0;
    let found = 0;
    let unplanted = 0;
    for (const call of days.flatMap((d) => d.calls)) {
      const fails = new Set(
        inspectCall(defaultScorecard('zh'), call)
          .checks.filter((c) => c.result === 'fail')
          .map((c) => c.check),
      );
      for (const problem of call.planted) {
        planted++;
        if (fails.has(problem)) found++;
      }
      for (const fail of fails) if (!call.planted.includes(fail as never)) unplanted++;
    }
    expect(planted).toBeGreaterThan(200);
    expect(found / planted).toBeGreaterThan(0.97);
    expect(unplanted).toBeLessThan(planted * 0.03);
  });

  test('fails a realistic share of calls, a few on a fatal item, more in some groups than others', () => {
    const evaluations = days
      .flatMap((d) => d.calls)
      .map((call) => ({
        team: call.team,
        evaluation: inspectCall(defaultScorecard('zh'), call),
      }));
    const failed = evaluations.filter((e) => !e.evaluation.passed);
    const rate = failed.length / evaluations.length;
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.08);
    expect(failed.some((e) => e.evaluation.fatalFailed)).toBe(true);
    const byTeam = new Map<string, number[]>();
    for (const e of evaluations) {
      const tally = byTeam.get(e.team ?? '') ?? [0, 0];
      tally[0] = (tally[0] ?? 0) + (e.evaluation.passed ? 0 : 1);
      tally[1] = (tally[1] ?? 0) + 1;
      byTeam.set(e.team ?? '', tally);
    }
    const rates = [...byTeam.values()].map(([f = 0, n = 1]) => f / n);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.01);
  });

  test('links a share of answered calls to surveys whose scores follow the quality of the call', () => {
    const calls = new Map(days.flatMap((d) => d.calls).map((c) => [c.id, c]));
    const rows = days.flatMap((d) => d.surveys).map((line) => line.split(','));
    expect(rows.length / calls.size).toBeGreaterThan(0.2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const clean = rows.filter((r) => calls.get(r[0] ?? '')?.planted.length === 0).map((r) => Number(r[3]));
    const poor = rows
      .filter((r) => (calls.get(r[0] ?? '')?.planted.length ?? 0) >= 2)
      .map((r) => Number(r[3]));
    expect(mean(clean)).toBeGreaterThan(mean(poor) + 1);
  });
});
