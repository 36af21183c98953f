import { describe, expect, test } from 'vitest';
import { fleissKappa, icc21 } from './agreement.js';

describe('fleissKappa', () => {
  test('matches Fleiss’s worked example (10 subjects, 14 raters, 5 categories): 0.210', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
  });

  test('is 1 for perfect agreement on varied subjects, null when chance explains everything', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ]),
    ).toBe(1);
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toBeNull();
    expect(() =>
      fleissKappa([
        [3, 0],
        [1, 1],
      ]),
    ).toThrow(/same number of raters/);
  });
});

describe('icc21', () => {
  test('matches Shrout and Fleiss (1979), table 2: ICC(2,1) = 0.29', () => {
    const scores = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    expect(icc21(scores)).toBeCloseTo(0.29, 2);
  });

  test('is 1 when every rater gives the same scores', () => {
    expect(
      icc21([
        [80, 80],
        [90, 90],
        [70, 70],
      ]),
    ).toBe(1);
  });
});
