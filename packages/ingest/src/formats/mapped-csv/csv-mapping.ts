import { type FieldIssue, isValidTimeZone, queueOutcomes, toFieldIssues } from '@callqa/core';
import { z } from 'zod';

const columnName = z.string().trim().min(1, 'a column name');

/** A column, or a column with values that mean "none" (`0:00:00`, `NO_SERVER`, `0`). */
const ColumnRef = z.union([
  columnName,
  z.strictObject({ column: columnName, absent: z.array(z.string()).default([]) }),
]);
export type ColumnRef = z.infer<typeof ColumnRef>;

const DELIMITERS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|' };

const OutcomeTarget = z.enum([...queueOutcomes, 'skip'], {
  error: `one of ${[...queueOutcomes, 'skip'].join(', ')}`,
});

export const CsvMappingSchema = z.strictObject({
  /** tab, comma, semicolon, pipe or the character itself; guessed from the header when absent. */
  delimiter: z
    .string()
    .refine((d) => d in DELIMITERS || d.length === 1, 'tab, comma, semicolon, pipe or one character')
    .optional(),
  /** The zone of times without one (IANA name or `+08:00`). */
  timeZone: z.string().refine(isValidTimeZone, 'an IANA time zone such as Asia/Shanghai').default('UTC'),
  /** How the date column is written (with a date column): a pattern such as YYMMDD, or auto. */
  dateFormat: z.string().min(1).default('auto'),
  /**
   * How time columns are written: with a date column a time-of-day pattern (H:MM:SS by default),
   * else a full date-time: auto, iso, epoch-s, epoch-ms or a pattern such as `DD/MM/YYYY HH:mm`.
   */
  timeFormat: z.string().min(1).optional(),
  /** The queue of every row when no queue column is mapped. */
  queue: z.string().min(1).default('default'),
  columns: z.strictObject({
    /** The call id; several columns are joined with '-' (ids unique only per line or day). */
    callId: z.union([columnName, z.array(columnName).min(1)]).optional(),
    queue: ColumnRef.optional(),
    date: ColumnRef.optional(),
    /**
     * The time of day the date column was taken at (say, when the call reached the IVR): an entry
     * time earlier than it by more than 12 hours is on the next day.
     */
    dateAnchor: ColumnRef.optional(),
    enteredAt: ColumnRef,
    answeredAt: ColumnRef.optional(),
    endedAt: ColumnRef.optional(),
    waitSec: ColumnRef.optional(),
    talkSec: ColumnRef.optional(),
    holdSec: ColumnRef.optional(),
    wrapSec: ColumnRef.optional(),
    outcome: ColumnRef.optional(),
    agent: ColumnRef.optional(),
    caller: ColumnRef.optional(),
  }),
  /** The outcome column's values: a queue outcome, or skip for rows that are not calls. */
  outcomes: z.record(z.string(), OutcomeTarget).optional(),
});

export type CsvMapping = z.output<typeof CsvMappingSchema>;
export type CsvMappingInput = z.input<typeof CsvMappingSchema>;

export class CsvMappingError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field || '(mapping)'}: ${i.message}`).join('\n'));
    this.name = 'CsvMappingError';
  }
}

/** Validates a mapping document; throws CsvMappingError with one `path: message` per problem. */
export function parseCsvMapping(value: unknown): CsvMapping {
  const result = CsvMappingSchema.safeParse(value);
  if (!result.success) throw new CsvMappingError(toFieldIssues(result.error));
  const mapping = result.data;
  if (mapping.columns.dateAnchor && !mapping.columns.date)
    throw new CsvMappingError([{ field: 'columns.dateAnchor', message: 'needs columns.date' }]);
  if (mapping.outcomes && !mapping.columns.outcome)
    throw new CsvMappingError([{ field: 'outcomes', message: 'needs columns.outcome' }]);
  return mapping;
}

export function delimiterOf(mapping: CsvMapping): string | undefined {
  return mapping.delimiter === undefined ? undefined : (DELIMITERS[mapping.delimiter] ?? mapping.delimiter);
}

export function columnOf(ref: ColumnRef): { column: string; absent: string[] } {
  return typeof ref === 'string' ? { column: ref, absent: [] } : ref;
}
