import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/bundle/bin.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** Runs the built `callqa` command as a user would: `npm test` builds before it runs the tests. */
export function runCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    cwd: REPO,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
