import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, signIn } from '../../test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.dispose();
});

const send = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => {
  const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
};

type Form = {
  evaluationId: number;
  checks: Array<{ check: string; result: string }>;
  manualItems: Array<{ item: string }>;
};

async function score(
  cookie: string,
  session: number,
  callId: string,
  overturnFirstFailure: boolean,
  deduct: number,
) {
  const form = (await send('GET', `/api/calls/${callId}/review-form`, cookie)).body as unknown as Form;
  const failed = form.checks.find((c) => c.result === 'fail');
  return send('POST', `/api/calibrations/${session}/calls/${callId}/scores`, cookie, {
    evaluationId: form.evaluationId,
    verdicts:
      overturnFirstFailure && failed ? [{ check: failed.check, verdict: 'overturn', result: 'pass' }] : [],
    manual: form.manualItems.map((m, i) => ({ item: m.item, deducted: i === 0 ? deduct : 0 })),
  });
}

describe('calibration (校准)', () => {
  test('raters score blind, the manager sees the spread and agreement, and the scores never count for agents', async () => {
    const qa = await signIn(t.app, 'qa_manager');
    const inspector = await signIn(t.app, 'inspector');
    const inspector2 = await signIn(t.app, 'inspector2');
    const ids = (await send('GET', '/api/users', qa)).body.items as Array<{ id: number; username: string }>;
    const id = (name: string) => ids.find((u) => u.username === name)?.id as number;
    const created = await send('POST', '/api/calibrations', qa, {
      name: '3月校准',
      callIds: ['c1', 'c2'],
      raterIds: [id('inspector'), id('inspector2')],
      expertId: id('qa_manager'),
    });
    expect(created.status).toBe(201);
    const session = created.body.id as number;
    const notes = (await send('GET', '/api/notifications', inspector)).body.items as Array<{ kind: string }>;
    expect(notes.map((n) => n.kind)).toContain('calibration.assigned');

    expect((await score(qa, session, 'c1', false, 0)).status).toBe(201);
    expect((await score(qa, session, 'c2', false, 0)).status).toBe(201);
    expect((await score(inspector, session, 'c1', false, 0)).status).toBe(201);
    expect((await score(inspector, session, 'c2', false, 1)).status).toBe(201);
    expect((await score(inspector2, session, 'c1', true, 2)).status).toBe(201);
    expect((await score(inspector2, session, 'c2', false, 0)).status).toBe(201);
    expect((await score(inspector2, session, 'c2', false, 0)).body.code).toBe('already_scored');

    expect((await send('GET', `/api/calibrations/${session}/results`, inspector)).body.code).toBe('blind');
    const progress = (await send('GET', `/api/calibrations/${session}`, inspector)).body.progress as Array<{
      scored: number;
    }>;
    expect(progress.map((p) => p.scored)).toEqual([2, 2, 2]);

    const results = (await send('GET', `/api/calibrations/${session}/results`, qa)).body as {
      completeCalls: number;
      checks: Array<{ disputedCalls: number; agreementWithExpert: number }>;
      raters: Array<{ raterId: number; meanDifferenceFromExpert: number }>;
      scoreIcc: number | null;
    };
    expect(results.completeCalls).toBe(2);
    expect(results.checks.filter((c) => c.disputedCalls > 0)).toHaveLength(1);
    expect(results.raters.find((r) => r.raterId === id('inspector'))?.meanDifferenceFromExpert).toBe(-0.5);

    await send('POST', `/api/calibrations/${session}/close`, qa);
    expect((await send('GET', `/api/calibrations/${session}/results`, inspector)).status).toBe(200);
    expect((await score(inspector, session, 'c1', false, 0)).body.code).toBe('closed');

    // Calibration scores are not reviews: agents' results and the call's reviews do not include them.
    expect(((await send('GET', '/api/calls/c1/reviews', qa)).body.items as unknown[]).length).toBe(0);
    expect(((await send('GET', '/api/quality/agents', qa)).body.items as unknown[]).length).toBe(0);
  });

  test('only the QA team opens sessions, and only with real calls and raters', async () => {
    const lead = await signIn(t.app, 'team_lead');
    expect(
      (await send('POST', '/api/calibrations', lead, { name: 'x', callIds: ['c1'], raterIds: [1, 2] }))
        .status,
    ).toBe(403);
    const qa = await signIn(t.app, 'qa_manager');
    const bad = await send('POST', '/api/calibrations', qa, {
      name: 'x',
      callIds: ['c1', 'nope'],
      raterIds: [t.users.agent, t.users.inspector],
    });
    expect(bad.body).toMatchObject({
      code: 'invalid_request',
      details: [{ field: 'body.callIds.1' }, { field: 'body.raterIds.0' }],
    });
  });
});
