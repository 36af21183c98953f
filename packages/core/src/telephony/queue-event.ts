/**
 * One raw event of an ACD's queue log, as Asterisk writes it (`epoch|callid|queue|agent|EVENT|data…`)
 * or as its realtime `queue_log` table holds it. Every event is kept, known or not: the raw log is
 * the evidence behind every telephony KPI.
 */
export type QueueEvent = {
  /** Epoch milliseconds (UTC). */
  time: number;
  /** Asterisk's uniqueid of the call, or a pseudo id such as NONE / MANAGER for member events. */
  callId: string;
  queue: string;
  /** The member (agent interface or name); '' when the log has NONE or nothing. */
  agent: string;
  /** The event name in upper case, as logged (ENTERQUEUE, CONNECT, vendor extras …). */
  event: string;
  /** data1 … data5 as strings, trailing empties dropped. */
  data: string[];
  /** Position in its source (line or row number), to keep the log's order among equal times. */
  seq: number;
};

/** Call ids Asterisk logs for member and system events rather than a caller's call. */
export const pseudoCallIds: readonly string[] = ['NONE', 'MANAGER', 'REALTIME', ''];
const PSEUDO_CALL_IDS = new Set(pseudoCallIds);

/** Call ids Asterisk logs for member and system events (ADDMEMBER, PAUSE, QUEUESTART …): no caller's visit. */
export function isPseudoCallId(callId: string): boolean {
  return PSEUDO_CALL_IDS.has(callId);
}

/** How one visit of a call to a queue ended. */
export const queueOutcomes = [
  'answered',
  'abandoned',
  'timeout',
  'exitEmpty',
  'exitKey',
  'noOutcome',
] as const;
export type QueueOutcome = (typeof queueOutcomes)[number];

/**
 * One visit of a call to one queue, the unit telephony KPIs count. A call that overflows from one
 * queue to another makes one QueueCall per queue. Built from queue_log events, CDRs, FreeSWITCH
 * mod_callcenter records or any call-record CSV.
 */
export type QueueCall = {
  /** The call's id in its source (Asterisk uniqueid, FreeSWITCH uuid, CSV id). */
  callId: string;
  queue: string;
  /** Epoch ms the call entered the queue. */
  enteredAt: number;
  outcome: QueueOutcome;
  /** Seconds waited in queue until answer or exit (for noOutcome: unknown, 0). */
  waitSec: number;
  /** Epoch ms an agent answered (outcome answered). */
  answeredAt?: number;
  /** Epoch ms the queue visit ended (hang-up, exit, or transfer). */
  endedAt?: number;
  /** The agent who answered. */
  agent?: string;
  /** Seconds of conversation (answered calls). */
  talkSec?: number;
  /** Seconds on hold during the conversation, when the source knows. */
  holdSec?: number;
  /** Seconds of after-call work (wrap-up), when the source knows. */
  wrapSec?: number;
  /** The caller's number or customer id, for repeat-call (FCR) analysis. */
  caller?: string;
  /** Who ended an answered call, when known. */
  endedBy?: 'agent' | 'customer' | 'system';
  /** The call was transferred out of this queue visit. */
  transferred: boolean;
  /** Agents rung without answer before the outcome. */
  ringNoAnswer: number;
};
