import { classifyDigits, type DigitKind } from './classify-digits.js';
import type { PiiSpan } from './find-pii.js';
import { type DigitRun, type Gap, scanDigitRuns } from './scan-digit-runs.js';

// The longest number is a 19-digit card; one spoken digit may be trimmed at each end.
const maxCandidateDigits = 19;
const maxTrimmedDigits = 2;
const minCandidateDigits = 10;

// Untrimmed first; then without a 一 or 两 that may belong to the word beside it (第一, 一下).
const trims = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
] as const;

type Match = { kind: DigitKind; start: number; end: number };

/**
 * Finds mobile, landline, ID card and bank card numbers written in Arabic, full-width or spoken Chinese
 * digits. Within a run of groups the longest valid number starting at each group wins.
 *
 * @example
 * findDigitPii('电话幺三八零零一三八零零零');
 * // [{ kind: 'mobile', start: 2, end: 13, text: '幺三八零零一三八零零零' }]
 */
export function findDigitPii(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const groups of scanDigitRuns(text)) {
    const run = readRun(groups);
    let first = 0;
    while (first < groups.length) {
      const match = matchFrom(text, run, first);
      if (match === null) {
        first++;
        continue;
      }
      if (match.kind !== 'service_number') {
        spans.push({
          kind: match.kind,
          start: match.start,
          end: match.end,
          text: text.slice(match.start, match.end),
        });
      }
      first = match.last + 1;
    }
  }
  return spans;
}

// A run's digits as one string, and where each group starts in it, so candidates are plain slices.
type RunDigits = { groups: DigitRun; digits: string; offsets: readonly number[] };

function readRun(groups: DigitRun): RunDigits {
  const offsets = [0];
  let digits = '';
  for (const group of groups) {
    digits += group.digits;
    offsets.push(digits.length);
  }
  return { groups, digits, offsets };
}

function matchFrom(text: string, run: RunDigits, first: number): (Match & { last: number }) | null {
  const { offsets } = run;
  const from = offsets[first] ?? 0;
  let last = first;
  while (
    last + 2 < offsets.length &&
    (offsets[last + 2] ?? 0) - from <= maxCandidateDigits + maxTrimmedDigits
  ) {
    last++;
  }
  for (; last >= first && (offsets[last + 1] ?? 0) - from >= minCandidateDigits; last--) {
    for (const [trimStart, trimEnd] of trims) {
      const match = matchCandidate(text, run, first, last, trimStart, trimEnd);
      if (match !== null) return { ...match, last };
    }
  }
  return null;
}

function matchCandidate(
  text: string,
  { groups, digits: runDigits, offsets }: RunDigits,
  first: number,
  last: number,
  trimStart: number,
  trimEnd: number,
): Match | null {
  const firstGroup = groups[first];
  const lastGroup = groups[last];
  if (firstGroup === undefined || lastGroup === undefined) return null;
  if (trimStart === 0 ? firstGroup.gluedLeft : !canTrim(text, firstGroup.start, firstGroup.start - 1)) {
    return null;
  }
  if (trimEnd === 1 && (lastGroup.checkXEnd >= 0 || !canTrim(text, lastGroup.end - 1, lastGroup.end))) {
    return null;
  }
  const groupLengths: number[] = [];
  const gaps: Gap[] = [];
  let spoken = false;
  for (let i = first; i <= last; i++) {
    const group = groups[i];
    if (group === undefined) return null;
    const length = group.digits.length - (i === first ? trimStart : 0) - (i === last ? trimEnd : 0);
    if (length <= 0) return null;
    groupLengths.push(length);
    if (i > first) gaps.push(group.gapBefore);
    spoken ||= group.spoken;
  }
  const digits = runDigits.slice((offsets[first] ?? 0) + trimStart, (offsets[last + 1] ?? 0) - trimEnd);
  const start = firstGroup.start + trimStart;
  const end = lastGroup.end - trimEnd;

  if (trimEnd === 0 && lastGroup.checkXEnd >= 0 && digits.length === 17) {
    const withX = { digits: `${digits}X`, groupLengths, gaps, spoken };
    if (classifyDigits(withX) === 'id_card') return { kind: 'id_card', start, end: lastGroup.checkXEnd };
  }
  if (trimEnd === 0 && lastGroup.gluedRight) return null;
  const kind = classifyDigits({ digits, groupLengths, gaps, spoken });
  if (kind === null) return null;
  return { kind, start: start - countLeadingMarks(text, start, kind, gaps), end };
}

// 一 and 两 next to a Chinese character may belong to a word (第一, 星期一, 一下, 两个) rather than to the
// number. Other digits seldom do, and trimming them would let a misheard number pass as a shorter one.
function canTrim(text: string, digitAt: number, neighbourAt: number): boolean {
  const digit = text.charCodeAt(digitAt);
  return (digit === 0x4e00 || digit === 0x4e24) && isIdeograph(text.charCodeAt(neighbourAt));
}

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

// "+86 138…" and "(021)…" belong to the number, so the span covers them.
function countLeadingMarks(text: string, start: number, kind: DigitKind, gaps: readonly Gap[]): number {
  const before = text.charCodeAt(start - 1);
  if (kind === 'mobile' && (before === 0x2b || before === 0xff0b)) return 1;
  if (kind === 'landline' && gaps[0] === 'paren' && (before === 0x28 || before === 0xff08)) return 1;
  return 0;
}
