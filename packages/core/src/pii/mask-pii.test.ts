import { describe, expect, test } from 'vitest';
import { findPii } from './find-pii.js';
import { maskPii } from './mask-pii.js';
import {
  buildCardNumber,
  buildIdNumber,
  buildIdNumberEndingInX,
  groupDigits,
  toSpokenDigits,
} from './test-support/build-pii-numbers.js';

const id = buildIdNumberEndingInX({ region: '330106', birthDate: '19920615' });
const card = groupDigits(buildCardNumber({ prefix: '622848', length: 19 }), [4, 4, 4, 4]);
const turn = `您好，手机+86 138-0013-8000，身份证${id}，卡号${card}，邮箱zhang.san@example.com，客服400-123-4567。`;

describe('maskPii', () => {
  test('masks a mobile number keeping its separators and last 4 digits', () => {
    expect(maskPii('手机138-0013-8000。').text).toBe('手机***-****-8000。');
  });

  test('masks a mobile number written in spoken Chinese digits', () => {
    expect(maskPii('号码是幺三八 零零一三 八零零零').text).toBe('号码是*** **** 八零零零');
  });

  test('masks the country prefix along with the number', () => {
    expect(maskPii('+86 13800138000').text).toBe('+** *******8000');
  });

  test('masks a landline keeping the parentheses around its area code', () => {
    expect(maskPii('座机(021)87654321').text).toBe('座机(***)****4321');
  });

  test('masks every character of an ID number, X included', () => {
    expect(maskPii(`证件${id}`).text).toBe(`证件${'*'.repeat(18)}`);
  });

  test('masks a spoken ID number entirely', () => {
    const spoken = toSpokenDigits(buildIdNumber(), { one: '一' });
    expect(maskPii(`身份证号是${spoken}`).text).toBe(`身份证号是${'*'.repeat(18)}`);
  });

  test('masks a bank card keeping the last 4 digits', () => {
    const digits = buildCardNumber({ prefix: '622202', length: 19 });
    const grouped = groupDigits(digits, [4, 4, 4, 4]);
    expect(maskPii(`卡号${grouped}`).text).toBe(
      `卡号**** **** **** ***${digits.slice(15, 16)} ${digits.slice(16)}`,
    );
    expect(maskPii(`卡号${digits}`).text).toBe(`卡号${'*'.repeat(15)}${digits.slice(15)}`);
  });

  test('masks the local part of an e-mail address except its first character', () => {
    expect(maskPii('邮箱zhang.san@example.com。').text).toBe('邮箱z********@example.com。');
  });

  test('masks the local part of an address read out in Chinese', () => {
    expect(maskPii('发到三九二零五八八七幺六艾特QQ点com').text).toBe('发到三*********艾特QQ点com');
    expect(maskPii('zhang.san @ example.com').text).toBe('z******** @ example.com');
  });

  test('leaves 400 numbers, amounts and order numbers readable', () => {
    const text = '请拨打400-123-4567，退款1,234.56元，订单202503031380013800012';
    expect(maskPii(text)).toEqual({ text, spans: [] });
  });

  test('keeps the length and every character outside the spans of a mixed turn', () => {
    const { text: masked, spans } = maskPii(turn);
    expect(masked).toHaveLength(turn.length);
    expect(spans.map((span) => span.kind)).toEqual(['mobile', 'id_card', 'bank_card', 'email']);
    const original = findPii(turn);
    expect(spans.map(({ start, end }) => [start, end])).toEqual(
      original.map(({ start, end }) => [start, end]),
    );
    let outside = '';
    let maskedOutside = '';
    let cursor = 0;
    for (const span of spans) {
      outside += turn.slice(cursor, span.start);
      maskedOutside += masked.slice(cursor, span.start);
      cursor = span.end;
    }
    expect(maskedOutside).toBe(outside);
    expect(masked.endsWith('客服400-123-4567。')).toBe(true);
  });

  test('returns spans holding the masked text, so no original digits leak through them', () => {
    const { text: masked, spans } = maskPii(turn);
    for (const span of spans) expect(span.text).toBe(masked.slice(span.start, span.end));
    expect(spans.map((span) => span.text).join('')).not.toContain('0013');
  });

  test('uses the mask character and keepLast it is given', () => {
    expect(maskPii('13800138000', { maskChar: '•', keepLast: 0 }).text).toBe('•••••••••••');
    expect(maskPii(`ID ${id}`, { keepLast: 2 }).text).toBe(`ID ${'*'.repeat(16)}${id.slice(-2)}`);
    expect(maskPii('13800138000', { keepLast: 20 }).text).toBe('13800138000');
  });

  test('masks only the kinds asked for', () => {
    const { text, spans } = maskPii(turn, { kinds: ['email'] });
    expect(spans.map((span) => span.kind)).toEqual(['email']);
    expect(text).toContain('138-0013-8000');
    expect(text).toContain('z********@example.com');
  });

  test('returns text without personal data unchanged', () => {
    const text = '您好，请问有什么可以帮您？一个小时后再打过来。';
    expect(maskPii(text)).toEqual({ text, spans: [] });
  });

  test.each(['', '**', '😀'])('rejects the mask character %j, which would shift offsets', (maskChar) => {
    expect(() => maskPii('13800138000', { maskChar })).toThrow(/one UTF-16 code unit/);
  });

  test.each([-1, 1.5, Number.NaN])('rejects keepLast %s', (keepLast) => {
    expect(() => maskPii('13800138000', { keepLast })).toThrow(/keepLast must be a whole number/);
  });
});
