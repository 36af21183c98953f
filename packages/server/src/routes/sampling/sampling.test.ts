import { listAudit } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestCall, openTestApp, signIn } from '../../test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  const extraCalls = [];
  for (let i = 0; i < 60; i++) {
    const agent = ['a1001', 'a1002', 'a1003', 'a2001', 'a2002', 'a2003'][i % 6] as string;
    const day = 10 + (i % 3);
    extraCalls.push(
      buildTestCall(
        `s${i}`,
        agent,
        agent.startsWith('a1') ? '一组' : '二组',
        `2024-03-${day}T1${i % 10}:00:00+08:00`,
      ),
    );
  }
  t = await openTestApp({ extraCalls });
});
afterAll(async () => {
  await t.dispose();
});

describe('sampling through the API', () => {
  test('says how many calls to review, with the finite-population correction', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/sampling/size?confidence=0.95&margin=0.05&population=1000',
      headers: { cookie },
    });
    expect(response.json()).toEqual({ sampleSize: 278, confidence: 0.95, margin: 0.05, population: 1000 });
  });

  test('gives the daily review quota from the period’s calls', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/sampling/capacity?from=2024-03-10&to=2024-03-12&inspectors=2',
      headers: { cookie },
    });
    expect(response.json()).toMatchObject({
      callsPerDay: 20,
      averageCallSec: 11.5,
      perInspectorPerDay: 164,
      perDay: 328,
      shareOfCalls: 1,
    });
  });

  test('draws a reproducible sample, spreads it over inspectors and days, and never gives an inspector their own calls', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const body = {
      name: '3月第2周抽检',
      from: '2024-03-10',
      to: '2024-03-12',
      seed: 42,
      rules: [{ kind: 'random_per_agent', perAgent: 3 }],
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sample-plans',
      headers: { cookie },
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    const plan = created.json() as { id: number; candidates: number; picked: number };
    expect(plan).toMatchObject({ candidates: 60, picked: 18 });
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/sample-plans/${plan.id}`, headers: { cookie } })
    ).json() as {
      picks: Array<{
        callId: string;
        agentId: string;
        reviewerId: number;
        dueAt: number;
        reason: { zh: string };
      }>;
    };
    expect(detail.picks).toHaveLength(18);
    expect(detail.picks.every((p) => p.reason.zh.includes('随机抽取'))).toBe(true);
    const inspector2 = detail.picks.filter((p) => p.reviewerId !== t.users.inspector);
    expect(inspector2.length).toBe(9);
    expect(inspector2.map((p) => p.agentId)).not.toContain('a1002');
    expect(new Set(detail.picks.map((p) => p.dueAt)).size).toBe(3);

    // The same seed over the same calls picks the same calls (they are now taken, so check the draw).
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/sample-plans',
      headers: { cookie },
      payload: body,
    });
    expect((again.json() as { picked: number; candidates: number }).candidates).toBe(42);

    const inspector = await signIn(t.app, 'inspector');
    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/review-queue', headers: { cookie: inspector } })
    ).json() as {
      items: Array<{ dueAt: number }>;
    };
    expect(queue.items.length).toBeGreaterThanOrEqual(9);
    const due = queue.items.map((p) => p.dueAt);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(listAudit(t.store, { entity: 'sample_plan' })[0]?.action).toBe('sample_plan.create');
  });

  test('refuses an agent, and a period that does not exist', async () => {
    const agent = await signIn(t.app, 'agent');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/sample-plans',
      headers: { cookie: agent },
      payload: {
        name: 'x',
        from: '2024-03-10',
        to: '2024-03-12',
        rules: [{ kind: 'random_per_agent', perAgent: 1 }],
      },
    });
    expect(refused.statusCode).toBe(403);
    const qa = await signIn(t.app, 'qa_manager');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/sample-plans',
      headers: { cookie: qa },
      payload: {
        name: 'x',
        from: '2024-02-30',
        to: '2024-03-12',
        rules: [{ kind: 'random_per_agent', perAgent: 1 }],
      },
    });
    expect(bad.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'body.from' }] });
    const badRule = await t.app.inject({
      method: 'POST',
      url: '/api/sample-plans',
      headers: { cookie: qa },
      payload: {
        name: 'x',
        from: '2024-03-10',
        to: '2024-03-12',
        rules: [{ kind: 'random_per_agent', perAgent: 0 }],
      },
    });
    expect(badRule.json()).toMatchObject({
      code: 'invalid_request',
      details: [{ field: 'body.rules.0.perAgent' }],
    });
  });
});
