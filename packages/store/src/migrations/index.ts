import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as transcriptSearch from './0002-transcript-search.js';
import * as queueHourSums from './0003-queue-hour-sums.js';
import * as queueHourSumsBackfill from './0004-queue-hour-sums-backfill.js';
import * as transcriptsOneRow from './0005-transcripts-one-row-per-call.js';
import * as accounts from './0006-accounts.js';
import * as sampling from './0007-sampling.js';
import * as reviews from './0008-reviews.js';
import * as appeals from './0009-appeals.js';
import * as calibration from './0010-calibration.js';
import * as coachingAndTraining from './0011-coaching-and-training.js';
import * as webhooks from './0012-webhooks.js';
import * as reminders from './0013-reminders.js';
import * as queueEventSets from './0014-queue-event-sets.js';
import * as callListOrder from './0015-call-list-order.js';
import * as queueDaySums from './0016-queue-day-sums.js';

/**
 * Every migration, in order. A migration once committed is never edited: a change of schema is a
 * new entry, and a data backfill is an entry of its own.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-transcript-search': transcriptSearch,
  '0003-queue-hour-sums': queueHourSums,
  '0004-queue-hour-sums-backfill': queueHourSumsBackfill,
  '0005-transcripts-one-row-per-call': transcriptsOneRow,
  '0006-accounts': accounts,
  '0007-sampling': sampling,
  '0008-reviews': reviews,
  '0009-appeals': appeals,
  '0010-calibration': calibration,
  '0011-coaching-and-training': coachingAndTraining,
  '0012-webhooks': webhooks,
  '0013-reminders': reminders,
  '0014-queue-event-sets': queueEventSets,
  '0015-call-list-order': callListOrder,
  '0016-queue-day-sums': queueDaySums,
};
