import type { QueueCall, QueueOutcome } from '@callqa/core';
import type { QueueCallsTable } from '../database.js';
import { readBoolean, readNumber, readOptionalNumber, readOptionalString, writeBoolean } from './values.js';

export function queueCallToRow(call: QueueCall): QueueCallsTable {
  return {
    call_id: call.callId,
    queue: call.queue,
    entered_at: call.enteredAt,
    outcome: call.outcome,
    wait_sec: call.waitSec,
    answered_at: call.answeredAt ?? null,
    ended_at: call.endedAt ?? null,
    agent: call.agent ?? null,
    talk_sec: call.talkSec ?? null,
    hold_sec: call.holdSec ?? null,
    wrap_sec: call.wrapSec ?? null,
    caller: call.caller ?? null,
    ended_by: call.endedBy ?? null,
    transferred: writeBoolean(call.transferred),
    ring_no_answer: call.ringNoAnswer,
  };
}

export function rowToQueueCall(row: QueueCallsTable): QueueCall {
  const call: QueueCall = {
    callId: row.call_id,
    queue: row.queue,
    enteredAt: readNumber(row.entered_at),
    outcome: row.outcome as QueueOutcome,
    waitSec: readNumber(row.wait_sec),
    transferred: readBoolean(row.transferred),
    ringNoAnswer: readNumber(row.ring_no_answer),
  };
  const answeredAt = readOptionalNumber(row.answered_at);
  if (answeredAt !== undefined) call.answeredAt = answeredAt;
  const endedAt = readOptionalNumber(row.ended_at);
  if (endedAt !== undefined) call.endedAt = endedAt;
  const agent = readOptionalString(row.agent);
  if (agent !== undefined) call.agent = agent;
  const talkSec = readOptionalNumber(row.talk_sec);
  if (talkSec !== undefined) call.talkSec = talkSec;
  const holdSec = readOptionalNumber(row.hold_sec);
  if (holdSec !== undefined) call.holdSec = holdSec;
  const wrapSec = readOptionalNumber(row.wrap_sec);
  if (wrapSec !== undefined) call.wrapSec = wrapSec;
  const caller = readOptionalString(row.caller);
  if (caller !== undefined) call.caller = caller;
  const endedBy = readOptionalString(row.ended_by);
  if (endedBy !== undefined) call.endedBy = endedBy as NonNullable<QueueCall['endedBy']>;
  return call;
}
