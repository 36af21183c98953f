import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { saveCalls } from './save-calls.js';
import { buildCall, openTestStore } from './test-support/builders.js';
import { upsertAgents } from './upsert-agents.js';
import { upsertQueues, upsertTeams } from './upsert-groups.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('agents, teams and queues', () => {
  test('fill in what a roster gives and keep what it leaves out', () => {
    saveCalls(store, [{ call: buildCall({ id: 'c1', agentId: 'a001', team: '投诉组' }) }]);
    upsertAgents(store, [{ id: 'a001', name: '张三', hiredAt: 1_700_000_000_000 }, { id: 'a002' }]);
    upsertTeams(store, [{ id: '投诉组', name: '投诉处理组' }, { id: '售后组' }]);
    upsertQueues(store, [{ id: '8001', name: '客服热线' }]);
    expect(store.sqlite.prepare('select * from agents order by id').all()).toEqual([
      { id: 'a001', name: '张三', team: '投诉组', hired_at: 1_700_000_000_000 },
      { id: 'a002', name: 'a002', team: null, hired_at: null },
    ]);
    expect(store.sqlite.prepare('select * from teams order by id').all()).toEqual([
      { id: '售后组', name: '售后组' },
      { id: '投诉组', name: '投诉处理组' },
    ]);
    expect(store.sqlite.prepare('select * from queues').all()).toEqual([{ id: '8001', name: '客服热线' }]);
  });
});
