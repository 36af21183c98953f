import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** One JSON text from the input with the line it starts on, for `FILE:LINE` messages. */
export type RawRecord = { line: number; text: string };

/**
 * Splits a JSON array into its top-level elements as they stream in, so that a file of a million
 * calls written as one array needs no more memory than JSONL does.
 */
class ArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private buffer = '';
  private startLine = 0;
  private line = 1;

  push(chunk: string, out: RawRecord[]): void {
    let from = -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === 92) this.escaped = true;
        else if (ch === 34) this.inString = false;
        continue;
      }
      if (ch === 34) this.inString = true;
      else if (ch === 123 || ch === 91) {
        this.depth++;
        if (this.depth === 2) {
          from = i;
          this.startLine = this.line;
        }
      } else if (ch === 125 || ch === 93) {
        if (this.depth === 2) {
          this.buffer += chunk.slice(from === -1 ? 0 : from, i + 1);
          out.push({ line: this.startLine, text: this.buffer });
          this.buffer = '';
          from = -1;
        }
        this.depth--;
      }
    }
    if (this.depth >= 2) this.buffer += chunk.slice(from === -1 ? 0 : from);
  }
}

/**
 * Reads calls from JSONL (one per line) or from a JSON array, streaming, in input order, one batch
 * per chunk read: a promise per batch rather than per call keeps the reader out of the profile.
 * Blank lines are skipped; line numbers are 1-based.
 */
export async function* readRecordBatches(input: Readable): AsyncGenerator<RawRecord[]> {
  input.setEncoding('utf8');
  let mode: 'unknown' | 'lines' | 'array' = 'unknown';
  const splitter = new ArraySplitter();
  let pending = '';
  let line = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let text: string = chunk;
    if (mode === 'unknown') {
      const trimmed = text.replace(/^\uFEFF/, '').trimStart();
      if (trimmed.length === 0) continue;
      mode = trimmed.startsWith('[') ? 'array' : 'lines';
      text = text.replace(/^\uFEFF/, '');
    }
    const batch: RawRecord[] = [];
    if (mode === 'array') {
      splitter.push(text, batch);
    } else {
      pending += text;
      let from = 0;
      for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', from)) {
        line++;
        const end = newline > from && pending.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        const row = pending.slice(from, end);
        from = newline + 1;
        if (row.trim().length > 0) batch.push({ line, text: row });
      }
      pending = pending.slice(from);
    }
    if (batch.length > 0) yield batch;
  }
  if (mode === 'lines' && pending.trim().length > 0) yield [{ line: line + 1, text: pending }];
}

/** The records one at a time, for callers that do little per record. */
export async function* readRecords(input: Readable): AsyncGenerator<RawRecord> {
  for await (const batch of readRecordBatches(input)) yield* batch;
}

export function openInput(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
}
