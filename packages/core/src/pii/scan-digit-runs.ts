import { digitValue, isSpokenDigit } from './digit-value.js';

/** How a group is joined to the group before it in its run. */
export type Gap = 'none' | 'space' | 'hyphen' | 'comma' | 'paren';

/** A maximal stretch of digit characters; every digit character is one UTF-16 code unit. */
export type DigitGroup = {
  start: number;
  end: number;
  /** ASCII digits read from the group. */
  digits: string;
  /** Holds a Chinese digit: ASR groups those by the speaker's pauses, not by any written convention. */
  spoken: boolean;
  /** Touches a Latin letter, digit, underscore or decimal point: part of a code like SF1234567890123 or 3.14. */
  gluedLeft: boolean;
  gluedRight: boolean;
  /** Offset just past an X/x/叉 right after the digits (or after one space), which may end an ID number; -1 if none. */
  checkXEnd: number;
  gapBefore: Gap;
};

/** Groups joined by separators (spaces, hyphens, commas, a closing parenthesis). */
export type DigitRun = readonly DigitGroup[];

// No kind is shorter than a 10-digit 400 number, so shorter runs are dropped without a look.
const minRunDigits = 10;
const maxGapLength = 3;

/**
 * Splits text into runs of digit groups, the raw material for phone, ID and card numbers.
 *
 * @example
 * scanDigitRuns('电话 138-0013-8000').map((run) => run.map((group) => group.digits));
 * // [['138', '0013', '8000']]
 */
export function scanDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  // Most runs are a lone 一 or a short number: only their extent is tracked, and groups become objects
  // only for a run long enough to hold a number.
  let runStart = -1;
  let runEnd = -1;
  let runDigits = 0;
  let i = 0;
  while (i < text.length) {
    if (digitValue(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const start = i;
    i = skipDigits(text, i);
    if (runEnd < 0 || readGap(text, runEnd, start) === 'none') {
      if (runDigits >= minRunDigits) runs.push(buildRun(text, runStart, runEnd));
      runStart = start;
      runDigits = 0;
    }
    runEnd = i;
    runDigits += i - start;
  }
  if (runDigits >= minRunDigits) runs.push(buildRun(text, runStart, runEnd));
  return runs;
}

function skipDigits(text: string, from: number): number {
  let i = from;
  while (i < text.length && digitValue(text.charCodeAt(i)) >= 0) i++;
  return i;
}

// Reads the groups of a run again, now that it is known to be worth it.
function buildRun(text: string, from: number, to: number): DigitRun {
  const run: DigitGroup[] = [];
  let start = from;
  while (start < to) {
    const end = skipDigits(text, start);
    let ascii = true;
    let spoken = false;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) ascii = false;
      if (isSpokenDigit(code)) spoken = true;
    }
    const digits = ascii ? text.slice(start, end) : toAsciiDigits(text, start, end);
    const previous = run[run.length - 1];
    run.push({
      start,
      end,
      digits,
      spoken,
      gluedLeft: isGlued(text, start - 1, start - 2),
      gluedRight: isGlued(text, end, end + 1),
      checkXEnd: findCheckXEnd(text, end),
      gapBefore: previous === undefined ? 'none' : readGap(text, previous.end, start),
    });
    start = end;
    while (start < to && digitValue(text.charCodeAt(start)) < 0) start++;
  }
  return run;
}

function toAsciiDigits(text: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let i = start; i < end; i++) codes.push(0x30 + digitValue(text.charCodeAt(i)));
  return String.fromCharCode(...codes);
}

// `beyond` is the next character out, to tell a decimal point (3.14) from a full stop.
function isGlued(text: string, at: number, beyond: number): boolean {
  const code = text.charCodeAt(at);
  if (isWordCode(code)) return true;
  return code === 0x2e && isAsciiDigit(text.charCodeAt(beyond));
}

function findCheckXEnd(text: string, at: number): number {
  const x = isSpace(text.charCodeAt(at)) ? at + 1 : at;
  const code = text.charCodeAt(x);
  if (code === 0x58 || code === 0x78) return isWordCode(text.charCodeAt(x + 1)) ? -1 : x + 1;
  return code === 0xff38 || code === 0xff58 || code === 0x53c9 ? x + 1 : -1; // Ｘ ｘ 叉
}

function readGap(text: string, from: number, to: number): Gap {
  if (to - from > maxGapLength) return 'none';
  let gap: Gap = 'space';
  let i = from;
  // A closing parenthesis separates only right after the digits it closes: "(021)8765 4321".
  if (text.charCodeAt(i) === 0x29 || text.charCodeAt(i) === 0xff09) {
    gap = 'paren';
    i++;
  }
  let marks = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    const mark = readMark(code);
    if (mark === 'none' || ++marks > 1) return 'none';
    if (gap === 'space') gap = mark;
    else if (mark !== 'hyphen') return 'none';
  }
  return gap;
}

function readMark(code: number): Gap {
  if (code === 0x2d || code === 0xff0d || code === 0x2010 || code === 0x2013) return 'hyphen';
  if (code === 0x2c || code === 0xff0c || code === 0x3001) return 'comma';
  return 'none';
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0;
}

function isWordCode(code: number): boolean {
  return (
    isAsciiDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
  );
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
