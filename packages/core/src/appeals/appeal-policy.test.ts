import { describe, expect, test } from 'vitest';
import type { Actor } from '../access/actor.js';
import {
  type AppealState,
  appealActionProblem,
  appealFilingProblem,
  defaultAppealPolicy,
} from './appeal-policy.js';

const DAY = 86_400_000;
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: 1,
  username: role,
  role,
  teams: [],
  ...extra,
});
const agent = actor('agent', { userId: 5, agentId: 'a1' });
const open: AppealState = { status: 'open', level: 1, agentUserId: 5, team: '一组' };

describe('appeal rules', () => {
  test('only the call’s own agent appeals, within the window', () => {
    const p = defaultAppealPolicy;
    expect(appealFilingProblem(p, agent, { agentId: 'a1' }, 0, 6 * DAY)).toBeNull();
    expect(appealFilingProblem(p, agent, { agentId: 'a2' }, 0, DAY)).toMatch(/only the agent/);
    expect(appealFilingProblem(p, agent, { agentId: 'a1' }, 0, 8 * DAY)).toMatch(/window of 7 days/);
    expect(appealFilingProblem(p, actor('inspector'), { agentId: 'a1' }, 0, DAY)).toMatch(/only agents/);
  });

  test('the team lead of the group decides the first level, the QA manager the final one', () => {
    const p = defaultAppealPolicy;
    expect(appealActionProblem(p, open, 'decide', actor('team_lead', { teams: ['一组'] }), 0)).toBeNull();
    expect(appealActionProblem(p, open, 'decide', actor('team_lead', { teams: ['二组'] }), 0)).toMatch(
      /not in your ACD groups/,
    );
    expect(appealActionProblem(p, open, 'decide', actor('qa_manager'), 0)).toBeNull();
    expect(appealActionProblem(p, open, 'decide', actor('director'), 0)).toMatch(/may not decide/);
    const second: AppealState = { ...open, level: 2 };
    expect(appealActionProblem(p, second, 'decide', actor('team_lead', { teams: ['一组'] }), 0)).toMatch(
      /QA manager/,
    );
    expect(appealActionProblem(p, second, 'decide', actor('qa_manager'), 0)).toBeNull();
    const qaFirst = { ...p, firstLevel: 'qa' as const };
    expect(appealActionProblem(qaFirst, open, 'decide', actor('inspector'), 0)).toBeNull();
    expect(appealActionProblem(qaFirst, open, 'decide', actor('team_lead', { teams: ['一组'] }), 0)).toMatch(
      /QA team/,
    );
  });

  test('the agent withdraws an open appeal and escalates a first-level rejection once, in time', () => {
    const p = defaultAppealPolicy;
    expect(appealActionProblem(p, open, 'withdraw', agent, 0)).toBeNull();
    expect(appealActionProblem(p, { ...open, status: 'accepted' }, 'withdraw', agent, 0)).toMatch(
      /cannot be withdrawn/,
    );
    const rejected: AppealState = { ...open, status: 'rejected', decidedAt: 0 };
    expect(appealActionProblem(p, rejected, 'escalate', agent, 2 * DAY)).toBeNull();
    expect(appealActionProblem(p, rejected, 'escalate', agent, 4 * DAY)).toMatch(/escalation window/);
    expect(appealActionProblem(p, { ...rejected, level: 2 }, 'escalate', agent, DAY)).toMatch(/first-level/);
    expect(appealActionProblem(p, rejected, 'escalate', actor('agent', { userId: 6 }), DAY)).toMatch(
      /only the agent/,
    );
  });
});
