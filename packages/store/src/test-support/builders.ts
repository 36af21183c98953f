import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Call, Turn } from '@callqa/core';
import type { Store } from '../database.js';
import { migrate } from '../migrate.js';
import { openStore } from '../open-store.js';

/** A migrated store in a fresh SQLite file; `dispose` closes it and removes the directory. */
export async function openTestStore(
  options: { migrate?: boolean } = {},
): Promise<{ store: Store; file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-store-'));
  const file = join(dir, 'nested', 'callqa.db');
  const store = openStore(file);
  if (options.migrate !== false) await migrate(store);
  return {
    store,
    file,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Turns from `[speaker letter, text]` pairs, three seconds each. */
export function buildTurns(lines: ReadonlyArray<readonly ['A' | 'C', string]>): Turn[] {
  return lines.map(([who, text], index) => ({
    speaker: who === 'A' ? 'agent' : 'customer',
    startMs: index * 3000,
    endMs: index * 3000 + 2500,
    text,
  }));
}

export function buildCall(overrides: Partial<Call> & { id: string }): Call {
  return {
    agentId: 'a001',
    team: '投诉组',
    queue: '8001',
    startedAt: '2024-03-01T09:30:00+08:00',
    language: 'zh',
    hangupBy: 'customer',
    turns: buildTurns([
      ['A', '您好，很高兴为您服务'],
      ['C', '我要退款'],
      ['A', '好的，请稍等'],
    ]),
    ...overrides,
  };
}

/** Every row of every table, to show that an operation changed nothing. */
export function dumpTables(store: Store): Record<string, unknown[]> {
  const tables = [
    'calls',
    'transcripts',
    'agents',
    'teams',
    'queues',
    'evaluations',
    'check_results',
    'queue_event_sets',
    'queue_calls',
    'surveys',
  ];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables)
    dump[table] = store.sqlite.prepare(`select * from ${table} order by 1, 2`).all();
  dump.turn_search = store.sqlite
    .prepare('select rowid from turn_search where turn_search match \'"好的"\'')
    .all();
  return dump;
}
