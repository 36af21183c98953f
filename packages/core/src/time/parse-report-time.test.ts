import { describe, expect, test } from 'vitest';
import { parseReportTime } from './parse-report-time.js';

describe('parseReportTime', () => {
  test('reads a date as midnight in the time zone, or the next midnight at the end of a range', () => {
    expect(parseReportTime('2024-03-01', 'Asia/Shanghai')).toBe(Date.parse('2024-02-29T16:00:00Z'));
    expect(parseReportTime('2024-03-31', 'Asia/Shanghai', { endOfDay: true })).toBe(
      Date.parse('2024-03-31T16:00:00Z'),
    );
  });

  test('reads an ISO time as it says, and refuses what is neither', () => {
    expect(parseReportTime('2024-03-01T08:00:00+08:00', 'UTC')).toBe(Date.parse('2024-03-01T00:00:00Z'));
    expect(parseReportTime('2024-02-30', 'Asia/Shanghai')).toBeNull();
    expect(parseReportTime('last week', 'Asia/Shanghai')).toBeNull();
  });
});
