import type { AddressInfo } from 'node:net';
import type { Role } from '@callqa/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, PASSWORD } from './test-support/test-app.js';

/**
 * Every role against the same requests over a real HTTP socket: what each may see and do. c1 is
 * agent a1001's call in 一组 (the agent's own); c3 is a2001's in 二组 (the team lead's group).
 */
let t: Awaited<ReturnType<typeof openTestApp>>;
let base = '';
beforeAll(async () => {
  t = await openTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.dispose();
});

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const requests = {
  'list calls': ['GET', '/api/calls'],
  'own call c1': ['GET', '/api/calls/c1'],
  'other group call c3': ['GET', '/api/calls/c3'],
  'review form': ['GET', '/api/calls/c3/review-form'],
  'list users': ['GET', '/api/users'],
  'add user': ['POST', '/api/users'],
  'audit log': ['GET', '/api/audit'],
  'sample plans': ['GET', '/api/sample-plans'],
  'check agreement': ['GET', '/api/quality/check-agreement'],
  'open calibration': ['POST', '/api/calibrations'],
  'upload import': ['POST', '/api/imports'],
} as const;

// 200: allowed; 404: out of scope (shown as absent); 403: not permitted; 400: permitted (the empty body is refused).
const expected: Record<Role, Record<keyof typeof requests, number>> = {
  admin: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 200,
    'review form': 200,
    'list users': 200,
    'add user': 400,
    'audit log': 200,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 400,
    'upload import': 400,
  },
  qa_manager: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 200,
    'review form': 200,
    'list users': 200,
    'add user': 403,
    'audit log': 200,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 400,
    'upload import': 400,
  },
  inspector: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 200,
    'review form': 200,
    'list users': 403,
    'add user': 403,
    'audit log': 403,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 403,
    'upload import': 403,
  },
  team_lead: {
    'list calls': 200,
    'own call c1': 404,
    'other group call c3': 200,
    'review form': 403,
    'list users': 200,
    'add user': 403,
    'audit log': 403,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 403,
    'upload import': 403,
  },
  agent: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 404,
    'review form': 403,
    'list users': 403,
    'add user': 403,
    'audit log': 403,
    'sample plans': 403,
    'check agreement': 403,
    'open calibration': 403,
    'upload import': 403,
  },
  trainer: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 200,
    'review form': 403,
    'list users': 403,
    'add user': 403,
    'audit log': 403,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 403,
    'upload import': 403,
  },
  director: {
    'list calls': 200,
    'own call c1': 200,
    'other group call c3': 200,
    'review form': 403,
    'list users': 200,
    'add user': 403,
    'audit log': 200,
    'sample plans': 200,
    'check agreement': 200,
    'open calibration': 403,
    'upload import': 403,
  },
};

describe('what each role may see and do, over HTTP', () => {
  test.each(Object.keys(expected) as Role[])('%s', async (role) => {
    const cookie = await signIn(role);
    const got: Record<string, number> = {};
    for (const [name, [method, path]] of Object.entries(requests)) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { cookie, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      got[name] = response.status;
      const body = await response.text();
      // Refused requests carry no call data.
      if (response.status >= 400) expect(body, `${role} ${name}`).not.toContain('13800138000');
    }
    expect(got).toEqual(expected[role]);
  });

  test('nobody signed in gets anything but the public routes', async () => {
    for (const [method, path] of Object.values(requests)) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status, path).toBe(401);
    }
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
