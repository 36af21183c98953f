import { isValidWallClock, type WallClock, zonedTimeToEpochMs } from '@callqa/core';
import { compilePattern, dateTimeParser } from '../shared/parse-date-time.js';
import type { CsvMapping } from './csv-mapping.js';

/** Reads a row's time columns: full date-times, or times of day on the row's date column. */
export type RowClock = {
  /** The row's date (from the date column) or undefined when it does not parse. */
  date(text: string): Pick<WallClock, 'year' | 'month' | 'day'> | undefined;
  /**
   * A time column's value as epoch ms. With a date column, a time of day earlier than `notBefore`
   * by more than 12 hours is taken to be on the next day: calls that run past midnight.
   */
  time(
    text: string,
    day: Pick<WallClock, 'year' | 'month' | 'day'> | undefined,
    notBefore?: number,
  ): number | undefined;
};

const HALF_DAY = 12 * 3_600_000;

export function rowClock(mapping: CsvMapping): RowClock {
  const zone = mapping.timeZone;
  if (!mapping.columns.date) {
    const parse = dateTimeParser(mapping.timeFormat ?? 'auto', zone);
    return { date: () => undefined, time: (text) => parse(text) };
  }
  const readDate =
    mapping.dateFormat === 'auto' || mapping.dateFormat === 'iso'
      ? (text: string) => {
          const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text.trim());
          return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
        }
      : compilePattern(mapping.dateFormat);
  const readTime = compilePattern(mapping.timeFormat ?? 'H:MM:SS');
  const at = (day: Pick<WallClock, 'year' | 'month' | 'day'>, time: Partial<WallClock>, plusDays: number) => {
    const shifted = new Date(Date.UTC(2000, day.month - 1, day.day + plusDays));
    shifted.setUTCFullYear(day.year);
    const wall: WallClock = {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: time.hour ?? 0,
      minute: time.minute ?? 0,
      second: time.second ?? 0,
      millisecond: time.millisecond ?? 0,
    };
    return isValidWallClock(wall) ? zonedTimeToEpochMs(wall, zone) : undefined;
  };
  return {
    date(text) {
      const wall = readDate(text);
      if (wall?.year === undefined || wall.month === undefined || wall.day === undefined) return undefined;
      const day = { year: wall.year, month: wall.month, day: wall.day };
      return isValidWallClock(day) ? day : undefined;
    },
    time(text, day, notBefore) {
      const time = readTime(text);
      if (!time || !day) return undefined;
      const sameDay = at(day, time, 0);
      if (sameDay === undefined || notBefore === undefined || sameDay >= notBefore - HALF_DAY) return sameDay;
      return at(day, time, 1);
    },
  };
}
