import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, REPO } from '../test-support/run-cli.js';

describe('callqa serve --demo (what npm start runs)', () => {
  test('seeds an empty database, prints the URL and demo logins, answers over HTTP, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-serve-'));
    const db = join(dir, 'callqa.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--db', db, '--lang', 'en'], {
      cwd: REPO,
      env: { ...process.env, PORT: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /callqa is running: (http:\/\/\S+)/.exec(output);
        if (match?.[1] && output.includes('Press Ctrl+C')) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 50);
      child.on('exit', (code) => {
        clearInterval(timer);
        reject(new Error(`serve exited with ${code}: ${output}`));
      });
    });
    for (const username of [
      'demo-admin',
      'demo-qa',
      'demo-inspector',
      'demo-lead',
      'demo-agent',
      'demo-trainer',
      'demo-director',
    ]) {
      expect(output).toContain(username);
    }
    expect(output).toContain('callqa-demo');

    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-agent', password: 'callqa-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as { agentId: string };
    const calls = (await (await fetch(`${url}/api/calls?pageSize=500`, { headers: { cookie } })).json()) as {
      items: Array<{ agentId: string }>;
      total: number;
    };
    expect(calls.total).toBeGreaterThan(10);
    expect(new Set(calls.items.map((c) => c.agentId))).toEqual(new Set([me.agentId]));
    const spec = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(spec.paths['/api/calls']).toBeDefined();

    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // The database was closed properly: its write-ahead log was checkpointed and removed.
    expect(existsSync(`${db}-wal`)).toBe(false);
  }, 120_000);

  test('names every bad setting at once and does not start', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve'], {
      cwd: REPO,
      env: {
        ...process.env,
        PORT: 'eighty',
        CALLQA_TIME_ZONE: 'Mars/Olympus',
        CALLQA_ADMIN_USERNAME: 'root',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('CALLQA_TIME_ZONE: not an IANA time zone');
    expect(result.stderr).toContain('CALLQA_ADMIN_PASSWORD');
  });
});
