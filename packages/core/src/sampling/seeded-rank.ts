/**
 * A call's place in a seeded random order: the same seed and call id give the same number on every
 * machine and in every run, whatever order the calls are listed in, so a sample can be redrawn and
 * audited. FNV-1a over the text, then a 32-bit finaliser (murmur3's) to spread close ids apart.
 *
 * @example seededRank(42, 'call-1') // a number in [0, 1), always the same
 */
export function seededRank(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000;
}
