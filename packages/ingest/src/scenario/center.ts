import type { Random } from './random.js';

/** The habits a QA inspector would recognise in an agent's calls; each is a probability per call. */
export type AgentHabits = {
  missGreeting: number;
  missClosing: number;
  filler: number;
  impatience: number;
  shirk: number;
  forbidden: number;
  overpromise: number;
  noApology: number;
  casualNi: number;
  noHoldThanks: number;
  interrupt: number;
  hangupFirst: number;
  /** 侮辱攻击, a fatal item. */
  insult: number;
  /** A call gone wrong from start to end: several problems at once, enough to fail it. */
  badCall: number;
};

export type DemoAgent = {
  id: string;
  name: string;
  team: string;
  /** Chinese characters per minute. */
  rate: number;
  /** How much longer than usual this agent's calls run (1 = median). */
  pace: number;
  hiredAt: string;
  habits: AgentHabits;
};

export type DemoQueue = {
  id: string;
  team: string;
  business: Business;
  share: number;
  medianTalkSec: number;
};
export type Business = 'billing' | 'broadband' | 'refund' | 'invoice' | 'complaint';

export const TEAMS = [
  'ACD-A 话费账务组',
  'ACD-B 宽带报修组',
  'ACD-C 电商售后组',
  'ACD-D 投诉处理组',
] as const;

export const QUEUES: DemoQueue[] = [
  { id: '话费查询', team: TEAMS[0], business: 'billing', share: 0.28, medianTalkSec: 150 },
  { id: '发票开具', team: TEAMS[0], business: 'invoice', share: 0.08, medianTalkSec: 130 },
  { id: '宽带报修', team: TEAMS[1], business: 'broadband', share: 0.27, medianTalkSec: 210 },
  { id: '退款售后', team: TEAMS[2], business: 'refund', share: 0.25, medianTalkSec: 190 },
  { id: '投诉受理', team: TEAMS[3], business: 'complaint', share: 0.12, medianTalkSec: 260 },
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = [
  '静',
  '敏',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '晓燕',
  '海燕',
  '建华',
  '志强',
  '雪梅',
  '文博',
  '思雨',
  '一鸣',
  '佳怡',
];

const CLEAN: AgentHabits = {
  missGreeting: 0.01,
  missClosing: 0.02,
  filler: 0.02,
  impatience: 0.005,
  shirk: 0.01,
  forbidden: 0.005,
  overpromise: 0.01,
  noApology: 0.08,
  casualNi: 0.01,
  noHoldThanks: 0.05,
  interrupt: 0.02,
  hangupFirst: 0.01,
  insult: 0.0005,
  badCall: 0.015,
};

/** New agents slip more on the routine of a call (开头语, 结束语, 致歉, 等待致谢) and have more bad calls. */
const NEW_HIRE: Partial<Record<keyof AgentHabits, number>> = {
  missGreeting: 0.1,
  missClosing: 0.15,
  noApology: 0.25,
  noHoldThanks: 0.25,
  casualNi: 0.1,
  filler: 0.15,
  badCall: 0.06,
};

/** Profiles: most agents are good; some carry one habitual problem, a few several (the 20 % who make 80 % of errors). */
const PROFILES: Array<{ share: number; habits: Partial<AgentHabits> }> = [
  { share: 0.5, habits: {} },
  { share: 0.1, habits: { filler: 0.7 } },
  { share: 0.08, habits: { missClosing: 0.45, hangupFirst: 0.15 } },
  { share: 0.08, habits: { impatience: 0.25, interrupt: 0.3, noApology: 0.4, badCall: 0.06 } },
  { share: 0.06, habits: { shirk: 0.25, forbidden: 0.1, badCall: 0.1, insult: 0.01 } },
  { share: 0.06, habits: { overpromise: 0.3 } },
  { share: 0.06, habits: { missGreeting: 0.3, casualNi: 0.3, noHoldThanks: 0.5 } },
  {
    share: 0.06,
    habits: {
      filler: 0.5,
      impatience: 0.2,
      missClosing: 0.3,
      noApology: 0.5,
      forbidden: 0.08,
      badCall: 0.12,
      insult: 0.02,
    },
  },
];

function withNewHireSlips(habits: AgentHabits): AgentHabits {
  const out = { ...habits };
  for (const [habit, floor] of Object.entries(NEW_HIRE) as Array<[keyof AgentHabits, number]>) {
    out[habit] = Math.max(out[habit], floor);
  }
  return out;
}

/** About 40 agents over 4 ACD groups, each with a speaking rate, a pace and habits, from a seed. */
export function buildAgents(random: Random, count = 40, startDate = '2025-03-01'): DemoAgent[] {
  const agents: DemoAgent[] = [];
  const start = Date.parse(`${startDate}T00:00:00+08:00`);
  for (let i = 0; i < count; i++) {
    let roll = random.next();
    let profile = PROFILES[0] as (typeof PROFILES)[number];
    for (const p of PROFILES) {
      if (roll < p.share) {
        profile = p;
        break;
      }
      roll -= p.share;
    }
    // A few new agents hired during the period, so that "first N days" sample rules have someone to pick.
    const daysBefore = i % 13 === 5 ? -random.int(3, 20) : random.int(30, 1500);
    const newHire = daysBefore < 30;
    agents.push({
      id: `a-${1001 + i}`,
      name: `${random.pick([...SURNAMES])}${random.pick(GIVEN)}`,
      team: TEAMS[i % TEAMS.length] as string,
      rate: Math.round(Math.min(285, Math.max(150, random.normal(235, 22)))) + (i % 17 === 3 ? 95 : 0),
      pace: Math.max(0.7, random.normal(1, 0.15)),
      hiredAt: new Date(start - daysBefore * 86_400_000).toISOString().slice(0, 10),
      habits: newHire ? withNewHireSlips({ ...CLEAN, ...profile.habits }) : { ...CLEAN, ...profile.habits },
    });
  }
  return agents;
}
