import { distinctCjkBigrams } from '@callqa/core';
import { type Kysely, sql } from 'kysely';
import { createTranscriptIndex } from '../sqlite/transcript-index.js';
import { identity, identityType, isSqlite } from './dialect.js';

const BATCH = 500;

type TurnRow = {
  call_id: string;
  speaker: string;
  start_ms: number;
  end_ms: number;
  text: string;
  extra: string | null;
};
type CheckRow = {
  evaluation_id: number;
  check_id: string;
  result: string;
  deducted: number;
  severity: string;
  evidence: string;
};

/**
 * A call's turns become one JSON row (sixty rows a call made the import write-bound), an
 * evaluation keeps all its check outcomes as JSON with rows only for the checks that did not pass
 * (what reports count), and the search index is rebuilt without positions over the new rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('transcripts')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('call_id', 'text', (c) => c.notNull().unique().references('calls.id').onDelete('cascade'))
    .addColumn('turns', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('evaluations')
    .addColumn('checks', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  const sqlite = isSqlite(db);
  if (sqlite) await sql`drop table turn_search`.execute(db);
  if (sqlite) await createTranscriptIndex.execute(db);
  await moveTurns(db, sqlite);
  await moveChecks(db);
  await db.schema.dropTable('turns').execute();
}

async function moveTurns(db: Kysely<unknown>, sqlite: boolean): Promise<void> {
  let after = '';
  for (;;) {
    const ids = (
      await sql<{ id: string }>`select id from calls where id > ${after} order by id limit ${BATCH}`.execute(
        db,
      )
    ).rows.map((row) => row.id);
    const last = ids[ids.length - 1];
    if (last === undefined) return;
    const turns = (
      await sql<TurnRow>`select call_id, speaker, start_ms, end_ms, text, extra from turns
        where call_id >= ${ids[0]} and call_id <= ${last} order by call_id, idx`.execute(db)
    ).rows;
    const byCall = new Map<string, object[]>();
    for (const row of turns) {
      const turn = {
        speaker: row.speaker,
        startMs: Number(row.start_ms),
        endMs: Number(row.end_ms),
        text: row.text,
        ...(row.extra ? (JSON.parse(row.extra) as object) : {}),
      };
      const list = byCall.get(row.call_id);
      if (list) list.push(turn);
      else byCall.set(row.call_id, [turn]);
    }
    for (const id of ids) {
      const list = (byCall.get(id) ?? []) as Array<{ text: string }>;
      const inserted = await sql<{ id: number }>`insert into transcripts (call_id, turns)
        values (${id}, ${JSON.stringify(list)}) returning id`.execute(db);
      const transcriptId = inserted.rows[0]?.id;
      const tokens = distinctCjkBigrams(list.map((turn) => turn.text));
      if (sqlite && transcriptId !== undefined && tokens.length > 0) {
        await sql`insert into turn_search (rowid, tokens) values (${transcriptId}, ${tokens})`.execute(db);
      }
    }
    after = last;
  }
}

async function moveChecks(db: Kysely<unknown>): Promise<void> {
  let after = 0;
  for (;;) {
    const ids = (
      await sql<{
        id: number;
      }>`select id from evaluations where id > ${after} order by id limit ${BATCH}`.execute(db)
    ).rows.map((row) => Number(row.id));
    const last = ids[ids.length - 1];
    if (last === undefined) break;
    const checks = (
      await sql<CheckRow>`select * from check_results where evaluation_id >= ${ids[0]}
        and evaluation_id <= ${last} order by evaluation_id, check_id`.execute(db)
    ).rows;
    const byEvaluation = new Map<number, object[]>();
    for (const row of checks) {
      const check = {
        check: row.check_id,
        result: row.result,
        deducted: Number(row.deducted),
        severity: row.severity,
        evidence: JSON.parse(row.evidence) as unknown,
      };
      const id = Number(row.evaluation_id);
      const list = byEvaluation.get(id);
      if (list) list.push(check);
      else byEvaluation.set(id, [check]);
    }
    for (const [id, list] of byEvaluation) {
      await sql`update evaluations set checks = ${JSON.stringify(list)} where id = ${id}`.execute(db);
    }
    after = last;
  }
  await sql`delete from check_results where result = 'pass'`.execute(db);
}
