import { describe, expect, test } from 'vitest';
import { isValidTimeZone, isValidWallClock, timeZoneOffsetMs, zonedTimeToEpochMs } from './zoned-time.js';

const utc = (iso: string) => Date.parse(iso);

describe('zonedTimeToEpochMs', () => {
  test('UTC and fixed offsets need no Intl', () => {
    expect(zonedTimeToEpochMs({ year: 2023, month: 2, day: 5, hour: 0, minute: 9, second: 12 }, 'UTC')).toBe(
      utc('2023-02-05T00:09:12Z'),
    );
    expect(zonedTimeToEpochMs({ year: 2024, month: 1, day: 1, hour: 8 }, '+08:00')).toBe(
      utc('2024-01-01T00:00:00Z'),
    );
    expect(zonedTimeToEpochMs({ year: 2024, month: 1, day: 1, hour: 0 }, '-0530')).toBe(
      utc('2024-01-01T05:30:00Z'),
    );
  });

  test('a zone without DST', () => {
    expect(
      zonedTimeToEpochMs(
        { year: 2024, month: 7, day: 1, hour: 9, minute: 30, millisecond: 250 },
        'Asia/Shanghai',
      ),
    ).toBe(utc('2024-07-01T01:30:00.250Z'));
  });

  test('New York in winter and summer', () => {
    expect(
      zonedTimeToEpochMs(
        { year: 2018, month: 11, day: 29, hour: 20, minute: 19, second: 34 },
        'America/New_York',
      ),
    ).toBe(utc('2018-11-30T01:19:34Z'));
    expect(zonedTimeToEpochMs({ year: 2024, month: 7, day: 4, hour: 12 }, 'America/New_York')).toBe(
      utc('2024-07-04T16:00:00Z'),
    );
  });

  test('a time skipped by spring-forward moves forward by the gap', () => {
    // 2024-03-10 02:00 EST became 03:00 EDT in New York.
    expect(
      zonedTimeToEpochMs({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, 'America/New_York'),
    ).toBe(utc('2024-03-10T07:30:00Z'));
    expect(zonedTimeToEpochMs({ year: 2024, month: 3, day: 10, hour: 3 }, 'America/New_York')).toBe(
      utc('2024-03-10T07:00:00Z'),
    );
    expect(
      zonedTimeToEpochMs({ year: 2024, month: 3, day: 10, hour: 1, minute: 59 }, 'America/New_York'),
    ).toBe(utc('2024-03-10T06:59:00Z'));
  });

  test('a time repeated by fall-back takes the earlier instant', () => {
    // 2024-11-03 02:00 EDT became 01:00 EST: 01:30 happened twice.
    expect(
      zonedTimeToEpochMs({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, 'America/New_York'),
    ).toBe(utc('2024-11-03T05:30:00Z'));
    expect(
      zonedTimeToEpochMs({ year: 2024, month: 11, day: 3, hour: 2, minute: 30 }, 'America/New_York'),
    ).toBe(utc('2024-11-03T07:30:00Z'));
  });

  test('southern hemisphere DST and Israel in 1999', () => {
    expect(zonedTimeToEpochMs({ year: 2024, month: 1, day: 15, hour: 12 }, 'Australia/Sydney')).toBe(
      utc('2024-01-15T01:00:00Z'),
    );
    expect(
      zonedTimeToEpochMs({ year: 1999, month: 2, day: 1, hour: 7, minute: 2, second: 47 }, 'Asia/Jerusalem'),
    ).toBe(utc('1999-02-01T05:02:47Z'));
  });

  test('rejects impossible dates', () => {
    expect(() => zonedTimeToEpochMs({ year: 2023, month: 2, day: 29 }, 'UTC')).toThrow(RangeError);
    expect(isValidWallClock({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidWallClock({ year: 2024, month: 13, day: 1 })).toBe(false);
    expect(isValidWallClock({ year: 2024, month: 1, day: 1, hour: 24 })).toBe(false);
  });
});

test('timeZoneOffsetMs and isValidTimeZone', () => {
  expect(timeZoneOffsetMs(utc('2024-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(2 * 3_600_000);
  expect(timeZoneOffsetMs(utc('2024-01-01T00:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
  expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
  expect(isValidTimeZone('+08:00')).toBe(true);
  expect(isValidTimeZone('Mars/Olympus')).toBe(false);
});
