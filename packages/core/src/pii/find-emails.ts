import type { PiiSpan } from './find-pii.js';

// ASR writes an address read out in Chinese with 艾特 for @, 点 for the dots and Chinese digits for a QQ
// number or 163: 三九二零五八八七幺六艾特QQ点com. Those characters are accepted beside the written ones.
const name = 'A-Za-z0-9零〇一二三四五六七八九幺两';
const label = `[${name}](?:[${name}-]{0,61}[${name}])?`;

// The lookbehind lets a match start only where an address can start, so a long token is not retried at
// every character; the bounded quantifiers keep backtracking short.
const emailPattern = new RegExp(
  `(?<![${name}._%+-])[${name}._%+-]{1,64} ?(?:@|艾特) ?(?:${label} ?(?:\\.|点) ?)+[A-Za-z]{2,24}(?![A-Za-z0-9-])`,
  'g',
);

/**
 * Finds e-mail addresses, written (zhang.san@example.com) or as ASR writes them when read out in
 * Chinese (幺二三四五六七艾特QQ点com).
 *
 * @example
 * findEmails('邮箱是 zhang.san@example.com 谢谢');
 * // [{ kind: 'email', start: 4, end: 25, text: 'zhang.san@example.com' }]
 */
export function findEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // The pattern is shared and global: exec resumes from lastIndex, so it must start from 0 each call.
  emailPattern.lastIndex = 0;
  for (let match = emailPattern.exec(text); match !== null; match = emailPattern.exec(text)) {
    const start = match.index;
    spans.push({ kind: 'email', start, end: start + match[0].length, text: match[0] });
  }
  return spans;
}
