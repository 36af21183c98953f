import { describe, expect, test } from 'vitest';
import { buildCall, cond, runCondition } from '../test-support/build-call.js';

const run = runCondition;

const call = buildCall({
  turns: [
    ['A', '您好,请问有什么可以帮您?'],
    ['C', '我要投诉,你们的网太差了!'],
    ['A', '非常抱歉,我帮您查询一下。'],
    ['C', '好的,谢谢。'],
    ['A', '您的宽带已恢复,感谢您的来电,再见。'],
  ],
});

describe('phrases', () => {
  test('hits any phrase of a list and quotes it with exact offsets', () => {
    const check = run({ op: 'phrases', list: 'apology', speaker: 'agent' }, call, {
      lists: { apology: ['抱歉', '对不起'] },
    });
    expect(check.result).toBe('fail');
    const evidence = check.evidence[0];
    expect(evidence).toMatchObject({
      kind: 'match',
      turn: 2,
      speaker: 'agent',
      start: 2,
      end: 4,
      quote: '抱歉',
    });
    expect(call.turns[2]?.text.slice(evidence?.start, evidence?.end)).toBe('抱歉');
    expect(check.reason.zh).toBe('不合格:抱歉');
  });

  test('filters by speaker: the customer saying 投诉 is not the agent saying it', () => {
    expect(run({ op: 'phrases', terms: ['投诉'], speaker: 'agent' }, call).result).toBe('pass');
    expect(run({ op: 'phrases', terms: ['投诉'], speaker: 'customer' }, call).result).toBe('fail');
  });

  test('mode none hits when nothing matches, pointing at the turns it searched', () => {
    const check = run({ op: 'phrases', terms: ['对不起'], speaker: 'agent', mode: 'none' }, call);
    expect(check.result).toBe('fail');
    expect(check.evidence.map((e) => e.turn)).toEqual([0, 2, 4]);
    expect(check.evidence[0]?.kind).toBe('turn');
  });

  test('minCount is a count threshold over the scope', () => {
    expect(run({ op: 'phrases', terms: ['您'], speaker: 'agent', minCount: 5 }, call).result).toBe('fail');
    expect(run({ op: 'phrases', terms: ['您'], speaker: 'agent', minCount: 6 }, call).result).toBe('pass');
  });

  test('mode all needs every phrase, per turn or anywhere in the call', () => {
    const both = cond({ op: 'phrases', terms: ['抱歉', '感谢'], speaker: 'agent', mode: 'all' });
    expect(run({ ...both, per: 'call' }, call).result).toBe('fail');
    expect(run({ ...both, per: 'turn' }, call).result).toBe('pass');
  });

  test('mode atLeast counts different phrases', () => {
    const terms = ['抱歉', '感谢', '再见', '对不起'];
    expect(run({ op: 'phrases', terms, speaker: 'agent', mode: 'atLeast', n: 3 }, call).result).toBe('fail');
    expect(run({ op: 'phrases', terms, speaker: 'agent', mode: 'atLeast', n: 4 }, call).result).toBe('pass');
  });

  test('a window limits the search to the first or last turns of the speaker', () => {
    expect(
      run({ op: 'phrases', terms: ['再见'], speaker: 'agent', window: { firstTurns: 2 } }, call).result,
    ).toBe('pass');
    expect(
      run({ op: 'phrases', terms: ['再见'], speaker: 'agent', window: { lastTurns: 1 } }, call).result,
    ).toBe('fail');
    expect(
      run({ op: 'phrases', terms: ['再见'], speaker: 'agent', window: { firstMs: 3000 } }, call).result,
    ).toBe('pass');
    expect(
      run({ op: 'phrases', terms: ['再见'], speaker: 'agent', window: { lastMs: 1000 } }, call).result,
    ).toBe('fail');
  });

  test('exclude drops matches that overlap an exclusion (你 inside 你好)', () => {
    const ni = buildCall({ turns: [['A', '你好,你好。']] });
    expect(run({ op: 'phrases', terms: ['你'], exclude: { terms: ['你好'] } }, ni).result).toBe('pass');
    expect(run({ op: 'phrases', terms: ['你'] }, ni).result).toBe('fail');
  });

  test('notPrecededBy drops negated matches (我不能保证)', () => {
    const promise = cond({
      op: 'phrases',
      terms: ['保证'],
      notPrecededBy: { terms: ['不能', '无法'], within: 3 },
    });
    expect(run(promise, buildCall({ turns: [['A', '这个我不能保证。']] })).result).toBe('pass');
    expect(run(promise, buildCall({ turns: [['A', '我保证明天到。']] })).result).toBe('fail');
  });

  test('notFollowedBy drops matches followed by the guard', () => {
    const wei = cond({ op: 'phrases', terms: ['喂'], notFollowedBy: { terms: ['听得到'], within: 6 } });
    expect(run(wei, buildCall({ turns: [['A', '喂,听得到吗?']] })).result).toBe('pass');
    expect(run(wei, buildCall({ turns: [['A', '喂!说话!']] })).result).toBe('fail');
  });

  test('regex with an exclusion pattern', () => {
    const regex = cond({ op: 'regex', pattern: '退[款费]', exclude: { pattern: '退款进度' } });
    expect(run(regex, buildCall({ turns: [['C', '我要退款']] })).result).toBe('fail');
    expect(run(regex, buildCall({ turns: [['C', '查一下退款进度']] })).result).toBe('pass');
  });

  test('latin phrases match whole words only', () => {
    expect(
      run({ op: 'phrases', terms: ['um'] }, buildCall({ turns: [['A', 'The premium plan']] })).result,
    ).toBe('pass');
    expect(run({ op: 'phrases', terms: ['um'] }, buildCall({ turns: [['A', 'Um, the plan']] })).result).toBe(
      'fail',
    );
  });
});

describe('near', () => {
  test('hits when A is within N characters of B', () => {
    const near = cond({ op: 'near', a: { terms: ['余额'] }, b: { terms: ['元'] }, within: 4 });
    expect(run(near, buildCall({ turns: [['A', '您的余额是三十元']] })).result).toBe('fail');
    expect(run(near, buildCall({ turns: [['A', '您的余额查询需要验证身份,费用五元']] })).result).toBe('pass');
  });

  test('order aFirst requires A before B', () => {
    const near = cond({
      op: 'near',
      a: { terms: ['核实'] },
      b: { terms: ['余额'] },
      within: 10,
      order: 'aFirst',
    });
    expect(run(near, buildCall({ turns: [['A', '余额需要先核实']] })).result).toBe('pass');
    expect(run(near, buildCall({ turns: [['A', '核实后告诉您余额']] })).result).toBe('fail');
  });
});

describe('window except', () => {
  test('leaves out the first turns of the speaker (喂 as the opening hello)', () => {
    const wei = buildCall({
      turns: [
        ['A', '喂,物业'],
        ['C', '我家漏水'],
        ['A', '喂!说话!'],
      ],
    });
    const first = buildCall({
      turns: [
        ['A', '喂,物业'],
        ['C', '我家漏水'],
        ['A', '好的'],
      ],
    });
    const condition = cond({
      op: 'phrases',
      terms: ['喂'],
      speaker: 'agent',
      window: { except: { firstTurns: 1 } },
    });
    expect(run(condition, wei).evidence[0]?.turn).toBe(2);
    expect(run(condition, first).result).toBe('pass');
  });
});
