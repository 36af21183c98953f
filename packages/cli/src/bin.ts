#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliError } from './commands/cli-error.js';
import { runEval } from './commands/eval.js';
import { HELP } from './commands/help.js';
import { runInspect } from './commands/inspect.js';
import { runSchema } from './commands/schema.js';
import { runScorecardShow, runScorecardTest, runScorecardValidate } from './commands/scorecard.js';
import {
  type DisplayLanguage,
  displayLanguages,
  type OutputFormat,
  outputFormats,
} from './format/formatter.js';

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
  const format: OutputFormat = oneOf(values.format, outputFormats, '--format', 'table');
  switch (command) {
    case 'inspect': {
      const result = await runInspect({
        files: [need(rest[0], 'FILE (or - for stdin)'), ...rest.slice(1)],
        scorecards: values.scorecard ?? [],
        format,
        language,
        unmasked: values.unmasked ?? false,
      });
      return result.rejected > 0 ? 1 : 0;
    }
    case 'demo': {
      const demo = ['zh', 'en'].map((l) =>
        fileURLToPath(new URL(`../demo/${l}.calls.jsonl`, import.meta.url)),
      );
      await runInspect({ files: demo, scorecards: [], format, language, unmasked: false });
      return 0;
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
