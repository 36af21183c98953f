import { describe, expect, test } from 'vitest';
import type { CallLanguage } from '../call/call-schema.js';
import type { CheckResult } from '../scorecard/scorecard-schema.js';
import { resultInFrame, type FramedTurn as Turn } from '../test-support/result-in-frame.js';

/** The same classes in the style of raw speech recognition: no punctuation, lower case. */
describe('default checks on unpunctuated ASR text', () => {
  test.each<[CallLanguage, string, CheckResult, Turn[]]>([
    ['zh', 'greeting', 'pass', [['A', '喂您好很高兴为您服务请问有什么可以帮您']]],
    [
      'zh',
      'forbidden',
      'fail',
      [
        ['C', '我的快递到哪了'],
        ['A', '不知道'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'fail',
      [
        ['C', '什么时候到账'],
        ['A', '这个我也不清楚啊'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'pass',
      [
        ['C', '什么时候到账'],
        ['A', '这个我不太清楚我帮您查一下请您稍等'],
      ],
    ],
    ['zh', 'filler', 'fail', [['A', '嗯嗯嗯那个那个就是说您这个啊那个呃就是说啊']]],
    [
      'zh',
      'impatience',
      'fail',
      [
        ['C', '什么'],
        ['A', '我刚才已经说了您到底有没有在听'],
      ],
    ],
    [
      'zh',
      'shirk',
      'fail',
      [
        ['C', '快递丢了'],
        ['A', '这个不归我们管你自己去找快递公司吧'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'fail',
      [
        ['C', '能退吗'],
        ['A', '您放心我保证明天一定给您退回来'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'pass',
      [
        ['C', '能退吗'],
        ['A', '这个我不能保证一般三到五个工作日'],
      ],
    ],
    [
      'zh',
      'apology',
      'fail',
      [
        ['C', '你们这个网络太差了天天断我要投诉'],
        ['A', '您的账号是多少'],
        ['C', '一二三'],
        ['A', '好的我给您报修'],
      ],
    ],
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '你们扣错了'],
        ['A', '系统不会错的是您自己没看清楚'],
      ],
    ],
    ['en', 'greeting', 'pass', [['A', 'hi thanks for calling acme this is sam how can i help']]],
    [
      'en',
      'forbidden',
      'fail',
      [
        ['C', 'where is my parcel'],
        ['A', 'i dont know'],
      ],
    ],
    [
      'en',
      'impatience',
      'fail',
      [
        ['C', 'sorry what'],
        ['A', 'i already told you pay attention'],
      ],
    ],
    [
      'en',
      'apology',
      'fail',
      [
        ['C', 'this is ridiculous i have been waiting for two weeks'],
        ['A', 'whats your account number'],
        ['C', '123'],
        ['A', 'ok done'],
      ],
    ],
  ])('%s %s → %s: %j', (language, check, expected, middle) => {
    expect(resultInFrame(language, check, middle)).toBe(expected);
  });
});
