import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDirectory } from './build-devset.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs = [...readdirSync(`${root}eval`).map((d) => `eval/${d}`), 'packages/cli/demo'].filter((d) =>
  existsSync(`${root}${d}/src`),
);

describe.each(dirs)('%s', (dir) => {
  const { files, problems } = buildDirectory(`${root}${dir}`);

  test('the committed calls and labels are built from the sources (npm run devset:build)', () => {
    expect(files.size).toBeGreaterThan(0);
    for (const [path, text] of files) expect(readFileSync(path, 'utf8')).toBe(text);
  });

  test('speech-rate and talk-over labels agree with the timings', () => {
    expect(problems).toEqual([]);
  });
});
