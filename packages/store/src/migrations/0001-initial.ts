import { type Kysely, sql } from 'kysely';
import { identity, identityType } from './dialect.js';

/** Epoch milliseconds outgrow a 32-bit integer; SQLite reads `bigint` as INTEGER. */
const MS = 'bigint';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_runs')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('started_at', MS, (c) => c.notNull())
    .addColumn('finished_at', MS)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('queues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('hired_at', MS)
    .execute();

  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text')
    .addColumn('team', 'text')
    .addColumn('queue', 'text')
    .addColumn('started_at', MS)
    .addColumn('started_at_iso', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('hangup_by', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('extra', 'text')
    .addColumn('imported_at', MS, (c) => c.notNull())
    .addColumn('import_run_id', identityType(db), (c) => c.references('import_runs.id'))
    .execute();
  await db.schema.createIndex('calls_started_at').on('calls').column('started_at').execute();
  await db.schema
    .createIndex('calls_agent_started_at')
    .on('calls')
    .columns(['agent_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('turns')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('start_ms', 'integer', (c) => c.notNull())
    .addColumn('end_ms', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('extra', 'text')
    .addUniqueConstraint('turns_call_idx', ['call_id', 'idx'])
    .execute();

  await db.schema
    .createTable('queue_events')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('time', MS, (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('data1', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data2', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data3', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data4', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data5', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('queue_events_identity', [
      'call_id',
      'time',
      'event',
      'queue',
      'agent',
      'data1',
      'data2',
      'data3',
      'data4',
      'data5',
    ])
    .execute();
  await db.schema.createIndex('queue_events_time').on('queue_events').column('time').execute();

  await db.schema
    .createTable('queue_calls')
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('entered_at', MS, (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('wait_sec', 'double precision', (c) => c.notNull())
    .addColumn('answered_at', MS)
    .addColumn('ended_at', MS)
    .addColumn('agent', 'text')
    .addColumn('talk_sec', 'double precision')
    .addColumn('hold_sec', 'double precision')
    .addColumn('wrap_sec', 'double precision')
    .addColumn('caller', 'text')
    .addColumn('ended_by', 'text')
    .addColumn('transferred', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ring_no_answer', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('queue_calls_pk', ['call_id', 'queue', 'entered_at'])
    .execute();
  await db.schema.createIndex('queue_calls_entered_at').on('queue_calls').column('entered_at').execute();

  await db.schema
    .createTable('scorecards')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', MS, (c) => c.notNull())
    .addPrimaryKeyConstraint('scorecards_pk', ['id', 'version'])
    .execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('scorecard_id', 'text', (c) => c.notNull())
    .addColumn('scorecard_version', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('max_score', 'double precision', (c) => c.notNull())
    .addColumn('pass_score', 'double precision', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('fatal_failed', 'integer', (c) => c.notNull())
    .addColumn('class_a', 'integer', (c) => c.notNull())
    .addColumn('class_b', 'integer', (c) => c.notNull())
    .addColumn('class_c', 'integer', (c) => c.notNull())
    .addColumn('pending', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('run', 'text')
    .execute();
  await db.schema
    .createIndex('evaluations_call_scorecard')
    .on('evaluations')
    .columns(['call_id', 'scorecard_id', 'id'])
    .execute();

  // History is never overwritten: re-inspection adds rows, and readers want the newest of each.
  await db.schema
    .createView('latest_evaluations')
    .as(
      sql`select e.* from evaluations e where not exists (select 1 from evaluations newer
        where newer.call_id = e.call_id and newer.scorecard_id = e.scorecard_id and newer.id > e.id)`,
    )
    .execute();

  await db.schema
    .createTable('check_results')
    .addColumn('evaluation_id', identityType(db), (c) =>
      c.notNull().references('evaluations.id').onDelete('cascade'),
    )
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('deducted', 'double precision', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_results_pk', ['evaluation_id', 'check_id'])
    .execute();

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text')
    .addColumn('caller', 'text')
    .addColumn('answered_at', MS, (c) => c.notNull())
    .addColumn('csat', 'integer')
    .addColumn('nps', 'integer')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('surveys_answered_at').on('surveys').column('answered_at').execute();
  await db.schema.createIndex('surveys_call_id').on('surveys').column('call_id').execute();
}
