import { zonedTimeToEpochMs } from './zoned-time.js';

/**
 * A report bound as people type it: a date (YYYY-MM-DD, midnight in the report's time zone; with
 * `endOfDay`, the next midnight, so that "to 2024-03-31" includes the 31st) or a full ISO time.
 * Null when it is neither, or a date that does not exist.
 *
 * @example parseReportTime('2024-03-01', 'Asia/Shanghai') // Date.parse('2024-02-29T16:00:00Z')
 */
export function parseReportTime(
  value: string,
  timeZone: string,
  options: { endOfDay?: boolean } = {},
): number | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const wall = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    try {
      zonedTimeToEpochMs(wall, timeZone);
    } catch {
      return null;
    }
    if (!options.endOfDay) return zonedTimeToEpochMs(wall, timeZone);
    const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
    return zonedTimeToEpochMs(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
      timeZone,
    );
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
