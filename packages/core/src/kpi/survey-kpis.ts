import type { SurveyResponse } from '../telephony/survey.js';
import { mean, ratio } from './ratio.js';

export type SurveyKpis = {
  /** Answers with a CSAT score on 1–5. */
  csatResponses: number;
  /** Mean CSAT score (1–5). */
  csatMean: number | null;
  /** Top-2-box: share of CSAT answers scoring 4 or 5. */
  csatTop2Box: number | null;
  /** Answers with an NPS score on 0–10. */
  npsResponses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Net promoter score in points, −100 … 100: % promoters (9–10) − % detractors (0–6). */
  nps: number | null;
  /** Scores outside their scale (or not integers), ignored. */
  invalid: number;
};

function onScale(value: number | undefined, min: number, max: number): value is number {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

export function surveyKpis(responses: Iterable<SurveyResponse>): SurveyKpis {
  const csat: number[] = [];
  let top2 = 0;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let invalid = 0;
  for (const r of responses) {
    if (onScale(r.csat, 1, 5)) {
      csat.push(r.csat);
      if (r.csat >= 4) top2++;
    } else if (r.csat !== undefined) invalid++;
    if (onScale(r.nps, 0, 10)) {
      if (r.nps >= 9) promoters++;
      else if (r.nps >= 7) passives++;
      else detractors++;
    } else if (r.nps !== undefined) invalid++;
  }
  const npsResponses = promoters + passives + detractors;
  const net = ratio(promoters - detractors, npsResponses);
  return {
    csatResponses: csat.length,
    csatMean: mean(csat),
    csatTop2Box: ratio(top2, csat.length),
    npsResponses,
    promoters,
    passives,
    detractors,
    nps: net === null ? null : net * 100,
    invalid,
  };
}
