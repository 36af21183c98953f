#!/usr/bin/env node
// The installed `callqa` command. It exists before the build (npm links bins at install time), and
// loads the compiled command, or says how to build it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bundle/bin.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('callqa is not built yet: run `npm run build` in the repository root.\n');
  process.exitCode = 1;
}
