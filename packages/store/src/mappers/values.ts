/**
 * Column values as any driver returns them: PostgreSQL's driver reads `bigint` as a string and
 * SQLite may hand back bigint, so every number is read through Number.
 */
export function readNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function readOptionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : readNumber(value);
}

export function readBoolean(value: unknown): boolean {
  return value === true || readNumber(value) !== 0;
}

export function writeBoolean(value: boolean | undefined): number {
  return value ? 1 : 0;
}

export function readOptionalString(value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : value;
}

/** JSON text of the fields of `source` that `known` does not name, or null when there are none. */
export function writeExtra(source: Record<string, unknown>, known: ReadonlySet<string>): string | null {
  let extra: Record<string, unknown> | undefined;
  for (const key in source) {
    if (known.has(key) || source[key] === undefined) continue;
    extra ??= {};
    extra[key] = source[key];
  }
  return extra ? JSON.stringify(extra) : null;
}

export function readExtra(text: string | null): Record<string, unknown> {
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
