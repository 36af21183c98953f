import type { Evidence } from '../inspection/evidence.js';
import { maskPii } from './mask-pii.js';

/** Characters that can start a phone, ID-card, bank-card number or an e-mail, digits spoken or written. */
const MAYBE_PII = /[0-9０-９@＠零〇一二三四五六七八九幺两]/;

/**
 * Masks personal numbers in evidence quotes and in the reasons that repeat them. Masking keeps the
 * length of the text, so offsets into the masked turns still hold. `maskedTurn` gives a turn's
 * masked text (callers cache it: several checks quote the same turn). Unchanged evidence is
 * returned as the same objects.
 *
 * @example maskEvidence(check.evidence, (turn) => maskPii(call.turns[turn]?.text ?? '').text)
 */
export function maskEvidence(
  evidence: readonly Evidence[],
  maskedTurn: (turn: number) => string,
): Evidence[] {
  return evidence.map((e) => {
    if (e.quote === '' || !MAYBE_PII.test(e.quote)) return e;
    const quote =
      e.turn !== undefined && e.start !== undefined && e.end !== undefined
        ? maskedTurn(e.turn).slice(e.start, e.end)
        : maskPii(e.quote).text;
    if (quote === e.quote) return e;
    return {
      ...e,
      quote,
      reason: { zh: e.reason.zh.split(e.quote).join(quote), en: e.reason.en.split(e.quote).join(quote) },
    };
  });
}

/** A cache of masked turn texts for `maskEvidence`. */
export function maskedTurns(turns: readonly { text: string }[]): (turn: number) => string {
  const masked = new Map<number, string>();
  return (turn) => {
    let text = masked.get(turn);
    if (text === undefined) {
      text = maskPii(turns[turn]?.text ?? '').text;
      masked.set(turn, text);
    }
    return text;
  };
}
