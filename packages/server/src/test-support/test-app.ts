import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Call, defaultScorecard, inspectCall, type Role } from '@callqa/core';
import { createUser, migrate, openStore, type Store, saveCalls, saveScorecard } from '@callqa/store';
import { buildApp, type RouteAccess } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { parseConfig } from '../config.js';
import type { WebhookDispatcher } from '../events/webhook-dispatcher.js';
import type { ApiApp } from '../http/api-app.js';

export const PASSWORD = 'correct horse battery';

const turn = (speaker: 'agent' | 'customer', at: number, text: string) => ({
  speaker,
  startMs: at * 3000,
  endMs: at * 3000 + 2500,
  text,
});

export function buildTestCall(id: string, agentId: string, team: string, startedAt: string): Call {
  return {
    id,
    agentId,
    team,
    queue: '话费查询',
    startedAt,
    language: 'zh',
    caller: '13800138000',
    turns: [
      turn('agent', 0, '您好，很高兴为您服务，请问有什么可以帮您？'),
      turn('customer', 1, '我的手机号是13800138000，银行卡6222020200112233446扣款不对'),
      turn('agent', 2, '好的，我帮您查询一下，请稍等'),
      turn('agent', 3, '感谢您的来电，再见'),
    ],
  };
}

/**
 * A real SQLite file with three calls of two ACD groups and one account per role (all with
 * PASSWORD), and the API built on it.
 */
export async function openTestApp(options: { extraCalls?: Call[] } = {}): Promise<{
  app: ApiApp;
  routes: RouteAccess[];
  webhooks: WebhookDispatcher;
  store: Store;
  users: Record<Role, number>;
  dispose: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-server-'));
  const store = openStore(join(dir, 'callqa.db'));
  await migrate(store);
  const calls = [
    buildTestCall('c1', 'a1001', '一组', '2024-03-01T09:00:00+08:00'),
    buildTestCall('c2', 'a1002', '一组', '2024-03-01T10:00:00+08:00'),
    buildTestCall('c3', 'a2001', '二组', '2024-03-02T10:00:00+08:00'),
    ...(options.extraCalls ?? []),
  ];
  const scorecard = defaultScorecard('zh');
  saveScorecard(store, scorecard.document, { active: true });
  saveCalls(
    store,
    calls.map((call) => ({ call, evaluation: inspectCall(scorecard, call) })),
  );
  const passwordHash = await hashPassword(PASSWORD);
  const users = {} as Record<Role, number>;
  const accounts: Array<{ role: Role; agentId?: string; teams?: string[] }> = [
    { role: 'admin' },
    { role: 'qa_manager' },
    { role: 'inspector' },
    // A second inspector who also takes calls as agent a1002: never given a1002's calls to review.
    { role: 'inspector', agentId: 'a1002' },
    { role: 'team_lead', teams: ['二组'] },
    { role: 'agent', agentId: 'a1001' },
    { role: 'trainer' },
    { role: 'director' },
  ];
  for (const account of accounts) {
    const username = account.role === 'inspector' && account.agentId ? 'inspector2' : account.role;
    const id = createUser(store, {
      username,
      role: account.role,
      passwordHash,
      ...(account.agentId ? { agentId: account.agentId } : {}),
      ...(account.teams ? { teams: account.teams } : {}),
    });
    if (username === account.role) users[account.role] = id;
  }
  const config = parseConfig({
    CALLQA_DB: join(dir, 'callqa.db'),
    CALLQA_LOGIN_ATTEMPTS: '3',
    CALLQA_MAX_UPLOAD_MB: '1',
  });
  const { app, routes, webhooks } = await buildApp({
    store,
    config,
    validateResponses: true,
    deliverWebhooks: false,
  });
  return {
    app,
    routes,
    webhooks,
    store,
    users,
    async dispose() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in and returns the Cookie header value of the session. */
export async function signIn(app: ApiApp, username: string, password = PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'callqa_session');
  if (!cookie) throw new Error('no session cookie');
  return `callqa_session=${cookie.value}`;
}
