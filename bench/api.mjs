/**
 * npm run bench:api — requests per second and latency of the API on the demo center, on 127.0.0.1:
 * `callqa serve --demo` on a fresh database (pinned to one core when taskset exists, so that the
 * load generator has the other), then autocannon against the call list (plain and filtered) and
 * the call detail, as the QA manager, and the QA loop's pages (review queue, review form, appeals,
 * agents' results, check agreement). Options: --seconds N (each run, default 10), --connections N (10).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bundle/bin.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('--seconds', 10);
const connections = arg('--connections', 10);
const pin = spawnSync('which', ['taskset']).status === 0 ? ['taskset', '-c', '0'] : [];

const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-api-'));
const command = [
  ...pin,
  process.execPath,
  bin,
  'serve',
  '--demo',
  '--db',
  join(dir, 'callqa.db'),
  '--lang',
  'en',
];
const server = spawn(command[0], command.slice(1), {
  env: { ...process.env, PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
server.stdout.on('data', (chunk) => {
  output += chunk;
});
try {
  const url = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /callqa is running: (http:\/\/\S+)/.exec(output);
      if (match && output.includes('Press Ctrl+C')) {
        clearInterval(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    }, 100);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const signIn = async (username) => {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'callqa-demo' }),
    });
    return (login.headers.get('set-cookie') ?? '').split(';')[0];
  };
  const cookie = await signIn('demo-qa');
  const inspector = await signIn('demo-inspector');
  const first = await (await fetch(`${url}/api/calls?pageSize=1`, { headers: { cookie } })).json();
  const sample = first.items[0];
  const day = sample.startedAt.slice(0, 10);
  const runs = [
    ['GET /api/calls (50 a page)', '/api/calls?pageSize=50'],
    [
      'GET /api/calls, filtered',
      `/api/calls?team=${encodeURIComponent(sample.team)}&from=${day}&to=${day}&passed=false&pageSize=50`,
    ],
    ['GET /api/calls?page=40', '/api/calls?pageSize=50&page=40'],
    ['GET /api/calls/:id', `/api/calls/${encodeURIComponent(sample.id)}`],
    // The QA loop's pages: an inspector's queue, a call's review form, appeals, and the statistics.
    ['GET /api/review-queue (inspector)', '/api/review-queue', inspector],
    ['GET /api/calls/:id/review-form', `/api/calls/${encodeURIComponent(sample.id)}/review-form`],
    ['GET /api/appeals', '/api/appeals'],
    ['GET /api/quality/agents', '/api/quality/agents'],
    ['GET /api/quality/check-agreement', '/api/quality/check-agreement'],
  ];
  const rows = [];
  for (const [what, path, as = cookie] of runs) {
    const result = await autocannon({
      url: `${url}${path}`,
      headers: { cookie: as },
      connections,
      duration: seconds,
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${what}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    rows.push([what, result.requests.average, result.latency.p50, result.latency.p99, result.requests.total]);
  }
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  console.log(
    `callqa API on the demo center (${first.total} calls), ${connections} connections, ${seconds} s each, server ${pin.length ? 'pinned to one core' : 'unpinned'}`,
  );
  console.log('what                                  req/s    p50 ms   p99 ms   requests');
  for (const [what, rps, p50, p99, total] of rows) {
    console.log(
      `${what.padEnd(36)}${Math.round(rps).toString().padStart(7)}${String(p50).padStart(10)}${String(p99).padStart(9)}${String(total).padStart(11)}`,
    );
  }
  console.log(`server peak RSS ${peak.toFixed(0)} MB`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
