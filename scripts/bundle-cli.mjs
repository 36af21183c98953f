/**
 * Bundles the `callqa` command after `tsc -b`: our packages and the pure-JavaScript libraries they
 * lean on (Kysely alone is ~400 modules) become a few files, so a command starts in a fraction of
 * the time the module loader needs to resolve and compile them one by one. Native addons and the
 * Fastify family (which read their own files at run time) stay where npm put them.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// The zod type provider shares the bundle's zod: two copies of zod would not know each other's schemas.
const BUNDLED = /^(@callqa\/|kysely$|zod(\/|$)|yaml$|fastify-type-provider-zod$)/;
// A bundle sits two folders under packages/cli, as dist/commands/*.js does: paths such as ../../demo hold.
const outdir = `${root}packages/cli/dist/bundle`;

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    bin: `${root}packages/cli/dist/bin.js`,
    // Beside the chunks, where the importers look for them.
    'transcript-worker': `${root}packages/ingest/dist/import/transcript-worker.js`,
    'queue-log-worker': `${root}packages/ingest/dist/import/queue-log-worker.js`,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // ES module builds where a package ships both; CommonJS ones left get a real require.
  mainFields: ['module', 'main'],
  banner: {
    js: "import { createRequire as __callqaRequire } from 'node:module'; const require = __callqaRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          BUNDLED.test(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
