import { expect, test } from 'vitest';
import { csvField } from './csv-formatter.js';
import { displayWidth, padDisplay, truncateDisplay } from './display-width.js';

test('csvField quotes commas, quotes and newlines and defuses formulas', () => {
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('他说"你好"')).toBe('"他说""你好"""');
  expect(csvField('两行\n文字')).toBe('"两行\n文字"');
  expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvField(-5)).toBe('-5');
  expect(csvField(undefined)).toBe('');
});

test('Chinese characters take two columns', () => {
  expect(displayWidth('开头语')).toBe(6);
  expect(displayWidth('ok 您好')).toBe(7);
  expect(displayWidth('\u001b[31m错\u001b[0m')).toBe(2);
  expect(padDisplay('礼貌', 6)).toBe('礼貌  ');
  expect(truncateDisplay('坐席最后两轮未使用结束语', 9)).toBe('坐席最后…');
});
