/**
 * Builds the labelled accuracy sets (eval/devset, eval/holdout) from their authoring sources.
 *
 * Authors write dialogues, not timestamps: each source file (`<dir>/src/*.json`) is an array of
 * call specs whose turns carry only text and, where timing is the point of the example, a gap,
 * an overlap or an explicit duration. Durations come from the speaker's speaking rate, so a call
 * meant to be "too fast" is fast by construction and its speech-rate label can be checked here.
 *
 * Usage: tsx scripts/build-devset.ts eval/devset [eval/holdout ...]
 * Writes <dir>/<lang>.calls.jsonl (the call interchange format) and <dir>/<lang>.labels.jsonl.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type TurnOptions = { gapMs?: number; overlapMs?: number; durMs?: number };
type TurnSpec = [speaker: 'A' | 'C', text: string, options?: TurnOptions];
type CallSpec = {
  id: string;
  domain?: string;
  language: 'zh' | 'en';
  agentId?: string;
  team?: string;
  queue?: string;
  startedAt?: string;
  hangupBy?: 'agent' | 'customer' | 'system';
  agentRate?: number;
  customerRate?: number;
  extra?: Record<string, unknown>;
  turns: TurnSpec[];
  fail?: Record<string, string>;
};

const DEFAULT_GAP_MS = 500;
const DEFAULT_RATE = { zh: 220, en: 150 } as const;
const SPEECH_RATE_BOUNDS = { zh: { min: 120, max: 300 }, en: { min: 100, max: 200 } } as const;

/** Spoken units: characters (letters and digits) for Chinese, words for English. */
export function countSpokenUnits(text: string, language: 'zh' | 'en'): number {
  if (language === 'en') return (text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? []).length;
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

export function buildCall(spec: CallSpec, index: number) {
  const language = spec.language;
  const agentRate = spec.agentRate ?? DEFAULT_RATE[language];
  const customerRate = spec.customerRate ?? DEFAULT_RATE[language];
  let cursor = 0;
  let previousEnd = 0;
  const turns = spec.turns.map(([who, text, options = {}], turnIndex) => {
    const rate = who === 'A' ? agentRate : customerRate;
    const units = countSpokenUnits(text, language);
    const durationMs = options.durMs ?? Math.max(400, Math.round((units / rate) * 60000));
    let startMs = turnIndex === 0 ? 0 : previousEnd + DEFAULT_GAP_MS;
    if (options.gapMs !== undefined) startMs = previousEnd + options.gapMs;
    if (options.overlapMs !== undefined) startMs = previousEnd - options.overlapMs;
    startMs = Math.max(startMs, cursor);
    const endMs = startMs + durationMs;
    cursor = startMs;
    previousEnd = Math.max(previousEnd, endMs);
    return { speaker: who === 'A' ? 'agent' : 'customer', startMs, endMs, text };
  });
  const startedAt =
    spec.startedAt ??
    new Date(Date.UTC(2025, 2, 3, 1, 0, 0) + index * 7 * 60000)
      .toISOString()
      .replace('.000Z', language === 'zh' ? '+00:00' : 'Z');
  const call = {
    id: spec.id,
    agentId: spec.agentId ?? `a-${100 + (index % 12)}`,
    team: spec.team ?? `ACD-${'ABC'[index % 3]}`,
    queue: spec.queue ?? spec.domain ?? 'general',
    startedAt,
    language,
    hangupBy: spec.hangupBy ?? 'customer',
    turns,
    ...(spec.domain ? { domain: spec.domain } : {}),
    ...(spec.extra ?? {}),
  };
  return { call, labels: { id: spec.id, domain: spec.domain ?? null, fail: spec.fail ?? {} } };
}

/** Warns where a label contradicts the purely mechanical definitions (speech rate, talk-over). */
function findTimingLabelProblems(built: ReturnType<typeof buildCall>): string[] {
  const { call, labels } = built;
  const problems: string[] = [];
  const agentTurns = call.turns.filter((t) => t.speaker === 'agent');
  const units = agentTurns.reduce((n, t) => n + countSpokenUnits(t.text, call.language), 0);
  const talkMs = agentTurns.reduce((n, t) => n + (t.endMs - t.startMs), 0);
  const rate = talkMs > 0 ? units / (talkMs / 60000) : 0;
  const bounds = SPEECH_RATE_BOUNDS[call.language];
  const rateFails = talkMs > 0 && (rate > bounds.max || rate < bounds.min);
  if (rateFails !== 'speech_rate' in labels.fail) {
    problems.push(`speech_rate label disagrees with the agent's rate ${rate.toFixed(1)}/min`);
  }
  let lastCustomer: (typeof call.turns)[number] | undefined;
  let interrupts = false;
  for (const turn of call.turns) {
    if (turn.speaker === 'agent' && lastCustomer && lastCustomer.endMs - turn.startMs >= 1000) {
      interrupts = true;
    }
    if (turn.speaker === 'customer') lastCustomer = turn;
  }
  if (interrupts !== 'interrupt' in labels.fail) {
    problems.push('interrupt label disagrees with the turn timings');
  }
  return problems;
}

/** Builds every source of a directory; returns the files to write and the label problems found. */
export function buildDirectory(dir: string): { files: Map<string, string>; problems: string[] } {
  const sourceDir = join(dir, 'src');
  const sources = readdirSync(sourceDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const byLanguage = new Map<string, { calls: string[]; labels: string[] }>();
  const seen = new Set<string>();
  const problems: string[] = [];
  let index = 0;
  for (const file of sources) {
    const specs = JSON.parse(readFileSync(join(sourceDir, file), 'utf8')) as CallSpec[];
    for (const spec of specs) {
      if (seen.has(spec.id)) problems.push(`${file}: ${spec.id}: duplicate id`);
      seen.add(spec.id);
      const built = buildCall(spec, index++);
      for (const p of findTimingLabelProblems(built)) problems.push(`${file}: ${spec.id}: ${p}`);
      const bucket = byLanguage.get(spec.language) ?? { calls: [], labels: [] };
      bucket.calls.push(JSON.stringify(built.call));
      bucket.labels.push(JSON.stringify(built.labels));
      byLanguage.set(spec.language, bucket);
    }
  }
  const files = new Map<string, string>();
  for (const [language, bucket] of byLanguage) {
    files.set(join(dir, `${language}.calls.jsonl`), `${bucket.calls.join('\n')}\n`);
    files.set(join(dir, `${language}.labels.jsonl`), `${bucket.labels.join('\n')}\n`);
  }
  return { files, problems };
}

const dirs = process.argv.slice(2);
let problemCount = 0;
for (const dir of dirs) {
  const { files, problems } = buildDirectory(dir);
  for (const [path, text] of files) {
    writeFileSync(path, text);
    console.log(`${path}: ${text.split('\n').length - 1} lines`);
  }
  for (const p of problems) console.error(p);
  problemCount += problems.length;
}
if (problemCount > 0) {
  console.error(`${problemCount} label problem(s)`);
  process.exitCode = 1;
}
