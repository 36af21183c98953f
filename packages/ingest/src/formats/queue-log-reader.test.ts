import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { type QueueLogFormat, readQueueLogBatches } from './queue-log-reader.js';

async function read(chunks: string[], format: QueueLogFormat) {
  const batches = [];
  for await (const b of readQueueLogBatches(Readable.from(chunks.map((c) => Buffer.from(c))), { format }))
    batches.push(b);
  return batches;
}

describe('readQueueLogBatches', () => {
  test('text: lines split across chunks, a bad line reported without stopping the rest', async () => {
    const batches = await read(
      ['1|c|q|NONE|ENTER', 'QUEUE||5|1\nbad line\n2|c|q|A|CONN', 'ECT|1|x|1'],
      'text',
    );
    expect(batches.flatMap((b) => b.events.map((e) => [e.seq, e.event]))).toEqual([
      [1, 'ENTERQUEUE'],
      [3, 'CONNECT'],
    ]);
    expect(batches.flatMap((b) => b.errors)).toEqual([
      { line: 2, field: 'event', message: 'expected epoch|callid|queue|agent|EVENT|data…, found 1 field(s)' },
    ]);
  });

  test('csv: header, quoted fields, and the same events as the text file', async () => {
    const csv = await read(
      [
        'id,time,callid,queuename,agent,event,data1,data2,data3,data4,data5\n',
        '1,1970-01-01 00:00:01,c,q,NONE,ENTERQUEUE,,5,1,,\n2,1970-01-01 00:00:02,c,q,A,CONNECT,1,x,1,,\n',
      ],
      'csv',
    );
    const text = await read(['1|c|q|NONE|ENTERQUEUE||5|1\n2|c|q|A|CONNECT|1|x|1\n'], 'text');
    expect(csv.flatMap((b) => b.events)).toEqual(text.flatMap((b) => b.events));
  });

  test('csv: a header lacking columns stops the file with one error', async () => {
    const batches = await read(['time,event\n1,ENTERQUEUE\n'], 'csv');
    expect(batches.flatMap((b) => b.errors)).toMatchObject([{ line: 1, field: 'header' }]);
    expect(batches.flatMap((b) => b.events)).toEqual([]);
  });
});
