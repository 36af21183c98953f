import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { type CsvMapping, CsvMappingError, parseCsvMapping } from './csv-mapping.js';

/** A mapping document's text, JSON or YAML (JSON is YAML, but its errors read better as JSON). */
export function parseCsvMappingText(text: string, format: 'json' | 'yaml' = 'yaml'): CsvMapping {
  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new CsvMappingError([
      { field: '', message: `not ${format.toUpperCase()}: ${(error as Error).message}` },
    ]);
  }
  return parseCsvMapping(value);
}

export async function loadCsvMapping(path: string): Promise<CsvMapping> {
  return parseCsvMappingText(
    await readFile(path, 'utf8'),
    path.toLowerCase().endsWith('.json') ? 'json' : 'yaml',
  );
}
