import { describe, expect, test } from 'vitest';
import { buildCall, runCondition } from '../test-support/build-call.js';
import { countSpokenUnits } from './count-spoken-units.js';

const run = runCondition;

describe('silence', () => {
  const announcement = { terms: ['请稍等'] };
  test('finds a gap of at least minMs between the end of speech and the next turn', () => {
    const call = buildCall({
      turns: [
        ['A', '您好', 0, 1000],
        ['C', '查账单', 1500, 3000],
        ['A', '八十元', 14000, 15000],
      ],
    });
    const check = run({ op: 'silence', minMs: 10000 }, call);
    expect(check.result).toBe('fail');
    expect(check.evidence[0]).toMatchObject({
      kind: 'gap',
      turn: 1,
      startMs: 3000,
      endMs: 14000,
      value: 11000,
    });
  });

  test('measures from the end of all speech so far, so an overlapping turn does not open a gap', () => {
    const call = buildCall({
      turns: [
        ['C', '很长的一段话', 0, 20000],
        ['A', '嗯', 2000, 2500],
        ['A', '好的', 21000, 22000],
      ],
    });
    expect(run({ op: 'silence', minMs: 10000 }, call).result).toBe('pass');
  });

  test('tells announced holds from dead air by the agent turn before the gap', () => {
    const held = buildCall({
      turns: [
        ['A', '请稍等,我查一下', 0, 2000],
        ['C', '好', 2500, 3000],
        ['A', '查到了', 15000, 16000],
      ],
    });
    expect(run({ op: 'silence', minMs: 10000, announced: 'no', announcement }, held).result).toBe('pass');
    expect(run({ op: 'silence', minMs: 10000, announced: 'yes', announcement }, held).result).toBe('fail');
  });
});

describe('overlap', () => {
  test('flags an agent turn that starts 1000 ms or more before the customer finished', () => {
    const call = buildCall({
      turns: [
        ['C', '我想问一下', 0, 5000],
        ['A', '您说', 3800, 4500],
      ],
    });
    const check = run({ op: 'overlap', speaker: 'agent', minMs: 1000 }, call);
    expect(check.result).toBe('fail');
    expect(check.evidence[0]).toMatchObject({ kind: 'overlap', turn: 1, value: 1200 });
  });

  test('a short overlap under the threshold passes', () => {
    const call = buildCall({
      turns: [
        ['C', '我想问一下', 0, 5000],
        ['A', '您说', 4200, 4800],
      ],
    });
    expect(run({ op: 'overlap', speaker: 'agent', minMs: 1000 }, call).result).toBe('pass');
  });

  test('the customer talking over the agent does not make the agent fail', () => {
    const call = buildCall({
      turns: [
        ['A', '我给您解释一下', 0, 5000],
        ['C', '不用了', 2000, 3000],
      ],
    });
    expect(run({ op: 'overlap', speaker: 'agent', minMs: 1000 }, call).result).toBe('pass');
  });
});

describe('speechRate', () => {
  test('counts characters per minute of agent talk time, without punctuation', () => {
    // 20 characters in 3 s of talk → 400 per minute
    const call = buildCall({ turns: [['A', '您好,很高兴为您服务,请问有什么可以帮您?你好', 0, 3000]] });
    const check = run({ op: 'speechRate', speaker: 'agent', above: 300, below: 120 }, call);
    expect(check.result).toBe('fail');
    expect(check.evidence[0]?.value).toBe(400);
  });

  test('counts words for English', () => {
    expect(countSpokenUnits("Hello, I'm Sam. How can I help?", 'word')).toBe(7);
    expect(countSpokenUnits('您好,请讲。', 'char')).toBe(4);
  });
});
