import { describe, expect, test } from 'vitest';
import { distinctCjkBigrams, toCjkBigramQuery, toCjkBigrams } from './cjk-bigrams.js';

describe('toCjkBigrams', () => {
  test('turns a CJK run into overlapping bigrams followed by its last character', () => {
    expect(toCjkBigrams('我要退款')).toBe('我要 要退 退款 款');
  });

  test('keeps a lone CJK character as a unigram', () => {
    expect(toCjkBigrams('好，谢谢')).toBe('好 谢谢 谢');
  });

  test('lower-cases Latin words and appends their suffixes', () => {
    expect(toCjkBigrams('Refund 5G')).toBe('refund 5g efund fund und nd');
  });

  test('splits at the border between CJK and digits', () => {
    expect(toCjkBigrams('话费50元')).toBe('话费 费 50 元');
  });

  test('keeps a character outside the BMP whole', () => {
    expect(toCjkBigrams('𠀀好')).toBe('𠀀好 好');
  });

  test('cuts long suffixes to 12 characters', () => {
    const tokens = toCjkBigrams('13800138000123456').split(' ');
    expect(tokens[0]).toBe('13800138000123456');
    expect(tokens[1]).toBe('380013800012');
    expect(tokens.at(-1)).toBe('56');
  });
});

describe('toCjkBigramQuery', () => {
  test('asks for every bigram of a term', () => {
    expect(toCjkBigramQuery('退款')).toBe('"退款"');
    expect(toCjkBigramQuery('退款手续费')).toBe('"退款" AND "款手" AND "手续" AND "续费"');
  });

  test('asks for a lone character as a prefix', () => {
    expect(toCjkBigramQuery('款')).toBe('"款"*');
  });

  test('keeps the last character of a run that the term closes', () => {
    expect(toCjkBigramQuery('款 ref')).toBe('"款" AND "ref"*');
  });

  test('looks up a leading Latin fragment among suffixes', () => {
    expect(toCjkBigramQuery('Fund')).toBe('"fund"*');
    expect(toCjkBigramQuery('fund 退款')).toBe('"fund"* AND "退款"');
  });

  test('quotes a term with quotes and returns null when nothing can be looked up', () => {
    expect(toCjkBigramQuery('"退款"')).toBe('"退款" AND "款"');
    expect(toCjkBigramQuery('退款退款')).toBe('"退款" AND "款退"');
    expect(toCjkBigramQuery('a')).toBeNull();
    expect(toCjkBigramQuery('  ')).toBeNull();
    expect(toCjkBigramQuery('')).toBeNull();
  });
});

describe('distinctCjkBigrams', () => {
  test('holds each token of the texts once, the same tokens toCjkBigrams makes', () => {
    const texts = ['我要退款 Refund', '退款到账了吗？refunded', '', '𠀀𠀁 café 13800138000'];
    const expected = new Set(texts.flatMap((text) => toCjkBigrams(text).split(' ').filter(Boolean)));
    const tokens = distinctCjkBigrams(texts).split(' ');
    expect(new Set(tokens)).toEqual(expected);
    expect(tokens.length).toBe(expected.size);
  });
});
