import { describe, expect, test } from 'vitest';
import { digitValue, isSpokenDigit } from './digit-value.js';

const valuesOf = (chars: string) => [...chars].map((char) => digitValue(char.charCodeAt(0)));

describe('digitValue', () => {
  test('reads Arabic, full-width and spoken digits', () => {
    expect(valuesOf('0123456789')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(valuesOf('０１２３４５６７８９')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(valuesOf('零一二三四五六七八九')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(valuesOf('〇幺两')).toEqual([0, 1, 2]);
  });

  test('reads numerals and other characters as no digit', () => {
    expect(valuesOf('十百千万亿点个a/:')).toEqual([-1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
  });
});

describe('isSpokenDigit', () => {
  test('is true only for digits written as Chinese characters', () => {
    expect([...'幺〇九9９十'].map((char) => isSpokenDigit(char.charCodeAt(0)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
