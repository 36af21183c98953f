import type { Call, Turn } from '@callqa/core';
import type { AgentHabits, Business, DemoAgent } from './center.js';
import type { Random } from './random.js';

type Line = { speaker: 'agent' | 'customer'; text: string; gapBeforeMs?: number; overlapMs?: number };

/** What the generator decided this call would contain: the truth a reviewer's findings can be checked against. */
export type PlantedProblems = Array<
  | 'greeting'
  | 'closing'
  | 'filler'
  | 'impatience'
  | 'shirk'
  | 'forbidden'
  | 'overpromise'
  | 'apology'
  | 'polite'
  | 'hold'
  | 'interrupt'
  | 'agent_hangup'
  | 'speech_rate'
  | 'insult'
>;

const COMPANY = '星河通信';

const OPENERS: Record<Business, string[]> = {
  billing: [
    '你好,我想问一下我这个月话费怎么比平时多了三十多块?',
    '喂,你好,帮我查一下话费余额,还有这个月的套餐用了多少。',
    '你好,我上个月开了个流量包,这个月怎么还在扣钱?',
  ],
  invoice: ['你好,我想开一下上个月的电子发票,公司报销要用。', '你好,发票抬头写错了,能不能重新开一张?'],
  broadband: [
    '你好,我家宽带从昨天晚上开始就上不了网了,光猫一直闪红灯。',
    '喂,宽带特别慢,看个视频一直转圈,能不能帮我看一下?',
    '你好,我们小区是不是在维修?家里网断了一上午了。',
  ],
  refund: [
    '你好,我买的电饭煲收到是坏的,想申请退款。',
    '你好,我七天前申请的退货退款,到现在钱还没到账。',
    '你好,快递显示签收了但我根本没收到,能不能帮我处理一下?',
  ],
  complaint: [
    '我要投诉!我的问题反映了三次都没人处理,你们到底怎么回事?',
    '你们这个服务太差了,上门师傅约好了下午来,等了一下午都没来。',
    '我对你们的处理结果很不满意,说好三天给答复,现在一个礼拜了。',
  ],
};

const DETAILS: Record<Business, string[]> = {
  billing: [
    '查到了,您这个月有一笔十五元的来电显示功能费,还有一笔国际漫游的数据费。',
    '您本月套餐内流量已经用了百分之八十,余额是五十六元二角。',
    '您上个月开通的流量包是连续包月的,需要手动退订才会停止扣费。',
  ],
  invoice: [
    '上个月的电子发票已经可以开具了,开好后会发到您预留的邮箱。',
    '抬头错误的发票可以先作废再重开,重开后原发票就不能报销了。',
  ],
  broadband: [
    '查到您所在的小区光缆昨晚被施工挖断,抢修队已经在现场,预计今天下午六点前恢复。',
    '线路检测显示您家光猫的信号偏弱,我给您派一个装维师傅上门检测。',
    '您的账号显示有异常登录,我这边先帮您重置一下端口。',
  ],
  refund: [
    '查到您的订单了,质量问题可以直接退款,退款会在一到三个工作日原路退回。',
    '您的退款已经审核通过,银行处理需要三到五个工作日,请您再留意一下。',
    '我这边给您登记一个丢件核查工单,快递公司会在二十四小时内联系您。',
  ],
  complaint: [
    '我这边已经把您的问题升级给主管处理,会在二十四小时内给您回电。',
    '您反映的情况我记录下来了,工单号是TS二零二五零三零一零八,处理结果会短信通知您。',
    '我马上联系师傅核实情况,今天下班前给您一个明确的上门时间。',
  ],
};

const QA: Record<Business, Array<[string, string]>> = {
  billing: [
    ['那这个来电显示是什么时候开的?', '系统记录是去年十二月在营业厅办理的,每月五元。'],
    ['我能不能换个便宜点的套餐?', '可以的,您现在的套餐是一百二十八元档,可以改成九十八元档,下个月生效。'],
    ['流量不够用怎么办?', '您可以加一个二十元十个G的月包,当月有效。'],
    ['话费怎么交比较方便?', '您可以在App里直接充值,也可以绑定银行卡自动缴费。'],
  ],
  invoice: [
    ['发票多久能收到?', '电子发票一般十分钟内会发送到您的邮箱。'],
    ['能开专票吗?', '可以,需要您提供公司的税号、开户行和账号信息。'],
    ['之前几个月的也能开吗?', '近十二个月的账单都可以开具发票。'],
  ],
  broadband: [
    ['光猫要不要重启?', '您可以先把光猫断电一分钟再接上,等指示灯变绿。'],
    ['师傅什么时候能来?', '最早可以约今天下午两点到五点之间,师傅上门前会先给您打电话。'],
    ['这段时间没网的话能补偿吗?', '故障超过二十四小时的,可以按天减免月租,我帮您备注上。'],
    ['路由器要换吗?', '先看师傅检测的结果,如果是路由器老化可以换成千兆路由器。'],
  ],
  refund: [
    ['商品要寄回去吗?', '需要的,您在订单页面申请退货后会有上门取件的时间可以选。'],
    ['运费谁出?', '质量问题的退货运费由商家承担,您不用支付。'],
    ['退到哪里?', '会原路退回到您付款的银行卡里。'],
    ['能换货吗?', '可以换同款新品,库存充足的话两天内发出。'],
  ],
  complaint: [
    ['你们之前为什么没人联系我?', '非常抱歉,我看到上次的工单被误关闭了,这次我会全程跟进。'],
    ['这次能保证解决吗?', '我会把工单升级到主管,处理进度每天短信告知您。'],
    ['能不能给个补偿?', '我帮您申请一张五十元的话费券,审核通过后三天内到账。'],
  ],
};

const FOLLOW_UPS = [
  '那大概要多久?',
  '那我需要做什么吗?',
  '好的,那我等你们消息。',
  '能不能快一点?',
  '行吧,那就这样处理吧。',
];
const CUSTOMER_COMPLAINTS = [
  '你们怎么回事啊,每次都这样。',
  '这也太慢了吧,我都打了好几次了。',
  '真是太麻烦了,能不能靠谱一点?',
];

/** Fillers an inspector counts: six or more fail the call. */
function withFillers(text: string, random: Random): string {
  const fillers = ['嗯,', '那个,', '就是说,', '这个,'];
  const parts = text.split(',');
  return parts.map((part) => `${random.chance(0.8) ? random.pick(fillers) : ''}${part}`).join(',');
}

function speechMs(text: string, charsPerMinute: number): number {
  return Math.max(800, Math.round((text.replace(/[\s\p{P}]/gu, '').length / charsPerMinute) * 60_000));
}

/**
 * One answered call's transcript, built from the business's templates and the agent's habits.
 * Each habit the dice grant becomes the words or timing that a check should catch.
 */
export function buildDialogue(
  random: Random,
  agent: DemoAgent,
  business: Business,
): { lines: Line[]; planted: PlantedProblems; hangupBy: 'agent' | 'customer' } {
  // A call that goes wrong from start to end (a bad day, a customer who got under the agent's skin):
  // several problems at once, enough for the call to fail the standard.
  const bad = random.chance(agent.habits.badCall);
  const h: AgentHabits = bad
    ? {
        ...agent.habits,
        missGreeting: 0.5,
        casualNi: 1,
        interrupt: 1,
        noApology: 1,
        shirk: 1,
        impatience: 1,
        missClosing: 1,
        hangupFirst: 0.6,
      }
    : agent.habits;
  const planted: PlantedProblems = [];
  const ni = random.chance(h.casualNi);
  if (ni) planted.push('polite');
  const you = ni ? '你' : '您';
  const lines: Line[] = [];
  const agentSay = (text: string, extra: Partial<Line> = {}) =>
    lines.push({ speaker: 'agent', text, ...extra });
  const customerSay = (text: string, extra: Partial<Line> = {}) =>
    lines.push({ speaker: 'customer', text, ...extra });

  if (random.chance(h.missGreeting)) {
    planted.push('greeting');
    agentSay('喂,说吧。');
  } else {
    agentSay(`${you}好,${COMPANY}客服,工号${agent.id.slice(2)},很高兴为${you}服务,请问有什么可以帮${you}?`);
  }
  const opener = random.pick(OPENERS[business]);
  customerSay(opener);
  const complained =
    bad || business === 'complaint' || /没|还在|太|不满|投诉/.test(opener) || random.chance(0.15);
  if (complained && business !== 'complaint') customerSay(random.pick(CUSTOMER_COMPLAINTS));
  const noApology = complained && random.chance(h.noApology);
  if (complained && noApology) planted.push('apology');
  // An agent who pushes the customer away offers no lookup, no ticket and no follow-up at all.
  const shirk = random.chance(h.shirk);
  const interrupt = random.chance(h.interrupt);
  if (interrupt) planted.push('interrupt');
  agentSay(
    `${complained && !noApology ? `非常抱歉给${you}添麻烦了,` : ''}好的,请${you}提供一下手机号码${shirk ? '。' : `,我帮${you}查询。`}`,
    interrupt ? { overlapMs: 1600 } : {},
  );
  customerSay(
    `号码是${random.pick(['幺三八', '幺三九', '幺五八', '幺八六'])}${random.int(1000, 9999)}${random.int(1000, 9999)}。`,
  );

  const held = !shirk && random.chance(0.45);
  if (shirk) {
    agentSay(`谢谢${you}。这个问题不是我们这边能处理的。`);
  } else if (held) {
    agentSay(`好的,谢谢${you},请${you}稍等,我帮${you}查询一下。`);
    const noThanks = random.chance(h.noHoldThanks);
    if (noThanks) planted.push('hold');
    const detail = random.pick(DETAILS[business]);
    agentSay(noThanks ? detail : `感谢${you}的耐心等待,${detail}`, {
      gapBeforeMs: random.int(12_000, 45_000),
    });
  } else {
    agentSay(`谢谢${you}。${random.pick(DETAILS[business])}`);
  }
  // Real calls run two to four minutes: a few more questions and answers of the business.
  const extra = shirk ? 0 : random.int(2, 6);
  for (let i = 0; i < extra; i++) {
    const [question, answer] = random.pick(QA[business]);
    customerSay(question);
    agentSay(answer.replaceAll('您', you));
  }
  customerSay(random.pick(FOLLOW_UPS));

  let reply = `一般一到两个工作日内会处理好,有进展会短信通知${you}。`;
  if (random.chance(h.overpromise)) {
    planted.push('overpromise');
    reply = `我保证明天一定给${you}处理好,百分之百没问题。`;
  } else if (shirk) {
    planted.push('shirk');
    reply = '这个不归我们管,你自己去找营业厅吧。';
  } else if (random.chance(h.forbidden)) {
    planted.push('forbidden');
    reply = '我们的规定就是这样,没什么好说的。';
  }
  if (random.chance(h.impatience)) {
    planted.push('impatience');
    reply = `我刚才已经说过了,${reply}`;
  }
  // 侮辱攻击: rare, and a fatal item whatever else the call did well.
  if (random.chance(h.insult)) {
    planted.push('insult');
    reply = `${you}有病吧,${reply}`;
  }
  if (random.chance(h.filler)) {
    planted.push('filler');
    reply = withFillers(`嗯,就是说,${reply}`, random);
    // Habitual fillers run through the whole call, not one sentence.
    for (const line of lines)
      if (line.speaker === 'agent' && random.chance(0.6)) line.text = withFillers(line.text, random);
  }
  agentSay(reply);
  customerSay(random.pick(['好的,谢谢。', '行,知道了。', '那好吧。']));
  const hangupFirst = random.chance(h.hangupFirst);
  if (hangupFirst) planted.push('agent_hangup');
  if (random.chance(h.missClosing)) {
    planted.push('closing');
    agentSay('嗯,行。');
  } else {
    agentSay(`请问还有其他可以帮${you}的吗?`);
    customerSay('没有了。');
    agentSay(`感谢${you}的来电,祝${you}生活愉快,再见!`);
  }
  return { lines, planted: honestPlants(lines, planted), hangupBy: hangupFirst ? 'agent' : 'customer' };
}

const FOLLOW_UP =
  /转接|转给|转到|工单|跟进|协调|上报|反馈|回电|联系您|联系你|(?:帮|给|为)(?:您|你)(?:联系|登记|记录|查询|处理|备注|申请)|(?:我们|我这边|这边)(?:会|来|帮|给|为)|稍后/;
const FILLER = /那个,|就是说,|这个,/g;

/**
 * A planted habit counts only when the call really shows it by the checks' written definitions:
 * a 推诿 line beside an offer of follow-up is not 推诿, and fewer than six fillers are not 口头禅.
 */
function honestPlants(lines: Line[], planted: PlantedProblems): PlantedProblems {
  const agentText = lines.filter((l) => l.speaker === 'agent').map((l) => l.text);
  return planted.filter((problem) => {
    if (problem === 'shirk') return !agentText.some((t) => FOLLOW_UP.test(t));
    if (problem === 'filler') return (agentText.join('').match(FILLER)?.length ?? 0) >= 6;
    return true;
  });
}

/** Times the lines: each speaker at their own rate, short gaps, holds and talk-over where planted. */
export function timeLines(lines: Line[], agentRate: number, random: Random): Turn[] {
  const turns: Turn[] = [];
  let clock = random.int(300, 900);
  for (const line of lines) {
    const rate = line.speaker === 'agent' ? agentRate : random.int(220, 280);
    let start = clock + (line.gapBeforeMs ?? random.int(250, 900));
    if (line.overlapMs) start = Math.max(turns.at(-1)?.startMs ?? 0, clock - line.overlapMs);
    const end = start + speechMs(line.text, rate);
    turns.push({ speaker: line.speaker, startMs: start, endMs: end, text: line.text });
    clock = Math.max(clock, end);
  }
  return turns;
}

export type DemoCall = Call & { planted: PlantedProblems };
