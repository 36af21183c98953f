import type { SurveyResponse } from '@callqa/core';
import { listQueueCalls, type Store, saveSurveys } from '@callqa/store';
import { linkSurveys } from '../formats/survey/link-surveys.js';
import { readSurveys } from '../formats/survey/read-surveys.js';
import { openInput } from '../jsonl/read-records.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';

const HOUR = 3_600_000;

/**
 * Imports CSAT / NPS answers. One without a call id is linked to the caller's most recent call that
 * ended before it within the window, as surveys sent by SMS after the call usually are.
 */
export async function importSurveys(
  store: Store,
  file: string,
  options: { windowHours?: number; timeZone?: string; onProgress?: ImportProgress } = {},
): Promise<ImportSummary & { linked: number }> {
  const windowHours = options.windowHours ?? 24;
  const tally = new ImportTally(store, 'survey', file);
  let linked = 0;
  const summary = await tally.run(async () => {
    const s = tally.summary;
    const input = openInput(file);
    for await (const batch of readSurveys(input, options.timeZone ? { timeZone: options.timeZone } : {})) {
      s.rowsRead += batch.records.length + batch.errors.length;
      for (const e of batch.errors) tally.reject(e.line, e.field, e.message);
      let responses: SurveyResponse[] = batch.records;
      const unlinked = responses.filter((r) => !r.callId && r.caller);
      if (unlinked.length > 0) {
        const times = unlinked.map((r) => r.answeredAt);
        const calls = listQueueCalls(store, {
          from: Math.min(...times) - windowHours * HOUR - 6 * HOUR,
          to: Math.max(...times) + 1,
        }).flatMap((c) =>
          c.outcome === 'answered' && c.endedAt !== undefined
            ? [
                {
                  callId: c.callId,
                  endedAt: c.endedAt,
                  ...(c.caller !== undefined ? { caller: c.caller } : {}),
                },
              ]
            : [],
        );
        responses = linkSurveys(responses, calls, { windowHours });
        linked += responses.filter((r, i) => r.callId && !batch.records[i]?.callId).length;
      }
      const result = saveSurveys(store, responses);
      s.imported += result.inserted;
      s.duplicates += result.duplicates;
      options.onProgress?.(s);
    }
  });
  return { ...summary, linked };
}
