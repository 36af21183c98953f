/**
 * Seeded generator of realistic Chinese calls for the inspection benchmark: agent and customer
 * sentences drawn from the phrasings of a telecom hotline, with the usual share of problems
 * (missing apology, filler, forbidden phrases, holds, talk-over) so that every check does real work.
 */
import { createWriteStream } from 'node:fs';

const AGENT = [
  '您好,很高兴为您服务,请问有什么可以帮您?',
  '好的,请您提供一下机主姓名和身份证后四位。',
  '请稍等,我帮您查询一下。',
  '感谢您的耐心等待,您本月的套餐费用是五十八元,另外产生了国内流量费用十二元。',
  '这个套餐包含二十G通用流量和一百分钟通话,超出部分按每G五元收取。',
  '非常抱歉给您带来不便,我马上帮您提交报修工单,师傅会在二十四小时内联系您。',
  '那个,就是说,您这个月的账单啊,嗯嗯嗯,多了一点呀。',
  '这个不归我们管,你自己去找营业厅吧。',
  '我刚才已经说过了,您到底有没有在听?',
  '您可以在App里自己操作,先点击我的,然后选择账单查询。',
  '为了保证您的账户安全,请不要把验证码告诉任何人。',
  '请问还有其他可以帮您的吗?',
  '感谢您的来电,祝您生活愉快,再见。',
  '好的,已经帮您办理成功,下个月一号生效。',
  '您的宽带账号是零二五八八六六三幺二,对吗?',
  '不知道。',
  '我保证明天一定给您修好。',
];
const CUSTOMER = [
  '你好,我想查一下我这个月的话费,怎么比上个月多了这么多?',
  '我家的宽带从昨天晚上开始就断了,到现在还没好,你们怎么回事?',
  '好的。',
  '嗯,是我本人,身份证后四位是三二一X。',
  '那我应该怎么办呢?能不能帮我看一下?',
  '你们这服务太差了,我要投诉!',
  '行,那就这样吧,谢谢你。',
  '我的手机号是幺三八一二三四五六七八九。',
  '什么?我没听清,你再说一遍。',
  '那个流量包怎么开通?',
  '没有了。',
  '等了一个星期了,师傅还没上门。',
];

export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function generateCall(random, index, turnCount) {
  const turns = [];
  let cursor = 0;
  for (let t = 0; t < turnCount; t++) {
    const speaker = t % 2 === 0 ? 'agent' : 'customer';
    const pool = speaker === 'agent' ? AGENT : CUSTOMER;
    let text = t === 0 ? AGENT[0] : pool[Math.floor(random() * pool.length)];
    if (t === turnCount - 1 && speaker === 'agent') text = AGENT[12];
    const gap = random() < 0.03 ? 12000 : random() < 0.05 ? -1500 : 300 + Math.floor(random() * 900);
    const startMs = Math.max(turns.length ? turns[turns.length - 1].startMs : 0, cursor + gap);
    const endMs = startMs + Math.round((text.length / (180 + random() * 120)) * 60000);
    turns.push({ speaker, startMs, endMs, text });
    cursor = Math.max(cursor, endMs);
  }
  return {
    id: `bench-${index}`,
    agentId: `a-${100 + (index % 40)}`,
    team: `ACD-${'ABC'[index % 3]}`,
    queue: ['宽带报修', '账单查询', '投诉受理'][index % 3],
    startedAt: new Date(Date.UTC(2025, 2, 3, 1) + index * 20000).toISOString(),
    language: 'zh',
    hangupBy: random() < 0.05 ? 'agent' : 'customer',
    业务类型: '话费查询',
    turns,
  };
}

/** Writes `calls` calls of `turns` turns to `file` as JSONL and resolves with the file size in bytes. */
export function writeCalls(file, { calls, turns, seed = 42 }) {
  const random = createRandom(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  return new Promise((resolve, reject) => {
    let i = 0;
    const pump = () => {
      while (i < calls) {
        const line = `${JSON.stringify(generateCall(random, i, turns))}\n`;
        bytes += Buffer.byteLength(line);
        i++;
        if (!out.write(line)) return out.once('drain', pump);
      }
      out.end(() => resolve(bytes));
    };
    out.on('error', reject);
    pump();
  });
}
