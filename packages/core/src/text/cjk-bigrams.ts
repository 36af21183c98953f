/**
 * Tokens for full-text search of transcripts with a plain word tokenizer (SQLite FTS5 unicode61,
 * PostgreSQL `simple`). Chinese has no spaces, and trigram indexes cannot answer the two-character
 * words people search for most (退款, 投诉, 经理), so a run of CJK characters becomes overlapping
 * bigrams, and Latin or digit runs become words. The index is a candidate filter: a caller keeps
 * only candidates that contain the term, so every rule below only has to never lose a match.
 */

const SEPARATOR = 1;
const WORD = 2;
const CJK = 3;

/**
 * Longest suffix token kept for a word: a longer query fragment is looked up by its first
 * characters, which is still a superset, and a long digit string cannot blow up the index.
 */
const SUFFIX_LENGTH = 12;

/** Characters a word tokenizer keeps (letters, digits, private use); everything else separates. */
const WORD_CHAR = /^[\p{L}\p{N}\p{Co}]$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/** Class of each BMP code unit, filled on first sight: the hot path is one array read per character. */
const bmpClasses = new Uint8Array(65536);

function classOf(char: string, code: number): number {
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return WORD;
    return SEPARATOR;
  }
  if (code < 65536) {
    const known = bmpClasses[code] ?? 0;
    if (known !== 0) return known;
  }
  const found = !WORD_CHAR.test(char) ? SEPARATOR : CJK_CHAR.test(char) ? CJK : WORD;
  if (code < 65536) bmpClasses[code] = found;
  return found;
}

type Run = {
  kind: number;
  /** The run's characters (code points, so that CJK extension characters stay whole). */
  chars: string[];
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
};

function scanRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const char = width === 1 ? (text[i] ?? '') : text.slice(i, i + 2);
    const kind = classOf(char, code);
    if (kind === SEPARATOR) {
      current = undefined;
    } else if (current && current.kind === kind) {
      current.chars.push(char);
      current.end = i + width;
    } else {
      current = { kind, chars: [char], start: i, end: i + width };
      runs.push(current);
    }
    i += width;
  }
  return runs;
}

function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text;
}

/**
 * The search tokens of a text, separated by spaces: for each CJK run its bigrams followed by its
 * last character (so that every character starts some token and a one-character query can be a
 * prefix query; a lone character is just itself); for each Latin/digit run the word, lower-cased.
 * After all of those come the suffixes (2 to 12 characters) of longer words, so that a query
 * fragment from inside a word (`fund` in `refunded`, the tail of an order number) is found.
 *
 * @example toCjkBigrams('我要退款 Refund') // '我要 要退 退款 款 refund efund fund und nd'
 */
export function toCjkBigrams(text: string): string {
  let tokens = '';
  let suffixes = '';
  eachToken(
    text,
    (token) => {
      tokens = append(tokens, token);
    },
    (word) => {
      tokens = append(tokens, word);
      suffixes = appendSuffixes(suffixes, word);
    },
  );
  return suffixes.length > 0 ? `${tokens} ${suffixes}` : tokens;
}

/**
 * The distinct tokens of several texts (a call's turns), as {@link toCjkBigrams} makes them,
 * separated by spaces: for an index that keeps no positions, where a repeat adds nothing.
 */
export function distinctCjkBigrams(texts: Iterable<string>): string {
  const seen = new Set<string>();
  const add = (token: string) => {
    seen.add(token);
  };
  const addWord = (word: string) => {
    seen.add(word);
    eachSuffix(word, add);
  };
  for (const text of texts) eachToken(text, add, addWord);
  let out = '';
  for (const token of seen) out = out.length === 0 ? token : `${out} ${token}`;
  return out;
}

/** Calls `cjk` with each CJK bigram (and run-final character) and `word` with each lower-cased word. */
function eachToken(text: string, cjk: (token: string) => void, word: (word: string) => void): void {
  // One pass without intermediate arrays: this runs for every turn of every imported call.
  let kind = SEPARATOR;
  let runStart = 0;
  let charStart = 0;
  for (let i = 0; ; ) {
    let next = SEPARATOR;
    let width = 1;
    if (i < text.length) {
      width = charWidth(text, i);
      const code = width === 1 ? text.charCodeAt(i) : (text.codePointAt(i) ?? 0);
      next =
        code < 128 ? asciiClass(code) : classOf(width === 1 ? (text[i] ?? '') : text.slice(i, i + 2), code);
    }
    if (next !== kind) {
      if (kind === CJK) cjk(text.slice(charStart, i));
      else if (kind === WORD) word(lowerAscii(text.slice(runStart, i)));
      kind = next;
      runStart = i;
    } else if (kind === CJK) {
      cjk(text.slice(charStart, i + width));
    }
    if (i >= text.length) break;
    charStart = i;
    i += width;
  }
}

function asciiClass(code: number): number {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    ? WORD
    : SEPARATOR;
}

function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function append(tokens: string, token: string): string {
  return tokens.length === 0 ? token : `${tokens} ${token}`;
}

function appendSuffixes(suffixes: string, word: string): string {
  let out = suffixes;
  eachSuffix(word, (suffix) => {
    out = append(out, suffix);
  });
  return out;
}

/** The suffixes (2 to 12 characters) of a word of three or more characters, longest first. */
function eachSuffix(word: string, emit: (suffix: string) => void): void {
  if (word.length < 3) return;
  if (!/[\ud800-\udfff]/.test(word)) {
    for (let p = 1; p + 2 <= word.length; p++) emit(word.slice(p, p + SUFFIX_LENGTH));
    return;
  }
  const chars = Array.from(word);
  for (let p = 1; p + 2 <= chars.length; p++) emit(chars.slice(p, p + SUFFIX_LENGTH).join(''));
}

function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression that every text containing `term` matches (ASCII case aside): each of
 * the term's tokens as {@link toCjkBigrams} writes them, joined by AND, the last a prefix when the
 * term may stop inside a run, and a leading Latin fragment (perhaps the end of a longer word) as a
 * prefix of a suffix token. The index keeps no positions (FTS5 `detail=none`, which makes it five
 * times cheaper to write), so tokens are not asked for as a phrase: the caller checks each
 * candidate for the term itself. Null when the term holds nothing an index can look up (empty,
 * punctuation only, one Latin letter): the caller must scan instead.
 *
 * @example toCjkBigramQuery('退款') // '"退款"'
 * @example toCjkBigramQuery('款 ref') // '"款" AND "ref"*'
 */
export function toCjkBigramQuery(term: string): string | null {
  const tokens: string[] = [];
  const conditions: string[] = [];
  const add = (condition: string) => {
    if (!conditions.includes(condition)) conditions.push(condition);
  };
  for (const run of scanRuns(term)) {
    const chars = run.chars;
    const openLeft = run.start === 0;
    const openRight = run.end === term.length;
    if (run.kind === CJK) {
      for (let k = 0; k + 1 < chars.length; k++) tokens.push(quote(`${chars[k]}${chars[k + 1]}`));
      // A text's run ends where the term's does only if something follows inside the term.
      if (!openRight) tokens.push(quote(chars[chars.length - 1] ?? ''));
      else if (chars.length === 1) tokens.push(`${quote(chars[0] ?? '')}*`);
      continue;
    }
    const word = lowerAscii(chars.join(''));
    if (openLeft) {
      if (chars.length >= 2) add(`${quote(lowerAscii(chars.slice(0, SUFFIX_LENGTH).join('')))}*`);
    } else tokens.push(`${quote(word)}${openRight ? '*' : ''}`);
  }
  for (const token of tokens) add(token);
  return conditions.length > 0 ? conditions.join(' AND ') : null;
}
