/**
 * A precise, cheap "could this list match this turn?" test. Each turn's characters are turned into
 * a bit set once per call (one lookup per character); each list keeps, per alternative, every set
 * of characters a match must contain (投诉 needs 投 and 诉). A list is skipped unless some
 * alternative has a character of each of its sets in the turn. This replaces dozens of regex runs
 * per turn with a few word operations, and lets far fewer turns reach the full alternation.
 */
import { cost, requiredSetsByBranch } from './required-chars.js';

/** Characters that the `i` and `u` flags fold onto an ASCII letter besides its other case. */
const EXTRA_FOLDS: Record<string, string> = { k: '\u212a', s: '\u017f' };

/** Bit numbers for the characters the lists of one scorecard require; shared by its matchers. */
export class CharAlphabet {
  /** UTF-16 code unit → bit number + 1 (0: not a required character of any list). */
  private readonly index = new Uint16Array(65536);
  private size = 0;

  /** The bit of a character, case-folded; null when it cannot be tested this way. */
  bitOf(char: string): number | null {
    if (char.length !== 1) return null;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const ascii = lower >= 'a' && lower <= 'z';
    if (lower !== upper && !ascii) return null;
    const code = lower.charCodeAt(0);
    const known = this.index[code] ?? 0;
    if (known > 0) return known - 1;
    if (this.size >= 0xfffe) return null;
    const bit = this.size++;
    for (const variant of [lower, upper, EXTRA_FOLDS[lower] ?? '']) {
      if (variant.length === 1) this.index[variant.charCodeAt(0)] = bit + 1;
    }
    return bit;
  }

  /** 32-bit words in one text's bit set. */
  get words(): number {
    return (this.size + 31) >>> 5;
  }

  /**
   * The bit sets of several texts in one array (text i at i × words): one allocation per call,
   * not one per turn.
   */
  bitsOfAll(texts: readonly string[]): Uint32Array {
    const words = this.words;
    const bits = new Uint32Array(Math.max(1, texts.length * words));
    const index = this.index;
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t] as string;
      const base = t * words;
      for (let i = 0; i < text.length; i++) {
        const entry = index[text.charCodeAt(i)] as number;
        if (entry > 0) {
          const bit = entry - 1;
          const word = base + (bit >>> 5);
          bits[word] = (bits[word] as number) | (1 << (bit & 31));
        }
      }
    }
    return bits;
  }
}

/** An alternative's remaining tests: sets of (word, mask) pairs, each needing one bit present. */
type Tests = Int32Array[];

export type CharRequirement = {
  alphabet: CharAlphabet;
  /** (word, mask) pairs of every character that can open a test: the first set of any alternative. */
  firsts: Int32Array;
  /** Bit → the alternatives whose first set holds it, each with the sets still to test (sparse). */
  byFirstBit: Array<Tests[] | undefined>;
};

function encodeSet(chars: Set<string>, alphabet: CharAlphabet): Int32Array | null {
  const masks = new Map<number, number>();
  for (const char of chars) {
    const bit = alphabet.bitOf(char);
    if (bit === null) return null;
    masks.set(bit >>> 5, (masks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
  }
  const encoded = new Int32Array(masks.size * 2);
  let i = 0;
  for (const [word, mask] of masks) {
    encoded[i++] = word;
    encoded[i++] = mask;
  }
  return encoded;
}

/**
 * The requirement of a list whose alternatives are regex sources, or null when some alternative
 * could match without any character the alphabet can test (then the list always runs).
 */
export function buildCharRequirement(
  alternatives: readonly string[],
  alphabet: CharAlphabet,
): CharRequirement | null {
  const byFirstBit: Array<Tests[] | undefined> = [];
  const firstMasks = new Map<number, number>();
  for (const alternative of alternatives) {
    const branches = requiredSetsByBranch(alternative);
    if (!branches) return null;
    for (const sets of branches) {
      // The rarest set opens the test: most turns hold none of its characters.
      const ordered = [...sets].sort((a, b) => cost(a) - cost(b));
      const tests: Int32Array[] = [];
      let first: Set<string> | null = null;
      for (const set of ordered) {
        // A set with an untestable character is left out: a weaker test, never a wrong one.
        const test = encodeSet(set, alphabet);
        if (!test) continue;
        if (first) tests.push(test);
        else first = set;
      }
      if (!first) return null;
      for (const char of first) {
        const bit = alphabet.bitOf(char) as number;
        firstMasks.set(bit >>> 5, (firstMasks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
        const list = byFirstBit[bit];
        if (list) list.push(tests);
        else byFirstBit[bit] = [tests];
      }
    }
  }
  if (firstMasks.size === 0) return null;
  const firsts = new Int32Array(firstMasks.size * 2);
  let i = 0;
  for (const [word, mask] of [...firstMasks].sort((a, b) => a[0] - b[0])) {
    firsts[i++] = word;
    firsts[i++] = mask;
  }
  return { alphabet, firsts, byFirstBit };
}

function hasAny(bits: Uint32Array, base: number, test: Int32Array): boolean {
  for (let i = 0; i < test.length; i += 2) {
    if (((bits[base + (test[i] as number)] as number) & (test[i + 1] as number)) !== 0) return true;
  }
  return false;
}

function allPresent(bits: Uint32Array, base: number, tests: Int32Array[]): boolean {
  for (const test of tests) if (!hasAny(bits, base, test)) return false;
  return true;
}

/**
 * False only when no alternative of the list can match the text whose bit set starts at `base`:
 * each character of the text that opens some alternative's test leads to that alternative's rest.
 */
export function mayMatch(requirement: CharRequirement, bits: Uint32Array, base: number): boolean {
  const firsts = requirement.firsts;
  for (let i = 0; i < firsts.length; i += 2) {
    const word = firsts[i] as number;
    let present = (bits[base + word] as number) & (firsts[i + 1] as number);
    while (present !== 0) {
      const low = present & -present;
      const bit = word * 32 + (31 - Math.clz32(low));
      const candidates = requirement.byFirstBit[bit] as Tests[];
      for (let c = 0; c < candidates.length; c++) {
        if (allPresent(bits, base, candidates[c] as Tests)) return true;
      }
      present ^= low;
    }
  }
  return false;
}
