import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readCsvBatches, readCsvRecords } from './read-csv.js';

async function rows(chunks: string[], delimiter?: string) {
  const out = [];
  const input = Readable.from(chunks.map((c) => Buffer.from(c)));
  for await (const batch of readCsvBatches(input, delimiter ? { delimiter } : {})) out.push(...batch);
  return out;
}

describe('readCsvBatches', () => {
  test('reads quoted fields with separators, doubled quotes and line breaks, keeping line numbers', async () => {
    const out = await rows(['a,b,c\r\n1,"x, y","say ""hi""\nthere"\r\n', '2,,"z"\n\n3,4,5']);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"\nthere'] },
      { line: 4, fields: ['2', '', 'z'] },
      { line: 6, fields: ['3', '4', '5'] },
    ]);
  });

  test('handles a doubled quote split across chunks and a BOM', async () => {
    const out = await rows(['\uFEFFa,b\n"x"', '"y",2\n']);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x"y', '2'] },
    ]);
  });

  test('guesses tab and pipe separators from the header', async () => {
    expect((await rows(['a\tb\n1\t2\n']))[1]?.fields).toEqual(['1', '2']);
    expect((await rows(['a|b|c\n1|2|3\n']))[1]?.fields).toEqual(['1', '2', '3']);
  });

  test('keeps Chinese split inside a UTF-8 sequence intact', async () => {
    const bytes = Buffer.from('名称,值\n投诉,1\n');
    const input = Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]);
    const out = [];
    for await (const batch of readCsvBatches(input)) out.push(...batch);
    expect(out[1]?.fields).toEqual(['投诉', '1']);
  });
});

test('readCsvRecords keys rows by the header', async () => {
  const out = [];
  for await (const batch of readCsvRecords(Readable.from([Buffer.from('id, score\nc1,5\nc2\n')])))
    out.push(...batch);
  expect(out).toEqual([
    { line: 2, record: { id: 'c1', score: '5' } },
    { line: 3, record: { id: 'c2', score: '' } },
  ]);
});
