import { describe, expect, test } from 'vitest';
import { compileScorecard } from '../scorecard/compile-scorecard.js';
import type { CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import { buildCall } from '../test-support/build-call.js';
import { inspectCall } from './inspect-call.js';

const reasons = {
  fail: { zh: '第{turn}轮:{quote}', en: 'turn {turn}: {quote}' },
  pass: { zh: '合格', en: 'ok' },
};

function scorecard(naPolicy: 'award' | 'exclude' = 'award'): CompiledScorecard {
  const loaded = compileScorecard({
    id: 'sc',
    version: '2025.3',
    name: { zh: '评分表', en: 'Scorecard' },
    language: 'zh',
    passScore: 90,
    naPolicy,
    sections: [
      {
        id: 'attitude',
        name: { zh: '服务态度', en: 'Attitude' },
        items: [
          {
            id: 'insult',
            name: { zh: '辱骂', en: 'Insult' },
            points: 5,
            severity: 'A',
            fatal: true,
            scoring: 'auto',
            check: { failWhen: { op: 'phrases', terms: ['神经病'], speaker: 'agent' }, reasons },
          },
          {
            id: 'rude',
            name: { zh: '不耐烦', en: 'Rude' },
            points: 10,
            severity: 'B',
            scoring: 'auto',
            check: { failWhen: { op: 'phrases', terms: ['快说'], speaker: 'agent' }, reasons },
          },
          {
            id: 'apology',
            name: { zh: '致歉', en: 'Apology' },
            points: 20,
            severity: 'B',
            scoring: 'auto',
            check: {
              applicableWhen: { op: 'phrases', terms: ['投诉'], speaker: 'customer' },
              failWhen: { op: 'phrases', terms: ['抱歉'], speaker: 'agent', mode: 'none' },
              reasons,
            },
          },
          { id: 'smile', name: { zh: '微笑', en: 'Smile' }, points: 65, severity: 'C', scoring: 'manual' },
        ],
      },
    ],
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.scorecard;
}

describe('inspectCall', () => {
  test('deducts the points of failed checks and records the scorecard version', () => {
    const evaluation = inspectCall(
      scorecard(),
      buildCall({
        turns: [
          ['A', '快说吧'],
          ['C', '查话费'],
        ],
      }),
    );
    expect(evaluation.scorecard).toEqual({ id: 'sc', version: '2025.3' });
    expect(evaluation.score).toBe(90);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.classCounts).toEqual({ A: 0, B: 1, C: 0 });
    expect(evaluation.checks.map((c) => [c.check, c.result, c.deducted])).toEqual([
      ['insult', 'pass', 0],
      ['rude', 'fail', 10],
      ['apology', 'na', 0],
    ]);
    expect(evaluation.pending).toEqual([
      { item: 'smile', name: { zh: '微笑', en: 'Smile' }, section: 'attitude', severity: 'C', points: 65 },
    ]);
  });

  test('a failed fatal item fails the call whatever its score', () => {
    const evaluation = inspectCall(scorecard(), buildCall({ turns: [['A', '神经病']] }));
    expect(evaluation.score).toBe(95);
    expect(evaluation.fatalFailed).toBe(true);
    expect(evaluation.passed).toBe(false);
  });

  test('naPolicy exclude rescales the score over the applicable items', () => {
    const call = buildCall({ turns: [['A', '快说吧']] });
    expect(inspectCall(scorecard('award'), call).score).toBe(90);
    // 80 applicable points, 10 lost → 70/80 of 100
    expect(inspectCall(scorecard('exclude'), call).score).toBe(87.5);
  });

  test('every evidence quote is the slice of its turn and the reason quotes it', () => {
    const call = buildCall({
      turns: [
        ['C', '我要投诉'],
        ['A', '那你快说啊'],
      ],
    });
    const evaluation = inspectCall(scorecard(), call);
    for (const check of evaluation.checks) {
      for (const e of check.evidence) {
        if (e.turn !== undefined && e.start !== undefined)
          expect(call.turns[e.turn]?.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
    const rude = evaluation.checks.find((c) => c.check === 'rude');
    expect(rude?.reason).toEqual({ zh: '第2轮:快说', en: 'turn 2: 快说' });
    const apology = evaluation.checks.find((c) => c.check === 'apology');
    expect(apology?.result).toBe('fail');
    expect(apology?.evidence[0]).toMatchObject({ kind: 'turn', turn: 1 });
  });

  test('is deterministic', () => {
    const call = buildCall({
      turns: [
        ['C', '我要投诉'],
        ['A', '快说'],
      ],
    });
    expect(inspectCall(scorecard(), call)).toEqual(inspectCall(scorecard(), call));
  });
});
