/**
 * npm run bench:inspect — calls/s and peak memory of `callqa inspect --format jsonl` with the
 * default scorecard, on one core, for 15-turn and 60-turn calls and for two file sizes (memory
 * must stay flat as the file grows). Options: --file F (measure your own JSONL), --big (adds a 1 GB file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCalls } from './generate-calls.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const usage = join(root, 'bench/report-usage.mjs');
const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

function measure(file, calls) {
  const command = [...pin, process.execPath, '--import', usage, bin, 'inspect', file, '--format', 'jsonl'];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`callqa inspect failed: ${result.stderr}`);
  const match = /@@usage (.*)/.exec(result.stderr);
  const maxRssMb = match ? JSON.parse(match[1]).maxRssKb / 1024 : Number.NaN;
  return { seconds, callsPerSecond: calls / seconds, maxRssMb };
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-'));
const rows = [];
try {
  if (args.includes('--file')) {
    const file = args[args.indexOf('--file') + 1];
    const { execSync } = await import('node:child_process');
    const calls = Number(
      execSync(`wc -l < ${JSON.stringify(file)}`)
        .toString()
        .trim(),
    );
    rows.push({ label: file, calls, bytes: statSync(file).size, ...measure(file, calls) });
  } else {
    const plan = [
      { turns: 15, calls: 20000 },
      { turns: 15, calls: 100000 },
      { turns: 60, calls: 5000 },
      { turns: 60, calls: 25000 },
    ];
    if (args.includes('--big')) plan.push({ turns: 15, calls: 420000 });
    for (const { turns, calls } of plan) {
      const file = join(dir, `calls-${turns}-${calls}.jsonl`);
      const bytes = await writeCalls(file, { calls, turns });
      rows.push({ label: `${turns}-turn calls`, calls, bytes, ...measure(file, calls) });
      rmSync(file);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `callqa inspect --format jsonl, default scorecard, ${pin.length ? 'pinned to one core (taskset -c 0)' : 'one process'}`,
);
console.log('input                 calls      file MB    seconds     calls/s   peak RSS MB');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(18)} ${String(r.calls).padStart(8)} ${(r.bytes / 1e6).toFixed(1).padStart(12)} ${r.seconds.toFixed(2).padStart(10)} ${Math.round(r.callsPerSecond).toString().padStart(11)} ${r.maxRssMb.toFixed(0).padStart(13)}`,
  );
}
