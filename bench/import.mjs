/**
 * npm run bench:import — import speed and peak memory into SQLite, each measured in its own process:
 * - queue_log: a generated month of a center's Asterisk log, lines per second (a reading thread and a writing one);
 * - transcripts: 60-turn calls, inspected, stored with evaluations and indexed for search;
 * - kpi: a month of telephony KPIs by ACD group and day over 1M stored queue visits.
 * Options: --calls N (transcripts, default 10000), --visits N (kpi, default 1000000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, openStore, refreshQueueHourSums, saveQueueCalls } from '../packages/store/dist/index.js';
import { writeCalls } from './generate-calls.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bundle/bin.js');
const usage = join(root, 'bench/report-usage.mjs');
const pin = spawnSync('which', ['taskset']).status === 0 ? ['taskset', '-c', '0'] : [];
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function run(args, { pinned = true } = {}) {
  const command = [...(pinned ? pin : []), process.execPath, '--import', usage, bin, ...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const match = /@@usage (.*)/.exec(result.stderr);
  return {
    seconds,
    maxRssMb: match ? JSON.parse(match[1]).maxRssKb / 1024 : Number.NaN,
    stdout: result.stdout,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-import-'));
const rows = [];
try {
  // queue_log of a generated month (the seed writes the files; only the queue_log import is timed).
  const seedDb = join(dir, 'seed.db');
  run(['seed', '--scenario', 'month', '--db', seedDb, '--out', join(dir, 'month')]);
  const log = join(dir, 'month', 'queue_log');
  const lines = Number(spawnSync('wc', ['-l', log], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0]);
  // Read and planned on a worker thread beside the writes: this one gets every core too.
  const q = run(['import', 'queue-log', log, '--db', join(dir, 'q.db')], { pinned: false });
  rows.push([
    `queue_log ${availableParallelism()} cores`,
    lines,
    'lines',
    q.seconds,
    lines / q.seconds,
    q.maxRssMb,
    statSync(log).size,
  ]);

  const calls = arg('--calls', 10_000);
  const jsonl = join(dir, 'calls-60.jsonl');
  await writeCalls(jsonl, { calls, turns: 60 });
  // Inspection runs on worker threads beside the writes: this one gets every core.
  const t = run(['import', 'transcripts', jsonl, '--db', join(dir, 't.db')], { pinned: false });
  rows.push([
    `transcripts 60t ${availableParallelism()} cores`,
    calls,
    'calls',
    t.seconds,
    calls / t.seconds,
    t.maxRssMb,
    statSync(jsonl).size,
  ]);

  // 1M queue visits over a month, straight into the store, then the KPI query end to end.
  const visits = arg('--visits', 1_000_000);
  const kdb = join(dir, 'k.db');
  const store = openStore(kdb);
  await migrate(store);
  const start = Date.parse('2025-03-01T00:00:00+08:00');
  const queues = ['话费查询', '发票开具', '宽带报修', '退款售后', '投诉受理'];
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < visits; i += 10_000) {
    const batch = [];
    for (let j = i; j < Math.min(visits, i + 10_000); j++) {
      const enteredAt = start + Math.floor(rand() * 30 * 86_400_000);
      const answered = rand() < 0.88;
      const waitSec = Math.floor(rand() * 60);
      batch.push({
        callId: `k${j}`,
        queue: queues[j % queues.length],
        enteredAt,
        outcome: answered ? 'answered' : 'abandoned',
        waitSec,
        ...(answered
          ? {
              answeredAt: enteredAt + waitSec * 1000,
              agent: `a-${1001 + (j % 40)}`,
              talkSec: 60 + Math.floor(rand() * 300),
            }
          : {}),
        endedAt: enteredAt + (waitSec + 200) * 1000,
        transferred: false,
        ringNoAnswer: 0,
      });
    }
    saveQueueCalls(store, batch);
  }
  // As an import does: the totals of the hours written are recomputed once the visits are stored.
  const refreshStarted = process.hrtime.bigint();
  refreshQueueHourSums(store, start, start + 30 * 86_400_000);
  const refreshSeconds = Number(process.hrtime.bigint() - refreshStarted) / 1e9;
  store.close();
  const k = run([
    'kpi',
    '--db',
    kdb,
    '--from',
    '2025-03-01',
    '--to',
    '2025-03-30',
    '--by',
    'team,day',
    '--format',
    'json',
  ]);
  rows.push([
    'kpi month by group+day',
    visits,
    'visits',
    k.seconds,
    visits / k.seconds,
    k.maxRssMb,
    statSync(kdb).size,
  ]);
  rows.push([
    '  hourly totals rebuilt',
    visits,
    'visits',
    refreshSeconds,
    visits / refreshSeconds,
    Number.NaN,
    0,
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `SQLite, ${pin.length ? 'pinned to one core (taskset -c 0) unless cores are named' : 'one process'}; each row is one callqa process`,
);
console.log('what                         rows  unit        seconds        per s   peak RSS MB   input MB');
for (const [what, n, unit, seconds, rate, rss, bytes] of rows) {
  console.log(
    [
      what.padEnd(24),
      String(n).padStart(9),
      unit.padEnd(8),
      seconds.toFixed(2).padStart(10),
      Math.round(rate).toString().padStart(12),
      rss.toFixed(0).padStart(13),
      (bytes / 1e6).toFixed(1).padStart(10),
    ].join(' '),
  );
}
