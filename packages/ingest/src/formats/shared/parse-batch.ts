/** A row that could not be read: the caller prints it as `FILE:LINE: field: message`. */
export type RowError = { line: number; field: string; message: string };

/**
 * What a parser yields per chunk of input: the records of its good rows, the errors of its bad
 * ones, and how many rows it passed over on purpose (by reason), so that every row is accounted for.
 */
export type ParseBatch<T> = {
  records: T[];
  errors: RowError[];
  skipped: Record<string, number>;
};

export function emptyBatch<T>(): ParseBatch<T> {
  return { records: [], errors: [], skipped: {} };
}

export function countSkip(batch: ParseBatch<unknown>, reason: string): void {
  batch.skipped[reason] = (batch.skipped[reason] ?? 0) + 1;
}

export function hasContent(batch: ParseBatch<unknown>): boolean {
  return batch.records.length > 0 || batch.errors.length > 0 || Object.keys(batch.skipped).length > 0;
}
