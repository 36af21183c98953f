import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { collect, fixture, hasSharedData, sharedData } from '../../test-support/fixtures.js';
import { readAsteriskCdr } from './read-asterisk-cdr.js';

const at = (iso: string) => Date.parse(iso);

describe('readAsteriskCdr: Master.csv', () => {
  test('reads 21-column rows in the PBX zone, reporting bad rows and keeping the good ones', async () => {
    const { records, errors } = await collect(
      readAsteriskCdr(fixture('asterisk/Master.csv'), { timeZone: 'Asia/Shanghai' }),
    );
    expect(records).toHaveLength(6);
    expect(records[1]).toMatchObject({
      key: '1709254800.16#33',
      uniqueid: '1709254800.16',
      linkedid: '1709254800.16',
      sequence: 33,
      src: '13800000001',
      clid: '"张三, 客户" <13800000001>',
      dstChannel: 'PJSIP/8002-00000012',
      lastApp: 'Queue',
      lastData: 'sales,,,,60',
      start: at('2024-03-01T01:00:17Z'),
      answer: at('2024-03-01T01:00:25Z'),
      end: at('2024-03-01T01:03:25Z'),
      durationSec: 188,
      billSec: 180,
      disposition: 'ANSWERED',
      amaFlags: 'DOCUMENTATION',
    });
    expect(records[2]?.answer).toBeUndefined();
    expect(records[5]?.clid).toBe('"Night\ncaller" <13300000007>');
    expect(records[5]?.end).toBe(at('2024-03-01T16:01:05Z'));
    expect(errors).toEqual([
      { line: 6, field: 'start', message: "not a date-time: '2024-02-30 09:30:00'" },
      { line: 7, field: 'disposition', message: "unknown disposition 'HUNG UP'" },
      { line: 8, field: 'row', message: '10 fields: Master.csv rows have 16, 17, 18 or 21' },
    ]);
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
  });

  test('reads 18-column rows (older Asterisk) with keys that do not depend on the line', async () => {
    const once = await collect(readAsteriskCdr(fixture('asterisk/master-18-columns.csv')));
    expect(once.errors).toEqual([]);
    expect(once.records.map((r) => [r.uniqueid, r.userField, r.sequence])).toEqual([
      ['1338544800.1', undefined, undefined],
      ['1338545100.3', 'vip', undefined],
    ]);
    const text = (await import('node:fs')).readFileSync(
      new URL('../../../fixtures/asterisk/master-18-columns.csv', import.meta.url),
      'utf8',
    );
    const reversed = text.trim().split('\n').reverse().join('\n');
    const again = await collect(readAsteriskCdr(Readable.from([reversed])));
    expect(again.records.map((r) => r.key).sort()).toEqual(once.records.map((r) => r.key).sort());
  });

  test('yields one batch per chunk read', async () => {
    const row =
      '"","1","2","c","","A-1","B-1","Dial","x","2024-01-01 00:00:00","","2024-01-01 00:00:01","1","0","NO ANSWER","3","u.1",""\n';
    const input = Readable.from([row, row.replace('u.1', 'u.2'), row.replace('u.1', 'u.3')]);
    const { batches, records } = await collect(readAsteriskCdr(input));
    expect(records).toHaveLength(3);
    expect(batches).toBe(3);
  });
});

describe('readAsteriskCdr: table export with a header', () => {
  test('detects the header, reads calldate in New York across the DST change, keeps vendor columns', async () => {
    const { records, errors } = await collect(
      readAsteriskCdr(fixture('asterisk/cdr-table.csv'), { timeZone: 'America/New_York' }),
    );
    expect(errors).toEqual([{ line: 5, field: 'start', message: "not a date-time: 'yesterday'" }]);
    expect(records).toHaveLength(3);
    const [first, second] = records;
    // uniqueid embeds the PBX's epoch: local calldate converted right must agree with it.
    for (const r of records) expect(r.start / 1000).toBe(Math.floor(Number(r.uniqueid)));
    expect(first).toMatchObject({
      key: '1710053970.1#1',
      context: 'default',
      dstChannel: 'Agent/1101',
      end: first ? first.start + 95_000 : 0,
      answer: first ? first.start + 15_000 : 0,
      extra: { acctid: '1001', billamount: '0.00', trunk: 'trunk1', did: '7000', sipcallid: 'abc@10.0.0.1' },
    });
    expect(first?.extra?.tenant).toBeUndefined();
    expect(second?.answer).toBeUndefined();
  });

  test.skipIf(!hasSharedData('malariapbx-asterisk-lab/cdr.csv'))(
    'reads the MalariaPBX lab cdr table',
    async () => {
      const { records, errors } = await collect(
        readAsteriskCdr(createReadStream(sharedData('malariapbx-asterisk-lab/cdr.csv'))),
      );
      expect(errors).toEqual([]);
      expect(records).toHaveLength(23);
      expect(new Set(records.map((r) => r.key)).size).toBe(23);
      expect(records[0]).toMatchObject({
        uniqueid: '1675555752.0',
        src: '200',
        lastApp: 'Queue',
        start: at('2023-02-05T00:09:12Z'),
        billSec: 13,
        disposition: 'ANSWERED',
      });
      for (const r of records)
        expect(Math.abs(r.start / 1000 - Number(r.uniqueid))).toBeLessThan(86_400 * 30);
    },
  );

  test.skipIf(!hasSharedData('pbxware-2018-queue-log/cdr.csv'))(
    'reads the PBXware export: calldate is US Eastern time, uniqueid agrees',
    async () => {
      const { records, errors } = await collect(
        readAsteriskCdr(createReadStream(sharedData('pbxware-2018-queue-log/cdr.csv')), {
          timeZone: 'America/New_York',
        }),
      );
      expect(errors).toEqual([]);
      expect(records).toHaveLength(1000);
      expect(new Set(records.map((r) => r.key)).size).toBe(1000);
      // A CDR starts when its channel is created (the uniqueid's epoch) or later, after a fork or
      // transfer: with the wrong zone every row would be hours off.
      const lags = records.map((r) => r.start / 1000 - Math.floor(Number(r.uniqueid)));
      expect(lags.filter((lag) => lag >= 0 && lag <= 1).length).toBeGreaterThan(700);
      expect(Math.min(...lags)).toBeGreaterThanOrEqual(0);
    },
  );
});
