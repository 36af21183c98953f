/** A date and time as a wall clock shows it, without a zone. Month is 1–12. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
};

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z']);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function fixedOffsetMs(timeZone: string): number | undefined {
  if (UTC_NAMES.has(timeZone)) return 0;
  const m = FIXED_OFFSET.exec(timeZone);
  if (!m) return undefined;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

/** True when Intl knows the zone (IANA name) or it is a fixed offset such as `+08:00`. */
export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMs(timeZone) !== undefined) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms (east positive: Asia/Shanghai is +8 h). */
export function timeZoneOffsetMs(epochMs: number, timeZone: string): number {
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== undefined) return fixed;
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  let year = get('year');
  // Years before 1 CE come as era BC; keep the arithmetic proleptic.
  if (parts.find((p) => p.type === 'era')?.value.startsWith('B')) year = 1 - year;
  const asUtc = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // The formatter drops milliseconds: compare at whole seconds.
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** True when every field is in range for its month (30 February is not a date). */
export function isValidWallClock(wall: WallClock): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = wall;
  const values = [year, month, day, hour, minute, second, millisecond];
  if (!values.every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  if (hour < 0 || minute < 0 || second < 0 || millisecond < 0 || millisecond > 999) return false;
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  return probe.getUTCDate() === day;
}

function wallAsUtc(wall: WallClock): number {
  const date = new Date(
    Date.UTC(2000, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0),
  );
  // Date.UTC maps years 0–99 to 1900–1999; set the year separately to keep them.
  date.setUTCFullYear(wall.year);
  return date.getTime() + (wall.millisecond ?? 0);
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 100_000;

/**
 * Epoch ms of a wall-clock time in an IANA zone (or a fixed offset like `+08:00`), the way PBXs
 * write local server time without a zone. Times that a DST change skips (02:30 on a spring-forward
 * night) move forward by the gap; times it repeats (01:30 on a fall-back night) take the earlier
 * instant, as Temporal's `compatible` disambiguation and most PBX reports do.
 */
export function zonedTimeToEpochMs(wall: WallClock, timeZone: string): number {
  if (!isValidWallClock(wall)) throw new RangeError(`not a valid date-time: ${JSON.stringify(wall)}`);
  const local = wallAsUtc(wall);
  const fixed = fixedOffsetMs(timeZone);
  if (fixed !== undefined) return local - fixed;
  // Away from a transition one offset holds for the whole hour (and day): cache it per hour. Near
  // one, per minute, as offsets change only at whole minutes (in the last century).
  const hourKey = `${timeZone}\u0000h${Math.floor(local / 3_600_000)}`;
  const hourOffset = cache.get(hourKey);
  if (hourOffset !== undefined) return local - hourOffset;
  const minute = Math.floor(local / 60_000);
  const minuteKey = `${timeZone}\u0000m${minute}`;
  const minuteOffset = cache.get(minuteKey);
  if (minuteOffset !== undefined) return local - minuteOffset;
  const { offset, steady } = resolveOffset(minute * 60_000, timeZone);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(steady ? hourKey : minuteKey, offset);
  return local - offset;
}

function resolveOffset(local: number, timeZone: string): { offset: number; steady: boolean } {
  const DAY = 86_400_000;
  // No zone changes its offset twice within two days: the offsets a day either side are the only
  // candidates, and a candidate is right when the instant it gives shows the same offset.
  const before = timeZoneOffsetMs(local - DAY, timeZone);
  const after = timeZoneOffsetMs(local + DAY, timeZone);
  if (before === after) return { offset: before, steady: true };
  const fitsBefore = timeZoneOffsetMs(local - before, timeZone) === before;
  const fitsAfter = timeZoneOffsetMs(local - after, timeZone) === after;
  if (fitsBefore && fitsAfter) return { offset: Math.max(before, after), steady: false };
  return { offset: fitsAfter && !fitsBefore ? after : before, steady: false };
}
