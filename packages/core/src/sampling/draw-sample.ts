import type { LocalizedText } from '../scorecard/condition-schema.js';
import type { SamplePlan, SampleRule } from './sample-plan.js';
import { seededRank } from './seeded-rank.js';

/** What sampling needs to know of a call (the store builds these from calls and evaluations). */
export type SampleCandidate = {
  callId: string;
  agentId?: string;
  team?: string;
  queue?: string;
  /** Epoch ms. */
  startedAt: number;
  durationMs: number;
  /** The newest automatic evaluation, when there is one. */
  score?: number;
  fatalFailed?: boolean;
  failedChecks: readonly string[];
  /** Checks that did not apply (no complaint means 致歉 was not applicable). */
  naChecks: readonly string[];
  /** Epoch ms the agent started (hire date), when known. */
  agentStartedAt?: number;
  caller?: string;
};

export type SamplePick = {
  callId: string;
  agentId?: string;
  /** Index of the rule that picked it. */
  rule: number;
  /** Why, for the audit of the sample: rule, stratum, rank. */
  reason: LocalizedText;
  rank: number;
};

export type DrawContext = {
  /** Calls whose transcript contains any of the phrases (the store's transcript search). */
  callsMentioning?: (phrases: readonly string[]) => ReadonlySet<string>;
};

const DEFAULT_DURATION_BANDS = [60, 180, 300, 600];
const DEFAULT_SCORE_BANDS = [60, 80, 90, 100];

/**
 * Draws a plan's sample from the candidates: reproducible (each call's place in the random order is
 * `seededRank(seed, callId)`, independent of listing order), each pick with the reason it was
 * picked, each call at most once.
 *
 * @example drawSample({ name: '3月', seed: 7, rules: [{ kind: 'random_per_agent', perAgent: 5 }] }, candidates)
 */
export function drawSample(
  plan: SamplePlan,
  candidates: readonly SampleCandidate[],
  context: DrawContext = {},
): SamplePick[] {
  const ranked = candidates
    .map((candidate) => ({ candidate, rank: seededRank(plan.seed, candidate.callId) }))
    .sort((a, b) => a.rank - b.rank || (a.candidate.callId < b.candidate.callId ? -1 : 1));
  const picked = new Set<string>();
  const picks: SamplePick[] = [];
  plan.rules.forEach((rule, index) => {
    const open = ranked.filter((r) => !picked.has(r.candidate.callId));
    for (const { candidate, rank, reason } of drawRule(rule, open, candidates, context)) {
      picked.add(candidate.callId);
      const pick: SamplePick = { callId: candidate.callId, rule: index, reason, rank };
      if (candidate.agentId !== undefined) pick.agentId = candidate.agentId;
      picks.push(pick);
    }
  });
  return picks;
}

type Ranked = { candidate: SampleCandidate; rank: number };
type Drawn = Ranked & { reason: LocalizedText };

function drawRule(
  rule: SampleRule,
  open: readonly Ranked[],
  all: readonly SampleCandidate[],
  context: DrawContext,
): Drawn[] {
  switch (rule.kind) {
    case 'random_per_agent': {
      const out: Drawn[] = [];
      for (const [agent, list] of groupBy(open, (r) => r.candidate.agentId ?? '')) {
        if (agent === '') continue;
        for (const r of list.slice(0, rule.perAgent)) {
          out.push({
            ...r,
            reason: {
              zh: `随机抽取:坐席 ${agent} 每人 ${rule.perAgent} 通`,
              en: `random: ${rule.perAgent} per agent (${agent})`,
            },
          });
        }
      }
      return out;
    }
    case 'stratified':
      return drawStratified(rule, open);
    case 'targeted':
      return drawTargeted(rule, open, all, context);
  }
}

function drawStratified(rule: Extract<SampleRule, { kind: 'stratified' }>, open: readonly Ranked[]): Drawn[] {
  const stratumOf = stratifier(rule);
  const strata = [...groupBy(open, (r) => stratumOf(r.candidate))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const sizes =
    rule.allocation === 'equal'
      ? equalAllocation(
          rule.total,
          strata.map(([, list]) => list.length),
        )
      : proportionalAllocation(
          rule.total,
          strata.map(([, list]) => list.length),
        );
  const out: Drawn[] = [];
  strata.forEach(([stratum, list], i) => {
    const n = sizes[i] ?? 0;
    const share = `${n}/${list.length}`;
    for (const r of list.slice(0, n)) {
      out.push({
        ...r,
        reason: {
          zh: `分层抽样(${dimensionNames[rule.by].zh}=${stratum},${rule.allocation === 'equal' ? '等量' : '按比例'}分配 ${share})`,
          en: `stratified by ${dimensionNames[rule.by].en} = ${stratum} (${rule.allocation} allocation, ${share})`,
        },
      });
    }
  });
  return out;
}

const dimensionNames = {
  team: { zh: 'ACD组', en: 'ACD group' },
  queue: { zh: '队列', en: 'queue' },
  duration_band: { zh: '通话时长', en: 'call length' },
  score_band: { zh: '自动评分', en: 'automatic score' },
} as const;

function stratifier(rule: Extract<SampleRule, { kind: 'stratified' }>): (c: SampleCandidate) => string {
  switch (rule.by) {
    case 'team':
      return (c) => c.team ?? '—';
    case 'queue':
      return (c) => c.queue ?? '—';
    case 'duration_band': {
      const edges = rule.bands ?? DEFAULT_DURATION_BANDS;
      return (c) => band(c.durationMs / 1000, edges, 's');
    }
    case 'score_band': {
      const edges = rule.bands ?? DEFAULT_SCORE_BANDS;
      return (c) => (c.score === undefined ? '—' : band(c.score, edges, ''));
    }
  }
}

function band(value: number, edges: readonly number[], unit: string): string {
  const sorted = [...edges].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    if (value < (sorted[i] as number))
      return i === 0 ? `<${sorted[i]}${unit}` : `${sorted[i - 1]}–${sorted[i]}${unit}`;
  }
  return `≥${sorted[sorted.length - 1]}${unit}`;
}

/**
 * Largest-remainder (Hamilton) allocation of `total` over strata in proportion to their sizes:
 * sums exactly to min(total, population), never gives a stratum more than it holds.
 */
export function proportionalAllocation(total: number, sizes: readonly number[]): number[] {
  const population = sizes.reduce((a, b) => a + b, 0);
  const target = Math.min(total, population);
  if (population === 0) return sizes.map(() => 0);
  const exact = sizes.map((n) => (target * n) / population);
  const out = exact.map(Math.floor);
  let left = target - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if ((out[i] as number) < (sizes[i] as number)) {
      out[i] = (out[i] as number) + 1;
      left--;
    }
  }
  return out;
}

/** The same number from every stratum; what a small stratum cannot give goes to the others. */
export function equalAllocation(total: number, sizes: readonly number[]): number[] {
  const out = sizes.map(() => 0);
  let left = Math.min(
    total,
    sizes.reduce((a, b) => a + b, 0),
  );
  while (left > 0) {
    const open = sizes.map((_, i) => i).filter((i) => (out[i] as number) < (sizes[i] as number));
    const each = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      if (left <= 0) break;
      const add = Math.min(each, (sizes[i] as number) - (out[i] as number), left);
      out[i] = (out[i] as number) + add;
      left -= add;
    }
  }
  return out;
}

function drawTargeted(
  rule: Extract<SampleRule, { kind: 'targeted' }>,
  open: readonly Ranked[],
  all: readonly SampleCandidate[],
  context: DrawContext,
): Drawn[] {
  const { target } = rule;
  let test: (c: SampleCandidate) => boolean;
  let reason: LocalizedText;
  switch (target.kind) {
    case 'new_agent':
      test = (c) =>
        c.agentStartedAt !== undefined && c.startedAt - c.agentStartedAt < target.days * 86_400_000;
      reason = {
        zh: `重点监听:入职 ${target.days} 天内的新员工`,
        en: `targeted: agent in their first ${target.days} days`,
      };
      break;
    case 'keywords': {
      const mentioning = context.callsMentioning?.(target.phrases) ?? new Set<string>();
      test = (c) => mentioning.has(c.callId);
      reason = {
        zh: `重点监听:提及「${target.phrases.join('、')}」`,
        en: `targeted: mentions ${target.phrases.join(', ')}`,
      };
      break;
    }
    case 'low_score':
      test = (c) => c.score !== undefined && c.score < target.below;
      reason = {
        zh: `重点监听:自动评分低于 ${target.below}`,
        en: `targeted: automatic score below ${target.below}`,
      };
      break;
    case 'fatal':
      test = (c) => c.fatalFailed === true;
      reason = { zh: '重点监听:命中致命项', en: 'targeted: a fatal item failed' };
      break;
    case 'failed_check':
      test = (c) => c.failedChecks.includes(target.check);
      reason = { zh: `重点监听:未通过检查 ${target.check}`, en: `targeted: failed check ${target.check}` };
      break;
    case 'complaint':
      // The apology check applies exactly when the customer complained (致歉 is n/a otherwise).
      test = (c) => !c.naChecks.includes('apology');
      reason = { zh: '重点监听:客户表达不满或投诉', en: 'targeted: the customer complained' };
      break;
    case 'long_silence':
      test = (c) => c.failedChecks.includes('silence') || c.failedChecks.includes('hold');
      reason = { zh: '重点监听:长时间冷场或静音', en: 'targeted: long silence' };
      break;
    case 'repeat_caller': {
      const repeats = repeatCalls(all, target.withinHours * 3_600_000);
      test = (c) => repeats.has(c.callId);
      reason = {
        zh: `重点监听:${target.withinHours} 小时内重复来电`,
        en: `targeted: caller called again within ${target.withinHours} h`,
      };
      break;
    }
  }
  const out: Drawn[] = [];
  const perAgent = new Map<string, number>();
  for (const r of open) {
    if (rule.limit !== undefined && out.length >= rule.limit) break;
    if (!test(r.candidate)) continue;
    const agent = r.candidate.agentId ?? '';
    if (rule.perAgentLimit !== undefined) {
      const n = perAgent.get(agent) ?? 0;
      if (n >= rule.perAgentLimit) continue;
      perAgent.set(agent, n + 1);
    }
    out.push({ ...r, reason });
  }
  return out;
}

/** Calls whose caller had called before within the window (the call that came back is the sign). */
function repeatCalls(all: readonly SampleCandidate[], windowMs: number): Set<string> {
  const byCaller = groupBy(
    all.filter((c) => c.caller !== undefined && c.caller !== ''),
    (c) => c.caller as string,
  );
  const out = new Set<string>();
  for (const [, list] of byCaller) {
    const sorted = [...list].sort((a, b) => a.startedAt - b.startedAt);
    for (let i = 1; i < sorted.length; i++) {
      const call = sorted[i] as SampleCandidate;
      if (call.startedAt - (sorted[i - 1] as SampleCandidate).startedAt <= windowMs) out.add(call.callId);
    }
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
