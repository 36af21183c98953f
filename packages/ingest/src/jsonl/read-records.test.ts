import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readRecords } from './read-records.js';

async function collect(chunks: string[]) {
  const out: Array<{ line: number; text: string }> = [];
  for await (const record of readRecords(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(record);
  return out;
}

describe('readRecords', () => {
  test('reads JSONL with line numbers, skipping blank lines and CRLF', async () => {
    const records = await collect(['{"id":"a"}\r\n\r\n{"id":', '"b"}\n{"id":"c"}']);
    expect(records).toEqual([
      { line: 1, text: '{"id":"a"}' },
      { line: 3, text: '{"id":"b"}' },
      { line: 4, text: '{"id":"c"}' },
    ]);
  });

  test('splits a JSON array into its elements across chunk boundaries', async () => {
    const array = JSON.stringify(
      [
        { id: 'a', text: 'has ] and } and \\" inside' },
        { id: 'b', turns: [{ t: '[' }] },
      ],
      null,
      2,
    );
    const chunks = array.match(/.{1,7}/gs) ?? [];
    const records = await collect(chunks);
    expect(records.map((r) => JSON.parse(r.text).id)).toEqual(['a', 'b']);
    expect(records[0]?.line).toBe(2);
    expect(JSON.parse(records[0]?.text ?? '{}').text).toBe('has ] and } and \\" inside');
  });

  test('ignores a UTF-8 byte order mark', async () => {
    const records = await collect(['\uFEFF{"id":"a"}\n']);
    expect(records).toEqual([{ line: 1, text: '{"id":"a"}' }]);
  });

  test('keeps Chinese text split across chunks intact', async () => {
    const line = JSON.stringify({ id: 'a', text: '您好,很高兴为您服务' });
    const bytes = Buffer.from(`${line}\n`);
    const stream = Readable.from([bytes.subarray(0, 20), bytes.subarray(20)]);
    const out = [];
    for await (const record of readRecords(stream)) out.push(JSON.parse(record.text).text);
    expect(out).toEqual(['您好,很高兴为您服务']);
  });

  test('reads a last line without a newline, and a first line longer than a chunk', async () => {
    const long = JSON.stringify({ id: 'a', text: '长'.repeat(50) });
    const bytes = Buffer.from(`${long}\n{"id":"b"}`);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 30), bytes.subarray(30)];
    const out = [];
    for await (const record of readRecords(Readable.from(chunks))) out.push(record);
    expect(out.map((r) => [r.line, JSON.parse(r.text).id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  test('finds an array after leading blank lines and a byte order mark', async () => {
    const records = await collect(['\uFEFF', '\n  \n', '[{"id":"a"},', '{"id":"b"}]']);
    expect(records.map((r) => [r.line, JSON.parse(r.text).id])).toEqual([
      [3, 'a'],
      [3, 'b'],
    ]);
  });
});
