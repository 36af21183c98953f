import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { collect, fixture } from '../../test-support/fixtures.js';
import { CsvMappingError, parseCsvMapping } from './csv-mapping.js';
import { loadCsvMapping, parseCsvMappingText } from './load-csv-mapping.js';
import { readMappedCsv } from './read-mapped-csv.js';

const at = (iso: string) => Date.parse(iso);
const mappingFile = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/mapped/${name}`, import.meta.url));

describe('readMappedCsv', () => {
  test('a Chinese call-record export with a YAML mapping', async () => {
    const mapping = await loadCsvMapping(mappingFile('call-records.mapping.yaml'));
    const { records, errors, skipped } = await collect(
      readMappedCsv(fixture('mapped/call-records.csv'), mapping),
    );
    expect(records.map((c) => c.callId)).toEqual(['A-0001', 'A-0002', 'A-0003', 'A-0004', 'A-0009']);
    expect(records[0]).toEqual({
      callId: 'A-0001',
      queue: '售后',
      enteredAt: at('2024-03-01T01:00:05Z'),
      outcome: 'answered',
      waitSec: 12,
      answeredAt: at('2024-03-01T01:00:17Z'),
      endedAt: at('2024-03-01T01:04:17Z'),
      agent: '王芳',
      talkSec: 240,
      caller: '13800000011',
      transferred: false,
      ringNoAnswer: 0,
    });
    expect(records[1]).toMatchObject({ outcome: 'abandoned', waitSec: 45 });
    expect(records[1]?.agent).toBeUndefined();
    expect(records[2]).toMatchObject({ outcome: 'timeout', waitSec: 120, queue: '售前' });
    expect(records[3]).toMatchObject({ waitSec: 20, talkSec: 120, agent: '李雷' });
    expect(errors).toEqual([
      { line: 7, field: 'enteredAt', message: "not a time in YYYY/MM/DD HH:mm:ss: '2024/02/30 10:00:00'" },
      { line: 8, field: 'outcome', message: "unknown value '转接中': map it under outcomes" },
      { line: 9, field: 'callId', message: 'missing' },
    ]);
    expect(skipped).toEqual({ 'outcome 测试': 1 });
  });

  test('a tab-separated report with date and time columns, durations as clock times, DST', async () => {
    const mapping = await loadCsvMapping(mappingFile('acd-report.mapping.json'));
    const { records, errors } = await collect(readMappedCsv(fixture('mapped/acd-report.tsv'), mapping));
    expect(errors).toEqual([]);
    expect(
      records.map((c) => [c.callId, c.enteredAt, c.outcome, c.waitSec, c.talkSec, c.answeredAt]),
    ).toEqual([
      ['1', at('2024-03-10T06:59:00Z'), 'answered', 30, 185, at('2024-03-10T06:59:30Z')],
      ['2', at('2024-03-10T07:01:00Z'), 'abandoned', 45, undefined, undefined],
      ['3', at('2024-03-11T03:59:40Z'), 'answered', 35, 60, at('2024-03-11T04:00:15Z')],
    ]);
    expect(records[1]?.endedAt).toBe(at('2024-03-10T07:01:45Z'));
  });

  test('options instead of a document; no outcome column: answered when answered; ids from content', async () => {
    const mapping = parseCsvMapping({
      columns: { enteredAt: 'start', answeredAt: 'answer', endedAt: 'end' },
      timeFormat: 'epoch-s',
    });
    const csv = 'start,answer,end\n1709254800,1709254810,1709254900\n1709254800,,1709254830\n';
    const once = await collect(readMappedCsv(Readable.from([csv]), mapping));
    expect(once.records.map((c) => [c.queue, c.outcome, c.waitSec, c.talkSec])).toEqual([
      ['default', 'answered', 10, 90],
      ['default', 'abandoned', 30, undefined],
    ]);
    const again = await collect(readMappedCsv(Readable.from([csv]), mapping));
    expect(again.records.map((c) => c.callId)).toEqual(once.records.map((c) => c.callId));
    expect(once.records[0]?.callId).not.toBe(once.records[1]?.callId);
  });

  test('a header without a mapped column is one error per missing column', async () => {
    const mapping = parseCsvMapping({
      columns: { callId: ['line', 'id'], enteredAt: 'start', agent: 'who' },
    });
    const { records, errors } = await collect(
      readMappedCsv(Readable.from(['id,start\n1,2024-01-01 00:00\n']), mapping),
    );
    expect(records).toEqual([]);
    expect(errors).toEqual([
      { line: 1, field: 'columns.callId', message: "no column 'line' in the header" },
      { line: 1, field: 'columns.agent', message: "no column 'who' in the header" },
    ]);
  });
});

describe('mapping validation', () => {
  test('reports every problem with its path', () => {
    const bad = {
      delimiter: 'tabs',
      timeZone: 'Asia/Beijing',
      columns: { callId: [], answeredAt: { column: 'x', absent: 'none' } },
      outcomes: { AGENT: 'served' },
    };
    try {
      parseCsvMapping(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvMappingError);
      const fields = (error as CsvMappingError).issues.map((i) => i.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'delimiter',
          'timeZone',
          'columns.enteredAt',
          'columns.answeredAt',
          'outcomes.AGENT',
        ]),
      );
      expect((error as CsvMappingError).message).toContain('timeZone: an IANA time zone');
      expect((error as CsvMappingError).message).toContain('outcomes.AGENT: one of answered, abandoned');
    }
  });

  test('unknown keys and YAML syntax errors are named', () => {
    expect(() => parseCsvMapping({ columns: { enteredAt: 'a', calledId: 'b' } })).toThrow(/columns/);
    expect(() => parseCsvMappingText('columns: [')).toThrow(CsvMappingError);
    expect(() => parseCsvMapping({ columns: { enteredAt: 'a' }, outcomes: { X: 'skip' } })).toThrow(
      'outcomes: needs columns.outcome',
    );
  });
});
