import type { QueueCall } from '@callqa/core';

/**
 * The import key of a queue visit: one call visits a queue once at a given moment, so a second
 * import of the same records yields the same keys whatever file or line they came from.
 */
export function queueCallKey(call: Pick<QueueCall, 'callId' | 'queue' | 'enteredAt'>): string {
  return `${call.callId}|${call.queue}|${call.enteredAt}`;
}
