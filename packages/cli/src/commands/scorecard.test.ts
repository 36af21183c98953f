import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCallJsonSchema, buildScorecardJsonSchema } from '@callqa/core';
import { describe, expect, test } from 'vitest';
import { REPO, runCli } from '../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'callqa-scorecard-'));

describe('callqa scorecard', () => {
  test('validate accepts the shipped scorecards', () => {
    for (const name of ['default-zh', 'default-en']) {
      const { code, stdout } = runCli(['scorecard', 'validate', name]);
      expect(code).toBe(0);
      expect(stdout).toContain(`${name}@`);
    }
  });

  test('validate names the path of an error inside a YAML scorecard', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'id: mine',
        'version: "1"',
        'name: { zh: 我的, en: Mine }',
        'language: zh',
        'passScore: 80',
        'sections:',
        '  - id: s',
        '    name: { zh: 甲, en: A }',
        '    items:',
        '      - id: greeting',
        '        name: { zh: 开头语, en: Greeting }',
        '        points: 5',
        '        severity: B',
        '        scoring: auto',
        '        check:',
        '          failWhen: { op: phrases, terms: [您好], mode: none, window: { firstTurns: -1 } }',
        '          reasons: { fail: { zh: 无, en: none }, pass: { zh: 有, en: ok } }',
      ].join('\n'),
    );
    const { code, stderr } = runCli(['scorecard', 'validate', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: sections[0].items[0].check.failWhen.window.firstTurns:`);
  });

  test('test runs the example dialogues of the defaults', () => {
    const { code, stdout } = runCli(['scorecard', 'test', 'default-zh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  test('test reports an example that does not behave as it says', () => {
    const document = JSON.parse(runCli(['scorecard', 'show', 'default-zh']).stdout);
    document.sections[1].items[0].check.examples[0].expect = 'pass';
    const file = join(dir, 'wrong-example.json');
    writeFileSync(file, JSON.stringify(document));
    const { code, stdout } = runCli(['scorecard', 'test', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('✘ greeting example 1');
  });
});

describe('published JSON Schemas', () => {
  test('packages/core/schema is in step with the code (regenerate with npm run schema:write)', () => {
    const call = JSON.parse(readFileSync(join(REPO, 'packages/core/schema/call.schema.json'), 'utf8'));
    const scorecard = JSON.parse(
      readFileSync(join(REPO, 'packages/core/schema/scorecard.schema.json'), 'utf8'),
    );
    expect(call).toEqual(buildCallJsonSchema());
    expect(scorecard).toEqual(buildScorecardJsonSchema());
  });
});
