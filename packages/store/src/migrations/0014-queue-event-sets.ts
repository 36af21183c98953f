import { type Kysely, sql } from 'kysely';
import { isSqlite } from './dialect.js';

const MS = 'bigint';
const BATCH = 500;
const DAY_MS = 86_400_000;
/** The pseudo call ids of member and system events, as the importer knew them when this was written. */
const PSEUDO = ['NONE', 'MANAGER', 'REALTIME', ''];

type EventRow = {
  source: string;
  seq: number;
  time: number;
  call_id: string;
  queue: string;
  agent: string;
  event: string;
  data1: string;
  data2: string;
  data3: string;
  data4: string;
  data5: string;
};
type Stored = [number, string, string, string, string[], number, number | null];

/**
 * Queue-log events are kept as one row a call (and one a member's day for member events) instead of
 * one row each: a queue_log import wrote an index entry of ten columns per line, and was bound by it.
 * Everything is moved: each event keeps its time, queue, agent, event, data, line and import run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('queue_event_sets')
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('first_at', MS, (c) => c.notNull())
    .addColumn('last_at', MS, (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_event_sets_pk', ['call_id', 'part'])
    // SQLite: the rows live in the key's own tree, one tree to write per set instead of two.
    .$call((table) => (isSqlite(db) ? table.modifyEnd(sql`without rowid`) : table))
    .execute();
  const runs = (
    await sql<{ id: number; file: string }>`select id, file from import_runs
      where kind in ('queue-log', 'queue-log-table') order by id`.execute(db)
  ).rows;
  // Events were kept with the path of their file; the latest run of that file is its import run.
  const runOf = new Map(runs.map((r) => [r.file, Number(r.id)]));
  const stored = (row: EventRow): Stored => {
    const data = [row.data1, row.data2, row.data3, row.data4, row.data5];
    while (data.length > 0 && data[data.length - 1] === '') data.pop();
    const time = Number(row.time);
    return [time, row.queue, row.agent, row.event, data, Number(row.seq), runOf.get(row.source) ?? null];
  };
  await moveCalls(db, stored);
  for (const id of PSEUDO) await moveMemberEvents(db, id, stored);
  await db.schema.dropTable('queue_events').execute();
}

async function insertSet(db: Kysely<unknown>, callId: string, part: string, events: Stored[]): Promise<void> {
  events.sort((a, b) => a[0] - b[0] || a[5] - b[5]);
  const first = events[0]?.[0] ?? 0;
  const last = events[events.length - 1]?.[0] ?? 0;
  await sql`insert into queue_event_sets (call_id, part, first_at, last_at, event_count, events)
    values (${callId}, ${part}, ${first}, ${last}, ${events.length}, ${JSON.stringify(events)})`.execute(db);
}

async function moveCalls(db: Kysely<unknown>, stored: (row: EventRow) => Stored): Promise<void> {
  let after = '';
  for (;;) {
    const ids = (
      await sql<{ call_id: string }>`select distinct call_id from queue_events where call_id > ${after}
        order by call_id limit ${BATCH}`.execute(db)
    ).rows.map((row) => row.call_id);
    const last = ids[ids.length - 1];
    if (last === undefined) return;
    const rows = (
      await sql<EventRow>`select * from queue_events where call_id >= ${ids[0]} and call_id <= ${last}`.execute(
        db,
      )
    ).rows;
    const byCall = new Map<string, Stored[]>();
    for (const row of rows) {
      if (PSEUDO.includes(row.call_id)) continue;
      const list = byCall.get(row.call_id);
      if (list) list.push(stored(row));
      else byCall.set(row.call_id, [stored(row)]);
    }
    for (const [callId, events] of byCall) await insertSet(db, callId, '', events);
    after = last;
  }
}

/** A pseudo id's events, a UTC day at a time, one set per member and day. */
async function moveMemberEvents(
  db: Kysely<unknown>,
  callId: string,
  stored: (row: EventRow) => Stored,
): Promise<void> {
  const span = (
    await sql<{ first: number | null; last: number | null }>`select min(time) as first, max(time) as last
      from queue_events where call_id = ${callId}`.execute(db)
  ).rows[0];
  if (!span || span.first === null || span.last === null) return;
  for (let day = Math.floor(Number(span.first) / DAY_MS) * DAY_MS; day <= Number(span.last); day += DAY_MS) {
    const rows = (
      await sql<EventRow>`select * from queue_events where call_id = ${callId} and time >= ${day}
        and time < ${day + DAY_MS}`.execute(db)
    ).rows;
    const byAgent = new Map<string, Stored[]>();
    for (const row of rows) {
      const list = byAgent.get(row.agent);
      if (list) list.push(stored(row));
      else byAgent.set(row.agent, [stored(row)]);
    }
    const date = new Date(day).toISOString().slice(0, 10);
    for (const [agent, events] of byAgent) await insertSet(db, callId, `${agent}|${date}`, events);
  }
}
