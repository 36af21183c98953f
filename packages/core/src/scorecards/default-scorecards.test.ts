import { describe, expect, test } from 'vitest';
import type { CallLanguage } from '../call/call-schema.js';
import { inspectCall } from '../inspection/inspect-call.js';
import type { CheckResult } from '../scorecard/scorecard-schema.js';
import { testScorecard } from '../scorecard/test-scorecard.js';
import { buildCall } from '../test-support/build-call.js';
import { defaultScorecard } from './default-scorecards.js';

const CHECK_IDS = [
  'greeting',
  'closing',
  'polite',
  'thanks',
  'apology',
  'forbidden',
  'rebut',
  'impatience',
  'shirk',
  'insult',
  'overpromise',
  'filler',
  'interrupt',
  'silence',
  'hold',
  'speech_rate',
  'agent_hangup',
];

type Turn = ['A' | 'C', string];

function resultOf(language: CallLanguage, check: string, turns: Turn[]): CheckResult | undefined {
  const call = buildCall({ language, turns });
  return inspectCall(defaultScorecard(language), call).checks.find((c) => c.check === check)?.result;
}

describe.each(['zh', 'en'] as const)('default %s scorecard', (language) => {
  test('has the stable check ids, 100 points and a version', () => {
    const scorecard = defaultScorecard(language);
    expect(
      scorecard.items
        .filter((i) => i.check)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...CHECK_IDS].sort());
    expect(scorecard.maxScore).toBe(100);
    expect(scorecard.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(scorecard.items.find((i) => i.id === 'insult')?.fatal).toBe(true);
  });

  test('every check passes its own example dialogues, with at least one fail and one pass each', () => {
    const report = testScorecard(defaultScorecard(language));
    expect(report.failures).toEqual([]);
    expect(report.untested).toEqual([]);
  });
});

const hi: Turn = ['A', '您好,很高兴为您服务,请问有什么可以帮您?'];

const hello: Turn = ['A', 'Thank you for calling Acme, my name is Sam, how can I help?'];

describe('the traps of the written standard', () => {
  test.each<[CallLanguage, string, string, Turn[], CheckResult]>([
    [
      'zh',
      'fails greeting when the agent opens with 喂',
      'greeting',
      [
        ['A', '喂?'],
        ['C', '我家宽带断了。'],
        ['A', '账号多少?'],
      ],
      'fail',
    ],
    [
      'zh',
      '这个 as a demonstrative is not a filler',
      'filler',
      [hi, ['C', '这个订单呢?'], ['A', '这个订单这个月到,这个地址这个电话都对,这个价格不变,这个赠品也有。']],
      'pass',
    ],
    [
      'zh',
      '为了保证您的账户安全 is not a promise',
      'overpromise',
      [hi, ['C', '要验证码吗?'], ['A', '为了保证您的账户安全,请您提供验证码。']],
      'pass',
    ],
    [
      'zh',
      '我们不会泄露您的信息 is not 乱承诺',
      'overpromise',
      [hi, ['C', '信息安全吗?'], ['A', '您放心,我们不会泄露您的信息。']],
      'pass',
    ],
    [
      'zh',
      '我不能保证 is not a promise',
      'overpromise',
      [hi, ['C', '明天能到吗?'], ['A', '这个我不能保证,一般三天。']],
      'pass',
    ],
    [
      'zh',
      '我保证 is a promise',
      'overpromise',
      [hi, ['C', '明天能到吗?'], ['A', '我保证明天一定给您送到。']],
      'fail',
    ],
    [
      'zh',
      'App self-service with step-by-step help is not 推诿',
      'shirk',
      [hi, ['C', '怎么改密码?'], ['A', '您可以在App里自己操作,先点“我的”,然后选择“安全设置”。']],
      'pass',
    ],
    [
      'zh',
      '不归我们部门管 is 推诿',
      'shirk',
      [hi, ['C', '快递丢了。'], ['A', '这个不归我们部门管。']],
      'fail',
    ],
    ['zh', '这事儿找银行去 is 推诿', 'shirk', [hi, ['C', '扣了两次钱。'], ['A', '这事儿找银行去。']], 'fail'],
    [
      'zh',
      '不知道您方便吗 is not 禁语',
      'forbidden',
      [hi, ['C', '想约上门。'], ['A', '不知道您方便吗?明天上午可以吗?']],
      'pass',
    ],
    [
      'zh',
      '不知道 as the whole answer is 禁语',
      'forbidden',
      [hi, ['C', '快递到哪了?'], ['A', '不知道。']],
      'fail',
    ],
    [
      'zh',
      '我跟您讲过好几遍了 is impatience',
      'impatience',
      [hi, ['C', '什么?'], ['A', '我跟您讲过好几遍了。']],
      'fail',
    ],
    [
      'zh',
      'an apology in the same turn as the answer counts',
      'apology',
      [hi, ['C', '等了一个星期还没到,太过分了!'], ['A', '非常抱歉,我马上帮您催。']],
      'pass',
    ],
    [
      'zh',
      'a complaint left without an apology fails',
      'apology',
      [hi, ['C', '你们这服务太差了,我要投诉!'], ['A', '账号多少?'], ['C', '123。'], ['A', '好的。']],
      'fail',
    ],
    [
      'zh',
      'a customer who says 神经病 does not fail insult',
      'insult',
      [hi, ['C', '神经病!'], ['A', '非常抱歉给您带来不好的体验。']],
      'pass',
    ],
    [
      'zh',
      'a customer who says 喂 and 不知道 does not fail forbidden',
      'forbidden',
      [hi, ['C', '喂?喂?不知道。'], ['A', '请问您还在线吗?']],
      'pass',
    ],
    ['zh', '不用谢 is not thanks', 'thanks', [hi, ['C', '谢谢。'], ['A', '不用谢,再见。']], 'fail'],

    [
      'en',
      '"would you like" and "let you know" are not fillers',
      'filler',
      [
        hello,
        ['C', 'Hi.'],
        [
          'A',
          'Would you like me to check? It looks like it shipped, I will let you know, do you know the order number?',
        ],
      ],
      'pass',
    ],
    [
      'en',
      '"to ensure your security" is not a promise',
      'overpromise',
      [
        hello,
        ['C', 'Why?'],
        ['A', 'To ensure your security we never share your data, and I cannot guarantee the date.'],
      ],
      'pass',
    ],
    [
      'en',
      '"you\'re welcome" is not thanks',
      'thanks',
      [
        ['A', 'Hello, my name is Sam, how can I help?'],
        ['C', 'Thanks!'],
        ['A', "You're welcome, bye."],
      ],
      'fail',
    ],
    [
      'en',
      'a line check is not a barked hello',
      'forbidden',
      [
        ['A', 'Hello? Hello, can you hear me?'],
        ['C', 'Yes.'],
        ['A', 'Great, how can I help?'],
      ],
      'pass',
    ],
    [
      'en',
      '"I\'m not sure, let me check" is not a flat answer',
      'forbidden',
      [hello, ['C', 'What is this fee?'], ['A', "I'm not sure, let me check that for you."]],
      'pass',
    ],
    [
      'en',
      '"I don\'t know." as the whole answer is forbidden',
      'forbidden',
      [hello, ['C', 'Where is it?'], ['A', "I don't know."]],
      'fail',
    ],
    [
      'en',
      "customer rudeness is never the agent's fault",
      'insult',
      [hello, ['C', 'You idiots!'], ['A', "I'm sorry about that."]],
      'pass',
    ],
  ])('%s: %s', (language, _name, check, turns, expected) => {
    expect(resultOf(language, check, turns)).toBe(expected);
  });
});
