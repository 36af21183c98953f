import type { QueueCall, QueueOutcome } from '@callqa/core';
import type { RowError } from '../shared/parse-batch.js';

/** A channel variable by name (lower case), undefined when unset or empty. */
export type Variables = (name: string) => string | undefined;

/**
 * mod_callcenter's cc_cancel_reason → outcome. NO_AGENT_TIMEOUT is max-wait-time-with-no-agent:
 * the queue had no agent for too long and let the caller go, which queue_log calls EXITEMPTY.
 * BREAK_OUT (the caller hung up or left) and anything unknown count as abandoned.
 */
const CANCEL_OUTCOMES: Record<string, QueueOutcome> = {
  TIMEOUT: 'timeout',
  EXIT_WITH_KEY: 'exitKey',
  NO_AGENT_TIMEOUT: 'exitEmpty',
  BREAK_OUT: 'abandoned',
};

export type VisitResult = { call: QueueCall } | { skip: 'agentLeg' | 'notQueue' } | { errors: RowError[] };

/**
 * The queue visit of one FreeSWITCH CDR, from the variables mod_callcenter sets on the caller's
 * (member's) channel. Agent legs carry the same cc_queue variables and would count calls twice.
 */
export function callcenterVisit(vars: Variables, line: number): VisitResult {
  if (vars('cc_side')?.toLowerCase() === 'agent') return { skip: 'agentLeg' };
  const queue = vars('cc_queue');
  if (!queue) return { skip: 'notQueue' };
  const errors: RowError[] = [];
  const epoch = (name: string, required = false) => {
    const text = vars(name);
    if (text === undefined || text === '0') {
      if (required) errors.push({ line, field: name, message: 'missing' });
      return undefined;
    }
    if (!/^\d+(\.\d+)?$/.test(text)) {
      errors.push({ line, field: name, message: `not an epoch: '${text}'` });
      return undefined;
    }
    const n = Number(text);
    // *_epoch variables are seconds; accept ms and µs as some exports convert them.
    return n > 1e14 ? Math.round(n / 1000) : n > 1e11 ? n : Math.round(n * 1000);
  };
  const joined = epoch('cc_queue_joined_epoch', true);
  const answered = epoch('cc_queue_answered_epoch');
  const terminated = epoch('cc_queue_terminated_epoch');
  const canceled = epoch('cc_queue_canceled_epoch');
  const callId = vars('uuid') ?? vars('cc_member_session_uuid') ?? vars('call_uuid');
  if (!callId) errors.push({ line, field: 'uuid', message: 'missing' });
  if (errors.length > 0 || joined === undefined || !callId) return { errors };

  const call: QueueCall = {
    callId,
    queue,
    enteredAt: joined,
    outcome: 'noOutcome',
    waitSec: 0,
    transferred: false,
    ringNoAnswer: 0,
  };
  if (answered !== undefined) {
    call.outcome = 'answered';
    call.waitSec = Math.max(0, (answered - joined) / 1000);
    call.answeredAt = answered;
    if (terminated !== undefined) {
      call.endedAt = terminated;
      call.talkSec = Math.max(0, (terminated - answered) / 1000);
    }
    const agent = vars('cc_agent');
    if (agent) call.agent = agent;
  } else if (canceled !== undefined || vars('cc_cause')?.toLowerCase() === 'cancel') {
    const reason = vars('cc_cancel_reason')?.toUpperCase() ?? 'BREAK_OUT';
    call.outcome = CANCEL_OUTCOMES[reason] ?? 'abandoned';
    const end = canceled ?? epoch('end_epoch');
    if (end !== undefined) {
      call.endedAt = end;
      call.waitSec = Math.max(0, (end - joined) / 1000);
    }
  }
  const caller = vars('caller_id_number') ?? vars('effective_caller_id_number') ?? vars('ani');
  if (caller) call.caller = caller;
  return { call };
}
