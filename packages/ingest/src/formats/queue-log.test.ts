import { describe, expect, test } from 'vitest';
import {
  formatQueueLogError,
  parseQueueLogLine,
  parseQueueLogRow,
  parseQueueLogTime,
  queueLogColumns,
} from './queue-log.js';

describe('parseQueueLogTime', () => {
  test('epoch seconds, fractions, milliseconds and table date-times in UTC or with an offset', () => {
    expect(parseQueueLogTime('1675555753')).toBe(1_675_555_753_000);
    expect(parseQueueLogTime('1675555753.25')).toBe(1_675_555_753_250);
    expect(parseQueueLogTime('1675555753250')).toBe(1_675_555_753_250);
    expect(parseQueueLogTime('2023-02-05 00:09:13')).toBe(1_675_555_753_000);
    expect(parseQueueLogTime('2023-02-05 00:09:13.123456')).toBe(1_675_555_753_123);
    expect(parseQueueLogTime('2023-02-05T08:09:13+08:00')).toBe(1_675_555_753_000);
    expect(parseQueueLogTime('2023-02-30 00:00:00')).toBeUndefined();
    expect(parseQueueLogTime('yesterday')).toBeUndefined();
  });
});

describe('parseQueueLogLine', () => {
  test('reads a line, NONE as no agent, trailing empty data dropped, CRLF tolerated', () => {
    expect(parseQueueLogLine('1675720923|1675720922.0|Support|NONE|ENTERQUEUE||200|1||\r', 7)).toEqual({
      event: {
        time: 1_675_720_923_000,
        callId: '1675720922.0',
        queue: 'Support',
        agent: '',
        event: 'ENTERQUEUE',
        data: ['', '200', '1'],
        seq: 7,
      },
    });
    expect(parseQueueLogLine('  ', 3)).toBeNull();
  });

  test('a bad line is an error with its field, formatted FILE:LINE: field: message', () => {
    const bad = parseQueueLogLine('12x|c|q|a|CONNECT|1', 4);
    expect(bad && 'error' in bad && formatQueueLogError('queue_log', bad.error)).toBe(
      'queue_log:4: time: "12x" is neither epoch seconds nor YYYY-MM-DD HH:MM:SS',
    );
    expect(parseQueueLogLine('1|c|q', 5)).toMatchObject({ error: { line: 5, field: 'event' } });
    expect(parseQueueLogLine('1||q|a|CONNECT|1', 6)).toMatchObject({ error: { field: 'callid' } });
    expect(parseQueueLogLine('1|c|q|a|not an event', 8)).toMatchObject({ error: { field: 'event' } });
  });
});

describe('realtime table rows', () => {
  test('a header in any order and case, with data1..data5; data5 holds the rest joined by |', () => {
    const found = queueLogColumns([
      'ID',
      'callid',
      'time',
      'queuename',
      'agent',
      'event',
      'data1',
      'data2',
      'data3',
      'data4',
      'data5',
    ]);
    if (!('columns' in found)) throw new Error('no columns');
    expect(found.header).toBe(true);
    const row = [
      '12',
      'c1',
      '2023-02-05 00:09:13',
      'Support',
      'PJSIP/4',
      'ATTENDEDTRANSFER',
      'LINK',
      'x',
      'y',
      '10',
      '90|1',
    ];
    expect(parseQueueLogRow(row, found.columns, 13)).toMatchObject({
      event: {
        seq: 12,
        data: ['LINK', 'x', 'y', '10', '90', '1'],
        agent: 'PJSIP/4',
        time: 1_675_555_753_000,
      },
    });
  });

  test('the older single data column, and a table without a header', () => {
    const joined = queueLogColumns(['time', 'callid', 'queuename', 'agent', 'event', 'data']);
    if (!('columns' in joined)) throw new Error('no columns');
    expect(
      parseQueueLogRow(['1675555753', 'c', 'q', 'NONE', 'ABANDON', '1|1|20'], joined.columns, 2),
    ).toMatchObject({
      event: { data: ['1', '1', '20'], seq: 2 },
    });
    const bare = queueLogColumns(['1675555753', 'c', 'q', 'NONE', 'ABANDON', '1', '1', '20', '', '']);
    expect(bare).toMatchObject({ header: false });
  });

  test('a header without the needed columns is an error on line 1', () => {
    expect(queueLogColumns(['time', 'event'])).toMatchObject({ error: { line: 1, field: 'header' } });
  });
});
