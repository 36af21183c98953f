import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { QueueCall } from '@callqa/core';
import { emptyBatch, hasContent, type ParseBatch } from '../shared/parse-batch.js';
import { callcenterVisit, type Variables } from './callcenter-visit.js';

/**
 * The top-level JSON objects of a stream with the line each starts on: one pretty-printed object
 * per file (mod_json_cdr's log-dir), one per line (JSONL), or an array of them. In JSONL each
 * line stands alone, so a truncated line costs only itself.
 */
async function* jsonObjects(input: Readable): AsyncGenerator<Array<{ line: number; text: string }>> {
  const decoder = new StringDecoder('utf8');
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let arrayDepth = 0;
  let current = '';
  let startLine = 0;
  let first = true;
  // Decided by the first object: on one line, the file is JSONL.
  let jsonLines: boolean | undefined;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const out: Array<{ line: number; text: string }> = [];
    let from = depth > arrayDepth ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n') {
        if (jsonLines && depth > arrayDepth) {
          // In JSONL an object ends with its line: a broken line must not swallow the next ones.
          out.push({ line: startLine, text: current + text.slice(Math.max(from, 0), i) });
          current = '';
          from = -1;
          depth = arrayDepth;
          inString = false;
          escaped = false;
        }
        line++;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '[' && depth === arrayDepth && depth === 0) arrayDepth = depth = 1;
      else if (ch === ']' && depth === arrayDepth && depth === 1) arrayDepth = depth = 0;
      else if (ch === '{' || ch === '[') {
        if (depth === arrayDepth) {
          from = i;
          startLine = line;
          current = '';
        }
        depth++;
      } else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === arrayDepth && from >= 0) {
          jsonLines ??= line === startLine;
          out.push({ line: startLine, text: current + text.slice(from, i + 1) });
          current = '';
          from = -1;
        }
      } else if (
        depth === arrayDepth &&
        ch !== ',' &&
        ch !== '\r' &&
        ch !== '\n' &&
        ch !== ' ' &&
        ch !== '\t'
      ) {
        // Stray text between objects: hand it on so that the caller reports it as bad JSON.
        out.push({ line, text: ch as string });
      }
    }
    if (from >= 0) current += text.slice(from);
    if (out.length > 0) yield out;
  }
  if (current.trim()) yield [{ line: startLine, text: current }];
}

function decode(value: string): string {
  // mod_json_cdr url-encodes values by default (encode-values=true).
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function variablesOf(cdr: Record<string, unknown>): Variables {
  const raw = (typeof cdr.variables === 'object' && cdr.variables !== null ? cdr.variables : cdr) as Record<
    string,
    unknown
  >;
  const callflow = Array.isArray(cdr.callflow) ? cdr.callflow[0] : cdr.callflow;
  const profile =
    (callflow as { caller_profile?: Record<string, unknown> } | undefined)?.caller_profile ?? {};
  const lower = new Map<string, string>();
  for (const source of [profile, raw])
    for (const [name, value] of Object.entries(source))
      if (typeof value === 'string' || typeof value === 'number')
        lower.set(name.toLowerCase(), decode(String(value)));
  return (name) => lower.get(name) || undefined;
}

/** Streams queue visits from FreeSWITCH JSON CDRs (mod_json_cdr): a file of one or many. */
export async function* readFreeswitchJson(input: Readable): AsyncGenerator<ParseBatch<QueueCall>> {
  for await (const objects of jsonObjects(input)) {
    const batch = emptyBatch<QueueCall>();
    for (const { line, text } of objects) {
      let cdr: unknown;
      try {
        cdr = JSON.parse(text);
      } catch (error) {
        batch.errors.push({ line, field: 'json', message: (error as Error).message });
        continue;
      }
      if (typeof cdr !== 'object' || cdr === null || Array.isArray(cdr)) {
        batch.errors.push({ line, field: 'json', message: 'not a CDR object' });
        continue;
      }
      const result = callcenterVisit(variablesOf(cdr as Record<string, unknown>), line);
      if ('call' in result) batch.records.push(result.call);
      else if ('skip' in result) batch.skipped[result.skip] = (batch.skipped[result.skip] ?? 0) + 1;
      else batch.errors.push(...result.errors);
    }
    if (hasContent(batch)) yield batch;
  }
}
