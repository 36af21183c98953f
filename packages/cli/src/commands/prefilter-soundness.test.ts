import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CharRequirement, compiledMatchers, defaultScorecard, mayMatch } from '@callqa/core';
import { expect, test } from 'vitest';
import { REPO } from '../test-support/run-cli.js';

/**
 * The character prefilter may only skip a turn that the full pattern cannot match. Checked on every
 * turn of every labelled call against every list of the default scorecards.
 */
test('the character prefilter never skips a turn a default list matches', () => {
  const texts = { zh: [] as string[], en: [] as string[] };
  for (const dir of readdirSync(join(REPO, 'eval'))) {
    for (const language of ['zh', 'en'] as const) {
      let raw: string;
      try {
        raw = readFileSync(join(REPO, 'eval', dir, `${language}.calls.jsonl`), 'utf8');
      } catch {
        continue;
      }
      for (const line of raw.split('\n').filter(Boolean)) {
        for (const turn of JSON.parse(line).turns) texts[language].push(turn.text);
      }
    }
  }
  const misses: string[] = [];
  let checked = 0;
  for (const language of ['zh', 'en'] as const) {
    expect(texts[language].length).toBeGreaterThan(1000);
    for (const matcher of compiledMatchers(defaultScorecard(language))) {
      const requirement = matcher.requirement as CharRequirement | null;
      if (!requirement) continue;
      const bits = requirement.alphabet.bitsOfAll(texts[language]);
      const words = requirement.alphabet.words;
      texts[language].forEach((text, i) => {
        matcher.regex.lastIndex = 0;
        if (!matcher.regex.test(text)) return;
        checked++;
        if (!mayMatch(requirement, bits, i * words))
          misses.push(`${matcher.regex.source.slice(0, 40)}: ${text}`);
      });
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(misses).toEqual([]);
});
