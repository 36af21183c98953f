import { type CheckResult, checkResults } from '../scorecard/scorecard-schema.js';
import { fleissKappa, icc21 } from '../statistics/agreement.js';

/** One rater's blind scoring of one call in a calibration session. */
export type CalibrationRating = {
  callId: string;
  raterId: number;
  score: number;
  checks: Readonly<Record<string, CheckResult>>;
  /** Points deducted per manual item. */
  manual: Readonly<Record<string, number>>;
};

export type Spread = { min: number; max: number; sd: number };

export type CalibrationResults = {
  /** Calls every rater scored: the statistics use only these. */
  completeCalls: number;
  calls: Array<{
    callId: string;
    scores: Array<{ raterId: number; score: number }>;
    spread: Spread;
    expertScore?: number;
  }>;
  checks: Array<{
    check: string;
    /** Fleiss' kappa over pass / fail / n/a; null when undefined (everyone gave one answer). */
    kappa: number | null;
    /** Calls on which the raters did not all agree. */
    disputedCalls: number;
    /** Share of (rater, call) results equal to the expert's; null without an expert. */
    agreementWithExpert: number | null;
  }>;
  items: Array<{ item: string; meanSpread: number; agreementWithExpert: number | null }>;
  /** ICC(2,1) of the total scores; null with fewer than 2 complete calls or 2 raters. */
  scoreIcc: number | null;
  raters: Array<{
    raterId: number;
    meanDifferenceFromExpert: number | null;
    agreementWithExpert: number | null;
  }>;
};

function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { min: 0, max: 0, sd: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance =
    values.length > 1 ? values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1) : 0;
  return { min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) };
}

/**
 * What a calibration session (校准) shows: per call the spread of the raters' scores, per check the
 * inter-rater agreement (Fleiss' kappa) and the agreement with the designated expert, per manual
 * item the spread of deductions, ICC(2,1) of total scores, and each rater's distance from the expert.
 * The expert counts as a rater for kappa and ICC; "agreement with the expert" is over the others.
 *
 * @example calibrationResults({ raterIds: [1, 2, 3], expertId: 1, ratings })
 */
export function calibrationResults(input: {
  raterIds: readonly number[];
  expertId?: number;
  ratings: readonly CalibrationRating[];
}): CalibrationResults {
  const { raterIds, expertId } = input;
  const byCall = new Map<string, Map<number, CalibrationRating>>();
  for (const r of input.ratings) {
    let m = byCall.get(r.callId);
    if (!m) {
      m = new Map();
      byCall.set(r.callId, m);
    }
    m.set(r.raterId, r);
  }
  const callIds = [...byCall.keys()].sort();
  const complete = callIds.filter((id) => raterIds.every((rater) => byCall.get(id)?.has(rater)));
  const calls = callIds.map((callId) => {
    const ratings = byCall.get(callId) as Map<number, CalibrationRating>;
    const scores = [...ratings.values()]
      .map((r) => ({ raterId: r.raterId, score: r.score }))
      .sort((a, b) => a.raterId - b.raterId);
    const expert = expertId === undefined ? undefined : ratings.get(expertId);
    return {
      callId,
      scores,
      spread: spreadOf(scores.map((s) => s.score)),
      ...(expert ? { expertScore: expert.score } : {}),
    };
  });
  const others = raterIds.filter((id) => id !== expertId);
  const checkIds = [...new Set(input.ratings.flatMap((r) => Object.keys(r.checks)))].sort();
  const checks = checkIds.map((check) => {
    const table = complete.map((callId) => {
      const row = checkResults.map(() => 0);
      for (const rater of raterIds) {
        const result = byCall.get(callId)?.get(rater)?.checks[check] ?? 'na';
        row[checkResults.indexOf(result)] = (row[checkResults.indexOf(result)] as number) + 1;
      }
      return row;
    });
    const disputedCalls = table.filter((row) => row.filter((n) => n > 0).length > 1).length;
    let matches = 0;
    let total = 0;
    if (expertId !== undefined) {
      for (const callId of complete) {
        const expert = byCall.get(callId)?.get(expertId)?.checks[check] ?? 'na';
        for (const rater of others) {
          total++;
          if ((byCall.get(callId)?.get(rater)?.checks[check] ?? 'na') === expert) matches++;
        }
      }
    }
    return {
      check,
      kappa: table.length > 0 ? fleissKappa(table) : null,
      disputedCalls,
      agreementWithExpert: total > 0 ? matches / total : null,
    };
  });
  const itemIds = [...new Set(input.ratings.flatMap((r) => Object.keys(r.manual)))].sort();
  const items = itemIds.map((item) => {
    const spreads = complete.map(
      (callId) => spreadOf(raterIds.map((rater) => byCall.get(callId)?.get(rater)?.manual[item] ?? 0)).sd,
    );
    let matches = 0;
    let total = 0;
    if (expertId !== undefined) {
      for (const callId of complete) {
        const expert = byCall.get(callId)?.get(expertId)?.manual[item] ?? 0;
        for (const rater of others) {
          total++;
          if ((byCall.get(callId)?.get(rater)?.manual[item] ?? 0) === expert) matches++;
        }
      }
    }
    return {
      item,
      meanSpread: spreads.length > 0 ? spreads.reduce((a, b) => a + b, 0) / spreads.length : 0,
      agreementWithExpert: total > 0 ? matches / total : null,
    };
  });
  const raters = others.map((raterId) => {
    if (expertId === undefined) return { raterId, meanDifferenceFromExpert: null, agreementWithExpert: null };
    const diffs: number[] = [];
    let same = 0;
    let total = 0;
    for (const callId of complete) {
      const mine = byCall.get(callId)?.get(raterId) as CalibrationRating;
      const expert = byCall.get(callId)?.get(expertId) as CalibrationRating;
      diffs.push(mine.score - expert.score);
      for (const check of checkIds) {
        total++;
        if ((mine.checks[check] ?? 'na') === (expert.checks[check] ?? 'na')) same++;
      }
    }
    return {
      raterId,
      meanDifferenceFromExpert: diffs.length > 0 ? diffs.reduce((a, b) => a + b, 0) / diffs.length : null,
      agreementWithExpert: total > 0 ? same / total : null,
    };
  });
  return {
    completeCalls: complete.length,
    calls,
    checks,
    items,
    scoreIcc: icc21(
      complete.map((callId) => raterIds.map((rater) => byCall.get(callId)?.get(rater)?.score ?? 0)),
    ),
    raters,
  };
}
