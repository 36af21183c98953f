import type { QueueCall } from '@callqa/core';
import type { Store } from './database.js';
import { queueCallWriter, type SaveQueueCallsResult } from './sqlite/queue-call-writer.js';

export type { SaveQueueCallsResult };

/**
 * Stores queue visits keyed by (callId, queue, enteredAt), in one transaction. A visit stored before
 * is updated when the new record differs and does not lose a known outcome; `updated` counts those,
 * and a record identical to the stored one counts in neither figure.
 */
export function saveQueueCalls(store: Store, calls: readonly QueueCall[]): SaveQueueCallsResult {
  return queueCallWriter(store.sqlite)(calls);
}
