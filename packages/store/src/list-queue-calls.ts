import type { QueueCall } from '@callqa/core';
import type { Store } from './database.js';
import { rowToQueueCall } from './mappers/queue-call-row.js';
import { selectRows } from './sqlite/execute.js';

export type ListQueueCallsFilter = {
  /** Epoch ms, inclusive, on enteredAt. */
  from?: number;
  /** Epoch ms, exclusive, on enteredAt. */
  to?: number;
  queue?: string;
};

/** Queue visits ordered by the time they entered the queue, as telephony KPIs read them. */
export function listQueueCalls(store: Store, filter: ListQueueCallsFilter = {}): QueueCall[] {
  let query = store.db
    .selectFrom('queue_calls')
    .selectAll()
    .orderBy('entered_at')
    .orderBy('call_id')
    .orderBy('queue');
  if (filter.from !== undefined) query = query.where('entered_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('entered_at', '<', filter.to);
  if (filter.queue !== undefined) query = query.where('queue', '=', filter.queue);
  return selectRows(store, query).map(rowToQueueCall);
}
