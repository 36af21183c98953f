/**
 * SQLite only: the import's hot path. Prepared statements run inside one better-sqlite3
 * transaction per batch, so a batch is all stored or not at all, at the speed of plain inserts.
 * A call is four rows (call, transcript, search entry, evaluation) plus one per finding: what can
 * be computed beforehand was, by `prepareCall`, possibly on another thread.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { PreparedCall } from '../mappers/prepared-call.js';
import { evaluationWriter } from './evaluation-writer.js';
import { insertTranscriptTokens } from './transcript-index.js';

export type SaveCallsOptions = { importRunId?: number; run?: string };
export type SaveCallsResult = { inserted: number; duplicates: number };

type CallWriter = (items: readonly PreparedCall[], options: SaveCallsOptions) => SaveCallsResult;

const writers = new WeakMap<BetterSqlite3.Database, CallWriter>();

export function callWriter(sqlite: BetterSqlite3.Database): CallWriter {
  const known = writers.get(sqlite);
  if (known) return known;
  // ON CONFLICT DO NOTHING makes "already stored" a count of changes, without a read first.
  const insertCall = sqlite.prepare(
    `insert into calls (id, agent_id, team, queue, started_at, started_at_iso, language, hangup_by,
       duration_ms, extra, imported_at, import_run_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do nothing`,
  );
  const insertTranscript = sqlite.prepare('insert into transcripts (call_id, turns) values (?, ?)');
  const insertTokens = insertTranscriptTokens(sqlite);
  const insertAgent = sqlite.prepare(
    'insert into agents (id, name, team) values (?, ?, ?) on conflict (id) do nothing',
  );
  const insertTeam = sqlite.prepare('insert into teams (id, name) values (?, ?) on conflict (id) do nothing');
  const insertQueue = sqlite.prepare(
    'insert into queues (id, name) values (?, ?) on conflict (id) do nothing',
  );
  const writeEvaluation = evaluationWriter(sqlite);

  const writeBatch = sqlite.transaction((items: readonly PreparedCall[], options: SaveCallsOptions) => {
    const importedAt = Date.now();
    const importRunId = options.importRunId ?? null;
    const run = options.run ?? null;
    // Most calls of a batch share a few agents, teams and queues: insert each once per batch.
    const seen = new Set<string>();
    let inserted = 0;
    for (const { call, turns, tokens, evaluation } of items) {
      const inserting = insertCall.run(
        call.id,
        call.agent_id,
        call.team,
        call.queue,
        call.started_at,
        call.started_at_iso,
        call.language,
        call.hangup_by,
        call.duration_ms,
        call.extra,
        importedAt,
        importRunId,
      );
      if (inserting.changes === 0) continue;
      inserted++;
      const transcriptId = insertTranscript.run(call.id, turns).lastInsertRowid;
      if (tokens.length > 0) insertTokens(transcriptId, tokens);
      if (call.team !== null && !seen.has(`t:${call.team}`)) {
        seen.add(`t:${call.team}`);
        insertTeam.run(call.team, call.team);
      }
      if (call.queue !== null && !seen.has(`q:${call.queue}`)) {
        seen.add(`q:${call.queue}`);
        insertQueue.run(call.queue, call.queue);
      }
      if (call.agent_id !== null && !seen.has(`a:${call.agent_id}`)) {
        seen.add(`a:${call.agent_id}`);
        insertAgent.run(call.agent_id, call.agent_id, call.team);
      }
      if (evaluation) writeEvaluation(evaluation, importedAt, run);
    }
    return { inserted, duplicates: items.length - inserted };
  });
  const writer: CallWriter = (items, options) => writeBatch(items, options);
  writers.set(sqlite, writer);
  return writer;
}
