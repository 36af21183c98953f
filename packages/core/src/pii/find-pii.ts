import { findDigitPii } from './find-digit-pii.js';
import { findEmails } from './find-emails.js';
import type { PiiKind } from './pii-kind.js';

/** One piece of personal data: UTF-16 offsets into the scanned text, end exclusive. */
export type PiiSpan = { kind: PiiKind; start: number; end: number; text: string };

// Every kind needs a digit (Arabic, full-width or spoken) or an @ (艾特 when read out); a turn with
// none of them stops here. 艾 stays out of the class: it made the test four times slower.
const mightHoldPii = /[0-9０-９零〇一二三四五六七八九幺两@]/;

/**
 * Finds phone numbers, ID card numbers, bank card numbers and e-mail addresses in a transcript turn,
 * including numbers read out in Chinese digits. Spans are sorted by start and never overlap. `kinds` only
 * filters the result: a number is classified the same way whichever kinds are asked for.
 *
 * @example
 * findPii('我的手机是幺三八 零零一三 八零零零');
 * // [{ kind: 'mobile', start: 5, end: 18, text: '幺三八 零零一三 八零零零' }]
 */
export function findPii(text: string, options: { kinds?: readonly PiiKind[] } = {}): PiiSpan[] {
  const { kinds } = options;
  if (kinds?.length === 0) return [];
  const spokenAt = text.includes('艾特');
  if (!spokenAt && !mightHoldPii.test(text)) return [];
  const emails = spokenAt || text.includes('@') ? findEmails(text) : [];
  const onlyEmails = kinds?.every((kind) => kind === 'email') ?? false;
  const numbers = onlyEmails ? [] : findDigitPii(text);
  const spans = mergeSpans(emails, numbers);
  return kinds === undefined ? spans : spans.filter((span) => kinds.includes(span.kind));
}

// Both lists are sorted. An address such as 13800138000@qq.com is one e-mail, so numbers inside one are dropped.
function mergeSpans(emails: PiiSpan[], numbers: PiiSpan[]): PiiSpan[] {
  if (emails.length === 0) return numbers;
  const merged: PiiSpan[] = [];
  let next = 0;
  for (const number of numbers) {
    let email = emails[next];
    while (email !== undefined && email.end <= number.start) {
      merged.push(email);
      next++;
      email = emails[next];
    }
    if (email === undefined || number.end <= email.start) merged.push(number);
  }
  merged.push(...emails.slice(next));
  return merged;
}
