import { isLuhnValid } from './is-luhn-valid.js';
import { isValidIdCard } from './is-valid-id-card.js';
import type { Gap } from './scan-digit-runs.js';

/** What a candidate number is. Service numbers are recognised only so that they are left alone. */
export type DigitKind = 'mobile' | 'landline' | 'id_card' | 'bank_card' | 'service_number';

export type DigitCandidate = {
  /** ASCII digits, ending in 'X' when an ID check character follows them. */
  digits: string;
  groupLengths: readonly number[];
  /**
   * The separators between the groups, one fewer than the groups. Commas count like spaces: ASR marks
   * pauses with them (138,0013,8000), and thousands separators (13,800,138,000) fit no layout anyway.
   */
  gaps: readonly Gap[];
  /** Spoken digits are grouped by the speaker's pauses, so their grouping proves nothing either way. */
  spoken: boolean;
};

type Layout = readonly number[];

// How people write these numbers; a run grouped otherwise (13,800,138,000) is something else.
const mobileLayouts: readonly Layout[] = [[11], [3, 4, 4], [3, 8], [7, 4], [4, 4, 3]];
const eightDigitLocalLayouts: readonly Layout[] = [[8], [4, 4]];
const sevenDigitLocalLayouts: readonly Layout[] = [[7], [3, 4]];
const legacyIdLayouts: readonly Layout[] = [[15], [6, 6, 3]];
const bankCardLayouts: readonly Layout[] = [
  [4, 6, 5],
  [4, 6, 4],
];

/**
 * Decides what a candidate number is, trying the strictest kinds first so that a Luhn-valid ID number
 * is an ID card and not a bank card. Returns null for anything else (order numbers, amounts, dates).
 *
 * @example
 * classifyDigits({ digits: '13800138000', groupLengths: [3, 4, 4], gaps: ['space', 'space'], spoken: false });
 * // 'mobile'
 */
export function classifyDigits(candidate: DigitCandidate): DigitKind | null {
  const { digits, gaps } = candidate;
  const paren = gaps.indexOf('paren');
  if (paren > 0) return null;
  if (paren === 0) return isLandline(candidate) ? 'landline' : null;
  if (isIdCard(candidate)) return 'id_card';
  if (digits.endsWith('X')) return null;
  if (isMobile(candidate)) return 'mobile';
  if (isLandline(candidate)) return 'landline';
  if (isServiceNumber(digits)) return 'service_number';
  if (isBankCard(candidate)) return 'bank_card';
  return null;
}

function isIdCard({ digits, groupLengths, spoken }: DigitCandidate): boolean {
  if (!isValidIdCard(digits)) return false;
  // 18 characters carry a check character; 15-digit legacy numbers do not, so their grouping must fit too.
  return digits.length === 18 || spoken || fitsOneOf(groupLengths, legacyIdLayouts);
}

function isMobile({ digits, groupLengths, spoken }: DigitCandidate): boolean {
  const prefix = readCountryPrefixLength(digits);
  if (digits.length - prefix !== 11) return false;
  if (digits.charCodeAt(prefix) !== 0x31) return false;
  const second = digits.charCodeAt(prefix + 1);
  if (second < 0x33 || second > 0x39) return false;
  if (spoken) return true;
  const national = dropLeadingDigits(groupLengths, prefix);
  return national !== null && fitsOneOf(national, mobileLayouts);
}

// +86 / 0086 / 86 before an 11-digit mobile number.
function readCountryPrefixLength(digits: string): number {
  if (digits.length === 13 && digits.startsWith('86')) return 2;
  if (digits.length === 15 && digits.startsWith('0086')) return 4;
  return 0;
}

function isLandline({ digits, groupLengths, gaps, spoken }: DigitCandidate): boolean {
  if (digits.charCodeAt(0) !== 0x30) return false;
  const second = digits.charCodeAt(1);
  // 00 starts an international call; 010 is the only area code beginning 01.
  if (second === 0x30 || (second === 0x31 && digits.charCodeAt(2) !== 0x30)) return false;
  const areaLength = second === 0x31 || second === 0x32 ? 3 : 4;
  const localLength = digits.length - areaLength;
  if (localLength !== 8 && (localLength !== 7 || areaLength !== 4)) return false;
  // A local number never starts with 0: that would be a second trunk prefix.
  if (digits.charCodeAt(areaLength) === 0x30) return false;
  if (gaps[0] === 'paren') return groupLengths[0] === areaLength && (spoken || fitsLocal(groupLengths));
  if (spoken || groupLengths.length === 1) return true;
  return groupLengths[0] === areaLength && fitsLocal(groupLengths);
}

function fitsLocal(groupLengths: readonly number[]): boolean {
  const local = groupLengths.slice(1);
  const total = local.reduce((sum, length) => sum + length, 0);
  return fitsOneOf(local, total === 8 ? eightDigitLocalLayouts : sevenDigitLocalLayouts);
}

// 400/800 numbers are company hotlines, not personal data: agents read them out on purpose and an
// inspector must be able to check that the right one was given. They are matched so that no other kind
// claims their digits, and then left visible.
function isServiceNumber(digits: string): boolean {
  return digits.length === 10 && (digits.startsWith('400') || digits.startsWith('800'));
}

function isBankCard({ digits, groupLengths, spoken }: DigitCandidate): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  // 3 (JCB, Amex, Diners), 4 (Visa), 5 (Mastercard), 6 (UnionPay 62, Discover).
  const first = digits.charCodeAt(0);
  if (first < 0x33 || first > 0x36) return false;
  if (!isLuhnValid(digits)) return false;
  if (spoken || groupLengths.length === 1) return true;
  return (
    isGroupedInFours(groupLengths) ||
    (groupLengths.length === 2 && groupLengths[0] === 6) ||
    fitsOneOf(groupLengths, bankCardLayouts)
  );
}

function isGroupedInFours(groupLengths: readonly number[]): boolean {
  const last = groupLengths.length - 1;
  for (let i = 0; i < last; i++) if (groupLengths[i] !== 4) return false;
  const tail = groupLengths[last] ?? 0;
  return tail >= 1 && tail <= 4;
}

function fitsOneOf(groupLengths: readonly number[], layouts: readonly Layout[]): boolean {
  return layouts.some(
    (layout) =>
      layout.length === groupLengths.length && layout.every((length, i) => length === groupLengths[i]),
  );
}

// The group lengths once the first `count` digits are removed, or null when they span a separator oddly.
function dropLeadingDigits(groupLengths: readonly number[], count: number): number[] | null {
  const [first, ...rest] = groupLengths;
  if (count === 0) return [...groupLengths];
  if (first === undefined || first < count) return null;
  return first === count ? rest : [first - count, ...rest];
}
