import type { Call } from '@callqa/core';
import { upsertAgents } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../../config.js';
import { sendDueReminders } from '../../events/reminders.js';
import { buildTestCall, openTestApp, signIn } from '../../test-support/test-app.js';

/** A call that opens with 喂 instead of a greeting: the greeting check fails. */
function rudeOpening(id: string, agentId: string, team: string, startedAt: string): Call {
  const call = buildTestCall(id, agentId, team, startedAt);
  return {
    ...call,
    turns: [{ ...(call.turns[0] as Call['turns'][number]), text: '喂' }, ...call.turns.slice(1)],
  };
}

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  const calls: Call[] = [];
  const agents = ['a1001', 'a1002', 'a1003', 'a1004'];
  for (let day = 1; day <= 28; day++) {
    const date = `2024-04-${String(day).padStart(2, '0')}`;
    agents.forEach((agent, i) => {
      // Before the 15th a1001 and a1002 open rudely on every call; after it a1001 (trained and coached) no longer does.
      const rude = day < 15 ? i < 2 : i === 1;
      const make = rude ? rudeOpening : buildTestCall;
      calls.push(make(`${agent}-${date}`, agent, '一组', `${date}T10:0${i}:00+08:00`));
    });
  }
  t = await openTestApp({ extraCalls: calls });
  upsertAgents(
    t.store,
    agents.map((id) => ({ id, team: '一组' })),
  );
});
afterAll(async () => {
  await t.dispose();
});

const send = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => {
  const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
};

describe('coaching (辅导) and its follow-up', () => {
  test('a coaching is acknowledged by the agent and its follow-up shows the problem rate fall, with counts', async () => {
    const qa = await signIn(t.app, 'qa_manager');
    const created = await send('POST', '/api/coaching', qa, {
      agentId: 'a1001',
      callId: 'a1001-2024-04-03',
      checks: ['greeting'],
      problem: '开头语使用“喂”',
      plan: '每通电话以“您好,很高兴为您服务”开头',
      goal: '两周内开头语合格率 100%',
      dueDate: '2024-04-30',
      date: '2024-04-15',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const agent = await signIn(t.app, 'agent');
    const notes = (await send('GET', '/api/notifications', agent)).body.items as Array<{ kind: string }>;
    expect(notes.map((n) => n.kind)).toContain('coaching.created');
    expect((await send('POST', `/api/coaching/${id}/acknowledge`, agent)).body).toMatchObject({
      status: 'acknowledged',
    });
    const followUp = (await send('GET', `/api/coaching/${id}/follow-up?windowDays=14`, qa)).body;
    expect(followUp).toMatchObject({
      before: { calls: 14, withProblem: 14, rate: 1 },
      after: { calls: 14, withProblem: 0, rate: 0 },
      improved: true,
    });
    // Its date (30 April 2024) is long past: the coach and the agent are reminded, once.
    expect(sendDueReminders({ store: t.store, config: parseConfig({}) })).toBe(1);
    expect(sendDueReminders({ store: t.store, config: parseConfig({}) })).toBe(0);
    const due = (await send('GET', '/api/notifications', agent)).body.items as Array<{ kind: string }>;
    expect(due.map((n) => n.kind)).toContain('coaching.due');
    const lead = await signIn(t.app, 'team_lead');
    expect((await send('GET', '/api/coaching', lead)).body.items).toEqual([]);
    expect(((await send('GET', '/api/coaching', agent)).body.items as unknown[]).length).toBe(1);
  });
});

describe('common and individual problems, training needs and training effect', () => {
  test('a problem of half the agents is common and becomes a training need; the training’s effect is measured', async () => {
    const trainer = await signIn(t.app, 'trainer');
    const problems = (await send('GET', '/api/problems?from=2024-04-01&to=2024-04-14&team=一组', trainer))
      .body as {
      agents: number;
      items: Array<{ check: string; class: string; agentShare: number }>;
    };
    expect(problems.agents).toBe(4);
    expect(problems.items.find((p) => p.check === 'greeting')).toMatchObject({
      class: 'common',
      agentShare: 0.5,
    });

    const qa = await signIn(t.app, 'qa_manager');
    const needs = (
      await send('POST', '/api/training-needs', qa, { from: '2024-04-01', to: '2024-04-14', team: '一组' })
    ).body.items as Array<{
      id: number;
      check: string;
    }>;
    const need = needs.find((n) => n.check === 'greeting');
    expect(need).toBeDefined();
    const planned = await send('POST', '/api/training-sessions', trainer, {
      needId: need?.id,
      topic: '规范开头语',
      checks: ['greeting'],
      date: '2024-04-14',
      attendees: ['a1001', 'a1002'],
    });
    expect(planned.status).toBe(201);
    const session = planned.body.id as number;
    await send('POST', `/api/training-sessions/${session}/attendance`, trainer, { attended: ['a1001'] });
    const effect = (await send('GET', `/api/training-sessions/${session}/effect?windowDays=13`, trainer))
      .body as {
      attendees: {
        before: { calls: number; withProblem: number };
        after: { calls: number; withProblem: number };
        improved: boolean;
      };
      others: { before: { withProblem: number }; after: { withProblem: number } };
      differenceInDifferences: number;
    };
    expect(effect.attendees.before).toMatchObject({ calls: 13, withProblem: 13 });
    expect(effect.attendees.after).toMatchObject({ calls: 13, withProblem: 0 });
    expect(effect.attendees.improved).toBe(true);
    expect(effect.others.before.withProblem).toBe(13);
    expect(effect.others.after.withProblem).toBe(13);
    expect(effect.differenceInDifferences).toBeLessThan(-0.3);
    const status = (await send('GET', '/api/training-needs', trainer)).body.items as Array<{
      id: number;
      status: string;
    }>;
    expect(status.find((n) => n.id === need?.id)?.status).toBe('done');
  });
});
