import type { Call, Evaluation } from '@callqa/core';
import type { Store } from './database.js';
import { type PreparedCall, prepareCall } from './mappers/prepared-call.js';
import { callWriter, type SaveCallsOptions, type SaveCallsResult } from './sqlite/call-writer.js';

export type CallItem = { call: Call; evaluation?: Evaluation };
export type { SaveCallsOptions, SaveCallsResult };

/**
 * Stores calls with their transcripts, search index entries and (when given) evaluation, in one
 * transaction: a failure stores none of the batch. A call id already stored is a duplicate and is
 * left as it is, so re-importing a file changes nothing. Agents, teams and queues the calls name
 * are created if missing.
 *
 * @example saveCalls(store, [{ call, evaluation: inspectCall(scorecard, call) }], { importRunId })
 */
export function saveCalls(
  store: Store,
  items: readonly CallItem[],
  options: SaveCallsOptions = {},
): SaveCallsResult {
  return callWriter(store.sqlite)(
    items.map((item) => prepareCall(item.call, item.evaluation)),
    options,
  );
}

/** `saveCalls` for calls already prepared (by `prepareCall`, on a worker thread, say). */
export function savePreparedCalls(
  store: Store,
  items: readonly PreparedCall[],
  options: SaveCallsOptions = {},
): SaveCallsResult {
  return callWriter(store.sqlite)(items, options);
}
