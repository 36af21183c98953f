import { type Call, maskEvidence, maskedTurns, maskPii, type Turn } from '@callqa/core';
import type { CallListItem, StoredCheckResult } from '@callqa/store';
import type { RequestActor } from '../http/access.js';

/** Whether this reader sees phone, ID-card and bank-card numbers as they are. */
export function seesPii(actor: RequestActor): boolean {
  return actor.permissions.has('pii.unmasked');
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskPii(value).text;
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskValue(inner)]));
  }
  return value;
}

export type PresentedCall = Call & {
  evaluation?: CallListItem['evaluation'] & { checks: StoredCheckResult[] };
};

/**
 * A call as the API shows it to one reader: for anyone without the "view unmasked PII" permission,
 * numbers are masked in every turn, in every piece of evidence (quote and reason) and in the call's
 * business fields (caller number, order notes). Every route that returns a call goes through here.
 */
export function presentCall(
  call: Call,
  evaluation: (CallListItem['evaluation'] & { checks: StoredCheckResult[] }) | undefined,
  actor: RequestActor,
): PresentedCall {
  if (seesPii(actor)) return evaluation ? { ...call, evaluation } : call;
  const maskedTurn = maskedTurns(call.turns);
  const { id, language, turns, agentId, team, queue, startedAt, hangupBy, ...business } = call;
  const masked: PresentedCall = {
    ...(maskValue(business) as Record<string, unknown>),
    id,
    language,
    turns: turns.map((turn, index): Turn => ({ ...turn, text: maskedTurn(index) })),
  };
  if (agentId !== undefined) masked.agentId = agentId;
  if (team !== undefined) masked.team = team;
  if (queue !== undefined) masked.queue = queue;
  if (startedAt !== undefined) masked.startedAt = startedAt;
  if (hangupBy !== undefined) masked.hangupBy = hangupBy;
  if (evaluation) {
    masked.evaluation = {
      ...evaluation,
      checks: evaluation.checks.map((check) => ({
        ...check,
        evidence: maskEvidence(check.evidence, maskedTurn),
      })),
    };
  }
  return masked;
}
