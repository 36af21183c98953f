/**
 * Escapes a literal phrase for use inside a RegExp. Only the characters that are special outside a
 * character class are escaped, so the result is also valid with the `u` flag (where `\-` is an error).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a literal phrase into a pattern. Latin words get word boundaries so that "um" does not
 * match "premium"; Chinese has no word boundaries to respect, so it matches anywhere.
 */
export function phraseToPattern(phrase: string): string {
  const escaped = escapeRegExp(phrase);
  const head = /^\w/.test(phrase) ? '\\b' : '';
  const tail = /\w$/.test(phrase) ? '\\b' : '';
  return `${head}${escaped}${tail}`;
}

/** Patterns that use Unicode property escapes or braces need the `u` flag; the rest run faster without it. */
export function needsUnicodeFlag(patterns: readonly string[]): boolean {
  return patterns.some((p) => /\\[pP]\{|\\u\{/.test(p));
}

/**
 * Compiles phrases and patterns into one alternation, longest phrases first so that the longest
 * phrase wins at a position. One RegExp per list is what keeps 10,000 calls/s within reach:
 * the regex engine scans the turn once instead of once per phrase.
 * @example compilePhrases({ terms: ['您好', '你好'] }).source // '(?:您好|你好)'
 */
export function compilePhrases(source: {
  terms?: readonly string[];
  patterns?: readonly string[];
  global?: boolean;
}): RegExp {
  const terms = [...new Set(source.terms ?? [])].sort((a, b) => b.length - a.length);
  const patterns = source.patterns ?? [];
  const alternatives = [...terms.map(phraseToPattern), ...patterns.map((p) => `(?:${p})`)];
  const flags = `${source.global === false ? '' : 'g'}i${needsUnicodeFlag(patterns) ? 'u' : ''}`;
  return new RegExp(`(?:${alternatives.join('|')})`, flags);
}
