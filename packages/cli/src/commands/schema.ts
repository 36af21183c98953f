import { buildCallJsonSchema, buildScorecardJsonSchema } from '@callqa/core';
import { CliError } from './cli-error.js';

/** callqa schema call|scorecard: the JSON Schemas that editors and integrators validate against. */
export function runSchema(which: string | undefined): number {
  if (which === 'call') process.stdout.write(`${JSON.stringify(buildCallJsonSchema(), null, 2)}\n`);
  else if (which === 'scorecard')
    process.stdout.write(`${JSON.stringify(buildScorecardJsonSchema(), null, 2)}\n`);
  else throw new CliError('usage: callqa schema call|scorecard');
  return 0;
}
