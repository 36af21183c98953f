/**
 * Works out, for one regular-expression alternative, a set of characters one of which every match
 * must contain. A turn holding none of a list's characters cannot match the list, so the regex is
 * skipped: most turns of most calls say nothing rude, and this is what keeps 17 checks fast.
 *
 * The analysis is deliberately small and sound: it walks the top-level sequence of the alternative,
 * collects each mandatory literal and each mandatory group whose every branch has such a set, keeps
 * the set of the rarest characters, and gives up (returns null) on anything it does not understand.
 */
import { COMMON_CHARS } from './common-chars.js';

const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/** Index just past the group or class that opens at `start`, or -1 when unbalanced. */
function skipBracketed(pattern: string, start: number): number {
  const open = pattern[start];
  if (open === '[') {
    for (let i = start + 1; i < pattern.length; i++) {
      if (pattern[i] === '\\') i++;
      else if (pattern[i] === ']') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = skipBracketed(pattern, i) - 1;
      if (i < 0) return -1;
    } else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Whether the atom ending at `index` is optional: followed by ?, * or {0,…}. */
function isOptionalAt(pattern: string, index: number): boolean {
  const next = pattern[index];
  if (next === '?' || next === '*') return true;
  return next === '{' && /^\{0[,}]/.test(pattern.slice(index));
}

/** Splits a group body on its top-level | into branches. */
function splitBranches(body: string): string[] | null {
  const branches: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') {
      const end = skipBracketed(body, i);
      if (end < 0) return null;
      i = end - 1;
    } else if (ch === '|') {
      branches.push(body.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(body.slice(from));
  return branches;
}

/** How much a required set narrows the search: a common character narrows it hardly at all. */
export function cost(chars: Set<string>): number {
  let common = 0;
  for (const c of chars) if (COMMON_CHARS.has(c.toLowerCase())) common++;
  return common * 100 + chars.size;
}

function cheapest(sets: Set<string>[]): Set<string> | null {
  let best: Set<string> | null = null;
  for (const set of sets) if (!best || cost(set) < cost(best)) best = set;
  return best;
}

/** Characters one of which a match of the pattern must contain, or null when unknown. */
export function requiredChars(pattern: string): Set<string> | null {
  const branches = splitBranches(pattern);
  if (!branches) return null;
  if (branches.length === 1) return cheapest(sequenceRequired(pattern) ?? []);
  const union = new Set<string>();
  for (const branch of branches) {
    const chars = cheapest(sequenceRequired(branch) ?? []);
    if (!chars) return null;
    for (const c of chars) union.add(c);
  }
  return union;
}

/**
 * Every set of characters a sequence without top-level | must contain one of: each mandatory
 * literal, and each mandatory group whose branches all have such a set. Null when unbalanced.
 */
function sequenceRequired(pattern: string): Set<string>[] | null {
  const sets: Set<string>[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      // \b, \d, \s … are not literals; an escaped special character is.
      const escaped = pattern[i + 1] ?? '';
      if (SPECIAL.has(escaped) && !isOptionalAt(pattern, i + 2)) sets.push(new Set([escaped]));
      i = skipQuantifier(pattern, i + 2);
      continue;
    }
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '[') {
      const end = skipBracketed(pattern, i);
      if (end < 0) return null;
      i = skipQuantifier(pattern, end);
      continue;
    }
    if (ch === '(') {
      const end = skipBracketed(pattern, i);
      if (end < 0) return null;
      const inner = pattern.slice(i + 1, end - 1);
      const lookaround = /^\?(?:=|!|<=|<!)/.test(inner);
      if (!lookaround && !isOptionalAt(pattern, end)) {
        const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? null : inner;
        const chars = body === null ? null : requiredChars(body);
        if (chars && chars.size > 0) sets.push(chars);
      }
      i = skipQuantifier(pattern, end);
      continue;
    }
    if (ch === '.') {
      i = skipQuantifier(pattern, i + 1);
      continue;
    }
    if (SPECIAL.has(ch)) return null;
    // A plain literal: required unless a quantifier makes it optional.
    const width = (pattern.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (!isOptionalAt(pattern, i + width)) sets.push(new Set([pattern.slice(i, i + width)]));
    i = skipQuantifier(pattern, i + width);
  }
  return sets;
}

function skipQuantifier(pattern: string, index: number): number {
  let i = index;
  const ch = pattern[i];
  if (ch === '?' || ch === '*' || ch === '+') i++;
  else if (ch === '{') {
    const close = pattern.indexOf('}', i);
    if (close > 0) i = close + 1;
  }
  if (pattern[i] === '?') i++;
  return i;
}

/**
 * For each top-level branch of a pattern, every set of characters a match of that branch must
 * contain one of; null when some branch could match without any known character.
 * @example requiredSetsByBranch('投诉|(?:太|很)差') // [[{投}, {诉}], [{太, 很}, {差}]]
 */
export function requiredSetsByBranch(pattern: string): Set<string>[][] | null {
  const branches = splitBranches(pattern);
  if (!branches) return null;
  const result: Set<string>[][] = [];
  for (const branch of branches) {
    const sets = sequenceRequired(branch);
    if (!sets || sets.length === 0) return null;
    result.push(sets);
  }
  return result;
}

/**
 * A character class matching any character that a match of any of the alternatives must contain,
 * or null when some alternative could match without any known character.
 * @example buildPrefilter(['投诉', '(?:太|很)差']) // /[投太很]/
 */
export function buildPrefilter(alternatives: readonly string[], ignoreCase: boolean): RegExp | null {
  const chars = new Set<string>();
  for (const alternative of alternatives) {
    const required = requiredChars(alternative);
    if (!required) return null;
    for (const c of required) chars.add(c);
  }
  if (chars.size === 0) return null;
  const escaped = [...chars].map((c) => (/[\\\][^-]/.test(c) ? `\\${c}` : c)).join('');
  return new RegExp(`[${escaped}]`, ignoreCase ? 'iu' : 'u');
}
