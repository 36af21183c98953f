/**
 * A short, stable digest of a row's identifying values: the same row imported twice gets the same
 * key, and keys do not depend on line numbers (which change when a file is edited or concatenated).
 * FNV-1a over UTF-16 units in two 32-bit lanes: not cryptographic, collisions need ~2^32 rows.
 */
export function stableKey(parts: ReadonlyArray<string | number | undefined>): string {
  const text = parts.map((p) => (p === undefined ? '' : String(p))).join('\u001f');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
