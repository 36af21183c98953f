/**
 * The definition of every telephony KPI in a report, printed with it so that a figure is never read
 * without knowing what it counts. Kept word for word in docs/kpis.md.
 */
export const kpiDefinitions: Readonly<Record<string, string>> = {
  entered:
    'Queue visits: calls that entered a queue (ENTERQUEUE); a call that overflows to another queue counts once per queue.',
  answered: 'Visits answered by an agent (CONNECT).',
  abandoned: 'Visits the caller hung up before an answer (ABANDON; SYSCOMPAT counts here as Asterisk does).',
  timedOut: 'Visits that left the queue at its maximum wait time (EXITWITHTIMEOUT).',
  exitedOther:
    'Visits that left because the queue had no members (EXITEMPTY) or the caller pressed a key (EXITWITHKEY).',
  noOutcome: 'Visits without an answer or exit in the log (the log was cut or Asterisk restarted).',
  transferred: 'Answered visits the agent transferred (TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER).',
  shortAbandoned: 'Abandoned visits whose wait was at most the short-abandon threshold (5 s by default).',
  asaSec: 'Average speed of answer: mean wait in queue of answered visits, in seconds.',
  awtSec: 'Average wait of abandoned visits (time to abandon), in seconds.',
  maxWaitSec: 'Longest wait in queue of any visit with an outcome, in seconds.',
  ahtSec:
    'Average handle time: mean of talk + hold + after-call work over answered visits whose talk time is known, in seconds.',
  talkSec: 'Mean talk time over answered visits whose talk time is known, in seconds.',
  abandonRate: 'abandoned / (answered + abandoned + timedOut).',
  abandonRateExShort: '(abandoned − shortAbandoned) / (answered + abandoned − shortAbandoned + timedOut).',
  transferRate: 'transferred / answered.',
  'serviceLevel.overOffered': 'Visits answered with a wait ≤ T seconds / (answered + abandoned + timedOut).',
  'serviceLevel.overAnswered': 'Visits answered with a wait ≤ T seconds / answered.',
  'serviceLevel.overOfferedExShortAbandons':
    'Visits answered with a wait ≤ T seconds / (answered + abandoned − shortAbandoned + timedOut).',
  ratios: 'Ratios are between 0 and 1; a ratio or mean over nothing is null.',
};
