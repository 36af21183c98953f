import { parseReportTime } from '@callqa/core';
import { z } from 'zod';
import { ApiError } from '../../http/api-error.js';

export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/**
 * The days from `from` to `to` (both included) in the center's time zone: each day's start, and
 * the period's bounds. Names the field of a date that does not exist.
 */
export function periodDays(
  from: string,
  to: string,
  timeZone: string,
  where: 'body' | 'querystring',
): { since: number; until: number; dayStarts: number[] } {
  const since = parseReportTime(from, timeZone);
  const until = parseReportTime(to, timeZone, { endOfDay: true });
  const bad = (field: string, message: string) =>
    new ApiError(400, 'invalid_request', `the ${where} is not valid`, [
      { field: `${where}.${field}`, message },
    ]);
  if (since === null) throw bad('from', `no such date "${from}"`);
  if (until === null) throw bad('to', `no such date "${to}"`);
  if (until <= since) throw bad('to', 'must not be before from');
  const dayStarts: number[] = [];
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  for (let i = 0; ; i++) {
    const date = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
    const start = parseReportTime(date, timeZone) as number;
    if (start >= until) break;
    dayStarts.push(start);
    if (dayStarts.length > 366) throw bad('to', 'a period is at most a year');
  }
  return { since, until, dayStarts };
}
