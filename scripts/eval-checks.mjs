/**
 * npm run eval:checks — precision, recall and F1 of every default check on each labelled set under
 * eval/ (development set first, then the holdouts), for Chinese and English, and a summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bundle/bin.js');
const sets = [
  'devset',
  ...readdirSync(join(root, 'eval'))
    .filter((d) => d.startsWith('holdout'))
    .sort(),
];
const summary = [];
let failed = false;
for (const set of sets) {
  for (const language of ['zh', 'en']) {
    const calls = join('eval', set, `${language}.calls.jsonl`);
    const labels = join('eval', set, `${language}.labels.jsonl`);
    if (!existsSync(join(root, calls))) continue;
    const result = spawnSync(process.execPath, [bin, 'eval', calls, labels], { cwd: root, encoding: 'utf8' });
    process.stdout.write(`${result.stdout}\n`);
    if (result.status !== 0) failed = true;
    const macro = /macro-F1 ([\d.]+) %\s+lowest (\S+) ([\d.]+) %/.exec(result.stdout);
    if (macro)
      summary.push(
        `${`${set} ${language}`.padEnd(14)} macro-F1 ${macro[1]} %, lowest ${macro[2]} ${macro[3]} %`,
      );
  }
}
console.log(summary.join('\n'));
process.exitCode = failed ? 1 : 0;
