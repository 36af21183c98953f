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
  switch (code) {
    case 0x96f6: // 零
    case 0x3007: // 〇
      return 0;
    case 0x4e00: // 一
    case 0x5e7a: // 幺
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
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
