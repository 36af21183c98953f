import { describe, expect, test } from 'vitest';
import { isLuhnValid } from './is-luhn-valid.js';
import { breakCheckDigit, buildCardNumber } from './test-support/build-pii-numbers.js';

describe('isLuhnValid', () => {
  test('accepts the textbook number 79927398713', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
  });

  test('accepts built card numbers of every length from 13 to 19 and rejects them with a wrong check digit', () => {
    for (let length = 13; length <= 19; length++) {
      const card = buildCardNumber({ prefix: '62', length });
      expect([isLuhnValid(card), isLuhnValid(breakCheckDigit(card))]).toEqual([true, false]);
    }
  });

  test('rejects an empty string and non-digits', () => {
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('7992739871X')).toBe(false);
  });
});
