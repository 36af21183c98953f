import { describe, expect, test } from 'vitest';
import { bootstrapMeanInterval, wilsonInterval } from './intervals.js';

describe('wilsonInterval', () => {
  test('matches published values and stays inside [0, 1]', () => {
    const a = wilsonInterval(9, 10);
    expect(a?.low).toBeCloseTo(0.5958, 4);
    expect(a?.high).toBeCloseTo(0.9821, 4);
    const all = wilsonInterval(3, 3);
    expect(all?.high).toBe(1);
    expect(all?.low).toBeCloseTo(0.4385, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  test('narrows as the sample grows', () => {
    const small = wilsonInterval(8, 10) as { low: number; high: number };
    const large = wilsonInterval(800, 1000) as { low: number; high: number };
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  });
});

describe('bootstrapMeanInterval', () => {
  test('is reproducible and brackets the mean', () => {
    const scores = [72, 85, 90, 91, 88, 95, 60, 99, 84, 87];
    const a = bootstrapMeanInterval(scores, { seed: 3 });
    expect(bootstrapMeanInterval(scores, { seed: 3 })).toEqual(a);
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    expect(a?.low).toBeLessThan(mean);
    expect(a?.high).toBeGreaterThan(mean);
    expect((a?.high ?? 0) - (a?.low ?? 0)).toBeGreaterThan(4);
    expect(bootstrapMeanInterval([])).toBeNull();
    expect(bootstrapMeanInterval([80, 80, 80])).toEqual({ low: 80, high: 80 });
  });

  test('is as wide as the normal approximation says on a large sample', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const interval = bootstrapMeanInterval(values, { seed: 9 }) as { low: number; high: number };
    // Standard error 28.87 / √100; a 95 % interval is about ±1.96 of it around the mean 49.5.
    const half = (1.96 * Math.sqrt(((100 * 100 - 1) / 12) * (99 / 100))) / 10;
    expect((interval.high - interval.low) / 2).toBeGreaterThan(half * 0.9);
    expect((interval.high - interval.low) / 2).toBeLessThan(half * 1.1);
    expect((interval.high + interval.low) / 2).toBeCloseTo(49.5, 0);
  });
});
