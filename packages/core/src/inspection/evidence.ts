import type { Speaker } from '../call/call-schema.js';
import type { LocalizedText } from '../scorecard/condition-schema.js';

/**
 * What an evidence item points at:
 * - `match`: a span of words in a turn;
 * - `turn`: a turn (or, with `turns`, several) that a check looked at and found nothing in;
 * - `gap`, `overlap`: a moment in time between or across turns;
 * - `metric`: a figure over the whole call (speech rate, duration);
 * - `call`: a property of the call (who hung up, a metadata field).
 */
export const evidenceKinds = ['match', 'turn', 'gap', 'overlap', 'metric', 'call'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/**
 * One piece of evidence for a check result. Offsets are UTF-16 code units into the turn's text
 * (JavaScript string indices), end exclusive: `quote === turns[turn].text.slice(start, end)`.
 */
export type Evidence = {
  kind: EvidenceKind;
  turn?: number;
  speaker?: Speaker;
  start?: number;
  end?: number;
  startMs?: number;
  endMs?: number;
  quote: string;
  value?: number;
  turns?: number[];
  reason: LocalizedText;
};

/** Evidence as the engine gathers it, before the check's reason templates are applied. */
export type Hit = Omit<Evidence, 'reason'> & {
  reason?: LocalizedText;
  /** Where "the next N turns" start counting for an anchor: after this turn index. */
  anchorAt?: number;
};

export type Outcome = { hit: boolean; hits: Hit[] };
