import { type Kysely, sql } from 'kysely';
import { INSERT_TOTALS } from '../queue-hour-sums.js';

/** Totals for the visits stored before the totals existed; imports keep them up to date from then on. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Its two places are the bounds of the span: here, all time. No input reaches this text.
  const allTime = INSERT_TOTALS.replace('?', '0').replace('?', String(Number.MAX_SAFE_INTEGER));
  await sql.raw(allTime).execute(db);
}
