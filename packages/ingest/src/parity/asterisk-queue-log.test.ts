import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { queueKpis, reconstructQueueLog } from '@callqa/core';
import { describe, expect, test } from 'vitest';
import { readQueueLogFile } from '../formats/read-queue-log-file.js';

// Real logs from public repositories without a licence: they stay outside the product repo, next to
// the checkout (../shared/data), and these tests skip on a clone that does not have them.
const shared = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const pbxware = `${shared}pbxware-2018-queue-log/queue_log`;
const lab = `${shared}malariapbx-asterisk-lab/`;

describe.skipIf(!existsSync(pbxware))('PBXware 2018 queue_log (independently measured figures)', () => {
  test('108 visits: 93 connected, 12 abandoned, 1 timed out, 2 cut by the end of the log', async () => {
    const { events, errors } = await readQueueLogFile(pbxware, 'text');
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1000);
    const { calls, summary } = reconstructQueueLog(events);
    const k = queueKpis(calls, { thresholdsSec: [30] });
    expect([k.entered, k.answered, k.abandoned, k.timedOut, k.noOutcome, k.transferred]).toEqual([
      108, 93, 12, 1, 2, 2,
    ]);
    expect(k.asaSec).toBeCloseTo(38.7, 2);
    expect(k.serviceLevel['30']?.overAnswered).toBeCloseTo(0.6882, 4);
    expect(k.serviceLevel['30']?.overOffered).toBeCloseTo(0.6038, 4);
    expect(k.abandonRate).toBeCloseTo(0.1132, 4);
    // The outbound OUT* events are PBXware's own; they are counted, never turned into visits.
    expect(summary.unknown).toEqual({
      OUTDIAL: 128,
      OUTCANCEL: 24,
      OUTANSWER: 77,
      OUTCHANUNAVAIL: 18,
      OUTCONGESTION: 9,
      OUTTRANSFER: 1,
    });
    expect(summary.restarts).toBe(7);
  });
});

describe.skipIf(!existsSync(`${lab}queue_log`))(
  'Asterisk 18 realtime lab: text file and table export',
  () => {
    test('give the same events and the same visits', async () => {
      const text = await readQueueLogFile(`${lab}queue_log`, 'text');
      const table = await readQueueLogFile(`${lab}queue_log_table.csv`, 'csv');
      expect(text.errors).toEqual([]);
      expect(table.errors).toEqual([]);
      expect(table.events).toEqual(text.events);
      const calls = reconstructQueueLog(text.events).calls;
      expect(reconstructQueueLog(table.events).calls).toEqual(calls);
      const k = queueKpis(calls);
      expect([k.entered, k.answered, k.abandoned, k.timedOut]).toEqual([8, 2, 5, 1]);
      expect(calls.reduce((n, c) => n + c.ringNoAnswer, 0)).toBe(3);
    });
  },
);
