import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ParseBatch, RowError } from '../formats/shared/parse-batch.js';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A fixture of this package, by its path under `fixtures/`. */
export function fixture(path: string): Readable {
  return createReadStream(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)));
}

/** Data outside the repository (no licence to ship it), beside the checkout: `../shared/data/…`. */
export function sharedData(path: string): string {
  return `${repoRoot}../shared/data/${path}`;
}

export const hasSharedData = (path: string) => existsSync(sharedData(path));

/** Drains a parser into all its records, errors and skip counts. */
export async function collect<T>(
  batches: AsyncIterable<ParseBatch<T>>,
): Promise<{ records: T[]; errors: RowError[]; skipped: Record<string, number>; batches: number }> {
  const records: T[] = [];
  const errors: RowError[] = [];
  const skipped: Record<string, number> = {};
  let count = 0;
  for await (const batch of batches) {
    count++;
    records.push(...batch.records);
    errors.push(...batch.errors);
    for (const [reason, n] of Object.entries(batch.skipped)) skipped[reason] = (skipped[reason] ?? 0) + n;
  }
  return { records, errors, skipped, batches: count };
}
