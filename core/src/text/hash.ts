// The one content hash of the core: two 32-bit multiplicative hashes with different multipliers
// (64 bits), over a prefix, some numbers and a stretch of text. Each step is a bijection of each
// hash's state, so two inputs of the same length that differ in one code unit never hash alike.
// Used for the caches' keys (text/document.ts, analyze.ts) and the vocabulary cache's file names
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
