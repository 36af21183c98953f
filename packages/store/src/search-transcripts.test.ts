import type { Call } from '@callqa/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { saveCalls } from './save-calls.js';
import { searchTranscripts } from './search-transcripts.js';
import { openTestStore } from './test-support/builders.js';

const zhFragments = [
  '您好，很高兴为您服务',
  '我要退款',
  '退款手续费怎么算',
  '我要投诉你们',
  '让你们经理来接电话',
  '话费怎么又扣了50元',
  '手续费退回来了吗',
  '款项已经退回',
  '退了款再说',
  '请问还有什么可以帮您',
  '经理不在，我帮您登记',
  '好',
  '嗯',
  '对对对',
  '这个“退款”到底什么时候到账？',
  '订单号是A1234567890',
  '您的手机号13800138000对吗',
  '𠀀字怎么读',
  '投诉电话是12315',
  '我说的是话费，不是流量费',
  '手续 费',
];
const enFragments = [
  'Hello, thank you for calling',
  'I want a REFUND now',
  'The refund was processed yesterday',
  'This is non-refundable',
  'Let me transfer you to my manager',
  'The Manager will call back',
  'Your order id is ab-12',
  'He said "no refund" twice',
  "It's 50% off, isn't it?",
  'file_name.txt was attached',
  'café au lait',
  'OK',
  'refunded, REFUNDED, Refunded',
];

/** A deterministic generator: the same varied turns on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function buildCalls(): Call[] {
  const next = random(7);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)] ?? '';
  const calls: Call[] = [];
  for (let c = 0; c < 40; c++) {
    const turns = [];
    for (let t = 0; t < 10; t++) {
      const parts = [pick(zhFragments)];
      const roll = next();
      if (roll < 0.3) parts.push(pick(enFragments));
      if (roll < 0.15) parts.push(pick(zhFragments));
      if (roll > 0.8) parts.unshift(pick(enFragments));
      const glue = next() < 0.5 ? '' : next() < 0.5 ? ' ' : '，';
      turns.push({
        speaker: t % 2 ? ('customer' as const) : ('agent' as const),
        startMs: t * 1000,
        endMs: t * 1000 + 900,
        text: parts.join(glue),
      });
    }
    calls.push({ id: `call-${c}`, language: 'zh', turns });
  }
  return calls;
}

const terms = [
  '退款',
  '投诉',
  '经理',
  '话费',
  '退',
  '款',
  '费',
  '好',
  '𠀀',
  '退款手',
  '款手续',
  '手续费',
  '退款手续费',
  '手续 费',
  '您好，很高兴',
  '有什么可以帮您',
  '到底什么时候到账',
  '“退款”',
  '"no refund"',
  'refund',
  'REFUND',
  'Refund',
  'fund',
  'funded',
  'undab',
  'non-refundable',
  'manager',
  'ager',
  'a',
  'e',
  'ok',
  'café',
  'CAFÉ',
  '50%',
  '50',
  '50元',
  '费50',
  '元',
  '13800138000',
  '0013',
  '8000对',
  'A123',
  '1234567890',
  'file_name',
  'ab-12',
  "isn't",
  'refund 退款',
  '退款 refund',
  '我要退款I want',
  ' ',
  '，',
  '？',
  '',
  '不存在的词',
  'nothing-like-this',
  '退款退款',
  'xyz',
];

let store: Store;
let dispose: () => void;

beforeAll(async () => {
  ({ store, dispose } = await openTestStore());
  saveCalls(
    store,
    buildCalls().map((call) => ({ call })),
  );
});
afterAll(() => dispose());

function like(term: string): string[] {
  const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = store.sqlite
    .prepare(
      `select t.call_id, j.key as idx from transcripts t, json_each(t.turns) j
       where json_extract(j.value, '$.text') like ? escape '\\'`,
    )
    .all(pattern) as { call_id: string; idx: number }[];
  return rows.map((row) => `${row.call_id}#${row.idx}`).sort();
}

describe('searchTranscripts', () => {
  test('searches a few hundred varied turns', () => {
    expect(store.sqlite.prepare('select count(*) from transcripts t, json_each(t.turns)').pluck().get()).toBe(
      400,
    );
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(terms.filter((term) => like(term).length > 0).length).toBeGreaterThanOrEqual(40);
  });

  test.each(terms)('finds exactly the turns LIKE finds for %j', (term) => {
    const found = searchTranscripts(store, term, { limit: 10_000 })
      .map((hit) => `${hit.callId}#${hit.turn}`)
      .sort();
    expect(found).toEqual(like(term));
  });

  test('finds two-character words the trigram tokenizer cannot', () => {
    expect(searchTranscripts(store, '退款', { limit: 10_000 }).length).toBeGreaterThan(10);
    expect(searchTranscripts(store, '经理', { limit: 10_000 }).length).toBeGreaterThan(10);
  });

  test('returns the text and stops at the limit', () => {
    const hits = searchTranscripts(store, '退款', { limit: 3 });
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.text).toContain('退款');
  });
});
