import { listAudit } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../../config.js';
import { sendDueReminders } from '../../events/reminders.js';
import { openTestApp, signIn } from '../../test-support/test-app.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.dispose();
});

const call = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => {
  const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
};

describe('appeals (申诉)', () => {
  test('go from the agent to a first decision, an escalation and a final decision that corrects the score', async () => {
    const agent = await signIn(t.app, 'agent');
    const qa = await signIn(t.app, 'qa_manager');
    const detail = await call('GET', '/api/calls/c1', agent);
    const evaluation = detail.body.evaluation as {
      score: number;
      checks: Array<{ check: string; result: string; deducted: number }>;
    };
    const failed = evaluation.checks.find((c) => c.result === 'fail');
    if (!failed) throw new Error('c1 needs a failed check');

    const filed = await call('POST', '/api/appeals', agent, {
      callId: 'c1',
      target: { kind: 'check', id: failed.check },
      reason: '我说了标准用语',
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'open', level: 1, overdue: false });
    const id = filed.body.id as number;
    expect(
      (
        await call('POST', '/api/appeals', agent, {
          callId: 'c1',
          target: { kind: 'check', id: failed.check },
          reason: '再次申诉',
        })
      ).body.code,
    ).toBe('already_appealed');

    // c1 is in 一组, which has no team lead: the QA manager hears the first level, and was told.
    const qaNotes = (await call('GET', '/api/notifications', qa)).body.items as Array<{
      kind: string;
      entityId: string;
    }>;
    expect(qaNotes.some((n) => n.kind === 'appeal.to_decide' && n.entityId === String(id))).toBe(true);
    const lead = await signIn(t.app, 'team_lead');
    expect(
      (await call('POST', `/api/appeals/${id}/decide`, lead, { decision: 'accept', reason: '同意' })).status,
    ).toBe(404);

    const rejected = await call('POST', `/api/appeals/${id}/decide`, qa, {
      decision: 'reject',
      reason: '录音中未听到',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', level: 1, decisionReason: '录音中未听到' });
    const escalated = await call('POST', `/api/appeals/${id}/escalate`, agent, { reason: '请求二次复议' });
    expect(escalated.body).toMatchObject({ status: 'open', level: 2 });
    const accepted = await call('POST', `/api/appeals/${id}/decide`, qa, {
      decision: 'accept',
      reason: '复听确认,申诉成立',
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', level: 2 });

    const reviews = (await call('GET', '/api/calls/c1/reviews', agent)).body.items as Array<{
      score: number;
      checks: Array<{ check: string; result: string }>;
    }>;
    expect(reviews[0]?.score).toBe(evaluation.score + failed.deducted);
    expect(reviews[0]?.checks.find((c) => c.check === failed.check)?.result).toBe('pass');
    const steps = (
      (await call('GET', `/api/appeals/${id}`, agent)).body.steps as Array<{ action: string }>
    ).map((s) => s.action);
    expect(steps).toEqual(['file', 'reject', 'escalate', 'accept']);
    const agentNotes = (await call('GET', '/api/notifications', agent)).body.items as Array<{ kind: string }>;
    expect(agentNotes.map((n) => n.kind)).toEqual(['appeal.accepted', 'appeal.rejected']);
    expect(listAudit(t.store, { entity: 'appeal', entityId: String(id) }).map((e) => e.action)).toEqual([
      'appeal.accept',
      'appeal.escalate',
      'appeal.reject',
      'appeal.file',
    ]);
    // Final: no further escalation.
    expect((await call('POST', `/api/appeals/${id}/escalate`, agent, { reason: '再来' })).body.code).toBe(
      'not_allowed_now',
    );
  });

  test('can be withdrawn while open, and then not decided', async () => {
    const agent = await signIn(t.app, 'agent');
    const qa = await signIn(t.app, 'qa_manager');
    const evaluation = (await call('GET', '/api/calls/c1', agent)).body.evaluation as {
      checks: Array<{ check: string; result: string }>;
    };
    const other = evaluation.checks.find((c) => c.result === 'pass');
    const filed = await call('POST', '/api/appeals', agent, {
      callId: 'c1',
      target: { kind: 'check', id: other?.check },
      reason: '想撤回的申诉',
    });
    const id = filed.body.id as number;
    expect(
      (await call('POST', `/api/appeals/${id}/withdraw`, agent, { reason: '误操作' })).body,
    ).toMatchObject({ status: 'withdrawn' });
    expect(
      (await call('POST', `/api/appeals/${id}/decide`, qa, { decision: 'accept', reason: '同意' })).body.code,
    ).toBe('not_allowed_now');
  });

  test('an appeal left past its decision date reminds its deciders once', async () => {
    const agent = await signIn(t.app, 'agent');
    const filed = await call('POST', '/api/appeals', agent, {
      callId: 'c1',
      target: { kind: 'check', id: 'polite' },
      reason: '用了您',
    });
    expect(filed.status).toBe(201);
    const deps = { store: t.store, config: parseConfig({}) };
    expect(sendDueReminders(deps, Date.now())).toBe(0);
    expect(sendDueReminders(deps, Date.now() + 4 * 86_400_000)).toBe(1);
    expect(sendDueReminders(deps, Date.now() + 5 * 86_400_000)).toBe(0);
    const qa = await signIn(t.app, 'qa_manager');
    const notes = (await call('GET', '/api/notifications', qa)).body.items as Array<{
      kind: string;
      entityId: string;
    }>;
    expect(notes.filter((n) => n.kind === 'appeal.overdue').map((n) => n.entityId)).toEqual([
      String(filed.body.id),
    ]);
    await call('POST', `/api/appeals/${filed.body.id}/withdraw`, agent, { reason: '撤回' });
  });

  test('only the call’s own agent appeals', async () => {
    const agent = await signIn(t.app, 'agent');
    expect(
      (
        await call('POST', '/api/appeals', agent, {
          callId: 'c2',
          target: { kind: 'check', id: 'greeting' },
          reason: '不是我的',
        })
      ).status,
    ).toBe(404);
    const inspector = await signIn(t.app, 'inspector');
    expect(
      (
        await call('POST', '/api/appeals', inspector, {
          callId: 'c1',
          target: { kind: 'check', id: 'greeting' },
          reason: '质检员',
        })
      ).status,
    ).toBe(403);
    const list = (await call('GET', '/api/appeals', agent)).body.items as unknown[];
    expect(list.length).toBe(3);
  });
});
