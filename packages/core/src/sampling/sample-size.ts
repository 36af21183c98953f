/**
 * The standard normal quantile (inverse CDF), by Acklam's rational approximation refined with one
 * Halley step: accurate to about 1e-15, enough for any confidence level people ask for.
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ] as const;
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ] as const;
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ] as const;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step against the exact CDF (via erfc) removes the approximation's error.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7, then refined by Halley). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export type SampleSizeInput = {
  /** Confidence level, e.g. 0.95. */
  confidence: number;
  /** Margin of error on the pass rate, as a ratio: 0.05 is ±5 points. */
  margin: number;
  /** The pass rate expected (from last month, say); 0.5 when unknown, which needs the most calls. */
  expectedRate?: number;
  /** Calls in the period: the finite-population correction lowers the sample when it is small. */
  population?: number;
};

/**
 * How many calls to review to know a pass rate within ±margin at the given confidence (normal
 * approximation, n₀ = z²·p(1−p)/e²), corrected for a finite population (n = n₀ / (1 + (n₀ − 1)/N)),
 * rounded up and never more than the population.
 *
 * @example sampleSizeForRate({ confidence: 0.95, margin: 0.05 }) // 385
 * @example sampleSizeForRate({ confidence: 0.95, margin: 0.05, population: 1000 }) // 278
 */
export function sampleSizeForRate(input: SampleSizeInput): number {
  const { confidence, margin, expectedRate = 0.5, population } = input;
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError('confidence must be between 0 and 1 (e.g. 0.95)');
  if (!(margin > 0 && margin < 1))
    throw new RangeError('margin must be between 0 and 1 (e.g. 0.05 for ±5 points)');
  if (!(expectedRate >= 0 && expectedRate <= 1)) throw new RangeError('expectedRate must be between 0 and 1');
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = expectedRate === 0 || expectedRate === 1 ? 0.5 : expectedRate;
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  if (population === undefined) return Math.ceil(n0 - 1e-9);
  if (!(Number.isInteger(population) && population >= 0))
    throw new RangeError('population must be a whole number');
  if (population === 0) return 0;
  return Math.min(population, Math.ceil(n0 / (1 + (n0 - 1) / population) - 1e-9));
}
