import { describe, expect, test } from 'vitest';
import { type CalibrationRating, calibrationResults } from './calibration-results.js';

const rate = (
  callId: string,
  raterId: number,
  score: number,
  greeting: 'pass' | 'fail',
  clarity: number,
): CalibrationRating => ({
  callId,
  raterId,
  score,
  checks: { greeting, silence: 'pass' },
  manual: { enunciation: clarity },
});

describe('calibrationResults', () => {
  const ratings = [
    rate('c1', 1, 90, 'fail', 0),
    rate('c1', 2, 90, 'fail', 0),
    rate('c1', 3, 85, 'pass', 2),
    rate('c2', 1, 100, 'pass', 0),
    rate('c2', 2, 100, 'pass', 0),
    rate('c2', 3, 100, 'pass', 0),
    rate('c3', 1, 70, 'fail', 2),
    rate('c3', 2, 72, 'fail', 2),
    // Rater 3 did not score c3: it is left out of the statistics.
  ];
  const results = calibrationResults({ raterIds: [1, 2, 3], expertId: 1, ratings });

  test('uses only the calls every rater scored', () => {
    expect(results.completeCalls).toBe(2);
    expect(results.calls.map((c) => c.callId)).toEqual(['c1', 'c2', 'c3']);
    expect(results.calls[0]?.spread).toMatchObject({ min: 85, max: 90 });
    expect(results.calls[0]?.expertScore).toBe(90);
  });

  test('measures each check: disputed calls, kappa and agreement with the expert', () => {
    const greeting = results.checks.find((c) => c.check === 'greeting');
    expect(greeting).toMatchObject({ disputedCalls: 1, agreementWithExpert: 0.75 });
    expect(greeting?.kappa).toBeCloseTo(0.25, 5);
    expect(results.checks.find((c) => c.check === 'silence')).toMatchObject({
      kappa: null,
      disputedCalls: 0,
      agreementWithExpert: 1,
    });
    expect(results.items[0]).toMatchObject({ item: 'enunciation', agreementWithExpert: 0.75 });
  });

  test('says how far each rater is from the expert', () => {
    expect(results.raters).toEqual([
      { raterId: 2, meanDifferenceFromExpert: 0, agreementWithExpert: 1 },
      { raterId: 3, meanDifferenceFromExpert: -2.5, agreementWithExpert: 0.75 },
    ]);
    expect(results.scoreIcc).not.toBeNull();
  });
});
