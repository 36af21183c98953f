import type { CdrRecord, QueueCall } from '@callqa/core';

export type CdrQueueOptions = {
  /**
   * The queue a CDR row belongs to, or undefined when it is not a queue row. By default rows whose
   * lastapp is Queue, named by the first argument of lastdata (`Support,,,,20` → Support); give a
   * mapping for PBXs that reach queues through other applications (AGI, Dial to a Local channel).
   */
  queueOf?: (record: CdrRecord) => string | undefined;
};

function defaultQueueOf(record: CdrRecord): string | undefined {
  if (record.lastApp.toLowerCase() !== 'queue') return undefined;
  return record.lastData.split(/[,|]/)[0]?.trim() || undefined;
}

/** `PJSIP/400-00000001` → `PJSIP/400`: the member interface, as queue_log names the agent. */
function agentOf(dstChannel: string): string {
  return dstChannel.replace(/-[0-9a-f]+(;\d+)?$/i, '');
}

/**
 * Queue visits from CDRs. Asterisk 12+ writes one row per agent rung, so the rows of one call in
 * one queue are merged: entered at the first row's start, answered when a row is ANSWERED with an
 * agent channel (Queue itself answers the caller for music on hold, so ANSWERED alone means no
 * agent), wait = that row's answer − entered, talk = its billsec; the other rung agents count as
 * ring-no-answer. Unanswered visits are abandoned: a CDR cannot tell a hang-up from a timeout.
 *
 * The CDR's answer is the channel's, so where Queue answers at once, wait reads as 0 and talk
 * includes the wait: prefer queue_log for KPIs when there is one.
 */
export function cdrToQueueCalls(records: Iterable<CdrRecord>, options: CdrQueueOptions = {}): QueueCall[] {
  const queueOf = options.queueOf ?? defaultQueueOf;
  const visits = new Map<string, { queue: string; rows: CdrRecord[] }>();
  for (const record of records) {
    const queue = queueOf(record);
    if (queue === undefined) continue;
    const callId = record.uniqueid || record.key;
    const id = `${callId}\u0000${queue}`;
    const visit = visits.get(id);
    if (visit) visit.rows.push(record);
    else visits.set(id, { queue, rows: [record] });
  }
  const calls: QueueCall[] = [];
  for (const { queue, rows } of visits.values()) {
    rows.sort((a, b) => a.start - b.start || (a.sequence ?? 0) - (b.sequence ?? 0));
    const first = rows[0] as CdrRecord;
    const answered = rows.find((r) => r.disposition === 'ANSWERED' && r.dstChannel && r.answer !== undefined);
    const enteredAt = first.start;
    const endedAt = Math.max(...rows.map((r) => r.end));
    const rung = rows.filter(
      (r) => r !== answered && r.dstChannel && (!answered || r.start <= answered.start),
    );
    const call: QueueCall = {
      callId: first.uniqueid || first.key,
      queue,
      enteredAt,
      outcome: answered ? 'answered' : 'abandoned',
      waitSec: 0,
      endedAt,
      transferred: false,
      ringNoAnswer: rung.length,
    };
    if (first.src) call.caller = first.src;
    if (answered?.answer !== undefined) {
      call.waitSec = Math.max(0, (answered.answer - enteredAt) / 1000);
      call.answeredAt = answered.answer;
      call.talkSec = answered.billSec;
      call.agent = agentOf(answered.dstChannel);
    } else {
      call.waitSec = Math.max(0, (endedAt - enteredAt) / 1000);
    }
    calls.push(call);
  }
  return calls;
}
