import { describe, expect, test } from 'vitest';
import { findPii, type PiiSpan } from './find-pii.js';
import type { PiiKind } from './pii-kind.js';
import {
  breakCheckDigit,
  buildCardNumber,
  buildIdNumber,
  buildIdNumberEndingInX,
  buildLuhnValidIdNumber,
  groupDigits,
  passesLuhn,
  toSpokenDigits,
} from './test-support/build-pii-numbers.js';

// The span a test expects, located independently of findPii so that offsets are checked, not echoed.
function spanOf(text: string, piece: string, kind: PiiKind): PiiSpan {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`"${piece}" is not in "${text}"`);
  return { kind, start, end: start + piece.length, text: piece };
}

function kindsIn(text: string): [PiiKind, string][] {
  return findPii(text).map((span) => [span.kind, span.text]);
}

describe('mobile numbers', () => {
  test('finds an 11-digit mobile number with exact offsets', () => {
    const text = '您好，我的手机号是13800138000，谢谢';
    expect(findPii(text)).toEqual([spanOf(text, '13800138000', 'mobile')]);
  });

  test.each([
    '138 0013 8000',
    '138-0013-8000',
    '138 00138000',
    '1380013 8000',
    '138,0013,8000',
    '138，0013，8000',
  ])('finds a mobile number grouped as %s', (number) => {
    const text = `手机${number}。`;
    expect(findPii(text)).toEqual([spanOf(text, number, 'mobile')]);
  });

  test.each(['+86 138 0013 8000', '+8613800138000', '+86-13800138000', '0086 13800138000', '8613800138000'])(
    'covers the country prefix of %s',
    (number) => {
      const text = `call me on ${number} please`;
      expect(findPii(text)).toEqual([spanOf(text, number, 'mobile')]);
    },
  );

  test('finds a mobile number written in spoken Chinese digits', () => {
    const text = '号码是幺三八零零一三八零零零';
    expect(findPii(text)).toEqual([spanOf(text, '幺三八零零一三八零零零', 'mobile')]);
  });

  test.each([
    '一三八 零零一三 八零零零',
    '一三八，零零一三，八零零零',
    '幺三八、零零、幺三八、零零零',
    '一 三 八 零 零 一 三 八 零 零 零',
    '138零零13八000',
    '幺三九两两三三四四五五',
    '１３８００１３８０００',
  ])('finds a mobile number as ASR writes it: %s', (number) => {
    const text = `我的电话${number}，记一下`;
    expect(findPii(text)).toEqual([spanOf(text, number, 'mobile')]);
  });

  test('leaves out a spoken digit that belongs to the next word', () => {
    const text = '我的号码是一三八零零一三八零零零一下';
    expect(findPii(text)).toEqual([spanOf(text, '一三八零零一三八零零零', 'mobile')]);
  });

  test('leaves out a spoken digit that belongs to the word before', () => {
    const text = '星期一一三八零零一三八零零零打给我';
    expect(findPii(text)).toEqual([spanOf(text, '一三八零零一三八零零零', 'mobile')]);
  });

  test('keeps a digit next to a word when it is not 一 or 两', () => {
    // A misheard ID number (bad check digit) that, without its first 四, would pass Luhn as a card.
    const misheard = Array.from({ length: 1000 }, (_, sequence) =>
      breakCheckDigit(buildIdNumber({ region: '440104', sequence: String(sequence).padStart(3, '0') })),
    ).find((id) => passesLuhn(id.slice(1)));
    expect(misheard).toBeDefined();
    expect(findPii(`身份证号${toSpokenDigits(misheard ?? '')}`)).toEqual([]);
  });

  test('finds two numbers read one after the other', () => {
    const text = '13800138000 13912345678';
    expect(kindsIn(text)).toEqual([
      ['mobile', '13800138000'],
      ['mobile', '13912345678'],
    ]);
  });

  test('ignores a mobile-like stretch inside a longer order number', () => {
    expect(findPii('订单号202503031380013800012已经发货')).toEqual([]);
    expect(findPii('订单号 2025030313800138000')).toEqual([]);
  });

  test.each([
    ['starts with 12', '12800138000'],
    ['has 10 digits', '1380013800'],
    ['has 12 digits', '138001380001'],
    ['is written as an amount', '13,800,138,000'],
    ['is the integer part of a decimal', '13800138000.50'],
    ['is part of a code with letters', 'SF13800138000'],
    ['is followed by letters', '13800138000abc'],
    ['is grouped unlike a phone number', '13 800 138 000'],
  ])('ignores an 11-digit number that %s', (_reason, number) => {
    expect(findPii(`编号${number}`)).toEqual([]);
  });
});

describe('landlines', () => {
  test.each([
    '010-12345678',
    '010 8765 4321',
    '(021)87654321',
    '（021）87654321',
    '(0755) 2345 6789',
    '0755 2345 6789',
    '0755-2345678',
    '02187654321',
    '零二一 八七六五四三二一',
  ])('finds the landline %s', (number) => {
    const text = `座机${number}，白天打`;
    expect(findPii(text)).toEqual([spanOf(text, number, 'landline')]);
  });

  test.each(['400-123-4567', '4001234567', '400 123 4567', '800-810-8888', '四零零 幺二三 四五六七'])(
    'leaves the company service number %s alone',
    (number) => {
      expect(findPii(`请拨打客服热线${number}咨询`)).toEqual([]);
    },
  );

  test.each([
    ['a local number without area code', '87654321'],
    ['an 01x code other than 010', '011-12345678'],
    ['an international prefix', '00123456789'],
    ['a local number starting with 0', '021-07654321'],
    ['too many local digits', '021-876543210'],
  ])('ignores %s', (_reason, number) => {
    expect(findPii(`号码${number}`)).toEqual([]);
  });
});

describe('ID card numbers', () => {
  test('finds an 18-digit ID number with a valid check digit', () => {
    const id = buildIdNumber();
    const text = `身份证号${id}，请核对`;
    expect(findPii(text)).toEqual([spanOf(text, id, 'id_card')]);
  });

  test.each(['X', 'x', ' X', 'Ｘ', '叉'])('covers a final check character written "%s"', (x) => {
    const id = buildIdNumberEndingInX().replace('X', x);
    const text = `证件号码：${id}。`;
    expect(findPii(text)).toEqual([spanOf(text, id, 'id_card')]);
  });

  test('does not take the X of a following word as a check character', () => {
    const body = buildIdNumberEndingInX().slice(0, 17);
    expect(findPii(`编号${body}Xiaomi`)).toEqual([]);
    expect(findPii(`编号${body}`)).toEqual([]);
  });

  test('finds an ID number read out in Chinese digits with a final X', () => {
    const spoken = toSpokenDigits(buildIdNumberEndingInX({ region: '110105', birthDate: '19900307' }), {
      one: '一',
    });
    const text = `身份证号是${spoken}`;
    expect(findPii(text)).toEqual([spanOf(text, spoken, 'id_card')]);
  });

  test('finds an ID number read out in chunks', () => {
    const spoken = groupDigits(toSpokenDigits(buildIdNumber({ region: '440305' })), [3, 3, 4, 4], ' ');
    const text = `是${spoken}对吧`;
    expect(findPii(text)).toEqual([spanOf(text, spoken, 'id_card')]);
  });

  test('finds an ID number written 6-8-4', () => {
    const id = groupDigits(buildIdNumber(), [6, 8], ' ');
    expect(kindsIn(`ID ${id}`)).toEqual([['id_card', id]]);
  });

  test('accepts 29 February in a leap year', () => {
    const id = buildIdNumber({ birthDate: '20000229' });
    expect(kindsIn(id)).toEqual([['id_card', id]]);
  });

  test('ignores an 18-digit number with a bad check digit', () => {
    expect(findPii(`订单${breakCheckDigit(buildIdNumber())}`)).toEqual([]);
  });

  test.each([
    ['an impossible date', { birthDate: '19900230' }],
    ['29 February in a common year', { birthDate: '19000229' }],
    ['a birth year before 1900', { birthDate: '18991231' }],
    ['month 13', { birthDate: '19901301' }],
    ['an unknown province code', { region: '990105' }],
  ])('ignores a number with a valid check digit but %s', (_reason, parts) => {
    expect(findPii(`编号${buildIdNumber(parts)}`)).toEqual([]);
  });

  test('classifies a Luhn-valid ID number as an ID card, not a bank card', () => {
    const id = buildLuhnValidIdNumber();
    expect(kindsIn(id)).toEqual([['id_card', id]]);
  });

  test('finds a legacy 15-digit ID number with a real birth date', () => {
    expect(kindsIn('老身份证110105900307123')).toEqual([['id_card', '110105900307123']]);
  });

  test('ignores a 15-digit number whose date part is not a date', () => {
    expect(findPii('单号110105901307123')).toEqual([]);
  });
});

describe('bank card numbers', () => {
  test('finds a 19-digit UnionPay number', () => {
    const card = buildCardNumber({ prefix: '622202', length: 19 });
    const text = `卡号${card}，开户行招商银行`;
    expect(findPii(text)).toEqual([spanOf(text, card, 'bank_card')]);
  });

  test.each([
    ['4', 16],
    ['5', 16],
    ['62', 16],
    ['37', 15],
  ])('finds a card starting %s with %i digits', (prefix, length) => {
    const card = buildCardNumber({ prefix, length });
    expect(kindsIn(`card ${card}`)).toEqual([['bank_card', card]]);
  });

  test.each([
    [[4, 6], 15],
    [[4, 6], 14],
    [[6], 19],
  ])('finds a card number grouped as %j with %i digits', (sizes, length) => {
    const card = groupDigits(buildCardNumber({ prefix: '3', length }), sizes, ' ');
    expect(kindsIn(`card no. ${card}`)).toEqual([['bank_card', card]]);
  });

  test.each([' ', '-'])('finds a card number grouped in fours with "%s"', (separator) => {
    const card = groupDigits(buildCardNumber({ prefix: '6222', length: 19 }), [4, 4, 4, 4], separator);
    const text = `卡号是 ${card} 没错`;
    expect(findPii(text)).toEqual([spanOf(text, card, 'bank_card')]);
  });

  test('finds a card number read out in Chinese digits', () => {
    const spoken = groupDigits(
      toSpokenDigits(buildCardNumber({ prefix: '6222' }), { one: '一' }),
      [4, 4, 4, 4],
    );
    const text = `我的卡号是${spoken}`;
    expect(findPii(text)).toEqual([spanOf(text, spoken, 'bank_card')]);
  });

  test('ignores a 16-digit number that fails Luhn', () => {
    expect(findPii(`卡号${breakCheckDigit(buildCardNumber({ prefix: '4', length: 16 }))}`)).toEqual([]);
  });

  test.each(['1', '2', '7', '8', '9'])('ignores a Luhn-valid order number starting %s', (prefix) => {
    expect(findPii(`订单 ${buildCardNumber({ prefix, length: 16 })}`)).toEqual([]);
  });

  test('ignores a Luhn-valid number grouped unlike a card', () => {
    const odd = groupDigits(buildCardNumber({ prefix: '4', length: 16 }), [2, 5, 3], ' ');
    expect(findPii(`编号 ${odd}`)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  test('finds an address between Chinese words and leaves out the full stop', () => {
    const text = '邮箱是zhang.san+qa@mail.example.com.cn.';
    expect(findPii(text)).toEqual([spanOf(text, 'zhang.san+qa@mail.example.com.cn', 'email')]);
  });

  test('reports an address made of a phone number once, as an e-mail', () => {
    const text = '发到13800138000@qq.com吧';
    expect(findPii(text)).toEqual([spanOf(text, '13800138000@qq.com', 'email')]);
  });

  test.each([
    '三九二零五八八七幺六艾特QQ点com',
    'zhangsan艾特gmail点com',
    '幺二三四五六七八@幺六三.com',
    'zhang.san @ example.com',
  ])('finds the address %s as ASR writes it', (address) => {
    const text = `发到${address}，谢谢`;
    expect(findPii(text)).toEqual([spanOf(text, address, 'email')]);
  });

  test.each(['user@localhost', '@example.com', 'user@@example.com', 'user@example.c'])(
    'ignores %s',
    (text) => {
      expect(findPii(text)).toEqual([]);
    },
  );
});

describe('ordinary text', () => {
  test.each([
    '您好，请问有什么可以帮您？',
    '一个 三十块钱 两三天 第一次 一二三月份',
    '一二三四五六七八九',
    '我们一一核对一下，两两一组',
    '2025年3月3日下午3点30分，20250303',
    '金额1,234.56元，3000块，12345678.90元',
    '快递单号SF1234567890123，运单YT9876543210987',
    '时间 2025-03-03 14:30:00',
    '版本 v1.13800138000',
    '工单号 2025-0303-1380',
    '明天下午三点到，艾特一下张三',
  ])('finds nothing in "%s"', (text) => {
    expect(findPii(text)).toEqual([]);
  });
});

describe('mixed turns and options', () => {
  const id = buildIdNumber({ region: '320102', birthDate: '19851120', sequence: '456' });
  const card = groupDigits(buildCardNumber({ prefix: '622848', length: 19 }), [4, 4, 4, 4]);
  const text = `客户张三，手机幺三八 零零一三 八零零零，身份证${id}，卡号${card}，座机010-87654321，邮箱zs@example.com，客服400-123-4567。`;

  test('finds every item of a turn in order with exact offsets', () => {
    expect(findPii(text)).toEqual([
      spanOf(text, '幺三八 零零一三 八零零零', 'mobile'),
      spanOf(text, id, 'id_card'),
      spanOf(text, card, 'bank_card'),
      spanOf(text, '010-87654321', 'landline'),
      spanOf(text, 'zs@example.com', 'email'),
    ]);
  });

  test('returns only the kinds asked for', () => {
    expect(kindsIn(text).filter(([kind]) => kind === 'id_card' || kind === 'email')).toEqual(
      findPii(text, { kinds: ['id_card', 'email'] }).map((span) => [span.kind, span.text]),
    );
    expect(findPii(text, { kinds: ['email'] })).toEqual([spanOf(text, 'zs@example.com', 'email')]);
    expect(findPii(text, { kinds: [] })).toEqual([]);
  });

  test('does not reclassify an ID number as a card when only cards are asked for', () => {
    expect(findPii(buildLuhnValidIdNumber(), { kinds: ['bank_card'] })).toEqual([]);
  });

  test('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    const spans = findPii(`${text} ${text}`);
    expect(spans).toHaveLength(10);
    for (const [i, span] of spans.entries()) {
      expect(`${text} ${text}`.slice(span.start, span.end)).toBe(span.text);
      expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    }
  });
});
