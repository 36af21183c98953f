import type { EventKind } from '@callqa/core';
import { notify } from '../appeals/notifications.js';
import type { Store } from '../database.js';
import { enqueueWebhookEvent } from '../webhooks/webhooks.js';

/**
 * Tells people (in-app notifications) and integrations (webhooks subscribed to the kind) that
 * something happened. Call it inside the transaction of the change: both are written with it, and
 * neither survives a rollback; webhooks are sent afterwards by the dispatcher.
 */
export function announce(
  store: Store,
  userIds: readonly number[],
  event: { kind: EventKind; message: string; entity: string; entityId: string },
): void {
  notify(store, userIds, event);
  enqueueWebhookEvent(store, event.kind, {
    entity: event.entity,
    entityId: event.entityId,
    message: event.message,
  });
}
