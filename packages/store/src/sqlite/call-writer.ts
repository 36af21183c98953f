/**
 * SQLite only: the import's hot path. Prepared statements run inside one better-sqlite3
 * transaction per batch, so a batch is all stored or not at all, at the speed of plain inserts.
 */
import { type Call, type Evaluation, toCjkBigrams } from '@callqa/core';
import type BetterSqlite3 from 'better-sqlite3';
import { callToRow, TURN_FIELDS } from '../mappers/call-row.js';
import { writeExtra } from '../mappers/values.js';
import { evaluationWriter } from './evaluation-writer.js';
import { insertTranscriptTokens } from './transcript-index.js';

export type CallItem = { call: Call; evaluation?: Evaluation };
export type SaveCallsOptions = { importRunId?: number; run?: string };
export type SaveCallsResult = { inserted: number; duplicates: number };

type CallWriter = (items: readonly CallItem[], options: SaveCallsOptions) => SaveCallsResult;

const writers = new WeakMap<BetterSqlite3.Database, CallWriter>();

export function callWriter(sqlite: BetterSqlite3.Database): CallWriter {
  const known = writers.get(sqlite);
  if (known) return known;
  // ON CONFLICT DO NOTHING makes "already stored" a count of changes, without a read first.
  const insertCall = sqlite.prepare(
    `insert into calls (id, agent_id, team, queue, started_at, started_at_iso, language, hangup_by,
       duration_ms, extra, imported_at, import_run_id)
     values (@id, @agent_id, @team, @queue, @started_at, @started_at_iso, @language, @hangup_by,
       @duration_ms, @extra, @imported_at, @import_run_id)
     on conflict (id) do nothing`,
  );
  const insertTurn = sqlite.prepare(
    // Positional, without a row object per turn: 60 turns a call make this the hottest statement.
    'insert into turns (call_id, idx, speaker, start_ms, end_ms, text, extra) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertTokens = insertTranscriptTokens(sqlite);
  const insertAgent = sqlite.prepare(
    'insert into agents (id, name, team) values (?, ?, ?) on conflict (id) do nothing',
  );
  const insertTeam = sqlite.prepare('insert into teams (id, name) values (?, ?) on conflict (id) do nothing');
  const insertQueue = sqlite.prepare(
    'insert into queues (id, name) values (?, ?) on conflict (id) do nothing',
  );
  const writeEvaluation = evaluationWriter(sqlite);

  const writeBatch = sqlite.transaction((items: readonly CallItem[], options: SaveCallsOptions) => {
    const importedAt = Date.now();
    const importRunId = options.importRunId ?? null;
    const run = options.run ?? null;
    // Most calls of a batch share a few agents, teams and queues: insert each once per batch.
    const seen = new Set<string>();
    let inserted = 0;
    for (const { call, evaluation } of items) {
      if (insertCall.run(callToRow(call, importedAt, importRunId)).changes === 0) continue;
      inserted++;
      const turns = call.turns;
      let firstTurnId: number | bigint | undefined;
      let tokens = '';
      for (let idx = 0; idx < turns.length; idx++) {
        const turn = turns[idx];
        if (!turn) continue;
        const turnId = insertTurn.run(
          call.id,
          idx,
          turn.speaker,
          turn.startMs,
          turn.endMs,
          turn.text,
          writeExtra(turn, TURN_FIELDS),
        ).lastInsertRowid;
        firstTurnId ??= turnId;
        const turnTokens = toCjkBigrams(turn.text);
        if (turnTokens.length > 0) tokens = tokens.length === 0 ? turnTokens : `${tokens} ${turnTokens}`;
      }
      if (firstTurnId !== undefined) insertTokens(firstTurnId, tokens);
      if (call.team !== undefined && !seen.has(`t:${call.team}`)) {
        seen.add(`t:${call.team}`);
        insertTeam.run(call.team, call.team);
      }
      if (call.queue !== undefined && !seen.has(`q:${call.queue}`)) {
        seen.add(`q:${call.queue}`);
        insertQueue.run(call.queue, call.queue);
      }
      if (call.agentId !== undefined && !seen.has(`a:${call.agentId}`)) {
        seen.add(`a:${call.agentId}`);
        insertAgent.run(call.agentId, call.agentId, call.team ?? null);
      }
      if (evaluation) {
        if (evaluation.callId !== call.id) {
          throw new Error(`evaluation of call ${evaluation.callId} given with call ${call.id}`);
        }
        writeEvaluation(evaluation, importedAt, run);
      }
    }
    return { inserted, duplicates: items.length - inserted };
  });
  const writer: CallWriter = (items, options) => writeBatch(items, options);
  writers.set(sqlite, writer);
  return writer;
}
