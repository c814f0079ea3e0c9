// The one content hash of the core: two 32-bit multiplicative hashes with different multipliers
// (64 bits), over a prefix, some numbers and a stretch of text. Each step is a bijection of each
// hash's state, so two inputs of the same length that differ in one code unit never hash alike.
// Used for the caches' keys (text/markdown.ts, analysis/cache.ts) and the vocabulary cache's file names
// (vocabulary/index.ts); none of them keeps a copy of the text it names.

/** The two hashes of `prefix`, `numbers` and text[start, end). */
export function hash64(prefix: string, numbers: readonly number[], text: string, start: number, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  // Written out rather than a helper per code unit: this runs over every paragraph on every check.
  const p = prefix.length;
  const l = numbers.length;
  for (let i = -p - l - 1; i < end - start; i++) {
    const ch = i < -l - 1 ? prefix.charCodeAt(i + p + l + 1) : i < -1 ? numbers[i + l + 1]! : i === -1 ? 0x1f : text.charCodeAt(start + i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}

/**
 * The cache key of a stretch of text: its 64-bit hash (hash64) with `prefix` and `layout`, and its
 * length. A key holds no copy of the text: caches of every open report would otherwise keep each
 * paragraph twice more. Collisions: see hash64; other than one-character differences, about
 * 2^-64 per pair, among the paragraphs of one document.
 */
export function contentKey(prefix: string, text: string, start: number, end: number, layout: readonly number[] = []): string {
  const [a, b] = hash64(prefix, layout, text, start, end);
  const n = end - start;
  // One flat string of six code units (the two hashes and the length, 16 bits each): a key
  // built of hex pieces cost more to make than the hashing, and more memory to keep.
  return String.fromCharCode(a & 0xffff, a >>> 16, b & 0xffff, b >>> 16, n & 0xffff, n >>> 16);
}
