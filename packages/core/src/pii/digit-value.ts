const spokenDigits: readonly (readonly [string, number])[] = [
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['幺', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
];

// digitValue runs on every character of every turn. The low five bits of the 13 spoken digits are all
// different, so one AND and one comparison settle any Chinese character (a switch took 16 ns a character).
const slotMask = 0x1f;
const slotCodes = new Uint16Array(slotMask + 1);
const slotValues = new Int8Array(slotMask + 1);
for (const [char, value] of spokenDigits) {
  const code = char.charCodeAt(0);
  if (slotCodes[code & slotMask] !== 0) throw new Error(`digitValue: ${char} shares a slot; widen slotMask`);
  slotCodes[code & slotMask] = code;
  slotValues[code & slotMask] = value;
}

/**
 * Reads one UTF-16 code unit as a digit: Arabic, full-width, or spoken Chinese as ASR writes it
 * (幺 and 两 are how people say 1 and 2 when reading out a number). Returns -1 for anything else.
 *
 * @example
 * digitValue('幺'.charCodeAt(0)); // 1
 * digitValue('7'.charCodeAt(0)); // 7
 * digitValue('十'.charCodeAt(0)); // -1: 十 is a numeral, never a digit of a phone or card number
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  // Everything below 〇 (ASCII punctuation, Latin, CJK punctuation) is rejected with one comparison.
  if (code < 0x3007) return -1;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  const slot = code & slotMask;
  return slotCodes[slot] === code ? (slotValues[slot] ?? -1) : -1;
}

/**
 * Whether a code unit is a digit written as a Chinese character (一, 幺, 〇…), as opposed to 0-9 or ０-９.
 *
 * @example
 * isSpokenDigit('两'.charCodeAt(0)); // true
 * isSpokenDigit('２'.charCodeAt(0)); // false
 */
export function isSpokenDigit(code: number): boolean {
  return code >= 0x3007 && code < 0xff10 && digitValue(code) >= 0;
}
