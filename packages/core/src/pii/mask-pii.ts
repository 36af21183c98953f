import { findPii, type PiiSpan } from './find-pii.js';
import type { PiiKind } from './pii-kind.js';

/** Masked text with the same length as the input; `spans` hold the masked pieces, never the originals. */
export type MaskedText = { text: string; spans: PiiSpan[] };

// Phones and cards keep their last 4 digits so an agent can still confirm "the card ending 0123";
// an ID card keeps nothing, since its digits encode birth date, sex and home district.
const defaultKeepLast: Record<Exclude<PiiKind, 'email'>, number> = {
  mobile: 4,
  landline: 4,
  bank_card: 4,
  id_card: 0,
};

/**
 * Masks the personal data findPii finds, one mask character per character, so the result has the same
 * length and every offset computed on the original (evidence, highlights) stays valid. Separators stay;
 * the last `keepLast` digits of each number stay visible (default 4 for mobiles, landlines and bank
 * cards, 0 for ID cards); an e-mail keeps the first character of its local part and its domain, whatever
 * `keepLast` says. The returned spans carry the masked text, so they can be stored beside it.
 *
 * @example
 * maskPii('手机 138-0013-8000').text; // '手机 ***-****-8000'
 * maskPii('手机 138-0013-8000', { maskChar: '#', keepLast: 0 }).text; // '手机 ###-####-####'
 */
export function maskPii(
  text: string,
  options: { kinds?: readonly PiiKind[]; maskChar?: string; keepLast?: number } = {},
): MaskedText {
  const { maskChar = '*', keepLast } = options;
  if (maskChar.length !== 1) {
    throw new RangeError(
      `maskPii: maskChar must be exactly one UTF-16 code unit so that offsets stay valid, got ${JSON.stringify(maskChar)}; pass a single character such as '*'.`,
    );
  }
  if (keepLast !== undefined && !(Number.isInteger(keepLast) && keepLast >= 0)) {
    throw new RangeError(`maskPii: keepLast must be a whole number of 0 or more, got ${keepLast}.`);
  }
  const found = findPii(text, { kinds: options.kinds });
  if (found.length === 0) return { text, spans: [] };

  let masked = '';
  let cursor = 0;
  const spans: PiiSpan[] = [];
  for (const span of found) {
    const piece =
      span.kind === 'email'
        ? maskEmail(span.text, maskChar)
        : maskNumber(span.text, maskChar, keepLast ?? defaultKeepLast[span.kind]);
    masked += text.slice(cursor, span.start) + piece;
    spans.push({ ...span, text: piece });
    cursor = span.end;
  }
  return { text: masked + text.slice(cursor), spans };
}

function maskNumber(number: string, maskChar: string, keepLast: number): string {
  let maskable = 0;
  for (let i = 0; i < number.length; i++) if (!isSeparator(number.charCodeAt(i))) maskable++;
  let seen = 0;
  let masked = '';
  for (let i = 0; i < number.length; i++) {
    const char = number[i] ?? '';
    if (isSeparator(number.charCodeAt(i))) {
      masked += char;
      continue;
    }
    masked += seen < maskable - keepLast ? maskChar : char;
    seen++;
  }
  return masked;
}

// What may sit between or before the digits of a number: spaces, hyphens, commas, parentheses, plus.
function isSeparator(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0xa0: // no-break space
    case 0x3000: // ideographic space
    case 0x2d: // -
    case 0xff0d: // －
    case 0x2010: // ‐
    case 0x2013: // –
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3001: // 、
    case 0x28: // (
    case 0x29: // )
    case 0xff08: // （
    case 0xff09: // ）
    case 0x2b: // +
    case 0xff0b: // ＋
      return true;
    default:
      return false;
  }
}

// Where the local part ends: at the @, or at the 艾特 that ASR writes for it, with a space perhaps before.
const atSign = / ?(?:@|艾特)/;

// Masks every character of the local part after the first, dots included: where the dots fall gives away
// the shape of a name.
function maskEmail(address: string, maskChar: string): string {
  const at = Math.max(address.search(atSign), 1);
  return address.slice(0, 1) + maskChar.repeat(at - 1) + address.slice(at);
}
