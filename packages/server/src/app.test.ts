import { findUserForLogin, listAudit } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, PASSWORD, signIn } from './test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.dispose();
});

const get = async (url: string, cookie?: string, headers: Record<string, string> = {}) => {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
  return {
    status: response.statusCode,
    body: response.json() as Record<string, unknown> & { items?: unknown[] },
  };
};

describe('the route table', () => {
  test('has an access rule on every API route', () => {
    const api = t.routes.filter((r) => !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(10);
    expect(api.filter((r) => r.access === undefined)).toEqual([]);
    const open = api.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'HEAD /api/health',
      'HEAD /api/openapi.json',
      'POST /api/auth/login',
      'POST /api/auth/logout',
    ]);
  });

  test('is described in the OpenAPI document', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(['/api/calls', '/api/calls/{id}', '/api/me']),
    );
  });
});

describe('signing in', () => {
  test('sets an httpOnly, SameSite=Lax session cookie and tells who signed in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'agent', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'callqa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await get('/api/me', `callqa_session=${cookie?.value}`);
    expect(me.body).toMatchObject({ username: 'agent', role: 'agent', agentId: 'a1001' });
  });

  test('refuses a wrong password, then pauses the account after repeated failures', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'trainer', password } });
    for (let i = 0; i < 3; i++) {
      const wrong = await attempt('not the password');
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toEqual({ code: 'invalid_credentials', message: 'wrong username or password' });
    }
    const paused = await attempt(PASSWORD);
    expect(paused.statusCode).toBe(429);
    expect(paused.json().code).toBe('too_many_attempts');
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('names the field of a malformed request', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'body.username' }] });
  });

  test('answers malformed JSON and an oversized body with 4xx and a named field, never a 500', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "agent", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'body' }] });
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(11 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    const wrongType = await t.app.inject({
      method: 'GET',
      url: '/api/calls?page=zero',
      headers: { cookie: await signIn(t.app, 'admin') },
    });
    expect(wrongType.json()).toMatchObject({
      code: 'invalid_request',
      details: [{ field: 'querystring.page' }],
    });
  });

  test('stores passwords as argon2id hashes', () => {
    expect(findUserForLogin(t.store, 'admin')?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  test('ends the session on sign-out', async () => {
    const cookie = await signIn(t.app, 'director');
    expect((await get('/api/me', cookie)).status).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await get('/api/me', cookie)).body).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('who sees which calls', () => {
  test('nobody without signing in', async () => {
    expect(await get('/api/calls')).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
  });

  test('an agent only their own, even when asking for another agent or call', async () => {
    const cookie = await signIn(t.app, 'agent');
    const list = await get('/api/calls', cookie);
    expect((list.body.items as Array<{ id: string; agentId: string }>).map((c) => c.id)).toEqual(['c1']);
    expect((await get('/api/calls?agentId=a1002', cookie)).body.total).toBe(0);
    expect((await get('/api/calls/c2', cookie)).status).toBe(404);
    expect((await get('/api/calls/c1', cookie)).status).toBe(200);
  });

  test('a team lead only their ACD groups', async () => {
    const cookie = await signIn(t.app, 'team_lead');
    const list = await get('/api/calls', cookie);
    expect((list.body.items as Array<{ id: string }>).map((c) => c.id)).toEqual(['c3']);
    expect((await get('/api/calls/c1', cookie)).status).toBe(404);
  });

  test('the QA team every call, filtered by date in the center’s time zone', async () => {
    const cookie = await signIn(t.app, 'inspector');
    expect((await get('/api/calls', cookie)).body.total).toBe(3);
    expect((await get('/api/calls?from=2024-03-02&to=2024-03-02', cookie)).body.total).toBe(1);
    expect((await get('/api/calls?from=2024-02-30', cookie)).body).toMatchObject({
      code: 'invalid_request',
      details: [{ field: 'querystring.from' }],
    });
  });
});

describe('personal numbers', () => {
  test('are masked in the transcript, evidence and business fields for an inspector', async () => {
    const cookie = await signIn(t.app, 'inspector');
    const { body } = await get('/api/calls/c1', cookie);
    const text = JSON.stringify(body);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('6222020200112233446');
    expect(text).toContain('*******8000');
    expect(body.caller).toBe('*******8000');
    const turns = body.turns as Array<{ text: string }>;
    expect(turns[1]?.text.length).toBe('我的手机号是13800138000，银行卡6222020200112233446扣款不对'.length);
    expect((body.evaluation as { checks: unknown[] }).checks.length).toBeGreaterThan(5);
  });

  test('are shown to the QA manager, whose role may see them', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const { body } = await get('/api/calls/c1', cookie);
    expect(JSON.stringify(body)).toContain('13800138000');
  });
});

describe('accounts and the audit log', () => {
  test('only an administrator adds users, and every change is audited with old and new values', async () => {
    const director = await signIn(t.app, 'director');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: director },
      payload: { username: 'newbie', role: 'agent', agentId: 'a3001', password: 'long enough password' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');

    const admin = await signIn(t.app, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'newbie', role: 'agent', agentId: 'a3001', password: 'long enough password' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: { cookie: admin },
      payload: { role: 'inspector', agentId: null, reason: '转岗质检' },
    });
    expect(changed.json()).toMatchObject({ role: 'inspector' });
    const entries = listAudit(t.store, { entity: 'user', entityId: String(id) });
    expect(entries.map((e) => e.action)).toEqual(['user.update', 'user.create']);
    expect(entries[0]).toMatchObject({
      actor: 'admin',
      before: { role: 'agent', agentId: 'a3001' },
      after: { role: 'inspector', agentId: null },
      reason: '转岗质检',
    });
    const audit = await get('/api/audit?entity=user', director);
    expect(audit.status).toBe(200);
    expect(audit.body.items?.length).toBeGreaterThanOrEqual(2);
  });

  test('refuses a short password and a taken username, naming the field', async () => {
    const admin = await signIn(t.app, 'admin');
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'shorty', role: 'inspector', password: 'short' },
    });
    expect(short.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'body.password' }] });
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'agent', role: 'inspector', password: 'long enough password' },
    });
    expect(taken.statusCode).toBe(409);
  });
});

describe('API tokens', () => {
  test('act within their scope until revoked', async () => {
    const admin = await signIn(t.app, 'admin');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: admin },
      payload: { name: 'BI export', permissions: ['calls.read'] },
    });
    expect(made.statusCode).toBe(201);
    const { token, id } = made.json() as { token: string; id: number };
    expect(token).toMatch(/^cqa_/);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await get('/api/calls', undefined, bearer)).body.total).toBe(3);
    expect((await get('/api/users', undefined, bearer)).status).toBe(403);
    // The token's scope excludes unmasked numbers even though its user may see them.
    expect(JSON.stringify((await get('/api/calls/c1', undefined, bearer)).body)).not.toContain('13800138000');
    await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: { cookie: admin } });
    expect((await get('/api/calls', undefined, bearer)).status).toBe(401);
  });

  test('cannot be broader than their maker', async () => {
    const lead = await signIn(t.app, 'qa_manager');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: lead },
      payload: { name: 'x', permissions: ['users.write'] },
    });
    expect(made.statusCode).toBe(403);
  });
});
