import { createReadStream } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collect, fixture, hasSharedData, sharedData } from '../../test-support/fixtures.js';
import { cdrToQueueCalls } from './cdr-to-queue-calls.js';
import { readAsteriskCdr } from './read-asterisk-cdr.js';

const at = (iso: string) => Date.parse(iso);

describe('cdrToQueueCalls', () => {
  test('merges the rows of one queue visit and reads its outcome', async () => {
    const { records } = await collect(
      readAsteriskCdr(fixture('asterisk/Master.csv'), { timeZone: 'Asia/Shanghai' }),
    );
    const calls = cdrToQueueCalls(records);
    expect(calls).toHaveLength(4);
    expect(calls[0]).toEqual({
      callId: '1709254800.16',
      queue: 'sales',
      enteredAt: at('2024-03-01T01:00:00Z'),
      outcome: 'answered',
      waitSec: 25,
      answeredAt: at('2024-03-01T01:00:25Z'),
      endedAt: at('2024-03-01T01:03:25Z'),
      agent: 'PJSIP/8002',
      talkSec: 180,
      caller: '13800000001',
      transferred: false,
      ringNoAnswer: 1,
    });
    expect(calls[1]).toMatchObject({
      callId: '1709255100.19',
      outcome: 'abandoned',
      waitSec: 40,
      ringNoAnswer: 1,
    });
    // ANSWERED without an agent channel: Queue answered the caller itself, no agent took the call.
    expect(calls[2]).toMatchObject({
      callId: '1709256000.23',
      queue: 'support',
      outcome: 'abandoned',
      waitSec: 30,
    });
    expect(calls[2]?.agent).toBeUndefined();
    expect(calls[3]).toMatchObject({ outcome: 'answered', waitSec: 15, talkSec: 60, agent: 'PJSIP/8002' });
  });

  test('a mapping names queues reached by other applications; others are not queue visits', async () => {
    const { records } = await collect(
      readAsteriskCdr(fixture('asterisk/Master.csv'), { timeZone: 'Asia/Shanghai' }),
    );
    const calls = cdrToQueueCalls(records, { queueOf: (r) => (r.dst === '8002' ? 'internal' : undefined) });
    expect(calls.map((c) => [c.queue, c.outcome, c.waitSec, c.talkSec])).toEqual([
      ['internal', 'answered', 5, 60],
    ]);
  });

  test.skipIf(!hasSharedData('malariapbx-asterisk-lab/cdr.csv'))(
    'MalariaPBX lab: queue visits from CDRs',
    async () => {
      const { records } = await collect(
        readAsteriskCdr(createReadStream(sharedData('malariapbx-asterisk-lab/cdr.csv'))),
      );
      const calls = cdrToQueueCalls(records);
      expect(calls.length).toBe(11);
      expect(calls.filter((c) => c.outcome === 'answered').length).toBe(3);
      expect(calls.find((c) => c.callId === '1675710824.13')).toMatchObject({
        outcome: 'abandoned',
        ringNoAnswer: 2,
      });
      // queue_log says this call waited 8 s and talked 5 s; the CDR's answer is the channel's, so
      // wait reads 0 and billsec holds both. Prefer queue_log where there is one.
      expect(calls.find((c) => c.callId === '1675555752.0')).toMatchObject({
        waitSec: 0,
        talkSec: 13,
        agent: 'PJSIP/400',
      });
    },
  );
});
