import { createHmac } from 'node:crypto';
import { type DueDelivery, dueWebhookDeliveries, recordWebhookAttempt, type Store } from '@callqa/store';

const MAX_ATTEMPTS = 6;
const TIMEOUT_MS = 5000;

/** The signature header a receiver checks: HMAC-SHA256 of the body with the webhook's secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Sends queued webhook deliveries: POST of the JSON body with `X-Callqa-Event`, `X-Callqa-Delivery`
 * and `X-Callqa-Signature`; a 2xx answer delivers it, anything else is retried with a doubling
 * delay (10 s, 20 s, 40 s …) and given up after six attempts. Polls every second.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly store: Store) {}

  start(everyMs = 1000): void {
    this.timer ??= setInterval(() => {
      void this.deliverDue();
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sends what is due now; one pass at a time. */
  deliverDue(now = Date.now()): Promise<void> {
    this.running ??= (async () => {
      try {
        for (const delivery of dueWebhookDeliveries(this.store, now)) await this.send(delivery);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async send(delivery: DueDelivery): Promise<void> {
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'callqa-webhook',
          'x-callqa-event': delivery.event,
          'x-callqa-delivery': String(delivery.id),
          'x-callqa-signature': webhookSignature(delivery.secret, delivery.payload),
        },
        body: delivery.payload,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.ok)
        recordWebhookAttempt(this.store, delivery.id, { delivered: true, status: response.status });
      else this.retry(delivery, { status: response.status, error: `HTTP ${response.status}` });
    } catch (error) {
      this.retry(delivery, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  private retry(delivery: DueDelivery, outcome: { status?: number; error: string }): void {
    const attempts = delivery.attempts + 1;
    recordWebhookAttempt(this.store, delivery.id, {
      delivered: false,
      ...outcome,
      failed: attempts >= MAX_ATTEMPTS,
      nextAttemptAt: Date.now() + 5000 * 2 ** attempts,
    });
  }
}
