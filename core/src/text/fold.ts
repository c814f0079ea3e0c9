// Folding: the comparison key of a text. Lower case, Vietnamese diacritics removed
// (đ → d), whitespace runs collapsed to one space, typographic apostrophes and hyphens
// unified. Folding a text also yields a map from each folded code unit back to the
// source offset it came from, so that matches found in the folded text are reported
// at their place in the original, whatever its normal form.

/** Never produced by folding text; separates prose ranges so that no match spans them. */
export const BARRIER = '\u0001';

const foldCache = new Map<string, string>();

/** The folded form of one code point (may be empty for combining marks). */
function foldCodePoint(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  for (const part of ch.normalize('NFD')) {
    if (/\p{M}/u.test(part)) continue;
    const lower = part.toLowerCase();
    for (const l of lower.normalize('NFD')) {
      if (/\p{M}/u.test(l)) continue;
      // Ð (U+00D0, Latin eth) stands for Đ in some Vietnamese typesetting.
      out += l === 'đ' || l === 'ð' ? 'd' : l;
    }
  }
  switch (out) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
    case '\u2032':
      out = "'";
      break;
    case '\u2010':
    case '\u2011':
      out = '-';
      break;
  }
  if (foldCache.size < 65536) foldCache.set(ch, out);
  return out;
}

/**
 * Per BMP code unit: its folded code when that is one code unit, FOLDS_TO_NOTHING for a
 * combining mark, FOLDS_TO_MORE when it folds to several (then the string cache is used);
 * 0 until first seen. Folding meets every character of every report, so no string per character.
 */
const FOLD_ONE = new Uint16Array(65536);
const FOLDS_TO_NOTHING = 0xfffe;
const FOLDS_TO_MORE = 0xffff;

function foldOne(code: number): number {
  let f = FOLD_ONE[code]!;
  if (f === 0) {
    const folded = foldCodePoint(String.fromCharCode(code));
    f = folded.length === 0 ? FOLDS_TO_NOTHING : folded.length === 1 && folded.charCodeAt(0) < FOLDS_TO_NOTHING ? folded.charCodeAt(0) : FOLDS_TO_MORE;
    FOLD_ONE[code] = f;
  }
  return f;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x3000 ||
    code === 0x200a ||
    code === 12 ||
    code === 11
  );
}

/** Folds a whole string (vocabulary forms: no offset map, and called for every form of a pack). */
export function fold(text: string): string {
  let out = '';
  let lastWasSpace = true;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
      i++;
      continue;
    }
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
      lastWasSpace = false;
      i++;
      continue;
    }
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const folded = foldCodePoint(text.slice(i, i + width));
    out += folded;
    if (folded.length > 0) lastWasSpace = false;
    i += width;
  }
  return out;
}

export interface FoldedText {
  text: string;
  /** The text the offsets refer to. */
  source: string;
  /**
   * Where each folded code unit came from, as runs: a run starts at folded index
   * runs[2k] and its code units come from consecutive source offsets from base + runs[2k+1].
   * Most text folds one to one, so a paragraph has a few runs instead of an offset per
   * character, and moving it only changes `base`.
   */
  runs: Int32Array;
  base: number;
  /** Source offset just past the folded range; used for a match that ends the text. */
  sourceEnd: number;
}

/** The source offset of the code unit that produced folded[i]. */
export function sourceOffset(folded: FoldedText, i: number): number {
  const runs = folded.runs;
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return folded.base + runs[lo * 2 + 1]! + (i - runs[lo * 2]!);
}

/** Builds a folded text from source ranges, appending barriers between them. */
export class Folder {
  // Code units, and where each run of them comes from, in typed arrays that grow by doubling:
  // folding runs over every character of every report, so it allocates nothing per character.
  private codes = new Uint16Array(256);
  /** Runs as (folded index, source offset) pairs: a new one wherever a unit's offset is not the last one's + 1. */
  private runs = new Int32Array(512);
  private runInts = 0;
  /** Source offset of the last unit pushed (-2: none yet). */
  private lastOffset = -2;
  private length = 0;
  private lastWasSpace = true;
  private sourceEnd = 0;
  private source = '';
  /** A surrogate code unit was folded in: decoded code by code, not as UTF-16 (which would replace a lone one). */
  private surrogates = false;

  /** Empties the folder and keeps its buffers, so that one folder serves many blocks. */
  reset(): this {
    this.length = 0;
    this.runInts = 0;
    this.lastOffset = -2;
    this.lastWasSpace = true;
    this.sourceEnd = 0;
    this.source = '';
    this.surrogates = false;
    return this;
  }

  append(source: string, start: number, end: number): this {
    this.source = source;
    this.reserve(end - start + 1);
    // The buffers and counters in locals for the loop (it meets every character of every
    // report); written back before anything that may grow the buffers.
    let codes = this.codes;
    let runs = this.runs;
    let n = this.length;
    let r = this.runInts;
    let last = this.lastOffset;
    let lastWasSpace = this.lastWasSpace;
    let i = start;
    while (i < end) {
      const code = source.charCodeAt(i);
      // The unit this character folds to; -1 for none.
      let unit: number;
      if (code < 128) {
        if (code === 32 || (code >= 9 && code <= 13)) {
          unit = lastWasSpace ? -1 : 32;
          lastWasSpace = true;
        } else {
          unit = code >= 65 && code <= 90 ? code + 32 : code;
          lastWasSpace = false;
        }
      } else if (isSpace(code)) {
        unit = lastWasSpace ? -1 : 32;
        lastWasSpace = true;
      } else {
        const one = code < 0xd800 || (code > 0xdfff && code < FOLDS_TO_NOTHING) ? foldOne(code) : FOLDS_TO_MORE;
        if (one === FOLDS_TO_MORE) {
          // Folds to several code units (the buffers may grow), or is a surrogate.
          const width = source.codePointAt(i)! > 0xffff ? 2 : 1;
          const folded = foldCodePoint(source.slice(i, i + width));
          this.length = n;
          this.runInts = r;
          this.reserve(folded.length + (end - i));
          codes = this.codes;
          runs = this.runs;
          for (let k = 0; k < folded.length; k++) {
            const c = folded.charCodeAt(k);
            if (c >= 0xd800 && c <= 0xdfff) this.surrogates = true;
            if (i !== last + 1) {
              runs[r++] = n;
              runs[r++] = i;
            }
            last = i;
            codes[n++] = c;
          }
          if (folded.length > 0) lastWasSpace = false;
          i += width;
          continue;
        }
        unit = one === FOLDS_TO_NOTHING ? -1 : one;
        if (unit >= 0) lastWasSpace = false;
      }
      if (unit >= 0) {
        if (i !== last + 1) {
          runs[r++] = n;
          runs[r++] = i;
        }
        last = i;
        codes[n++] = unit;
      }
      i++;
    }
    this.length = n;
    this.runInts = r;
    this.lastOffset = last;
    this.lastWasSpace = lastWasSpace;
    this.sourceEnd = end;
    return this;
  }

  /** A word separation standing for text left out (a line break and its "> " prefix). */
  space(at: number): this {
    if (!this.lastWasSpace) {
      this.reserve(1);
      this.push(32, at);
      this.lastWasSpace = true;
    }
    return this;
  }

  /** A hard separation: nothing is matched across it. */
  barrier(at: number): this {
    if (this.length > 0 && this.codes[this.length - 1] === 1) return this;
    this.reserve(1);
    this.push(1, at);
    this.lastWasSpace = true;
    return this;
  }

  /** Room for `n` more units (and as many runs). */
  private reserve(n: number): void {
    if (this.length + n > this.codes.length) {
      let size = this.codes.length * 2;
      while (size < this.length + n) size *= 2;
      const codes = new Uint16Array(size);
      codes.set(this.codes.subarray(0, this.length));
      this.codes = codes;
    }
    if (this.runInts + 2 * n > this.runs.length) {
      let size = this.runs.length * 2;
      while (size < this.runInts + 2 * n) size *= 2;
      const runs = new Int32Array(size);
      runs.set(this.runs.subarray(0, this.runInts));
      this.runs = runs;
    }
  }

  private push(code: number, offset: number): void {
    if (offset !== this.lastOffset + 1) {
      this.runs[this.runInts++] = this.length;
      this.runs[this.runInts++] = offset;
    }
    this.lastOffset = offset;
    this.codes[this.length++] = code;
  }

  result(): FoldedText {
    const n = this.length;
    const base = n > 0 ? this.runs[1]! : 0;
    // Offsets relative to the first unit's, so that moving the block only changes `base`.
    const runs = this.runInts > 0 ? this.runs.slice(0, this.runInts) : new Int32Array(2);
    for (let k = 1; k < runs.length; k += 2) runs[k]! -= base;
    return { text: decodeUtf16(this.codes.subarray(0, n), this.surrogates), source: this.source, runs, base, sourceEnd: this.sourceEnd };
  }
}

const CHUNK = 8192;
/** The native decoder reads the buffer as UTF-16LE (where that is the byte order), a leading U+FEFF kept as a character. */
const UTF16 = typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
function decodeUtf16(codes: Uint16Array, surrogates: boolean): string {
  if (UTF16 && !surrogates) return UTF16.decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

/** Source range of the folded range [start, end). */
export function sourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  const s = sourceOffset(folded, start);
  // The end is just past the source character that produced the last folded unit, with its
  // combining marks (decomposed text) — never the markup or space that follows it.
  const source = folded.source;
  let e = sourceOffset(folded, end - 1);
  const cp = source.codePointAt(e)!;
  e += cp > 0xffff ? 2 : 1;
  while (e < folded.sourceEnd && isCombiningMark(source.charCodeAt(e))) e++;
  return [s, Math.max(e, s + 1)];
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}
