import type { Readable } from 'node:stream';
import type { SurveyResponse } from '@callqa/core';
import { readCsvBatches } from '../../csv/read-csv.js';
import { emptyBatch, hasContent, type ParseBatch, type RowError } from '../shared/parse-batch.js';
import { dateTimeParser } from '../shared/parse-date-time.js';
import { parseIntInRange } from '../shared/parse-number.js';
import { stableKey } from '../shared/stable-key.js';
import { defaultSurveyHeaders, type SurveyField, surveyFields } from './survey-columns.js';

export type SurveyCsvOptions = {
  /** Header names per field, replacing the defaults (call_id, caller, time, csat, nps, 通话ID, 满意度 …). */
  columns?: Partial<Record<SurveyField, string>>;
  /** The zone of answer times written without one; UTC by default. */
  timeZone?: string;
  /** auto (ISO-like or epoch), iso, epoch-s, epoch-ms, or a pattern such as `YYYY/M/D H:mm`. */
  timeFormat?: string;
  delimiter?: string;
};

function locateColumns(
  header: string[],
  options: SurveyCsvOptions,
  line: number,
): { index: Partial<Record<SurveyField, number>>; errors: RowError[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<SurveyField, number>> = {};
  const errors: RowError[] = [];
  for (const field of surveyFields) {
    const configured = options.columns?.[field];
    if (configured !== undefined) {
      const i = names.indexOf(configured.trim().toLowerCase());
      if (i < 0) errors.push({ line, field, message: `no column '${configured}' in the header` });
      else index[field] = i;
      continue;
    }
    const i = defaultSurveyHeaders[field].map((n) => names.indexOf(n.toLowerCase())).find((j) => j >= 0);
    if (i !== undefined) index[field] = i;
  }
  if (index.time === undefined && errors.length === 0)
    errors.push({ line, field: 'time', message: 'no answer-time column (time, answered_at, 时间 …)' });
  if (index.csat === undefined && index.nps === undefined && errors.length === 0)
    errors.push({ line, field: 'csat', message: 'no score column (csat, nps, 满意度, 推荐度 …)' });
  if (index.callId === undefined && index.caller === undefined && errors.length === 0)
    errors.push({
      line,
      field: 'callId',
      message: 'no call-id or caller column (call_id, caller, 通话ID, 主叫 …)',
    });
  return { index, errors };
}

/**
 * Streams post-call survey answers from CSV: CSAT 1–5 and/or NPS 0–10, the call id and/or the
 * caller's number (link those with linkSurveys), the answer time and a comment.
 */
export async function* readSurveys(
  input: Readable,
  options: SurveyCsvOptions = {},
): AsyncGenerator<ParseBatch<SurveyResponse>> {
  const parseTime = dateTimeParser(options.timeFormat ?? 'auto', options.timeZone ?? 'UTC');
  let index: Partial<Record<SurveyField, number>> | undefined;
  for await (const rows of readCsvBatches(input, options.delimiter ? { delimiter: options.delimiter } : {})) {
    const batch = emptyBatch<SurveyResponse>();
    for (const row of rows) {
      if (!index) {
        const located = locateColumns(row.fields, options, row.line);
        if (located.errors.length > 0) {
          yield { ...batch, errors: located.errors };
          return;
        }
        index = located.index;
        continue;
      }
      const columns = index;
      const get = (field: SurveyField) => {
        const i = columns[field];
        return (i === undefined ? '' : (row.fields[i] ?? '').trim()) || undefined;
      };
      const result = toSurvey(get, row.line, parseTime, options.timeFormat ?? 'auto');
      if ('errors' in result) batch.errors.push(...result.errors);
      else batch.records.push(result.survey);
    }
    if (hasContent(batch)) yield batch;
  }
}

function toSurvey(
  get: (field: SurveyField) => string | undefined,
  line: number,
  parseTime: (text: string) => number | undefined,
  timeFormat: string,
): { survey: SurveyResponse } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const callId = get('callId');
  const caller = get('caller');
  if (!callId && !caller)
    errors.push({ line, field: 'callId', message: 'missing: a survey needs a call id or a caller' });
  const timeText = get('time');
  const answeredAt = timeText === undefined ? undefined : parseTime(timeText);
  if (timeText === undefined) errors.push({ line, field: 'time', message: 'missing' });
  else if (answeredAt === undefined)
    errors.push({ line, field: 'time', message: `not a date-time (${timeFormat}): '${timeText}'` });
  const score = (field: 'csat' | 'nps', min: number, max: number) => {
    const text = get(field);
    if (text === undefined) return undefined;
    const value = parseIntInRange(text, min, max);
    if (value === undefined)
      errors.push({ line, field, message: `not a whole number ${min}–${max}: '${text}'` });
    return value;
  };
  const csat = score('csat', 1, 5);
  const nps = score('nps', 0, 10);
  if (get('csat') === undefined && get('nps') === undefined)
    errors.push({ line, field: 'csat', message: 'no score: csat or nps' });
  if (errors.length > 0 || answeredAt === undefined) return { errors };

  // Without a survey id, who answered and when name the answer: a re-import finds the same id.
  const survey: SurveyResponse = {
    id: get('id') ?? `s-${stableKey([callId, caller, answeredAt])}`,
    answeredAt,
  };
  if (callId) survey.callId = callId;
  if (caller) survey.caller = caller;
  if (csat !== undefined) survey.csat = csat;
  if (nps !== undefined) survey.nps = nps;
  const comment = get('comment');
  if (comment) survey.comment = comment;
  return { survey };
}
