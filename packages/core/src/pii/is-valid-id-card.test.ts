import { describe, expect, test } from 'vitest';
import { isValidIdCard } from './is-valid-id-card.js';
import { breakCheckDigit, buildIdNumber } from './test-support/build-pii-numbers.js';

const sequences = Array.from({ length: 200 }, (_, i) => String(i).padStart(3, '0'));

describe('isValidIdCard', () => {
  test('accepts the worked example of GB 11643, whose check character is X', () => {
    expect(buildIdNumber({ region: '110105', birthDate: '19491231', sequence: '002' })).toBe(
      '11010519491231002X',
    );
    expect(isValidIdCard('11010519491231002X')).toBe(true);
  });

  test('accepts every check character, X included', () => {
    const ids = sequences.map((sequence) => buildIdNumber({ sequence }));
    expect(new Set(ids.map((id) => id.at(-1))).size).toBe(11);
    expect(ids.filter((id) => !isValidIdCard(id))).toEqual([]);
  });

  test('rejects every number whose check character is wrong', () => {
    const broken = sequences.map((sequence) => breakCheckDigit(buildIdNumber({ sequence })));
    expect(broken.filter((id) => isValidIdCard(id))).toEqual([]);
  });

  test('expects the check character X in upper case, as callers normalise it', () => {
    expect(isValidIdCard('11010519491231002x')).toBe(false);
  });

  test('accepts a foreigner permanent residence number, which starts with 9 and the province', () => {
    expect(isValidIdCard(buildIdNumber({ region: '911840', birthDate: '19800101' }))).toBe(true);
  });

  test.each([
    ['19900229', false],
    ['20000229', true],
    ['21000101', false],
    ['20991231', true],
    ['19900431', false],
    ['19900001', false],
  ])('judges the birth date %s as real: %s', (birthDate, valid) => {
    expect(isValidIdCard(buildIdNumber({ birthDate }))).toBe(valid);
  });

  test('accepts a legacy 15-digit number only with a real 19xx date', () => {
    expect(isValidIdCard('110105491231002')).toBe(true);
    expect(isValidIdCard('110105490231002')).toBe(false);
    expect(isValidIdCard('000105491231002')).toBe(false);
  });

  test('rejects other lengths and non-digits', () => {
    expect(isValidIdCard('1101051949123100')).toBe(false);
    expect(isValidIdCard('11010519491231A02X')).toBe(false);
  });
});
