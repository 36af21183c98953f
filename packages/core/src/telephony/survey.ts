/** One post-call survey answer: CSAT on 1–5, NPS on 0–10 (either or both). */
export type SurveyResponse = {
  /** The survey's own id, or one derived from its source row; imports are idempotent by it. */
  id: string;
  /** The call it rates, when the survey carries it or it was linked by caller and time. */
  callId?: string;
  caller?: string;
  /** Epoch ms the answer was given. */
  answeredAt: number;
  csat?: number;
  nps?: number;
  comment?: string;
};
