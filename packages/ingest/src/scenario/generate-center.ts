import { buildAgents, type DemoAgent, type DemoQueue, QUEUES, TEAMS } from './center.js';
import { buildDialogue, type DemoCall, timeLines } from './dialogue.js';
import { Random } from './random.js';

export const scenarios = {
  /** A week of a small center: loads in seconds, enough for every screen and report. */
  demo: { days: 7, callsPerDay: 600 },
  /** A month, for monthly reports and month-on-month comparisons. */
  month: { days: 30, callsPerDay: 1500 },
  /** Over a million calls, for benchmarks. */
  bench: { days: 30, callsPerDay: 37_000 },
} as const;
export type ScenarioName = keyof typeof scenarios;

export type CenterOptions = {
  scenario: ScenarioName;
  seed?: number;
  /** First day, YYYY-MM-DD in Asia/Shanghai. */
  startDate?: string;
  days?: number;
  callsPerDay?: number;
};

/** One day of the center, in the formats its systems write. */
export type CenterDay = {
  date: string;
  /** Asterisk queue_log text lines. */
  queueLog: string[];
  /** Asterisk CDR Master.csv lines. */
  cdr: string[];
  /** Transcripts of the answered calls, with the problems planted in each. */
  calls: DemoCall[];
  /** Survey CSV lines (call_id,caller,time,csat,nps,comment). */
  surveys: string[];
};

export const SURVEY_HEADER = 'call_id,caller,time,csat,nps,comment';

/** Share of a day's calls in each hour, 08:00–22:00 (two peaks, as seed 002's 话务量 charts show). */
const HOURLY = [0, 0, 0, 0, 0, 0, 0, 0, 4, 9, 11, 10, 7, 7, 9, 10, 9, 7, 5, 4, 3, 3, 2, 0];
const WEEKDAY = [0.75, 1.15, 1.05, 1.0, 1.0, 0.95, 0.8]; // Sunday first
const MS_HOUR = 3_600_000;
const SHANGHAI_OFFSET_MS = 8 * MS_HOUR;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Wall-clock time in Asia/Shanghai (no daylight saving), as Asterisk writes CDR times. */
function localTime(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function isoShanghai(ms: number): string {
  return `${localTime(ms).replace(' ', 'T')}+08:00`;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type AgentState = { agent: DemoAgent; on: boolean; freeAt: number };

/**
 * A believable Chinese call center from a seed: 4 ACD groups, ~40 agents with skill profiles, daily
 * and hourly traffic, queue_log events and CDRs that agree with each other, transcripts of answered
 * calls with the agents' habits in them, and surveys whose scores follow the quality of the call.
 * Days are produced one at a time so that a million calls never sit in memory.
 */
export function* generateCenter(options: CenterOptions): Generator<CenterDay> {
  const plan = scenarios[options.scenario];
  const random = new Random(options.seed ?? 20250301);
  const startDate = options.startDate ?? '2025-03-01';
  const days = options.days ?? plan.days;
  const callsPerDay = options.callsPerDay ?? plan.callsPerDay;
  // About 40 agents for the demo; a larger center is staffed in proportion (an agent takes ~90 calls a day).
  const agents = buildAgents(random, Math.max(40, Math.round(callsPerDay / 90)), startDate);
  const byTeam = new Map<string, AgentState[]>(
    TEAMS.map((team) => [
      team,
      agents.filter((a) => a.team === team).map((agent) => ({ agent, on: false, freeAt: 0 })),
    ]),
  );
  const callers = Math.max(50, Math.round(callsPerDay * days * 0.6));
  let sequence = 0;
  const dayZero = Date.parse(`${startDate}T00:00:00+08:00`);
  for (let day = 0; day < days; day++) {
    const dayStart = dayZero + day * 24 * MS_HOUR;
    const weekday = new Date(dayStart + SHANGHAI_OFFSET_MS).getUTCDay();
    const out: CenterDay = {
      date: localTime(dayStart).slice(0, 10),
      queueLog: [],
      cdr: [],
      calls: [],
      surveys: [],
    };
    const events: Array<{ at: number; line: string }> = [];
    const log = (
      at: number,
      callId: string,
      queue: string,
      agent: string,
      event: string,
      data: Array<string | number>,
    ) =>
      events.push({
        at,
        line: `${Math.floor(at / 1000)}|${callId}|${queue}|${agent}|${event}|${data.join('|')}`,
      });
    const hourWeightSum = HOURLY.reduce((a, b) => a + b, 0);
    for (let hour = 0; hour < 24; hour++) {
      const weight = HOURLY[hour] ?? 0;
      if (weight === 0) continue;
      const hourStart = dayStart + hour * MS_HOUR;
      const expected = (callsPerDay * (WEEKDAY[weekday] ?? 1) * weight) / hourWeightSum;
      const arrivals: Array<{ at: number; queue: DemoQueue }> = [];
      for (let n = random.poisson(expected); n > 0; n--) {
        let roll = random.next();
        let queue = QUEUES[0] as DemoQueue;
        for (const q of QUEUES) {
          if (roll < q.share) {
            queue = q;
            break;
          }
          roll -= q.share;
        }
        arrivals.push({ at: hourStart + Math.floor(random.next() * MS_HOUR), queue });
      }
      arrivals.sort((a, b) => a.at - b.at);
      // Staffing follows the forecast, as a workforce plan would: busy enough that queues form at peaks.
      for (const team of TEAMS) {
        const demand = arrivals.filter((a) => a.queue.team === team).length;
        const states = byTeam.get(team) ?? [];
        const staffed = Math.min(states.length, Math.max(1, Math.ceil((demand * 210) / 3600 / 0.9)));
        for (let i = 0; i < states.length; i++) {
          const state = states[(i + day + hour) % states.length] as AgentState;
          const on = i < staffed;
          const queues = QUEUES.filter((x) => x.team === team);
          if (on && !state.on) {
            state.freeAt = Math.max(hourStart, state.freeAt);
            for (const q of queues) log(hourStart, 'NONE', q.id, state.agent.id, 'ADDMEMBER', ['']);
          } else if (!on && state.on) {
            const at = Math.max(hourStart, state.freeAt);
            for (const q of queues) log(at, 'NONE', q.id, state.agent.id, 'REMOVEMEMBER', ['']);
          } else if (on && random.chance(0.1)) {
            // A short break (学习, 休息): paused agents take no calls.
            const from = Math.max(hourStart, state.freeAt);
            const to = from + random.int(5, 15) * 60_000;
            log(from, 'NONE', 'NONE', state.agent.id, 'PAUSEALL', ['']);
            log(to, 'NONE', 'NONE', state.agent.id, 'UNPAUSEALL', ['']);
            state.freeAt = to;
          }
          state.on = on;
        }
      }
      for (const arrival of arrivals) {
        sequence++;
        const callId = `${Math.floor(arrival.at / 1000)}.${sequence}`;
        const caller = `139${pad(random.int(0, callers - 1), 8)}`;
        const queue = arrival.queue;
        const states = (byTeam.get(queue.team) ?? []).filter((s) => s.on);
        log(arrival.at, callId, queue.id, 'NONE', 'ENTERQUEUE', ['', caller, 1]);
        const patienceMs = random.exponential(110_000);
        const best = states.reduce<AgentState | null>(
          (a, s) => (a === null || s.freeAt < a.freeAt ? s : a),
          null,
        );
        const ringMs = random.int(2000, 7000);
        const answerAt = best ? Math.max(arrival.at, best.freeAt) + ringMs : Number.POSITIVE_INFINITY;
        const waitMs = answerAt - arrival.at;
        const cdrBase = (answer: number | null, end: number, disposition: string, agentId: string) => {
          const duration = Math.round((end - arrival.at) / 1000);
          const billsec = answer === null ? 0 : Math.round((end - answer) / 1000);
          out.cdr.push(
            [
              '',
              caller,
              '4008123456',
              'from-pstn',
              `"${caller}" <${caller}>`,
              `SIP/trunk-${pad(sequence % 100000, 8)}`,
              agentId ? `Local/${agentId}@agents` : '',
              'Queue',
              queue.id,
              localTime(arrival.at),
              answer === null ? '' : localTime(answer),
              localTime(end),
              String(duration),
              String(billsec),
              disposition,
              'DOCUMENTATION',
              callId,
              '',
            ]
              .map(csvField)
              .join(','),
          );
        };
        if (!best || waitMs > patienceMs || waitMs > 300_000) {
          const timedOut = patienceMs > 300_000 && waitMs > 300_000;
          const leftAt = arrival.at + (timedOut ? 300_000 : Math.max(1000, Math.round(patienceMs)));
          const waited = Math.round((leftAt - arrival.at) / 1000);
          log(leftAt, callId, queue.id, 'NONE', timedOut ? 'EXITWITHTIMEOUT' : 'ABANDON', [1, 1, waited]);
          cdrBase(null, leftAt, 'NO ANSWER', '');
          continue;
        }
        const agent = best.agent;
        if (random.chance(0.08))
          log(
            answerAt - ringMs - 15_000 > arrival.at ? answerAt - ringMs - 15_000 : arrival.at,
            callId,
            queue.id,
            agent.id,
            'RINGNOANSWER',
            [15000],
          );
        const dialogue = buildDialogue(random, agent, queue.business);
        const turns = timeLines(dialogue.lines, agent.rate, random);
        const talkMs = (turns.at(-1)?.endMs ?? 0) + 500;
        const endAt = answerAt + talkMs;
        const waitSec = Math.round(waitMs / 1000);
        const talkSec = Math.round(talkMs / 1000);
        log(answerAt, callId, queue.id, agent.id, 'CONNECT', [
          waitSec,
          `${callId}1`,
          Math.round(ringMs / 1000),
        ]);
        const transferred = queue.business === 'complaint' && random.chance(0.1);
        if (transferred) {
          log(endAt, callId, queue.id, agent.id, 'BLINDTRANSFER', [
            '8001',
            'supervisors',
            waitSec,
            talkSec,
            1,
          ]);
        } else {
          const event = dialogue.hangupBy === 'agent' ? 'COMPLETEAGENT' : 'COMPLETECALLER';
          log(endAt, callId, queue.id, agent.id, event, [waitSec, talkSec, 1]);
        }
        cdrBase(answerAt, endAt, 'ANSWERED', agent.id);
        const wrapMs = random.int(8000, 40_000);
        best.freeAt = endAt + wrapMs;
        out.calls.push({
          id: callId,
          agentId: agent.id,
          team: queue.team,
          queue: queue.id,
          startedAt: isoShanghai(answerAt),
          language: 'zh',
          hangupBy: dialogue.hangupBy,
          turns,
          业务类型: queue.business,
          主叫号码: caller,
          planted:
            agent.rate > 300 || agent.rate < 120 ? [...dialogue.planted, 'speech_rate'] : dialogue.planted,
        });
        if (random.chance(0.3)) {
          const problems = dialogue.planted.length;
          const csat = Math.min(5, Math.max(1, Math.round(random.normal(4.6 - 0.7 * problems, 0.6))));
          const nps = Math.min(10, Math.max(0, Math.round(random.normal(9 - 1.6 * problems, 1.3))));
          const answeredAt = endAt + random.int(60_000, 600_000);
          const comment =
            csat <= 2
              ? random.pick(['态度不好', '问题没解决', '等太久了'])
              : csat >= 5
                ? random.pick(['很满意', '服务很好', ''])
                : '';
          out.surveys.push([callId, caller, isoShanghai(answeredAt), csat, nps, comment].join(','));
        }
      }
    }
    events.sort((a, b) => a.at - b.at);
    out.queueLog = events.map((e) => e.line);
    yield out;
  }
}
