import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'callqa-inspect-'));

function call(id: string, agentText: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    agentId: 'a-101',
    team: 'ACD-A',
    language: 'zh',
    hangupBy: 'customer',
    ...extra,
    turns: [
      { speaker: 'agent', startMs: 0, endMs: 4200, text: '您好,很高兴为您服务,请问有什么可以帮您?' },
      { speaker: 'customer', startMs: 4600, endMs: 7000, text: '我的手机号13812345678欠费了吗?' },
      { speaker: 'agent', startMs: 7500, endMs: 11000, text: agentText },
    ],
  };
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const good = [
  call('c-1', '没有欠费,感谢您的来电,再见。'),
  call('c-2', '不知道。'),
  call('c-3', '您的13812345678没有欠费,谢谢,再见。'),
];

describe('callqa inspect --format jsonl', () => {
  test('prints exactly one object per call, in input order, with one entry per check', () => {
    const file = write('calls.jsonl', `${good.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const { code, stdout } = runCli(['inspect', file, '--format', 'jsonl']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['c-1', 'c-2', 'c-3']);
    const first = lines[0];
    expect(first.scorecard).toEqual({ id: 'default-zh', version: expect.any(String) });
    expect(first.checks).toHaveLength(17);
    for (const check of first.checks) expect(['pass', 'fail', 'na']).toContain(check.result);
    const greeting = first.checks.find((c: { check: string }) => c.check === 'greeting');
    expect(greeting.evidence[0]).toMatchObject({
      turn: 0,
      speaker: 'agent',
      startMs: 0,
      endMs: 4200,
      quote: '您好',
    });
    expect(greeting.evidence[0].reason.zh).toContain('规范问候');
    const forbidden = lines[1].checks.find((c: { check: string }) => c.check === 'forbidden');
    expect(forbidden).toMatchObject({ result: 'fail', deducted: 6 });
    expect(typeof lines[1].score).toBe('number');
    expect(typeof lines[1].passed).toBe('boolean');
  });

  test('reports a bad line as FILE:LINE: field: message, still inspects the good ones, and exits non-zero', () => {
    const bad = {
      ...call('c-bad', 'x'),
      turns: [
        { speaker: 'agent', startMs: 0, endMs: 10, text: 'a' },
        { speaker: 'bot', startMs: 20, endMs: 30, text: 'b' },
      ],
    };
    const text = [
      JSON.stringify(good[0]),
      '{not json',
      JSON.stringify(bad),
      '',
      JSON.stringify(good[1]),
    ].join('\n');
    const file = write('mixed.jsonl', text);
    const { code, stdout, stderr } = runCli(['inspect', file, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['c-1', 'c-2']);
    expect(stderr).toContain(`${file}:2: (json): not valid JSON`);
    expect(stderr).toContain(`${file}:3: turns[1].speaker:`);
  });

  test('accepts a JSON array of calls, streamed, and reads stdin with -', () => {
    const file = write('calls.json', JSON.stringify(good, null, 2));
    const fromArray = runCli(['inspect', file, '--format', 'jsonl']);
    expect(
      fromArray.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['c-1', 'c-2', 'c-3']);
    const fromStdin = runCli(['inspect', '-', '--format', 'jsonl'], JSON.stringify(good[0]));
    expect(JSON.parse(fromStdin.stdout).id).toBe('c-1');
  });

  test('masks phone numbers in quotes unless --unmasked, keeping offsets', () => {
    const file = write(
      'pii.jsonl',
      JSON.stringify(call('c-3', '您的号码13812345678已经停机了,我也没办法。')),
    );
    const masked = runCli(['inspect', file, '--format', 'jsonl']).stdout;
    expect(masked).not.toContain('13812345678');
    expect(masked).toContain('*******5678');
    const unmasked = runCli(['inspect', file, '--format', 'jsonl', '--unmasked']).stdout;
    expect(unmasked).toContain('13812345678');
  });

  test('picks the scorecard by the call language', () => {
    const en = {
      id: 'e-1',
      language: 'en',
      turns: [
        { speaker: 'agent', startMs: 0, endMs: 3000, text: 'Thanks for calling Acme, how can I help?' },
      ],
    };
    const { stdout } = runCli(['inspect', '-', '--format', 'jsonl'], JSON.stringify(en));
    expect(JSON.parse(stdout).scorecard.id).toBe('default-en');
  });
});

describe('callqa inspect --format table and csv', () => {
  const file = write('table.jsonl', good.map((c) => JSON.stringify(c)).join('\n'));

  test('table shows each call with its failed checks and a summary', () => {
    const { stdout } = runCli(['inspect', file]);
    expect(stdout).toContain('c-2');
    expect(stdout).toMatch(/服务禁语\s+-6\s+A\s+坐席以「不知道。」作为全部回答/);
    expect(stdout).toContain('通话 3');
  });

  test('csv starts with a BOM, has a column per check and one row per call', () => {
    const { stdout } = runCli(['inspect', file, '--format', 'csv', '--lang', 'en']);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const rows = stdout.slice(1).trim().split('\r\n');
    expect(rows[0]).toContain('Greeting (greeting)');
    expect(rows.filter((r) => /^c-\d,/.test(r))).toHaveLength(3);
  });
});

describe('usage errors', () => {
  test('an unknown format is refused with a clear message', () => {
    const { code, stderr } = runCli(['inspect', '-', '--format', 'xml'], '');
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of table, jsonl, csv');
  });

  test('--help lists the commands', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('callqa inspect FILE|-');
  });
});

describe('callqa demo', () => {
  test('inspects the bundled calls, imports a generated week once and prints its figures by ACD group', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'callqa-demo-')), 'callqa.db');
    const { code, stdout } = runCli(['demo', '--db', db]);
    expect(code).toBe(0);
    expect(stdout.match(/^demo-(zh|en)-\d+ /gm)).toHaveLength(12);
    expect(stdout).toContain('通话 12');
    expect(stdout).toContain('侮辱攻击讽刺');
    expect(stdout).not.toMatch(/1[3-9]\d{9}/);
    expect(stdout).toMatch(/ACD-A 话费账务组\s+\d+/);
    expect(stdout).toContain('NPS');
    // A second start finds the center already imported.
    const again = runCli(['demo', '--db', db]);
    expect(again.stdout).not.toContain('正在生成');
    expect(again.stdout).toMatch(/ACD-A 话费账务组\s+\d+/);
  }, 60_000);
});
