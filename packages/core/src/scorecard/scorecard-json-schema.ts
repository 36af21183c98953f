import { publishJsonSchema } from '../call/publish-json-schema.js';
import { ScorecardSchema } from './scorecard-schema.js';

/**
 * The JSON Schema of a scorecard document, so that editors complete and check scorecards as
 * QA managers type them. Published as packages/core/schema/scorecard.schema.json.
 */
export function buildScorecardJsonSchema(): Record<string, unknown> {
  return publishJsonSchema(ScorecardSchema, {
    id: 'scorecard.schema.json',
    title: 'callqa scorecard',
    description:
      'A versioned scorecard (评分表): sections, items with points and A/B/C classes, and checks built from generic operators.',
  });
}
