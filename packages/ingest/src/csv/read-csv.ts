import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** One CSV record: its fields and the 1-based line it starts on (for `FILE:LINE` messages). */
export type CsvRow = { line: number; fields: string[] };

export type CsvOptions = {
  /** Field separator; by default guessed from the first line (comma, tab, semicolon or pipe). */
  delimiter?: string;
};

const CANDIDATES = [',', '\t', ';', '|'];

/** The separator of a header line: the candidate that occurs most outside quotes. */
export function guessDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === candidate) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Streams RFC 4180 CSV: quoted fields may hold separators, doubled quotes and line breaks; CRLF or
 * LF; a UTF-8 byte order mark (as Excel writes) is dropped. Rows come in batches, one per chunk
 * read, so that a caller can write each batch in one transaction.
 */
export async function* readCsvBatches(input: Readable, options: CsvOptions = {}): AsyncGenerator<CsvRow[]> {
  const decoder = new StringDecoder('utf8');
  let delimiter = options.delimiter;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let first = true;
  let rowHasContent = false;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!delimiter)
        delimiter = guessDelimiter(text.slice(0, Math.max(0, text.indexOf('\n')) || text.length));
      first = false;
    }
    const sep = delimiter ?? ',';
    const batch: CsvRow[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at the end of a chunk: decide with the next chunk.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (ch === '"') {
          // The quote that ended the previous chunk was the first of a doubled quote.
          field += '"';
          quoted = true;
          continue;
        }
      }
      if (ch === '"' && field.length === 0) {
        quoted = true;
        rowHasContent = true;
      } else if (ch === sep) {
        fields.push(field);
        field = '';
        rowHasContent = true;
      } else if (ch === '\n') {
        if (field.endsWith('\r')) field = field.slice(0, -1);
        if (rowHasContent || field.length > 0) {
          fields.push(field);
          batch.push({ line: rowLine, fields });
        }
        fields = [];
        field = '';
        rowHasContent = false;
        line++;
        rowLine = line;
      } else {
        field += ch;
      }
    }
    if (batch.length > 0) yield batch;
  }
  const tail = decoder.end();
  if (tail) field += tail;
  if (field.endsWith('\r')) field = field.slice(0, -1);
  if (rowHasContent || field.length > 0) {
    fields.push(field);
    yield [{ line: rowLine, fields }];
  }
}

/**
 * Rows as objects keyed by the header line's column names (trimmed). A row with fewer fields gets
 * empty strings; the header's own line is not yielded.
 */
export async function* readCsvRecords(
  input: Readable,
  options: CsvOptions = {},
): AsyncGenerator<Array<{ line: number; record: Record<string, string> }>> {
  let header: string[] | null = null;
  for await (const batch of readCsvBatches(input, options)) {
    const out: Array<{ line: number; record: Record<string, string> }> = [];
    for (const row of batch) {
      if (!header) {
        header = row.fields.map((name) => name.trim());
        continue;
      }
      const record: Record<string, string> = {};
      header.forEach((name, i) => {
        record[name] = row.fields[i] ?? '';
      });
      out.push({ line: row.line, record });
    }
    if (out.length > 0) yield out;
  }
}
