import type { Role } from '@callqa/core';
import { appendAudit, createUser, findUserForLogin, type Store } from '@callqa/store';
import { hashPassword } from '../auth/passwords.js';

export const DEMO_PASSWORD = 'callqa-demo';

export type DemoLogin = { username: string; role: Role; note: { zh: string; en: string } };

/**
 * One account per role for trying callqa, all with the password `callqa-demo`. Made only by the
 * demo seed (`callqa serve --demo`, which `npm start` runs), never in a database set up for real
 * use. The agent is the busiest agent of the demo center and the team lead leads that agent's group,
 * so both see calls of their own.
 */
export async function ensureDemoUsers(store: Store): Promise<DemoLogin[]> {
  const busiest = store.sqlite
    .prepare(
      `select agent_id, team from calls where agent_id is not null and team is not null
       group by agent_id, team order by count(*) desc, agent_id limit 1`,
    )
    .get() as { agent_id: string; team: string } | undefined;
  const accounts: Array<DemoLogin & { agentId?: string; teams?: string[] }> = [
    {
      username: 'demo-admin',
      role: 'admin',
      note: { zh: '账号、令牌、全部功能', en: 'users, tokens, everything' },
    },
    {
      username: 'demo-qa',
      role: 'qa_manager',
      note: {
        zh: '评分表、抽样、申诉;可见完整号码',
        en: 'scorecards, sampling, appeals; sees numbers unmasked',
      },
    },
    {
      username: 'demo-inspector',
      role: 'inspector',
      note: { zh: '复核抽检通话', en: 'reviews sampled calls' },
    },
    {
      username: 'demo-lead',
      role: 'team_lead',
      note: busiest
        ? { zh: `负责 ${busiest.team}`, en: `leads ${busiest.team}` }
        : { zh: '尚无所辖组', en: 'leads no group yet' },
      ...(busiest ? { teams: [busiest.team] } : {}),
    },
    {
      username: 'demo-agent',
      role: 'agent',
      note: busiest
        ? { zh: `工号 ${busiest.agent_id},只看本人通话`, en: `agent ${busiest.agent_id}, own calls only` }
        : { zh: '只看本人通话', en: 'own calls only' },
      agentId: busiest?.agent_id ?? 'demo-agent',
    },
    {
      username: 'demo-trainer',
      role: 'trainer',
      note: { zh: '培训需求与案例', en: 'training needs and cases' },
    },
    {
      username: 'demo-director',
      role: 'director',
      note: { zh: '全中心只读', en: 'reads everything, changes nothing' },
    },
  ];
  let passwordHash: string | undefined;
  for (const account of accounts) {
    if (findUserForLogin(store, account.username)) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const id = createUser(store, {
      username: account.username,
      role: account.role,
      passwordHash,
      ...(account.agentId !== undefined ? { agentId: account.agentId } : {}),
      ...(account.teams !== undefined ? { teams: account.teams } : {}),
    });
    appendAudit(store, {
      actor: 'system',
      action: 'user.create',
      entity: 'user',
      entityId: String(id),
      after: { username: account.username, role: account.role },
      reason: 'demo seed',
    });
  }
  return accounts.map(({ username, role, note }) => ({ username, role, note }));
}
