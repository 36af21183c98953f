import { normalQuantile } from '../sampling/sample-size.js';
import { seededRank } from '../sampling/seeded-rank.js';

export type Interval = { low: number; high: number };

/**
 * Wilson score interval of a proportion: unlike "p ± z·√(p(1−p)/n)" it stays inside [0, 1] and is
 * honest for small samples (3 of 3 passed is not "100 %, certainly").
 *
 * @example wilsonInterval(9, 10) // { low: 0.596, high: 0.982 } (rounded)
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval | null {
  if (n === 0) return null;
  if (!(successes >= 0 && successes <= n)) throw new RangeError('successes must be between 0 and n');
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Percentile bootstrap interval of a mean, with a seeded resampler so that the same scores always
 * give the same interval (a report must not change when it is reprinted).
 *
 * @example bootstrapMeanInterval([80, 90, 100], { seed: 1 })
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  options: { confidence?: number; resamples?: number; seed?: number } = {},
): Interval | null {
  const n = values.length;
  if (n === 0) return null;
  const { confidence = 0.95, resamples = 2000, seed = 1 } = options;
  const means = new Float64Array(resamples);
  const next = mulberry32(Math.floor(seededRank(seed, 'bootstrap') * 0x1_0000_0000));
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(next() * n);
      sum += values[pick] as number;
    }
    means[r] = sum / n;
  }
  means.sort();
  const alpha = (1 - confidence) / 2;
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))] as number;
  return { low: at(alpha), high: at(1 - alpha) };
}

/**
 * A small seeded generator of uniform numbers in [0, 1) (mulberry32): a bootstrap draws thousands
 * of them per agent on every request, where hashing a key per draw cost most of the time.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
