import { isValidWallClock, type WallClock, zonedTimeToEpochMs } from '@callqa/core';

/**
 * How a time column is written: `auto` (ISO-like with or without zone, or epoch seconds/ms by digit
 * count), `iso`, `epoch-s`, `epoch-ms`, or a pattern of YYYY YY MM M DD D (date) and H HH mm m ss s
 * (time; after the hour, MM and SS mean minutes and seconds, so `YYMMDD` and `H:MM:SS` both read
 * naturally). Fractions of a second are accepted after any time.
 */
export type DateTimeFormat = string;

type Field = 'year' | 'year2' | 'month' | 'day' | 'hour' | 'minute' | 'second';

const TOKENS: Array<[string, Field, string, Field?]> = [
  ['YYYY', 'year', '(\\d{4})'],
  ['YY', 'year2', '(\\d{2})'],
  ['HH', 'hour', '(\\d{2})'],
  ['H', 'hour', '(\\d{1,2})'],
  ['MM', 'month', '(\\d{2})', 'minute'],
  ['M', 'month', '(\\d{1,2})', 'minute'],
  ['mm', 'minute', '(\\d{2})'],
  ['m', 'minute', '(\\d{1,2})'],
  ['DD', 'day', '(\\d{2})'],
  ['D', 'day', '(\\d{1,2})'],
  ['SS', 'second', '(\\d{2})'],
  ['ss', 'second', '(\\d{2})'],
  ['S', 'second', '(\\d{1,2})'],
  ['s', 'second', '(\\d{1,2})'],
];

/** Reads text by a pattern into the wall-clock fields it holds; undefined when it does not fit. */
export type WallClockReader = (text: string) => Partial<WallClock> | undefined;

export function compilePattern(pattern: string): WallClockReader {
  const fields: Field[] = [];
  let source = '^';
  let afterHour = false;
  for (let i = 0; i < pattern.length; ) {
    const token = TOKENS.find(([t]) => pattern.startsWith(t, i));
    if (token) {
      const [text, field, group, timeField] = token;
      const chosen = afterHour && timeField ? timeField : field;
      if (chosen === 'hour') afterHour = true;
      fields.push(chosen);
      source += group;
      i += text.length;
    } else {
      source += (pattern[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  if (afterHour) source += '(?:[.,](\\d{1,9}))?';
  const re = new RegExp(`${source}$`);
  return (text) => {
    const m = re.exec(text.trim());
    if (!m) return undefined;
    const wall: Partial<WallClock> = {};
    fields.forEach((field, i) => {
      const n = Number(m[i + 1]);
      if (field === 'year2') wall.year = n < 70 ? 2000 + n : 1900 + n;
      else wall[field] = n;
    });
    const fraction = afterHour ? m[fields.length + 1] : undefined;
    if (fraction) wall.millisecond = Math.floor(Number(`0.${fraction}`) * 1000);
    return wall;
  };
}

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function readIso(text: string): { wall: WallClock; zone?: string } | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const wall: WallClock = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
  };
  const zone = m[8]?.toUpperCase();
  return zone ? { wall, zone: zone === 'Z' ? 'UTC' : zone } : { wall };
}

function toEpoch(wall: Partial<WallClock>, timeZone: string): number | undefined {
  if (wall.year === undefined || wall.month === undefined || wall.day === undefined) return undefined;
  const full = wall as WallClock;
  return isValidWallClock(full) ? zonedTimeToEpochMs(full, timeZone) : undefined;
}

/** A date-time parser for one format and zone, compiled once per file. Undefined means "not one". */
export function dateTimeParser(
  format: DateTimeFormat,
  timeZone: string,
): (text: string) => number | undefined {
  const epoch = (text: string, unit: number) =>
    /^\d+(\.\d+)?$/.test(text) ? Math.round(Number(text) * unit) : undefined;
  if (format === 'epoch-s') return (text) => epoch(text.trim(), 1000);
  if (format === 'epoch-ms') return (text) => epoch(text.trim(), 1);
  if (format === 'auto' || format === 'iso') {
    return (raw) => {
      const text = raw.trim();
      if (format === 'auto' && /^\d{9,10}(\.\d+)?$/.test(text)) return epoch(text, 1000);
      if (format === 'auto' && /^\d{12,13}$/.test(text)) return epoch(text, 1);
      const iso = readIso(text);
      return iso ? toEpoch(iso.wall, iso.zone ?? timeZone) : undefined;
    };
  }
  const read = compilePattern(format);
  return (text) => {
    const wall = read(text);
    return wall ? toEpoch(wall, timeZone) : undefined;
  };
}
