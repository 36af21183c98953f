import type { Store } from './database.js';
import {
  type CallItem,
  callWriter,
  type SaveCallsOptions,
  type SaveCallsResult,
} from './sqlite/call-writer.js';

export type { CallItem, SaveCallsOptions, SaveCallsResult };

/**
 * Stores calls with their turns, transcript index entries and (when given) evaluation, in one
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
  return callWriter(store.sqlite)(items, options);
}
