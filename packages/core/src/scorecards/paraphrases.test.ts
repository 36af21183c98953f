import { describe, expect, test } from 'vitest';
import type { CallLanguage } from '../call/call-schema.js';
import type { CheckResult } from '../scorecard/scorecard-schema.js';
import { resultInFrame, type FramedTurn as Turn } from '../test-support/result-in-frame.js';

/**
 * Paraphrases of each class of problem, as agents and customers say them in their own words,
 * framed by a proper opening and closing so that only the check under test can change.
 */
describe('default checks on paraphrases', () => {
  test.each<[CallLanguage, string, CheckResult, Turn[]]>([
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '你们这质量也太差了'],
        ['A', '质量没问题,是您不会用。'],
      ],
    ],
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '为什么还没到'],
        ['A', '您急什么,又不是只有您一个人的快递。'],
      ],
    ],
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '我没收到短信'],
        ['A', '不可能,系统显示发了,肯定是您自己删了。'],
      ],
    ],
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '这价格太贵'],
        ['A', '嫌贵您别买啊。'],
      ],
    ],
    [
      'zh',
      'rebut',
      'fail',
      [
        ['C', '你们服务太差'],
        ['A', '您这么说就不对了,我们一直很负责。'],
      ],
    ],
    [
      'zh',
      'rebut',
      'pass',
      [
        ['C', '为什么扣费'],
        ['A', '抱歉,这笔是月租费,我给您详细说明一下。'],
      ],
    ],
    [
      'zh',
      'impatience',
      'fail',
      [
        ['C', '什么?'],
        ['A', '哎呀,您能不能认真听我说。'],
      ],
    ],
    [
      'zh',
      'impatience',
      'fail',
      [
        ['C', '那怎么弄'],
        ['A', '我都讲了三遍了还不会吗。'],
      ],
    ],
    [
      'zh',
      'impatience',
      'fail',
      [
        ['C', '我再想想'],
        ['A', '您快点决定吧,后面还有人排队。'],
      ],
    ],
    [
      'zh',
      'impatience',
      'fail',
      [
        ['C', '那个…'],
        ['A', '有事说事。'],
      ],
    ],
    [
      'zh',
      'impatience',
      'pass',
      [
        ['C', '没听清'],
        ['A', '好的,我再慢一点给您说一遍。'],
      ],
    ],
    [
      'zh',
      'shirk',
      'fail',
      [
        ['C', '网一直断'],
        ['A', '这个您得问物业,我们管不着。'],
      ],
    ],
    [
      'zh',
      'shirk',
      'fail',
      [
        ['C', '钱被扣了'],
        ['A', '这是银行那边的事,您找银行吧。'],
      ],
    ],
    [
      'zh',
      'shirk',
      'fail',
      [
        ['C', '能帮我查一下吗'],
        ['A', '这个查不了,您去营业厅问吧。'],
      ],
    ],
    [
      'zh',
      'shirk',
      'pass',
      [
        ['C', '网一直断'],
        ['A', '这个需要物业配合,我先帮您登记报修,再联系物业。'],
      ],
    ],
    [
      'zh',
      'insult',
      'fail',
      [
        ['C', '我不会操作'],
        ['A', '这么简单都不会,真是服了。'],
      ],
    ],
    [
      'zh',
      'insult',
      'fail',
      [
        ['C', '我看不懂'],
        ['A', '你是不是傻啊。'],
      ],
    ],
    [
      'zh',
      'insult',
      'pass',
      [
        ['C', '你们都是骗子!'],
        ['A', '非常抱歉让您有这样的感受,我来帮您核实。'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'fail',
      [
        ['C', '什么时候到账'],
        ['A', '不晓得。'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'fail',
      [
        ['C', '为什么不能改'],
        ['A', '规定就这样,没什么好解释的。'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'fail',
      [
        ['C', '我还没决定'],
        ['A', '那你考虑好了再打过来。'],
      ],
    ],
    [
      'zh',
      'forbidden',
      'pass',
      [
        ['C', '什么时候到账'],
        ['A', '这个我暂时不清楚,我帮您查一下,请稍等。'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'fail',
      [
        ['C', '能退吗'],
        ['A', '没问题,包退的,肯定给您退。'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'fail',
      [
        ['C', '明天能修好吗'],
        ['A', '您放心,明天一定修好。'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'fail',
      [
        ['C', '会不会再扣'],
        ['A', '以后绝对不会再扣您的钱。'],
      ],
    ],
    [
      'zh',
      'overpromise',
      'pass',
      [
        ['C', '明天能修好吗'],
        ['A', '我们会尽快安排,具体时间以师傅联系为准。'],
      ],
    ],
    [
      'zh',
      'apology',
      'fail',
      [
        ['C', '你们这什么破网,天天断'],
        ['A', '您的账号是多少?'],
        ['C', '一二三'],
        ['A', '好的,我给您报修。'],
      ],
    ],
    [
      'zh',
      'apology',
      'fail',
      [
        ['C', '我已经打了三次电话了,还没人来'],
        ['A', '您的地址是?'],
        ['C', '幸福路'],
        ['A', '好,登记了。'],
      ],
    ],
    [
      'zh',
      'apology',
      'fail',
      [
        ['C', '你们能不能靠点谱'],
        ['A', '您说。'],
        ['C', '上次说好的没来'],
        ['A', '我给您改约。'],
      ],
    ],
    [
      'zh',
      'apology',
      'pass',
      [
        ['C', '你们这什么破网,天天断'],
        ['A', '给您添麻烦了,实在不好意思,我马上报修。'],
      ],
    ],
    [
      'zh',
      'polite',
      'fail',
      [
        ['A', '你报一下手机号'],
        ['C', '一三八'],
        ['A', '你这个号码欠费了'],
      ],
    ],
    ['zh', 'filler', 'fail', [['A', '嗯嗯嗯,那个,就是说,您这个啊,呃,那个那个,就是说啊']]],
    ['zh', 'filler', 'pass', [['A', '这个套餐这个月生效,这个费用这个周期结算,那个营业厅那个地址也可以办']]],
    [
      'en',
      'rebut',
      'fail',
      [
        ['C', 'This bill is wrong.'],
        ['A', 'No it is not. You used the data, simple as that.'],
      ],
    ],
    [
      'en',
      'rebut',
      'fail',
      [
        ['C', 'Your service is terrible.'],
        ['A', 'Well, maybe you should read the contract before complaining.'],
      ],
    ],
    [
      'en',
      'rebut',
      'fail',
      [
        ['C', 'I never agreed to this.'],
        ['A', 'You did, you clicked accept. That is on you.'],
      ],
    ],
    [
      'en',
      'impatience',
      'fail',
      [
        ['C', 'Sorry, what?'],
        ['A', 'Ugh, I just explained this. Pay attention.'],
      ],
    ],
    [
      'en',
      'impatience',
      'fail',
      [
        ['C', 'Can you repeat that?'],
        ['A', 'Again? Fine. For the last time.'],
      ],
    ],
    [
      'en',
      'impatience',
      'fail',
      [
        ['C', 'Hmm, let me think.'],
        ['A', 'Sir, I do not have time for this.'],
      ],
    ],
    [
      'en',
      'shirk',
      'fail',
      [
        ['C', 'My package is lost.'],
        ['A', 'Not really our concern, talk to the courier.'],
      ],
    ],
    [
      'en',
      'shirk',
      'fail',
      [
        ['C', 'The app crashes.'],
        ['A', 'That is an Apple thing, call them.'],
      ],
    ],
    [
      'en',
      'shirk',
      'pass',
      [
        ['C', 'My package is lost.'],
        ['A', 'That is handled by the courier, but I will open a claim with them for you right now.'],
      ],
    ],
    [
      'en',
      'insult',
      'fail',
      [
        ['C', 'I cannot log in.'],
        ['A', 'Seriously? A child could do this.'],
      ],
    ],
    [
      'en',
      'insult',
      'fail',
      [
        ['C', 'I do not understand.'],
        ['A', 'Clearly. Try using your brain.'],
      ],
    ],
    [
      'en',
      'forbidden',
      'fail',
      [
        ['C', 'When will it arrive?'],
        ['A', 'No clue.'],
      ],
    ],
    [
      'en',
      'forbidden',
      'fail',
      [
        ['C', 'Why can I not get a refund?'],
        ['A', 'Rules are rules. Nothing I can do.'],
      ],
    ],
    [
      'en',
      'overpromise',
      'fail',
      [
        ['C', 'Will it be fixed tomorrow?'],
        ['A', 'Guaranteed, it will be fixed first thing tomorrow.'],
      ],
    ],
    [
      'en',
      'overpromise',
      'fail',
      [
        ['C', 'Will I get my money back?'],
        ['A', 'Oh, you will definitely get every cent back, no doubt.'],
      ],
    ],
    [
      'en',
      'overpromise',
      'pass',
      [
        ['C', 'Will I get my money back?'],
        ['A', 'I will submit the request; refunds usually take five to seven business days.'],
      ],
    ],
    [
      'en',
      'apology',
      'fail',
      [
        ['C', 'This is the worst service I have ever had.'],
        ['A', 'What is your account number?'],
        ['C', '12345'],
        ['A', 'Okay, I have reset it.'],
      ],
    ],
    [
      'en',
      'apology',
      'fail',
      [
        ['C', 'I am really disappointed, nobody called me back.'],
        ['A', 'Can I have your name?'],
        ['C', 'Jo'],
        ['A', 'Noted.'],
      ],
    ],
    [
      'en',
      'apology',
      'pass',
      [
        ['C', 'This is the worst service I have ever had.'],
        ['A', 'I am so sorry to hear that, let me fix this now.'],
      ],
    ],
  ])('%s %s → %s: %j', (language, check, expected, middle) => {
    expect(resultInFrame(language, check, middle)).toBe(expected);
  });
});
