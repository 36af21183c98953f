import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { collect, fixture } from '../../test-support/fixtures.js';
import { readFreeswitchCsv } from './read-freeswitch-csv.js';
import { readFreeswitchJson } from './read-freeswitch-json.js';

const s = (epoch: number) => epoch * 1000;

describe('readFreeswitchJson', () => {
  test('one pretty-printed mod_json_cdr file: an answered member leg, values url-decoded', async () => {
    const { records, errors, skipped } = await collect(
      readFreeswitchJson(fixture('freeswitch/a3f1c2d4-0001-4b7e-9c1a-0f2e3d4c5b6a.cdr.json')),
    );
    expect(errors).toEqual([]);
    expect(skipped).toEqual({});
    expect(records).toEqual([
      {
        callId: 'a3f1c2d4-0001-4b7e-9c1a-0f2e3d4c5b6a',
        queue: 'support@default',
        enteredAt: s(1709254800),
        outcome: 'answered',
        waitSec: 18,
        answeredAt: s(1709254818),
        endedAt: s(1709255013),
        talkSec: 195,
        agent: '1001@default',
        caller: '13800000021',
        transferred: false,
        ringNoAnswer: 0,
      },
    ]);
  });

  test('JSONL: outcomes by cancel reason, agent and non-queue legs counted, a broken line costs itself', async () => {
    const { records, errors, skipped } = await collect(readFreeswitchJson(fixture('freeswitch/cdrs.jsonl')));
    expect(records.map((c) => [c.callId.slice(9, 13), c.queue, c.outcome, c.waitSec])).toEqual([
      ['0002', 'support@default', 'abandoned', 47],
      ['0003', 'sales@default', 'timeout', 300],
      ['0004', 'sales@default', 'exitKey', 8],
      ['0005', 'night@default', 'exitEmpty', 60],
      ['0009', 'support@default', 'answered', 5],
      ['0010', 'support@default', 'noOutcome', 0],
    ]);
    expect(records[4]?.talkSec).toBeUndefined();
    expect(skipped).toEqual({ agentLeg: 1, notQueue: 1 });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ line: 7, field: 'json' });
    expect(errors[1]).toEqual({
      line: 8,
      field: 'cc_queue_joined_epoch',
      message: "not an epoch: 'yesterday'",
    });
  });

  test('an array of CDRs split across chunks, flat variables, callflow fallbacks', async () => {
    const text = JSON.stringify([
      {
        variables: { cc_queue: 'q', cc_queue_joined_epoch: '100', cc_queue_answered_epoch: '130' },
        callflow: [{ caller_profile: { uuid: 'u-1', caller_id_number: '555' } }],
      },
      { uuid: 'u-2', cc_queue: 'q', cc_queue_joined_epoch: '200', cc_cause: 'Cancel', end_epoch: '212' },
    ]);
    const chunks = [text.slice(0, 37), text.slice(37, 120), text.slice(120)];
    const { records, errors } = await collect(readFreeswitchJson(Readable.from(chunks)));
    expect(errors).toEqual([]);
    expect(records.map((c) => [c.callId, c.caller, c.outcome, c.waitSec])).toEqual([
      ['u-1', '555', 'answered', 30],
      ['u-2', undefined, 'abandoned', 12],
    ]);
  });
});

describe('readFreeswitchCsv', () => {
  test('columns by header in any order, quoted names with commas, quotes and line breaks', async () => {
    const { records, errors, skipped } = await collect(readFreeswitchCsv(fixture('freeswitch/cdr.csv')));
    expect(records.map((c) => [c.callId.slice(9, 13), c.outcome, c.waitSec, c.talkSec, c.agent])).toEqual([
      ['0101', 'answered', 18, 195, '1001@default'],
      ['0103', 'abandoned', 47, undefined, undefined],
      ['0104', 'timeout', 300, undefined, undefined],
    ]);
    expect(skipped).toEqual({ agentLeg: 1, notQueue: 1 });
    expect(errors).toEqual([
      { line: 8, field: 'cc_queue_joined_epoch', message: "not an epoch: '2024-03-01 09:06:00'" },
      { line: 9, field: 'uuid', message: 'missing' },
    ]);
  });

  test('variable_ prefixes and a header without cc_queue', async () => {
    const ok = await collect(
      readFreeswitchCsv(
        Readable.from(['variable_uuid,VARIABLE_CC_QUEUE,variable_cc_queue_joined_epoch\nu1,q,1709254800\n']),
      ),
    );
    expect(ok.records[0]).toMatchObject({ callId: 'u1', queue: 'q', outcome: 'noOutcome' });
    const bad = await collect(readFreeswitchCsv(Readable.from(['uuid,queue\nu1,q\n'])));
    expect(bad.errors).toEqual([{ line: 1, field: 'cc_queue', message: 'no cc_queue column in the header' }]);
  });
});
