import { describe, expect, test } from 'vitest';
import { buildCharRequirement, CharAlphabet, type CharRequirement, mayMatch } from './char-requirement.js';

function tester(alternatives: string[]): (text: string) => boolean {
  const alphabet = new CharAlphabet();
  const requirement = buildCharRequirement(alternatives, alphabet) as CharRequirement;
  expect(requirement).not.toBeNull();
  return (text) => mayMatch(requirement, alphabet.bitsOfAll([text]), 0);
}

describe('char requirement', () => {
  test('needs every mandatory character of some alternative, not just one', () => {
    const may = tester(['投诉', '(?:太|很)差']);
    expect(may('我要投诉你们')).toBe(true);
    expect(may('这也太差了')).toBe(true);
    // 投 without 诉, 太 without 差: the old one-character class let these through.
    expect(may('我投了一个币')).toBe(false);
    expect(may('太好了')).toBe(false);
    expect(may('查一下话费')).toBe(false);
  });

  test('folds ASCII case, including the Kelvin sign and long s that the i and u flags fold', () => {
    const may = tester(['\\bok\\b', 'sms']);
    expect(may('OK then')).toBe(true);
    expect(may('\u212aO')).toBe(true);
    expect(may('\u017fMS')).toBe(true);
    expect(may('fine')).toBe(false);
  });

  test('splits top-level branches of a pattern into alternatives of their own', () => {
    const may = tester(['去死|活该']);
    expect(may('活该')).toBe(true);
    expect(may('去哪')).toBe(false);
  });

  test('gives up on an alternative that needs no known character', () => {
    expect(buildCharRequirement(['投诉', '\\d+'], new CharAlphabet())).toBeNull();
    expect(buildCharRequirement(['[a-z]+'], new CharAlphabet())).toBeNull();
  });

  test('leaves out a set it cannot test, keeping the others', () => {
    // É folds to é under the i flag: testing it as a bit could wrongly reject, so only 诉 is required.
    const may = tester(['É诉']);
    expect(may('é诉')).toBe(true);
    expect(may('诉')).toBe(true);
    expect(may('好')).toBe(false);
  });

  test('keeps one bit set per text when several texts are packed together', () => {
    const alphabet = new CharAlphabet();
    const requirement = buildCharRequirement(['投诉'], alphabet) as CharRequirement;
    const bits = alphabet.bitsOfAll(['你好', '我要投诉', '谢谢']);
    expect([0, 1, 2].map((t) => mayMatch(requirement, bits, t * alphabet.words))).toEqual([
      false,
      true,
      false,
    ]);
  });
});
