import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

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

const NEWLINE = 0x0a;

/** Index of the first byte that is not JSON whitespace (nor a UTF-8 byte order mark), or -1. */
function firstContentByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) {
      i += 2;
      continue;
    }
    return i;
  }
  return -1;
}

/** Splits decoded complete lines into records, counting lines from `line` (the last one read). */
function splitLines(text: string, line: number, batch: RawRecord[]): number {
  let n = line;
  let from = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
    n++;
    const end = newline > from && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    let row = text.slice(from, end);
    from = newline + 1;
    if (n === 1 && row.charCodeAt(0) === 0xfeff) row = row.slice(1);
    if (row.length > 0 && row.trim().length > 0) batch.push({ line: n, text: row });
  }
  return n;
}

/**
 * Reads calls from JSONL (one per line) or from a JSON array, streaming, in input order, one batch
 * per chunk read: a promise per batch rather than per call keeps the reader out of the profile.
 * JSONL is cut into lines on the newline byte and each chunk's complete lines decoded at once
 * (a newline byte never occurs inside a UTF-8 sequence), the cheapest way through a large file.
 * Blank lines are skipped; line numbers are 1-based.
 */
export async function* readRecordBatches(input: Readable): AsyncGenerator<RawRecord[]> {
  let mode: 'unknown' | 'lines' | 'array' = 'unknown';
  const splitter = new ArraySplitter();
  const decoder = new StringDecoder('utf8');
  let rest: Buffer | null = null;
  let line = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (mode === 'unknown') {
      const start = firstContentByte(rest ? Buffer.concat([rest, bytes]) : bytes);
      if (start === -1) {
        rest = rest ? Buffer.concat([rest, bytes]) : bytes;
        continue;
      }
      const head = rest ? Buffer.concat([rest, bytes]) : bytes;
      mode = head[start] === 0x5b ? 'array' : 'lines';
      bytes = head;
      rest = null;
    }
    const batch: RawRecord[] = [];
    if (mode === 'array') {
      splitter.push(decoder.write(bytes).replace(/^\uFEFF/, ''), batch);
    } else {
      const all: Buffer = rest ? Buffer.concat([rest, bytes]) : bytes;
      const last = all.lastIndexOf(NEWLINE);
      if (last === -1) {
        rest = all;
        continue;
      }
      line = splitLines(all.toString('utf8', 0, last + 1), line, batch);
      rest = last + 1 < all.length ? all.subarray(last + 1) : null;
    }
    if (batch.length > 0) yield batch;
  }
  if (mode === 'lines' && rest && rest.length > 0) {
    const batch: RawRecord[] = [];
    splitLines(`${rest.toString('utf8')}\n`, line, batch);
    if (batch.length > 0) yield batch;
  }
}

/** The records one at a time, for callers that do little per record. */
export async function* readRecords(input: Readable): AsyncGenerator<RawRecord> {
  for await (const batch of readRecordBatches(input)) yield* batch;
}

export function openInput(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
}
