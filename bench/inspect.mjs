/**
 * npm run bench:inspect — calls/s and peak memory with the default scorecard, on one core, for
 * 15-turn and 60-turn calls and two file sizes (memory must stay flat as the file grows):
 * - engine: stream the file, parse, validate and inspect every call (evaluations with evidence);
 * - cli:    `callqa inspect --format jsonl` end to end, which adds masking, JSON formatting and writing.
 * Options: --file F (measure your own JSONL), --big (adds a 1 GB file of 15-turn calls).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCalls } from './generate-calls.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = join(root, 'bench/report-usage.mjs');
const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];
const programs = {
  engine: (file) => [join(root, 'bench/inspect-only.mjs'), file],
  cli: (file) => [join(root, 'packages/cli/dist/bundle/bin.js'), 'inspect', file, '--format', 'jsonl'],
};

function measure(file, calls, mode) {
  const command = [...pin, process.execPath, '--import', usage, ...programs[mode](file)];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  const match = /@@usage (.*)/.exec(result.stderr);
  const maxRssMb = match ? JSON.parse(match[1]).maxRssKb / 1024 : Number.NaN;
  return { mode, seconds, callsPerSecond: calls / seconds, maxRssMb };
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-'));
const rows = [];
try {
  const inputs = [];
  if (args.includes('--file')) {
    const file = args[args.indexOf('--file') + 1];
    const calls = Number(
      execSync(`wc -l < ${JSON.stringify(file)}`)
        .toString()
        .trim(),
    );
    inputs.push({ label: file, file, calls, bytes: statSync(file).size, keep: true });
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
      inputs.push({ label: `${turns}-turn calls`, file, calls, bytes, keep: false });
    }
  }
  for (const input of inputs) {
    for (const mode of ['engine', 'cli']) rows.push({ ...input, ...measure(input.file, input.calls, mode) });
    if (!input.keep) rmSync(input.file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`default scorecard, ${pin.length ? 'pinned to one core (taskset -c 0)' : 'one process'}`);
console.log('engine: stream + parse + validate + inspect; cli: callqa inspect --format jsonl end to end');
console.log('input              mode       calls      file MB    seconds     calls/s   peak RSS MB');
for (const r of rows) {
  const columns = [
    r.label.padEnd(18),
    r.mode.padEnd(6),
    String(r.calls).padStart(9),
    (r.bytes / 1e6).toFixed(1).padStart(12),
    r.seconds.toFixed(2).padStart(10),
    Math.round(r.callsPerSecond).toString().padStart(11),
    r.maxRssMb.toFixed(0).padStart(13),
  ];
  console.log(columns.join(' '));
}
