import type { Store } from '../database.js';
import { readBoolean, readNumber, readOptionalNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectRows } from '../sqlite/execute.js';

export type Webhook = { id: number; event: string; url: string; active: boolean; createdAt: number };

export function createWebhook(
  store: Store,
  hook: { event: string; url: string; secret: string; createdBy?: number },
  now = Date.now(),
): number {
  return Number(
    execute(
      store,
      store.db.insertInto('webhooks').values({
        event: hook.event,
        url: hook.url,
        secret: hook.secret,
        active: 1,
        created_by: hook.createdBy ?? null,
        created_at: now,
      }),
    ).lastInsertRowid,
  );
}

export function listWebhooks(store: Store): Webhook[] {
  return selectRows(
    store,
    store.db.selectFrom('webhooks').select(['id', 'event', 'url', 'active', 'created_at']).orderBy('id'),
  ).map((r) => ({
    id: readNumber(r.id),
    event: r.event,
    url: r.url,
    active: readBoolean(r.active),
    createdAt: readNumber(r.created_at),
  }));
}

export function deactivateWebhook(store: Store, id: number): boolean {
  return (
    execute(
      store,
      store.db.updateTable('webhooks').set({ active: 0 }).where('id', '=', id).where('active', '=', 1),
    ).changes > 0
  );
}

/** Queues a delivery of an event to every active webhook that subscribed to it (call inside the change's transaction). */
export function enqueueWebhookEvent(store: Store, event: string, payload: unknown, now = Date.now()): number {
  const hooks = selectRows(
    store,
    store.db.selectFrom('webhooks').select('id').where('active', '=', 1).where('event', 'in', [event, '*']),
  );
  const body = JSON.stringify({ event, at: new Date(now).toISOString(), data: payload });
  for (const hook of hooks) {
    execute(
      store,
      store.db.insertInto('webhook_deliveries').values({
        webhook_id: hook.id,
        event,
        payload: body,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
      }),
    );
  }
  return hooks.length;
}

export type DueDelivery = {
  id: number;
  url: string;
  secret: string;
  event: string;
  payload: string;
  attempts: number;
};

/** Deliveries whose time has come, oldest first. */
export function dueWebhookDeliveries(store: Store, now = Date.now(), limit = 50): DueDelivery[] {
  return selectRows(
    store,
    store.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
      .select(['d.id', 'w.url', 'w.secret', 'd.event', 'd.payload', 'd.attempts'])
      .where('d.status', '=', 'pending')
      .where('d.next_attempt_at', '<=', now)
      .where('w.active', '=', 1)
      .orderBy('d.id')
      .limit(limit),
  ).map((r) => ({
    id: readNumber(r.id),
    url: r.url,
    secret: r.secret,
    event: r.event,
    payload: r.payload,
    attempts: readNumber(r.attempts),
  }));
}

export function recordWebhookAttempt(
  store: Store,
  id: number,
  outcome: { delivered: boolean; status?: number; error?: string; nextAttemptAt?: number; failed?: boolean },
  now = Date.now(),
): void {
  execute(
    store,
    store.db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        status: outcome.delivered ? 'delivered' : outcome.failed ? 'failed' : 'pending',
        last_status: outcome.status ?? null,
        last_error: outcome.error ?? null,
        ...(outcome.delivered ? { delivered_at: now } : {}),
        ...(outcome.nextAttemptAt !== undefined ? { next_attempt_at: outcome.nextAttemptAt } : {}),
      }))
      .where('id', '=', id),
  );
}

export type WebhookDelivery = {
  id: number;
  webhookId: number;
  event: string;
  status: string;
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  createdAt: number;
  deliveredAt?: number;
};

export function listWebhookDeliveries(store: Store, webhookId: number, limit = 100): WebhookDelivery[] {
  return selectRows(
    store,
    store.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('webhook_id', '=', webhookId)
      .orderBy('id', 'desc')
      .limit(limit),
  ).map((r) => {
    const d: WebhookDelivery = {
      id: readNumber(r.id),
      webhookId: readNumber(r.webhook_id),
      event: r.event,
      status: r.status,
      attempts: readNumber(r.attempts),
      createdAt: readNumber(r.created_at),
    };
    const lastStatus = readOptionalNumber(r.last_status);
    if (lastStatus !== undefined) d.lastStatus = lastStatus;
    const lastError = readOptionalString(r.last_error);
    if (lastError !== undefined) d.lastError = lastError;
    const deliveredAt = readOptionalNumber(r.delivered_at);
    if (deliveredAt !== undefined) d.deliveredAt = deliveredAt;
    return d;
  });
}
