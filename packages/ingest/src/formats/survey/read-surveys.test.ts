import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { collect, fixture } from '../../test-support/fixtures.js';
import { readSurveys } from './read-surveys.js';

const at = (iso: string) => Date.parse(iso);

describe('readSurveys', () => {
  test('English headers: scores validated, bad rows reported with their lines, good rows kept', async () => {
    const { records, errors } = await collect(
      readSurveys(fixture('surveys/surveys.csv'), { timeZone: 'Asia/Shanghai' }),
    );
    expect(records).toEqual([
      {
        id: 'S-1001',
        callId: '1709254800.16',
        caller: '13800000001',
        answeredAt: at('2024-03-01T01:05:00Z'),
        csat: 5,
        nps: 10,
        comment: 'Quick and friendly, thanks',
      },
      {
        id: 'S-1002',
        caller: '13900000002',
        answeredAt: at('2024-03-01T01:30:00Z'),
        csat: 2,
        nps: 3,
        comment: 'Waited too long.\nThen the line dropped.',
      },
      { id: 'S-1003', callId: '1709256000.23', answeredAt: at('2024-03-01T02:00:00Z'), csat: 4 },
      { id: 'S-1009', callId: '1709259600.35', answeredAt: at('2024-03-01T03:20:00Z'), csat: 4, nps: 8 },
    ]);
    expect(errors).toEqual([
      { line: 6, field: 'csat', message: "not a whole number 1–5: '6'" },
      { line: 7, field: 'nps', message: "not a whole number 0–10: '11'" },
      { line: 8, field: 'callId', message: 'missing: a survey needs a call id or a caller' },
      { line: 9, field: 'time', message: "not a date-time (auto): '2024-03-32 11:00:00'" },
      { line: 10, field: 'csat', message: 'no score: csat or nps' },
    ]);
  });

  test('Chinese headers are recognised; ids derived from the row are stable', async () => {
    const options = { timeZone: 'Asia/Shanghai' };
    const once = await collect(readSurveys(fixture('surveys/满意度回访.csv'), options));
    expect(once.records.map((r) => [r.callId, r.caller, r.csat, r.nps])).toEqual([
      [undefined, '13800000021', 1, 0],
      [undefined, '+86 138-0000-0022', 5, 9],
      ['a3f1c2d4-0004-4b7e-9c1a-0f2e3d4c5b6a', '13800000024', 4, undefined],
      [undefined, '13800000099', 3, undefined],
    ]);
    expect(once.records[0]?.comment).toBe('等了很久，坐席态度一般，"不会再打了"');
    expect(once.records[1]?.comment).toBe('问题解决了，谢谢！\n第二次来电很快');
    expect(once.errors).toEqual([{ line: 7, field: 'time', message: "not a date-time (auto): '昨天'" }]);
    const again = await collect(readSurveys(fixture('surveys/满意度回访.csv'), options));
    expect(again.records.map((r) => r.id)).toEqual(once.records.map((r) => r.id));
    expect(new Set(once.records.map((r) => r.id)).size).toBe(4);
  });

  test('configured header names, a time pattern, and a header lacking what it needs', async () => {
    const csv = 'ticket;phone;when;stars\nT1;555-0101;1/3/2024 9:05;5\n';
    const { records } = await collect(
      readSurveys(Readable.from([csv]), {
        columns: { callId: 'ticket', caller: 'phone', time: 'when', csat: 'stars' },
        timeFormat: 'D/M/YYYY H:mm',
        timeZone: 'Europe/London',
      }),
    );
    expect(records[0]).toMatchObject({
      callId: 'T1',
      caller: '555-0101',
      csat: 5,
      answeredAt: at('2024-03-01T09:05:00Z'),
    });
    const missing = await collect(readSurveys(Readable.from(['caller,time\n1,2024-01-01\n'])));
    expect(missing.errors).toEqual([
      { line: 1, field: 'csat', message: 'no score column (csat, nps, 满意度, 推荐度 …)' },
    ]);
    const wrong = await collect(
      readSurveys(Readable.from(['caller,time,csat\n']), { columns: { nps: 'NPS score' } }),
    );
    expect(wrong.errors).toEqual([{ line: 1, field: 'nps', message: "no column 'NPS score' in the header" }]);
  });
});
