/**
 * Fleiss' kappa: agreement of several raters on categories beyond what chance would give.
 * `counts[i][j]` is how many raters put subject i in category j; every subject needs the same
 * number of raters (at least 2). Null when it is undefined (one category used by everyone:
 * perfect agreement that chance also predicts).
 *
 * @example fleissKappa([[2, 0], [0, 2]]) // 1
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const subjects = counts.length;
  if (subjects === 0) return null;
  const raters = sum(counts[0] ?? []);
  if (raters < 2) return null;
  const categories = (counts[0] ?? []).length;
  const pj = new Array<number>(categories).fill(0);
  let pBar = 0;
  for (const row of counts) {
    if (row.length !== categories || sum(row) !== raters) {
      throw new RangeError('fleissKappa: every subject needs the same number of raters and categories');
    }
    let agree = 0;
    row.forEach((n, j) => {
      pj[j] = (pj[j] as number) + n;
      agree += n * (n - 1);
    });
    pBar += agree / (raters * (raters - 1));
  }
  pBar /= subjects;
  const pe = pj.reduce((acc, n) => acc + (n / (subjects * raters)) ** 2, 0);
  if (pe === 1) return null;
  return (pBar - pe) / (1 - pe);
}

/**
 * ICC(2,1) of Shrout and Fleiss: two-way random effects, absolute agreement, single rater. How far
 * one inspector's score can be trusted to be the score another would give. `scores[i][j]` is rater
 * j's score of subject i; needs 2+ subjects and 2+ raters, no gaps. Null when the scores have no
 * variance at all.
 *
 * @example icc21([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]) // 0.29
 */
export function icc21(scores: readonly (readonly number[])[]): number | null {
  const n = scores.length;
  const k = (scores[0] ?? []).length;
  if (n < 2 || k < 2) return null;
  let grand = 0;
  const rowMeans = scores.map((row) => {
    if (row.length !== k) throw new RangeError('icc21: every subject needs a score from every rater');
    const s = sum(row);
    grand += s;
    return s / k;
  });
  grand /= n * k;
  const colMeans = Array.from({ length: k }, (_, j) => sum(scores.map((row) => row[j] as number)) / n);
  let ssRows = 0;
  let ssCols = 0;
  let ssTotal = 0;
  for (const m of rowMeans) ssRows += k * (m - grand) ** 2;
  for (const m of colMeans) ssCols += n * (m - grand) ** 2;
  for (const row of scores) for (const x of row) ssTotal += (x - grand) ** 2;
  const ssError = ssTotal - ssRows - ssCols;
  const msr = ssRows / (n - 1);
  const msc = ssCols / (k - 1);
  const mse = ssError / ((n - 1) * (k - 1));
  const denominator = msr + (k - 1) * mse + (k * (msc - mse)) / n;
  return denominator === 0 ? null : (msr - mse) / denominator;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
