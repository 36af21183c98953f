import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@callqa/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@callqa/store': fileURLToPath(new URL('./packages/store/src/index.ts', import.meta.url)),
      '@callqa/ingest': fileURLToPath(new URL('./packages/ingest/src/index.ts', import.meta.url)),
      '@callqa/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    env: { TZ: 'UTC' },
    pool: 'forks',
    // Many tests start the real command or server as a process; a loaded CI machine needs the slack.
    testTimeout: 30_000,
  },
});
