import type { PiiSpan } from './find-pii.js';

// The lookbehind makes a match start only where an address can start, so a long token is not retried
// at every character; the bounded quantifiers keep backtracking linear.
const emailPattern =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/**
 * Finds e-mail addresses written out in ASCII (ASR output such as "zhang san at qq dot com" is not an
 * address and is not found).
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
    const end = start + match[0].length;
    spans.push({ kind: 'email', start, end, text: match[0] });
  }
  return spans;
}
