import { listAudit } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, signIn } from '../../test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.dispose();
});

type Form = {
  evaluationId: number;
  autoScore: number;
  checks: Array<{ check: string; result: string; points: number }>;
  manualItems: Array<{ item: string; points: number }>;
};

async function form(cookie: string, callId: string): Promise<Form> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/calls/${callId}/review-form`,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as Form;
}

describe('human review (复核)', () => {
  test('keeps the automatic result and the reviewer’s side by side, and audits the change of score', async () => {
    const cookie = await signIn(t.app, 'inspector');
    const f = await form(cookie, 'c1');
    expect(f.manualItems.length).toBeGreaterThan(3);
    const failed = f.checks.find((c) => c.result === 'fail');
    const passed = f.checks.find((c) => c.result === 'pass' && c.check !== failed?.check);
    if (!failed || !passed) throw new Error('the test call needs a failed and a passed check');
    const first = f.manualItems[0] as { item: string; points: number };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/calls/c1/reviews',
      headers: { cookie },
      payload: {
        evaluationId: f.evaluationId,
        verdicts: [
          { check: failed.check, verdict: 'overturn', result: 'pass', comment: '误判' },
          { check: passed.check, verdict: 'confirm' },
        ],
        manual: f.manualItems.map((m) => ({ item: m.item, deducted: m.item === first.item ? 1 : 0 })),
        notes: '客户留的号码 13800138000 已核实',
      },
    });
    expect(response.statusCode).toBe(201);
    const review = response.json() as {
      score: number;
      checks: Array<{ check: string; overturned: boolean; autoResult: string }>;
      notes: string;
    };
    expect(review.score).toBe(f.autoScore + failed.points - 1);
    expect(review.checks.find((c) => c.check === failed.check)).toMatchObject({
      overturned: true,
      autoResult: 'fail',
    });
    expect(review.notes).not.toContain('13800138000');

    const agent = await signIn(t.app, 'agent');
    const told = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: agent } });
    expect((told.json() as { items: Array<{ kind: string }> }).items.map((n) => n.kind)).toContain(
      'evaluation.reviewed',
    );
    const call = await t.app.inject({ method: 'GET', url: '/api/calls/c1', headers: { cookie } });
    expect((call.json() as { evaluation: { score: number } }).evaluation.score).toBe(f.autoScore);
    const [entry] = listAudit(t.store, { entity: 'call', entityId: 'c1' });
    expect(entry).toMatchObject({
      action: 'review.submit',
      actor: 'inspector',
      before: { score: f.autoScore },
      after: { score: review.score, overturned: [{ check: failed.check, from: 'fail', to: 'pass' }] },
    });
  });

  test('names the wrong fields of a review and refuses a stale form', async () => {
    const cookie = await signIn(t.app, 'inspector');
    const f = await form(cookie, 'c3');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/calls/c3/reviews',
      headers: { cookie },
      payload: {
        evaluationId: f.evaluationId,
        verdicts: [{ check: 'nope', verdict: 'confirm' }],
        manual: [],
      },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'invalid_request',
      details: [
        { field: 'body.verdicts.0.check' },
        { field: 'body.manual', message: expect.stringContaining('info_accurate') },
      ],
    });
    const stale = await t.app.inject({
      method: 'POST',
      url: '/api/calls/c3/reviews',
      headers: { cookie },
      payload: { evaluationId: f.evaluationId + 999, manual: [] },
    });
    expect(stale.json()).toMatchObject({ code: 'evaluation_changed' });
  });

  test('nobody reviews their own calls, and agents review nothing', async () => {
    const inspector2 = await signIn(t.app, 'inspector2');
    const f = await form(inspector2, 'c2');
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/calls/c2/reviews',
      headers: { cookie: inspector2 },
      payload: {
        evaluationId: f.evaluationId,
        manual: f.manualItems.map((m) => ({ item: m.item, deducted: 0 })),
      },
    });
    expect(own.json()).toMatchObject({ code: 'own_call' });
    const agent = await signIn(t.app, 'agent');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/calls/c1/review-form', headers: { cookie: agent } }))
        .statusCode,
    ).toBe(403);
    const reviews = await t.app.inject({
      method: 'GET',
      url: '/api/calls/c1/reviews',
      headers: { cookie: agent },
    });
    expect((reviews.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  test('measures each check against reviewers and gives agents’ results with intervals', async () => {
    const qa = await signIn(t.app, 'qa_manager');
    const agreement = (
      await t.app.inject({ method: 'GET', url: '/api/quality/check-agreement', headers: { cookie: qa } })
    ).json() as {
      items: Array<{ check: string; falsePositives: number; precision: number | null }>;
    };
    expect(agreement.items.some((a) => a.falsePositives === 1 && a.precision === 0)).toBe(true);
    const agents = (
      await t.app.inject({ method: 'GET', url: '/api/quality/agents', headers: { cookie: qa } })
    ).json() as {
      items: Array<{ agentId: string; reviewed: number; passRateInterval: { low: number; high: number } }>;
    };
    expect(agents.items).toHaveLength(1);
    expect(agents.items[0]).toMatchObject({ agentId: 'a1001', reviewed: 1 });
    expect(agents.items[0]?.passRateInterval.low).toBeLessThan(0.5);
    const lead = await signIn(t.app, 'team_lead');
    const leadAgents = (
      await t.app.inject({ method: 'GET', url: '/api/quality/agents', headers: { cookie: lead } })
    ).json() as { items: unknown[] };
    expect(leadAgents.items).toHaveLength(0);
  });
});
