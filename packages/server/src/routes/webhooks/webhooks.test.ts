import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { webhookSignature } from '../../events/webhook-dispatcher.js';
import { openTestApp, signIn } from '../../test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let answer = 200;
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on('end', () => {
    received.push({ headers: request.headers, body });
    response.statusCode = answer;
    response.end();
  });
});
let url = '';

beforeAll(async () => {
  t = await openTestApp();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await t.dispose();
  receiver.close();
});

describe('webhooks', () => {
  test('deliver a signed event to a real HTTP receiver, and retry one that fails', async () => {
    const admin = await signIn(t.app, 'admin');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks',
      headers: { cookie: admin },
      payload: { event: 'appeal.to_decide', url },
    });
    expect(made.statusCode).toBe(201);
    const { id, secret } = made.json() as { id: number; secret: string };

    const agent = await signIn(t.app, 'agent');
    const appeal = await t.app.inject({
      method: 'POST',
      url: '/api/appeals',
      headers: { cookie: agent },
      payload: { callId: 'c1', target: { kind: 'check', id: 'speech_rate' }, reason: '语速正常' },
    });
    expect(appeal.statusCode).toBe(201);
    await t.webhooks.deliverDue();
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery?.headers['x-callqa-event']).toBe('appeal.to_decide');
    expect(delivery?.headers['x-callqa-signature']).toBe(webhookSignature(secret, delivery?.body ?? ''));
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      event: 'appeal.to_decide',
      data: { entity: 'appeal' },
    });

    answer = 500;
    await t.app.inject({
      method: 'POST',
      url: '/api/appeals',
      headers: { cookie: agent },
      payload: { callId: 'c1', target: { kind: 'check', id: 'greeting' }, reason: '开头语正常' },
    });
    await t.webhooks.deliverDue();
    const log = (
      await t.app.inject({ method: 'GET', url: `/api/webhooks/${id}/deliveries`, headers: { cookie: admin } })
    ).json() as {
      items: Array<{ status: string; attempts: number; lastStatus?: number }>;
    };
    expect(log.items.map((d) => d.status)).toEqual(['pending', 'delivered']);
    expect(log.items[0]).toMatchObject({ attempts: 1, lastStatus: 500 });
    answer = 200;
    await t.webhooks.deliverDue(Date.now() + 60_000);
    const after = (
      await t.app.inject({ method: 'GET', url: `/api/webhooks/${id}/deliveries`, headers: { cookie: admin } })
    ).json() as {
      items: Array<{ status: string; attempts: number }>;
    };
    expect(after.items[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  test('only an administrator manages webhooks, and only with an http(s) URL', async () => {
    const qa = await signIn(t.app, 'qa_manager');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/webhooks',
          headers: { cookie: qa },
          payload: { event: '*', url },
        })
      ).statusCode,
    ).toBe(403);
    const admin = await signIn(t.app, 'admin');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks',
      headers: { cookie: admin },
      payload: { event: '*', url: 'file:///etc/passwd' },
    });
    expect(bad.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'body.url' }] });
  });
});
