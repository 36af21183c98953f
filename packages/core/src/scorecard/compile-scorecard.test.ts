import { describe, expect, test } from 'vitest';
import { compileScorecard } from './compile-scorecard.js';

function card(items: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: 'demo',
    version: '1',
    name: { zh: '示例', en: 'Demo' },
    language: 'zh',
    passScore: 80,
    ...extra,
    sections: [
      {
        id: 'a',
        name: { zh: '甲', en: 'A' },
        items: [{ id: 'ok', name: { zh: '好', en: 'ok' }, points: 1, severity: 'C', scoring: 'manual' }],
      },
      { id: 'b', name: { zh: '乙', en: 'B' }, items },
    ],
  };
}

const reasons = { fail: { zh: '不合格', en: 'fail' }, pass: { zh: '合格', en: 'pass' } };
const item = (check: unknown, id = 'x') => ({
  id,
  name: { zh: 'x', en: 'x' },
  points: 5,
  severity: 'B',
  scoring: 'auto',
  check,
});

function issues(document: unknown) {
  const loaded = compileScorecard(document);
  if (loaded.ok) throw new Error('expected issues');
  return loaded.issues;
}

describe('compileScorecard', () => {
  test('names the path of a bad window inside the document', () => {
    const bad = card([
      item({ failWhen: { op: 'phrases', terms: ['喂'], window: { firstTurns: 0 } }, reasons }),
    ]);
    expect(issues(bad)).toContainEqual({
      path: 'sections[1].items[0].check.failWhen.window.firstTurns',
      message: expect.stringContaining('expected number to be >0'),
    });
  });

  test('reports an unknown phrase list and an invalid regular expression with their paths', () => {
    const bad = card([
      item({ failWhen: { op: 'phrases', list: 'nope' }, reasons }, 'a'),
      item({ failWhen: { op: 'regex', pattern: '(unclosed' }, reasons }, 'b'),
    ]);
    const found = issues(bad);
    expect(found).toContainEqual({
      path: 'sections[1].items[0].check.failWhen.list',
      message: 'unknown phrase list "nope"',
    });
    expect(found.some((i) => i.path.startsWith('sections[1].items[1].check.failWhen.pattern'))).toBe(true);
  });

  test('reports an unknown operator', () => {
    const found = issues(card([item({ failWhen: { op: 'sentiment' }, reasons })]));
    expect(found[0]?.path).toBe('sections[1].items[0].check.failWhen.op');
  });

  test('requires a check for automatic items and unique item ids', () => {
    const auto = { id: 'ok', name: { zh: 'x', en: 'x' }, points: 1, severity: 'A', scoring: 'auto' };
    const found = issues(card([auto]));
    expect(found).toContainEqual({
      path: 'sections[1].items[0].check',
      message: 'scoring "auto" needs a check',
    });
    expect(found).toContainEqual({ path: 'sections[1].items[0].id', message: 'duplicate item id "ok"' });
  });

  test('finds unknown and self-referring named conditions', () => {
    const found = issues(
      card([item({ failWhen: { op: 'ref', name: 'missing' }, reasons })], {
        conditions: { loop: { op: 'not', of: { op: 'ref', name: 'loop' } } },
      }),
    );
    expect(found).toContainEqual({
      path: 'sections[1].items[0].check.failWhen.name',
      message: 'unknown condition "missing"',
    });
    expect(found).toContainEqual({
      path: 'conditions.loop.of.name',
      message: 'condition "loop" refers to itself',
    });
  });

  test('checks list patterns when the list is defined', () => {
    const found = issues(
      card([item({ failWhen: { op: 'phrases', list: 'l' }, reasons })], {
        lists: { l: { patterns: ['[x'] } },
      }),
    );
    expect(found[0]?.path).toBe('lists.l.patterns[0]');
  });

  test('compiles a valid scorecard and sums its points', () => {
    const loaded = compileScorecard(card([item({ failWhen: { op: 'hangup', by: ['agent'] }, reasons })]));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.scorecard.maxScore).toBe(6);
      expect(loaded.scorecard.items.map((i) => i.id)).toEqual(['ok', 'x']);
      expect(loaded.scorecard.naPolicy).toBe('award');
    }
  });
});
