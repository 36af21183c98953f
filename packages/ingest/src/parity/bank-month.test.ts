import { createReadStream, existsSync } from 'node:fs';
import { type QueueCall, queueKpis } from '@callqa/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCsvMapping } from '../formats/mapped-csv/load-csv-mapping.js';
import { readMappedCsv } from '../formats/mapped-csv/read-mapped-csv.js';
import { collect, repoRoot } from '../test-support/fixtures.js';

// The "Anonymous Bank" February 1999 call log (Technion SEE lab, via mtpa/mtpa) has no licence:
// it stays outside the repository, beside the checkout, and this test runs only where it is.
const path = `${repoRoot}../shared/data/anonymous-bank-1999-02/data_anonymous_bank_february.txt`;
const mappingPath = `${repoRoot}packages/ingest/mappings/anonymous-bank.json`;

describe.skipIf(!existsSync(path))('parity: the Anonymous Bank, February 1999', () => {
  let read: Awaited<ReturnType<typeof collect<QueueCall>>>;
  beforeAll(async () => {
    read = await collect(readMappedCsv(createReadStream(path), await loadCsvMapping(mappingPath)));
  });

  test('reads every row with the committed mapping and reproduces the month figures', () => {
    const { records: calls, errors, skipped } = read;
    expect(errors).toEqual([]);
    expect(skipped).toEqual({ 'outcome PHANTOM': 278 });
    expect(new Set(calls.map((c) => c.callId)).size).toBe(calls.length);

    // Computed here from the visits, independent of the KPI module …
    const served = calls.filter((c) => c.outcome === 'answered');
    const abandoned = calls.filter((c) => c.outcome === 'abandoned');
    const mean = (xs: QueueCall[], f: (c: QueueCall) => number) =>
      xs.reduce((s, c) => s + f(c), 0) / xs.length;
    const offered = served.length + abandoned.length;
    expect(served.length).toBe(27_162);
    expect(abandoned.length).toBe(5_904);
    expect(calls.length).toBe(offered);
    expect(((100 * abandoned.length) / offered).toFixed(2)).toBe('17.86');
    expect(mean(served, (c) => c.waitSec).toFixed(2)).toBe('40.77');
    expect(mean(served, (c) => c.talkSec ?? Number.NaN).toFixed(2)).toBe('176.35');
    expect(((100 * served.filter((c) => c.waitSec <= 20).length) / offered).toFixed(2)).toBe('49.02');

    // … and through it.
    const kpis = queueKpis(calls, { thresholdsSec: [20] });
    expect(kpis.answered).toBe(27_162);
    expect(kpis.abandoned).toBe(5_904);
    expect(((kpis.abandonRate ?? 0) * 100).toFixed(2)).toBe('17.86');
    expect(kpis.asaSec?.toFixed(2)).toBe('40.77');
    expect(kpis.talkSec?.toFixed(2)).toBe('176.35');
    expect(((kpis.serviceLevel['20']?.overOffered ?? 0) * 100).toFixed(2)).toBe('49.02');
  });

  test('times are Israel local time, and calls past midnight land on the next day', () => {
    const calls = read.records;
    const first = calls[0];
    // AA0101 34536: 990201, left the VRU at 7:02:56 (UTC+2 in February), served 7:02:55–7:05:41.
    expect(first).toMatchObject({
      callId: 'AA0101-34536',
      queue: 'PS',
      enteredAt: Date.parse('1999-02-01T05:02:56Z'),
      outcome: 'answered',
      waitSec: 0,
      talkSec: 166,
      agent: 'DORIT',
      endedAt: Date.parse('1999-02-01T05:05:41Z'),
    });
    expect(first?.caller).toBeUndefined();
    const feb = [Date.parse('1999-01-31T22:00:00Z'), Date.parse('1999-03-01T22:00:00Z')];
    // The source's own clock quirks stay as they are: one row (14 Feb) ends service 283 s before
    // its VRU exit. A wrong day would be 24 h off.
    const misplaced = calls.filter(
      (c) =>
        c.enteredAt < (feb[0] as number) ||
        c.enteredAt >= (feb[1] as number) ||
        (c.endedAt !== undefined &&
          (c.endedAt - c.enteredAt < -600_000 || c.endedAt - c.enteredAt >= 6 * 3_600_000)),
    );
    expect(misplaced).toEqual([]);
  });
});
