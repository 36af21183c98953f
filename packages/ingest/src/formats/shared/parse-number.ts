/** A non-negative number of seconds as PBXs write it ("13", "13.0", " 7 "); undefined when not one. */
export function parseSeconds(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** An integer in [min, max], or undefined ("4.0" counts as 4: spreadsheets write scores so). */
export function parseIntInRange(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^-?\d+(\.0+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}
