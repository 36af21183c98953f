import { describe, expect, test } from 'vitest';
import type { Call } from '../call/call-schema.js';
import { buildCall, buildScorecard, cond, runCondition } from '../test-support/build-call.js';
import { inspectCall } from './inspect-call.js';

const run = runCondition;

const complaint = cond({ op: 'phrases', terms: ['投诉', '太差'], speaker: 'customer' });
const apology = cond({ op: 'phrases', terms: ['抱歉'], speaker: 'agent' });

describe('anchor', () => {
  test('flags a customer complaint with no apology in the next two agent turns', () => {
    const call = buildCall({
      turns: [
        ['A', '您好'],
        ['C', '我要投诉'],
        ['A', '请讲'],
        ['C', '网太差'],
        ['A', '好的'],
        ['A', '抱歉'],
      ],
    });
    const check = run(
      { op: 'anchor', anchor: complaint, response: apology, within: { speaker: 'agent', turns: 2 } },
      call,
    );
    expect(check.result).toBe('fail');
    expect(check.evidence[0]).toMatchObject({ turn: 1, quote: '投诉' });
  });

  test('an answered anchor passes, and its evidence is the answer', () => {
    const call = buildCall({
      turns: [
        ['C', '我要投诉'],
        ['A', '好的'],
        ['A', '非常抱歉'],
      ],
    });
    const check = run(
      { op: 'anchor', anchor: complaint, response: apology, within: { speaker: 'agent', turns: 2 } },
      call,
    );
    expect(check.result).toBe('pass');
    expect(check.evidence.map((e) => e.quote)).toContain('抱歉');
  });

  test('hit present flags anchors that were answered', () => {
    const call = buildCall({
      turns: [
        ['C', '我要投诉'],
        ['A', '非常抱歉'],
      ],
    });
    const condition = cond({
      op: 'anchor',
      anchor: complaint,
      response: apology,
      within: { speaker: 'agent', turns: 1 },
      hit: 'present',
    });
    expect(run(condition, call).result).toBe('fail');
  });

  test('direction before looks at earlier turns: identity verified before the balance was quoted', () => {
    const condition = cond({
      op: 'anchor',
      anchor: { op: 'phrases', terms: ['余额是'], speaker: 'agent' },
      response: { op: 'phrases', terms: ['身份证', '验证'], speaker: 'agent' },
      within: { direction: 'before' },
    });
    const verified = buildCall({
      turns: [
        ['A', '请验证身份'],
        ['C', '好'],
        ['A', '您的余额是十元'],
      ],
    });
    const unverified = buildCall({
      turns: [
        ['A', '您好'],
        ['C', '查余额'],
        ['A', '您的余额是十元'],
      ],
    });
    expect(run(condition, verified).result).toBe('pass');
    expect(run(condition, unverified).result).toBe('fail');
  });

  test('includeAnchorTurn lets the same turn answer the anchor', () => {
    const call = buildCall({ turns: [['A', '这不归我们管,我帮您转接']] });
    const condition = cond({
      op: 'anchor',
      anchor: { op: 'phrases', terms: ['不归我们管'] },
      response: { op: 'phrases', terms: ['转接'] },
      within: { speaker: 'agent', turns: 1, includeAnchorTurn: true },
    });
    expect(run(condition, call).result).toBe('pass');
  });
});

describe('logic', () => {
  const call = buildCall({
    turns: [
      ['A', '您好,请讲'],
      ['C', '查账单'],
    ],
  });
  test('and, or and not combine conditions', () => {
    const hello = cond({ op: 'phrases', terms: ['您好'] });
    const bye = cond({ op: 'phrases', terms: ['再见'] });
    expect(run({ op: 'and', of: [hello, bye] }, call).result).toBe('pass');
    expect(run({ op: 'or', of: [hello, bye] }, call).result).toBe('fail');
    expect(run({ op: 'not', of: bye }, call).result).toBe('fail');
  });

  test('ref uses a named condition of the scorecard', () => {
    const check = run({ op: 'ref', name: 'asks_bill' }, call, {
      conditions: { asks_bill: { op: 'phrases', terms: ['账单'], speaker: 'customer' } },
    });
    expect(check.result).toBe('fail');
  });

  test('a condition reason overrides the check reason in its evidence', () => {
    const check = run(
      { op: 'phrases', terms: ['您好'], reason: { zh: '命中「{quote}」在第{turn}轮', en: 'hit' } },
      call,
    );
    expect(check.evidence[0]?.reason.zh).toBe('命中「您好」在第1轮');
  });
});

describe('call conditions', () => {
  const call = buildCall({
    queue: 'billing',
    team: 'ACD-A',
    hangupBy: 'agent',
    turns: [['A', '您好', 0, 60000]],
  });

  test('hangup hits on the side that hung up', () => {
    expect(run({ op: 'hangup', by: ['agent'] }, call).result).toBe('fail');
    expect(run({ op: 'hangup', by: ['customer'] }, call).result).toBe('pass');
  });

  test('duration bounds the length of the call', () => {
    expect(run({ op: 'duration', minMs: 30000 }, call).result).toBe('fail');
    expect(run({ op: 'duration', maxMs: 30000 }, call).result).toBe('pass');
  });

  test('metadata matches queue, team and extra fields', () => {
    const withExtra = { ...call, 业务类型: '投诉', order: { channel: 'app' } } as Call;
    expect(run({ op: 'metadata', field: 'queue', equals: 'billing' }, call).result).toBe('fail');
    expect(run({ op: 'metadata', field: 'team', in: ['ACD-B', 'ACD-C'] }, call).result).toBe('pass');
    expect(run({ op: 'metadata', field: '业务类型', pattern: '投诉' }, withExtra).result).toBe('fail');
    expect(run({ op: 'metadata', field: 'order.channel', equals: 'app' }, withExtra).result).toBe('fail');
    expect(run({ op: 'metadata', field: 'vip', exists: false }, call).result).toBe('fail');
  });

  test('applicableWhen makes a check n/a when it does not hold', () => {
    const scorecard = buildScorecard(apology, { applicableWhen: complaint });
    const result = inspectCall(
      scorecard,
      buildCall({
        turns: [
          ['C', '查话费'],
          ['A', '好的'],
        ],
      }),
    );
    expect(result.checks[0]?.result).toBe('na');
    expect(result.checks[0]?.deducted).toBe(0);
  });
});
