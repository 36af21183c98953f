#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { Store } from '@callqa/store';
import { CliError } from './commands/cli-error.js';
import { HELP } from './commands/help.js';
import { parseBy, parseThresholds, parseWhen, runKpi } from './commands/kpi.js';
import { runReinspect } from './commands/reinspect.js';
import { runSchema } from './commands/schema.js';
import { runScorecardShow, runScorecardTest, runScorecardValidate } from './commands/scorecard.js';
import {
  type DisplayLanguage,
  displayLanguages,
  type OutputFormat,
  outputFormats,
} from './format/formatter.js';
import { openDatabase } from './store/open-database.js';

const VERSION = '0.1.0';

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function need(value: string | undefined, what: string): string {
  if (value === undefined) throw new CliError(`missing ${what}; see callqa --help`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scorecard: { type: 'string', multiple: true },
      format: { type: 'string' },
      lang: { type: 'string' },
      unmasked: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'min-macro-f1': { type: 'string' },
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      sl: { type: 'string' },
      'short-abandon': { type: 'string' },
      'time-zone': { type: 'string' },
      mapping: { type: 'string' },
      window: { type: 'string' },
      workers: { type: 'string' },
      since: { type: 'string' },
      scenario: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      days: { type: 'string' },
      exact: { type: 'boolean' },
      port: { type: 'string' },
      demo: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`callqa ${VERSION}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const language: DisplayLanguage = oneOf(values.lang, displayLanguages, '--lang', 'zh');
  const timeZone = values['time-zone'] ?? 'Asia/Shanghai';
  const number = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
      throw new CliError(`${flag} must be a non-negative number (got "${value}")`);
    return n;
  };
  const withStore = async <T>(body: (store: Store, file: string) => Promise<T> | T): Promise<T> => {
    const { store, file } = await openDatabase(values.db);
    try {
      return await body(store, file);
    } finally {
      store.close();
    }
  };
  switch (command) {
    case 'migrate': {
      const { store, file, applied } = await openDatabase(values.db);
      store.close();
      process.stdout.write(
        `${file}: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'up to date'}\n`,
      );
      return 0;
    }
    case 'import': {
      const { importKinds, runImport } = await import('./commands/import.js');
      const kind = oneOf(rest[0], importKinds, 'import KIND', 'transcripts');
      if (rest[0] === undefined) throw new CliError(`usage: callqa import ${importKinds.join('|')} FILE...`);
      const files = rest.slice(1);
      if (files.length === 0) throw new CliError('missing FILE; see callqa --help');
      const windowHours = number('--window', values.window);
      const workers = number('--workers', values.workers);
      if (workers !== undefined && !Number.isInteger(workers))
        throw new CliError(`--workers must be a whole number (got "${values.workers}")`);
      return withStore((store) =>
        runImport(store, {
          kind,
          files,
          scorecards: values.scorecard ?? [],
          language,
          ...(values.format !== undefined ? { format: values.format } : {}),
          ...(values.mapping !== undefined ? { mapping: values.mapping } : {}),
          ...(values['time-zone'] !== undefined ? { timeZone } : {}),
          ...(windowHours !== undefined ? { windowHours } : {}),
          ...(workers !== undefined ? { workers } : {}),
        }),
      );
    }
    case 'kpi': {
      const shortAbandonSec = number('--short-abandon', values['short-abandon']);
      const kpiFormat = oneOf(values.format, ['table', 'csv', 'json'] as const, '--format', 'table');
      return withStore((store) => {
        process.stdout.write(
          runKpi(store, {
            by: parseBy(values.by),
            thresholdsSec: parseThresholds(values.sl),
            timeZone,
            format: kpiFormat,
            language,
            source: values.exact ? 'visits' : 'auto',
            ...(values.from !== undefined ? { from: values.from } : {}),
            ...(values.to !== undefined ? { to: values.to } : {}),
            ...(shortAbandonSec !== undefined ? { shortAbandonSec } : {}),
          }),
        );
        return 0;
      });
    }
    case 'reinspect': {
      const scorecard = need(values.scorecard?.[0], '--scorecard ID|FILE');
      const since = parseWhen(values.since, '--since', timeZone);
      const reFormat = oneOf(values.format, ['table', 'json'] as const, '--format', 'table');
      return withStore(async (store) => {
        process.stdout.write(
          await runReinspect(store, {
            scorecard,
            format: reFormat,
            language,
            ...(since !== undefined ? { since } : {}),
          }),
        );
        return 0;
      });
    }
    case 'seed': {
      const { runSeed } = await import('./commands/seed.js');
      const scenario = oneOf(values.scenario, ['demo', 'month', 'bench'] as const, '--scenario', 'demo');
      const seed = number('--seed', values.seed);
      const days = number('--days', values.days);
      return withStore((store, file) =>
        runSeed(store, file, {
          scenario,
          language,
          ...(values.out !== undefined ? { out: values.out } : {}),
          ...(seed !== undefined ? { seed } : {}),
          ...(days !== undefined ? { days } : {}),
        }),
      );
    }
  }
  const format: OutputFormat = oneOf(values.format, outputFormats, '--format', 'table');
  switch (command) {
    case 'inspect': {
      const { runInspect } = await import('./commands/inspect.js');
      const result = await runInspect({
        files: [need(rest[0], 'FILE (or - for stdin)'), ...rest.slice(1)],
        scorecards: values.scorecard ?? [],
        format,
        language,
        unmasked: values.unmasked ?? false,
      });
      return result.rejected > 0 ? 1 : 0;
    }
    case 'serve': {
      const port = number('--port', values.port);
      // Commands load their modules when run: the importers and the server would slow every other command's start.
      const { runServe } = await import('./commands/serve.js');
      return runServe({
        demo: values.demo ?? false,
        language,
        ...(values.db !== undefined ? { db: values.db } : {}),
        ...(port !== undefined ? { port } : {}),
      });
    }
    case 'demo': {
      const { runDemo } = await import('./commands/demo.js');
      return runDemo({ format, language, ...(values.db !== undefined ? { db: values.db } : {}) });
    }
    case 'scorecard': {
      const [verb, target] = rest;
      if (verb === 'validate') return runScorecardValidate(need(target, 'FILE'));
      if (verb === 'test') return runScorecardTest(need(target, 'FILE'));
      if (verb === 'show') return runScorecardShow(target ?? 'default-zh');
      throw new CliError('usage: callqa scorecard validate|test|show FILE');
    }
    case 'schema':
      return runSchema(rest[0]);
    case 'eval': {
      const minMacroF1 = values['min-macro-f1'] === undefined ? undefined : Number(values['min-macro-f1']);
      if (minMacroF1 !== undefined && !Number.isFinite(minMacroF1))
        throw new CliError('--min-macro-f1 must be a number');
      const { runEval } = await import('./commands/eval.js');
      return runEval({
        calls: need(rest[0], 'CALLS file'),
        labels: need(rest[1], 'LABELS file'),
        scorecards: values.scorecard ?? [],
        verbose: values.verbose ?? false,
        ...(minMacroF1 !== undefined ? { minMacroF1 } : {}),
      });
    }
    default:
      throw new CliError(`unknown command "${command}"; see callqa --help`);
  }
}

// A reader that stops early (callqa inspect … | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`callqa: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`callqa: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `callqa: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    }
  },
);
