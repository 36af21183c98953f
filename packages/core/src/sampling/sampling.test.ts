import { describe, expect, test } from 'vitest';
import { assignReviews } from './assign-reviews.js';
import { drawSample, equalAllocation, proportionalAllocation, type SampleCandidate } from './draw-sample.js';
import { reviewCapacity } from './review-capacity.js';
import { SamplePlanSchema } from './sample-plan.js';
import { normalQuantile, sampleSizeForRate } from './sample-size.js';
import { seededRank } from './seeded-rank.js';

function buildCandidates(): SampleCandidate[] {
  const out: SampleCandidate[] = [];
  const day = Date.parse('2025-03-01T00:00:00+08:00');
  for (let i = 0; i < 200; i++) {
    const agent = `a${100 + (i % 10)}`;
    out.push({
      callId: `c${String(i).padStart(3, '0')}`,
      agentId: agent,
      team: i % 10 < 6 ? '一组' : '二组',
      queue: i % 3 === 0 ? '投诉' : '查询',
      startedAt: day + i * 600_000,
      durationMs: (30 + (i % 7) * 60) * 1000,
      score: 100 - (i % 25),
      fatalFailed: i % 50 === 7,
      failedChecks: i % 20 === 3 ? ['silence'] : [],
      naChecks: i % 4 === 0 ? [] : ['apology'],
      agentStartedAt: agent === 'a109' ? day - 5 * 86_400_000 : day - 400 * 86_400_000,
      caller: `1380000${String(i % 150).padStart(4, '0')}`,
    });
  }
  return out;
}

describe('sample size', () => {
  test('matches the textbook figures', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(sampleSizeForRate({ confidence: 0.95, margin: 0.05 })).toBe(385);
    expect(sampleSizeForRate({ confidence: 0.95, margin: 0.05, population: 1000 })).toBe(278);
    expect(sampleSizeForRate({ confidence: 0.9, margin: 0.05, expectedRate: 0.9 })).toBe(98);
    expect(sampleSizeForRate({ confidence: 0.95, margin: 0.1, population: 20 })).toBe(17);
    expect(sampleSizeForRate({ confidence: 0.95, margin: 0.05, population: 0 })).toBe(0);
  });

  test('refuses a confidence or margin out of range, saying which', () => {
    expect(() => sampleSizeForRate({ confidence: 95, margin: 0.05 })).toThrow(/confidence/);
    expect(() => sampleSizeForRate({ confidence: 0.95, margin: 5 })).toThrow(/margin/);
  });
});

describe('review capacity (监听数量的确定)', () => {
  test('divides effective working time by listening plus scoring time', () => {
    expect(reviewCapacity({ callsPerDay: 3000, averageCallSec: 180, inspectors: 4 })).toEqual({
      perInspectorPerDay: 72,
      perDay: 288,
      shareOfCalls: 0.096,
    });
    expect(
      reviewCapacity({ callsPerDay: 100, averageCallSec: 180, inspectors: 4, playbackSpeed: 1.5 })
        .shareOfCalls,
    ).toBe(1);
  });
});

describe('allocation', () => {
  test('proportional allocation sums to the total and respects stratum sizes', () => {
    expect(proportionalAllocation(10, [50, 30, 20])).toEqual([5, 3, 2]);
    expect(proportionalAllocation(10, [1, 1, 98])).toEqual([0, 0, 10]);
    expect(proportionalAllocation(7, [3, 3, 3])).toEqual([3, 2, 2]);
    expect(proportionalAllocation(100, [3, 4])).toEqual([3, 4]);
  });

  test('equal allocation gives what a small stratum cannot to the others', () => {
    expect(equalAllocation(9, [10, 10, 10])).toEqual([3, 3, 3]);
    expect(equalAllocation(9, [1, 10, 10])).toEqual([1, 4, 4]);
  });
});

describe('drawSample', () => {
  const candidates = buildCandidates();

  test('draws the same sample from the same seed, whatever the listing order, and another from another seed', () => {
    const plan = SamplePlanSchema.parse({
      name: 'p',
      seed: 7,
      rules: [{ kind: 'random_per_agent', perAgent: 3 }],
    });
    const a = drawSample(plan, candidates).map((p) => p.callId);
    const b = drawSample(plan, [...candidates].reverse()).map((p) => p.callId);
    expect(a).toEqual(b);
    expect(a).toHaveLength(30);
    expect(drawSample({ ...plan, seed: 8 }, candidates).map((p) => p.callId)).not.toEqual(a);
  });

  test('takes N per agent, each with its reason', () => {
    const picks = drawSample(
      { name: 'p', seed: 1, rules: [{ kind: 'random_per_agent', perAgent: 2 }] },
      candidates,
    );
    const perAgent = new Map<string, number>();
    for (const p of picks) perAgent.set(p.agentId ?? '', (perAgent.get(p.agentId ?? '') ?? 0) + 1);
    expect([...perAgent.values()]).toEqual(Array(10).fill(2));
    expect(picks[0]?.reason.zh).toMatch(/随机抽取/);
  });

  test('stratifies by ACD group in proportion', () => {
    const plan = SamplePlanSchema.parse({
      name: 'p',
      seed: 3,
      rules: [{ kind: 'stratified', by: 'team', total: 20 }],
    });
    const picks = drawSample(plan, candidates);
    const team = (id: string) => candidates.find((c) => c.callId === id)?.team;
    expect(picks.filter((p) => team(p.callId) === '一组')).toHaveLength(12);
    expect(picks.filter((p) => team(p.callId) === '二组')).toHaveLength(8);
    expect(picks[0]?.reason.en).toMatch(/stratified by ACD group = .* \(proportional allocation, \d+\/\d+\)/);
  });

  test('targets new agents, fatal errors, complaints, silences, keywords and repeat callers', () => {
    const pick = (target: object, extra: object = {}) =>
      drawSample(
        SamplePlanSchema.parse({ name: 'p', seed: 1, rules: [{ kind: 'targeted', target, ...extra }] }),
        candidates,
        { callsMentioning: (phrases) => new Set(phrases.includes('5G套餐') ? ['c010', 'c020'] : []) },
      ).map((p) => p.callId);
    expect(
      new Set(
        pick({ kind: 'new_agent', days: 30 }).map((id) => candidates.find((c) => c.callId === id)?.agentId),
      ),
    ).toEqual(new Set(['a109']));
    expect(pick({ kind: 'fatal' }).sort()).toEqual(['c007', 'c057', 'c107', 'c157']);
    expect(pick({ kind: 'complaint' })).toHaveLength(50);
    expect(pick({ kind: 'long_silence' })).toHaveLength(10);
    expect(pick({ kind: 'keywords', phrases: ['5G套餐'] }).sort()).toEqual(['c010', 'c020']);
    // c150 … c199 call back 25 hours after c000 … c049.
    expect(pick({ kind: 'repeat_caller', withinHours: 24 })).toHaveLength(0);
    expect(pick({ kind: 'repeat_caller', withinHours: 30 })).toHaveLength(50);
    expect(pick({ kind: 'low_score', below: 80 }, { limit: 5 })).toHaveLength(5);
    expect(pick({ kind: 'complaint' }, { perAgentLimit: 1 }).length).toBeLessThanOrEqual(10);
  });

  test('picks a call once, for the first rule that picks it', () => {
    const picks = drawSample(
      SamplePlanSchema.parse({
        name: 'p',
        seed: 5,
        rules: [
          { kind: 'targeted', target: { kind: 'fatal' } },
          { kind: 'random_per_agent', perAgent: 20 },
        ],
      }),
      candidates,
    );
    expect(new Set(picks.map((p) => p.callId)).size).toBe(picks.length);
    expect(picks.filter((p) => p.rule === 0)).toHaveLength(4);
    expect(picks).toHaveLength(200);
  });

  test('ranks are spread evenly', () => {
    const ranks = Array.from({ length: 10_000 }, (_, i) => seededRank(11, `call-${i}`));
    const low = ranks.filter((r) => r < 0.5).length;
    expect(low).toBeGreaterThan(4800);
    expect(low).toBeLessThan(5200);
  });
});

describe('assignReviews', () => {
  test('spreads calls evenly over inspectors and days, never to the agent who took the call', () => {
    const picks = drawSample(
      { name: 'p', seed: 2, rules: [{ kind: 'random_per_agent', perAgent: 3 }] },
      buildCandidates(),
    );
    const { assignments, unassigned } = assignReviews(
      picks,
      [{ userId: 1 }, { userId: 2 }, { userId: 3, agentId: 'a100' }],
      5,
    );
    expect(unassigned).toEqual([]);
    const load = [1, 2, 3].map((id) => assignments.filter((a) => a.reviewerId === id).length);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
    const byDay = [0, 1, 2, 3, 4].map((d) => assignments.filter((a) => a.day === d).length);
    expect(byDay).toEqual([6, 6, 6, 6, 6]);
    const own = assignments
      .filter((a) => a.reviewerId === 3)
      .map((a) => picks.find((p) => p.callId === a.callId)?.agentId);
    expect(own).not.toContain('a100');
  });

  test('leaves out a call only its own agent could review', () => {
    const { unassigned } = assignReviews(
      [{ callId: 'x', agentId: 'a1', rule: 0, rank: 0.1, reason: { zh: '', en: '' } }],
      [{ userId: 1, agentId: 'a1' }],
      1,
    );
    expect(unassigned).toEqual(['x']);
  });
});
