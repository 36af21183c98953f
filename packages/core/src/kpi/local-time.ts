/** A moment's calendar fields in a time zone. */
export type LocalTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  /** Minutes east of UTC at that moment (480 in Asia/Shanghai). */
  offsetMin: number;
};

// Building an Intl.DateTimeFormat costs far more than formatting with one; reports format every call.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = parts.hour ?? 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, parts.minute ?? 0, parts.second ?? 0);
  const offsetMin = Math.round((asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000))) / 60000);
  return { year, month, day, hour, offsetMin };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function dayKey(t: LocalTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

export function monthKey(t: LocalTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}`;
}

/**
 * The local hour with its UTC offset (2025-03-03T14:00+08:00): on the day clocks go back the same
 * local hour happens twice, and the offset keeps the two apart.
 */
export function hourKey(t: LocalTime): string {
  const sign = t.offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(t.offsetMin);
  return `${dayKey(t)}T${pad(t.hour)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 week (Monday first; week 1 holds the year's first Thursday), as 2025-W10. */
export function isoWeekKey(t: LocalTime): string {
  const date = new Date(Date.UTC(t.year, t.month - 1, t.day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}
