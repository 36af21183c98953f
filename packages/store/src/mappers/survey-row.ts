import type { SurveyResponse } from '@callqa/core';
import type { SurveysTable } from '../database.js';
import { readNumber, readOptionalNumber, readOptionalString } from './values.js';

export function surveyToRow(response: SurveyResponse): SurveysTable {
  return {
    id: response.id,
    call_id: response.callId ?? null,
    caller: response.caller ?? null,
    answered_at: response.answeredAt,
    csat: response.csat ?? null,
    nps: response.nps ?? null,
    comment: response.comment ?? null,
  };
}

export function rowToSurvey(row: SurveysTable): SurveyResponse {
  const response: SurveyResponse = { id: row.id, answeredAt: readNumber(row.answered_at) };
  const callId = readOptionalString(row.call_id);
  if (callId !== undefined) response.callId = callId;
  const caller = readOptionalString(row.caller);
  if (caller !== undefined) response.caller = caller;
  const csat = readOptionalNumber(row.csat);
  if (csat !== undefined) response.csat = csat;
  const nps = readOptionalNumber(row.nps);
  if (nps !== undefined) response.nps = nps;
  const comment = readOptionalString(row.comment);
  if (comment !== undefined) response.comment = comment;
  return response;
}
