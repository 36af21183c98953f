import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO, runCli } from '../test-support/run-cli.js';

/** The accuracy targets of the default checks: macro-F1 ≥ 0.95 and every check ≥ 0.85. */
const sets = readdirSync(join(REPO, 'eval'))
  .map((dir) => `eval/${dir}`)
  .flatMap((dir) => (['zh', 'en'] as const).map((language) => ({ dir, language })))
  .filter(({ dir, language }) => existsSync(join(REPO, dir, `${language}.labels.jsonl`)));

describe.each(sets)('accuracy on $dir ($language)', ({ dir, language }) => {
  test('macro-F1 is at least 95 % and every check at least 85 %', () => {
    const { code, stdout } = runCli([
      'eval',
      join(dir, `${language}.calls.jsonl`),
      join(dir, `${language}.labels.jsonl`),
      '--min-macro-f1',
      '0.95',
    ]);
    expect(stdout).toContain('macro-F1');
    expect(code).toBe(0);
    const f1 = stdout
      .split('\n')
      .filter((line) => /^[a-z_]+\s+\d+\s+\d+/.test(line))
      .map((line) => ({ check: line.split(/\s+/)[0], f1: Number(line.trim().split(/\s+/).pop()) }));
    expect(f1).toHaveLength(17);
    expect(f1.filter((c) => c.f1 < 85)).toEqual([]);
  });
});

test('eval names the file and line of a broken label', () => {
  const labels = join(mkdtempSync(join(tmpdir(), 'callqa-eval-')), 'labels.jsonl');
  writeFileSync(labels, '{"id":"zh-eb-001","fail":{}}\n{"id": oops}\n');
  const { code, stderr } = runCli(['eval', 'eval/devset/zh.calls.jsonl', labels]);
  expect(code).toBe(2);
  expect(stderr).toContain(`${labels}:2: (json):`);
});

/** Many speech engines write no punctuation: the checks must not depend on it. */
test.each(['zh', 'en'] as const)('accuracy holds on %s transcripts without punctuation', (language) => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-unpunctuated-'));
  const source = readFileSync(join(REPO, `eval/devset/${language}.calls.jsonl`), 'utf8');
  const stripped = source
    .trim()
    .split('\n')
    .map((line) => {
      const call = JSON.parse(line) as { turns: Array<{ text: string }> };
      for (const turn of call.turns) {
        turn.text =
          language === 'zh'
            ? turn.text.replace(/[\s,，。？?！!、：:；;“”"…—\-（）()《》]+/g, '')
            : turn.text.replace(/[,.?!;:"…—()]+/g, '').toLowerCase();
      }
      return JSON.stringify(call);
    })
    .join('\n');
  const calls = join(dir, 'calls.jsonl');
  writeFileSync(calls, stripped);
  const { code } = runCli([
    'eval',
    calls,
    join('eval/devset', `${language}.labels.jsonl`),
    '--min-macro-f1',
    '0.95',
  ]);
  expect(code).toBe(0);
});
