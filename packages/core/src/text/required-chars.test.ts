import { describe, expect, test } from 'vitest';
import { buildPrefilter, requiredChars } from './required-chars.js';

const chars = (p: string) => {
  const set = requiredChars(p);
  return set ? [...set].sort() : null;
};

describe('requiredChars', () => {
  test('takes a mandatory literal, preferring an uncommon one', () => {
    expect(chars('投诉')).toEqual(['投']);
    expect(chars('你自己没看')).not.toEqual(['你']);
    expect(chars('(?:你|您)(?:搞|弄)错了')).toEqual(['错']);
  });

  test('takes the first characters of a mandatory group when nothing rarer is required', () => {
    expect(chars('(?:是|怪)?(?:你|您)(?:说|问)')?.sort()).toEqual(['你', '您']);
  });

  test('unions the branches of a top-level alternation', () => {
    expect(chars('去死|活该')?.length).toBe(2);
  });

  test('skips lookarounds, classes and wildcards', () => {
    expect(chars('(?<!麻)烦(?:透|人)')).toEqual(['烦']);
    expect(chars('[^,]{0,3}的')).toEqual(['的']);
    expect(chars('.{1,3}吧')).toEqual(['吧']);
  });

  test('gives up when a match could contain no known character', () => {
    expect(chars('[0-9]+')).toBeNull();
    expect(chars('(?:a|[0-9])x?')).toBeNull();
    expect(chars('^\\W*$')).toBeNull();
  });
});

describe('buildPrefilter', () => {
  test('is a class of the required characters, and null when any alternative is unknown', () => {
    const prefilter = buildPrefilter(['投诉', '(?:太|很)差'], false);
    expect(prefilter?.test('这也太差了')).toBe(true);
    expect(prefilter?.test('查一下话费')).toBe(false);
    expect(buildPrefilter(['投诉', '\\d+'], false)).toBeNull();
  });

  test('never rejects a text the full pattern matches (default Chinese lists)', () => {
    const alternatives = [
      '不(?:归|属于)[^,，。？?]{0,6}(?:管|负责)',
      '(?:你|您)(?:自己)?想办法',
      '(?<!有)没(?:有)?(?:办法|辙)',
    ];
    const full = new RegExp(alternatives.join('|'));
    const prefilter = buildPrefilter(alternatives, false);
    for (const text of ['这不归我们部门管', '您自己想办法吧', '我也没辙了', '查话费']) {
      if (full.test(text)) expect(prefilter?.test(text)).toBe(true);
    }
  });
});
