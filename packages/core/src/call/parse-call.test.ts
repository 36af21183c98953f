import { describe, expect, test } from 'vitest';
import { CallSchema } from './call-schema.js';
import { formatIssuePath, parseCall } from './parse-call.js';

const valid = {
  id: 'c-0001',
  agentId: 'a-101',
  team: 'ACD-A',
  queue: 'billing',
  startedAt: '2025-03-03T09:12:00+08:00',
  language: 'zh',
  hangupBy: 'customer',
  turns: [
    { speaker: 'agent', startMs: 0, endMs: 4200, text: '您好,很高兴为您服务,请问有什么可以帮您?' },
    { speaker: 'customer', startMs: 4600, endMs: 9100, text: '我想查一下话费。' },
  ],
};

describe('parseCall', () => {
  test('accepts the interchange format and keeps unknown business fields', () => {
    const parsed = parseCall({ ...valid, orderId: 'O-1', 业务类型: '话费查询' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.call.id).toBe('c-0001');
      expect((parsed.call as Record<string, unknown>).业务类型).toBe('话费查询');
      expect((parsed.call as Record<string, unknown>).orderId).toBe('O-1');
    }
  });

  test('detects the language of a call that does not say', () => {
    const { language: _language, ...rest } = valid;
    expect(parseCall(rest).ok && (parseCall(rest) as { call: { language: string } }).call.language).toBe(
      'zh',
    );
    const english = {
      ...rest,
      turns: [{ speaker: 'agent', startMs: 0, endMs: 10, text: 'Hello, thanks for calling Acme!' }],
    };
    const parsed = parseCall(english);
    expect(parsed.ok && parsed.call.language).toBe('en');
  });

  test('reports turns that are not sorted by startMs, naming the turn', () => {
    const turns = [valid.turns[1], valid.turns[0]];
    const parsed = parseCall({ ...valid, turns });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.field).toBe('turns[1].startMs');
  });

  test('reports a turn that ends before it starts', () => {
    const parsed = parseCall({
      ...valid,
      turns: [{ speaker: 'agent', startMs: 500, endMs: 100, text: 'x' }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues).toEqual([{ field: 'turns[0].endMs', message: 'endMs is before startMs' }]);
  });

  test('names the field of a bad speaker, hang-up side and language', () => {
    const parsed = parseCall({
      ...valid,
      language: 'fr',
      hangupBy: 'nobody',
      turns: [{ speaker: 'robot', startMs: 0, endMs: 1, text: '' }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.field).sort()).toEqual(['hangupBy', 'language', 'turns[0].speaker']);
    }
  });

  test('rejects a call without an id or turns', () => {
    const parsed = parseCall({ language: 'zh' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.field).sort()).toEqual(['id', 'turns']);
  });

  test('reads null optional fields as absent and numeric ids as text', () => {
    const parsed = parseCall({ ...valid, id: 42, agentId: 101, team: null, hangupBy: null, startedAt: null });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.call.id).toBe('42');
      expect(parsed.call.agentId).toBe('101');
      expect('team' in parsed.call).toBe(false);
      expect(parsed.call.hangupBy).toBeUndefined();
    }
  });

  test('rejects a start time without an offset', () => {
    const parsed = parseCall({ ...valid, startedAt: '2025-03-03 09:12' });
    expect(parsed.ok).toBe(false);
  });
});

describe('formatIssuePath', () => {
  test('writes array indices in brackets', () => {
    expect(formatIssuePath(['sections', 1, 'items', 3, 'check', 'window', 'turns'])).toBe(
      'sections[1].items[3].check.window.turns',
    );
    expect(formatIssuePath([])).toBe('(root)');
  });
});

describe('the fast path agrees with CallSchema', () => {
  const turn = { speaker: 'agent', startMs: 0, endMs: 10, text: 'x' };
  const variants: unknown[] = [
    valid,
    { ...valid, language: undefined },
    { ...valid, agentId: '' },
    { ...valid, agentId: true },
    { ...valid, team: {} },
    { ...valid, startedAt: '2025-03-03T09:12:00Z' },
    { ...valid, startedAt: '2025-03-03T09:12:00' },
    { ...valid, startedAt: '2025-02-30T09:12:00+08:00' },
    { ...valid, hangupBy: 'agent' },
    { ...valid, turns: [] },
    { ...valid, turns: [{ ...turn, startMs: 1.5 }] },
    { ...valid, turns: [{ ...turn, startMs: -1 }] },
    { ...valid, turns: [{ ...turn, text: null }] },
    { ...valid, turns: [{ ...turn, extra: true }] },
    { ...valid, turns: [turn, { ...turn, startMs: 0, endMs: 5 }] },
    { ...valid, turns: 'none' },
    [],
    null,
    'call',
  ];
  test.each(variants.map((v, i) => [i, v]))('variant %i', (_i, input) => {
    const reference = CallSchema.safeParse(input);
    const parsed = parseCall(input);
    expect(parsed.ok).toBe(reference.success);
    if (parsed.ok && reference.success) expect(parsed.call).toEqual(reference.data);
  });
});
