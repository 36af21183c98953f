import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { BIN, REPO, runCli } from '../test-support/run-cli.js';

const fixtures = join(REPO, 'packages/ingest/fixtures');
const freshDb = () => join(mkdtempSync(join(tmpdir(), 'callqa-import-')), 'callqa.db');
const count = (db: string, sql: string) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return Object.values(sqlite.prepare(sql).get() as Record<string, number>)[0] ?? 0;
  } finally {
    sqlite.close();
  }
};

describe('callqa import, on a real SQLite file', () => {
  const cases: Array<{ kind: string; file: string; args?: string[]; table: string }> = [
    { kind: 'transcripts', file: 'eval/devset/zh.calls.jsonl', table: 'calls' },
    { kind: 'queue-log', file: `${fixtures}/asterisk/queue_log`, table: 'queue_event_sets' },
    { kind: 'queue-log', file: `${fixtures}/asterisk/queue_log_table.csv`, table: 'queue_event_sets' },
    { kind: 'cdr', file: `${fixtures}/asterisk/Master.csv`, table: 'queue_calls' },
    { kind: 'freeswitch', file: `${fixtures}/freeswitch/cdr.csv`, table: 'queue_calls' },
    { kind: 'freeswitch', file: `${fixtures}/freeswitch/cdrs.jsonl`, table: 'queue_calls' },
    {
      kind: 'csv',
      file: `${fixtures}/mapped/call-records.csv`,
      args: ['--mapping', `${fixtures}/mapped/call-records.mapping.yaml`],
      table: 'queue_calls',
    },
    { kind: 'survey', file: `${fixtures}/surveys/surveys.csv`, table: 'surveys' },
  ];

  test.each(cases)(
    '$kind $file imports once, and a second run stores nothing twice',
    ({ kind, file, args = [], table }) => {
      const db = freshDb();
      const first = runCli(['import', kind, file, '--db', db, '--lang', 'en', ...args]);
      expect(first.stdout).toMatch(/rows read, \d+ imported/);
      const stored = count(db, `select count(*) from ${table}`);
      expect(stored).toBeGreaterThan(0);
      const second = runCli(['import', kind, file, '--db', db, '--lang', 'en', ...args]);
      expect(second.stdout).toMatch(/ 0 imported/);
      expect(count(db, `select count(*) from ${table}`)).toBe(stored);
      const runs = count(db, 'select count(*) from import_runs');
      expect(runs).toBe(2);
    },
  );

  test('worker threads store exactly what a single thread stores, a log cut in two files included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-threads-'));
    const lines = readFileSync(`${fixtures}/asterisk/queue_log`, 'utf8').trimEnd().split('\n');
    const half = Math.floor(lines.length / 2);
    // A bad line and a repeated one: rejected and skipped the same way on every thread.
    const first = [...lines.slice(0, half), 'not|a|queue_log|line', lines[1] ?? ''];
    writeFileSync(join(dir, 'queue_log.1'), `${first.join('\n')}\n`);
    writeFileSync(join(dir, 'queue_log'), `${lines.slice(half).join('\n')}\n`);
    const dump = (db: string) => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return [
          'select * from queue_calls order by call_id, queue, entered_at',
          'select * from queue_hour_sums order by hour_start, queue, agent',
          'select call_id, part, first_at, last_at, event_count from queue_event_sets order by call_id, part',
          'select id, agent_id, team, queue, started_at, duration_ms from calls order by id',
          'select t.call_id, t.turns from transcripts t order by t.call_id',
          'select call_id, score, passed, fatal_failed, checks from evaluations order by call_id',
          'select e.call_id, c.check_id, c.result, c.evidence from check_results c join evaluations e on e.id = c.evaluation_id order by 1, 2',
          'select kind, status, rows_read, imported, duplicates, rejected, errors from import_runs order by id',
        ].map((sql) => sqlite.prepare(sql).all());
      } finally {
        sqlite.close();
      }
    };
    const run = (workers: string) => {
      const db = join(dir, `w${workers}.db`);
      for (const part of ['queue_log.1', 'queue_log']) {
        runCli(['import', 'queue-log', join(dir, part), '--db', db, '--workers', workers]);
      }
      runCli(['import', 'transcripts', 'eval/devset/zh.calls.jsonl', '--db', db, '--workers', workers]);
      return dump(db);
    };
    const single = run('0');
    expect(single[0]?.length).toBeGreaterThan(0);
    expect(single[7]?.[0]).toMatchObject({ rejected: 1, duplicates: 1 });
    expect(single[3]?.length).toBeGreaterThan(0);
    expect(run('1')).toEqual(single);
    expect(run('2')).toEqual(single);
  });

  test('a transcript import tells the QA managers of fatal hits, in the app and through subscribed webhooks', () => {
    const db = freshDb();
    runCli(['migrate', '--db', db]);
    const sqlite = new Database(db);
    sqlite
      .prepare(
        `insert into users (username, display_name, role, password_hash, created_at, updated_at)
         values ('qa', 'QA', 'qa_manager', 'x', 0, 0)`,
      )
      .run();
    sqlite
      .prepare(
        `insert into webhooks (event, url, secret, created_at) values ('evaluation.fatal', 'http://127.0.0.1:9/', 's', 0)`,
      )
      .run();
    sqlite.close();
    const result = runCli([
      'import',
      'transcripts',
      'eval/devset/zh.calls.jsonl',
      '--db',
      db,
      '--lang',
      'en',
    ]);
    const fatal = count(db, 'select count(*) from evaluations where fatal_failed = 1');
    expect(fatal).toBeGreaterThan(0);
    expect(result.stdout).toContain(`${fatal} calls failed a fatal item`);
    expect(count(db, "select count(*) from notifications where kind = 'evaluation.fatal'")).toBe(1);
    expect(count(db, "select count(*) from webhook_deliveries where event = 'evaluation.fatal'")).toBe(1);
  });

  test('a bad row is reported as FILE:LINE: field: message, kept in the run record, and the good rows are imported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-bad-'));
    const file = join(dir, 'calls.jsonl');
    const good = (id: string) =>
      JSON.stringify({
        id,
        language: 'zh',
        turns: [{ speaker: 'agent', startMs: 0, endMs: 2000, text: '您好,请问有什么可以帮您?' }],
      });
    writeFileSync(
      file,
      `${good('g1')}\n{"id":"b1","turns":[{"speaker":"robot","startMs":0,"endMs":1,"text":"x"}]}\n{oops\n${good('g2')}\n`,
    );
    const db = freshDb();
    const result = runCli(['import', 'transcripts', file, '--db', db, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2: turns[0].speaker:`);
    expect(result.stderr).toContain(`${file}:3: (json):`);
    expect(result.stdout).toContain('4 rows read, 2 imported, 0 skipped as duplicates, 2 rejected');
    expect(count(db, 'select count(*) from calls')).toBe(2);
    expect(count(db, 'select count(*) from evaluations')).toBe(2);
    const sqlite = new Database(db, { readonly: true });
    const run = sqlite.prepare('select rejected, errors from import_runs').get() as {
      rejected: number;
      errors: string;
    };
    sqlite.close();
    expect(run.rejected).toBe(2);
    expect(JSON.parse(run.errors)).toHaveLength(2);
  });

  test('a killed import leaves only whole calls, and running it again completes it without duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-kill-'));
    const db = join(dir, 'callqa.db');
    runCli(['seed', '--scenario', 'demo', '--days', '2', '--db', join(dir, 'seed.db'), '--out', dir]);
    const file = join(dir, 'calls.jsonl');
    const total = count(join(dir, 'seed.db'), 'select count(*) from calls');
    const migrated = runCli(['migrate', '--db', db]);
    expect(migrated.stdout).toContain('applied 0001-initial');
    expect(runCli(['migrate', '--db', db]).stdout).toContain('up to date');
    const child = spawn(process.execPath, [BIN, 'import', 'transcripts', file, '--db', db], {
      stdio: 'ignore',
    });
    // Kill it in the middle of the import, once some batches are committed.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (count(db, 'select count(*) from calls') > 0) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = count(db, 'select count(*) from calls');
    expect(partial).toBeLessThan(total);
    // Every stored call has its transcript and its evaluation: no half-written call.
    expect(
      count(
        db,
        'select count(*) from calls c where not exists (select 1 from transcripts t where t.call_id = c.id)',
      ),
    ).toBe(0);
    expect(
      count(
        db,
        'select count(*) from calls c where not exists (select 1 from evaluations e where e.call_id = c.id)',
      ),
    ).toBe(0);
    const again = runCli(['import', 'transcripts', file, '--db', db, '--lang', 'en']);
    expect(again.stdout).toContain(`${total - partial} imported, ${partial} skipped as duplicates`);
    expect(count(db, 'select count(*) from calls')).toBe(total);
    expect(count(db, 'select count(*) from evaluations')).toBe(total);
    expect(count(db, 'select count(*) from transcripts')).toBe(total);
  }, 60_000);
});

describe('callqa kpi --format json', () => {
  test('prints rows and a total with the names scripts rely on', () => {
    const db = freshDb();
    runCli(['import', 'queue-log', `${fixtures}/asterisk/queue_log`, '--db', db]);
    const result = runCli(['kpi', '--db', db, '--by', 'queue', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const row of [...report.rows, report.total]) {
      for (const key of [
        'entered',
        'answered',
        'abandoned',
        'timedOut',
        'noOutcome',
        'transferred',
        'asaSec',
        'ahtSec',
        'abandonRate',
      ])
        expect(row).toHaveProperty(key);
      expect(Object.keys(row.serviceLevel)).toEqual(['20', '30']);
      expect(row.serviceLevel['20']).toHaveProperty('overOffered');
      expect(row.serviceLevel['20']).toHaveProperty('overAnswered');
    }
    expect(report.rows[0].key).toHaveProperty('queue');
    expect(report.definitions.abandonRate).toBeTruthy();
  });

  test("by agent, adds each agent's logged-in and paused time, occupancy and calls per hour", () => {
    const db = freshDb();
    runCli(['import', 'queue-log', `${fixtures}/asterisk/queue_log`, '--db', db]);
    const report = JSON.parse(runCli(['kpi', '--db', db, '--by', 'agent', '--format', 'json']).stdout);
    const row = report.rows.find((r: { key: { agent: string } }) => r.key.agent === 'PJSIP/801');
    // Member of two queues from 5 s until the restart at 1,600 s, again from 1,610 s to the log's last
    // event at 2,100 s; paused everywhere (PAUSEALL) from 1,000 to 1,300 s; a PAUSE in one queue only is no pause.
    expect(row.loggedInSec).toBe(1595 + 490);
    expect(row.pausedSec).toBe(300);
    expect(row.callsPerAgentHour).toBeCloseTo(row.answered / (2085 / 3600), 6);
    expect(row.occupancy).toBeGreaterThan(0);
    expect(row.occupancy).toBeLessThan(1);
    expect(report.total.loggedInSec).toBeGreaterThan(row.loggedInSec);
    expect(report.definitions.occupancy).toContain('loggedInSec');
    const byQueue = JSON.parse(runCli(['kpi', '--db', db, '--by', 'queue', '--format', 'json']).stdout);
    expect(byQueue.rows[0]).not.toHaveProperty('occupancy');
  });

  test('names a bad date or dimension', () => {
    const db = freshDb();
    expect(runCli(['kpi', '--db', db, '--from', '2025-02-30']).stderr).toContain(
      '--from: no such date "2025-02-30"',
    );
    expect(runCli(['kpi', '--db', db, '--by', 'year']).stderr).toContain('--by must be among');
  });

  // The PBXware log has no licence and real callers' numbers: it stays outside the repository, and
  // this check runs only where ../shared/data exists.
  const pbxware = join(REPO, '../shared/data/pbxware-2018-queue-log/queue_log');
  test.skipIf(!existsSync(pbxware))(
    'gives the PBXware parity figures end to end (import, store, kpi)',
    () => {
      const db = freshDb();
      runCli(['import', 'queue-log', pbxware, '--db', db]);
      const total = JSON.parse(runCli(['kpi', '--db', db, '--format', 'json', '--sl', '30']).stdout).total;
      expect([
        total.entered,
        total.answered,
        total.abandoned,
        total.timedOut,
        total.noOutcome,
        total.transferred,
      ]).toEqual([108, 93, 12, 1, 2, 2]);
      expect(total.asaSec.toFixed(2)).toBe('38.70');
      expect((total.serviceLevel['30'].overAnswered * 100).toFixed(2)).toBe('68.82');
      expect((total.serviceLevel['30'].overOffered * 100).toFixed(2)).toBe('60.38');
      expect((total.abandonRate * 100).toFixed(2)).toBe('11.32');
    },
  );
});

test('hourly totals give the same report as the visits, by team and day and by agent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-sums-'));
  const db = join(dir, 'callqa.db');
  runCli(['seed', '--scenario', 'demo', '--days', '2', '--db', db, '--out', dir]);
  const period = ['--from', '2025-03-01', '--to', '2025-03-02'];
  for (const by of [
    ['team,day'],
    ['agent'],
    ['queue,hour'],
    ['day'],
    ['team,day', ...period],
    ['queue', ...period],
  ]) {
    const fast = runCli(['kpi', '--db', db, '--by', ...by, '--format', 'json', '--sl', '20,30,60']);
    const exact = runCli([
      'kpi',
      '--db',
      db,
      '--by',
      ...by,
      '--format',
      'json',
      '--sl',
      '20,30,60',
      '--exact',
    ]);
    const round = (text: string) =>
      JSON.parse(text, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));
    expect(round(fast.stdout).rows.length).toBeGreaterThan(1);
    expect(round(fast.stdout)).toEqual(round(exact.stdout));
  }
}, 30_000);

describe('callqa reinspect', () => {
  test('stores new evaluations beside the old ones and reports what a stricter scorecard changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-re-'));
    const db = join(dir, 'callqa.db');
    runCli(['import', 'transcripts', 'eval/devset/zh.calls.jsonl', '--db', db]);
    const before = count(db, 'select count(*) from evaluations');
    const strict = JSON.parse(runCli(['scorecard', 'show', 'default-zh']).stdout);
    strict.version = `${strict.version}-strict`;
    strict.passScore = 95;
    const file = join(dir, 'strict.json');
    writeFileSync(file, JSON.stringify(strict));
    const result = runCli(['reinspect', '--scorecard', file, '--db', db, '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.calls).toBe(156);
    expect(diff.flipped.length).toBeGreaterThan(0);
    expect(diff.flipped.every((f: { passedAfter: boolean }) => !f.passedAfter)).toBe(true);
    expect(count(db, 'select count(*) from evaluations')).toBe(before + 156);
  });
});
