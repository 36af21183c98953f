export {
  createWebhook,
  type DueDelivery,
  deactivateWebhook,
  dueWebhookDeliveries,
  enqueueWebhookEvent,
  listWebhookDeliveries,
  listWebhooks,
  recordWebhookAttempt,
  type Webhook,
  type WebhookDelivery,
} from './webhooks.js';
