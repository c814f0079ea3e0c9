// Bytes of a report to text, saying what cannot be read as a report instead of passing it
// silently: a binary file is not checked at all; bytes that are not UTF-8 are read as U+FFFD
// and located.

import { msg, type Message } from '../messages/message';
import type { Unchecked } from './document';

/** The text and what of it could not be read; or, for a file that is not text, why (a reason for text/unchecked). */
export type Decoded = { text: string; unchecked: Unchecked[] } | { binary: Message };

/** How far into a file binary content is looked for (as git does, the first 8,000 bytes). */
const SNIFF = 8000;

/** The length of the valid UTF-8 sequence at i, or 0 where the bytes are not UTF-8. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number): boolean => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const second = b[i + 1] ?? 0;
    if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f)) return 0; // overlong, surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const second = b[i + 1] ?? 0;
    if ((c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export function decodeReport(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) return { binary: msg('unchecked.binary') };
  // Nearly every report is valid UTF-8: the engine's own strict decoder says so at once; only a
  // file it refuses is scanned byte by byte, to count and locate what is wrong.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), unchecked: [] };
  } catch {
    // not UTF-8 throughout: see below
  }
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < bytes.length;) {
    const n = sequenceAt(bytes, i);
    if (n === 0) {
      if (first < 0) first = i;
      invalid++;
      i++;
    } else i += n;
  }
  // Mostly not UTF-8: an image or an archive named .md, or a file in another encoding.
  if (invalid > 0 && invalid * 10 > Math.min(bytes.length, SNIFF)) {
    return { binary: msg('unchecked.not-utf8', { count: invalid }) };
  }
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const text = decoder.decode(bytes);
  if (invalid === 0) return { text, unchecked: [] };
  // Where the first bad byte lands in the text: the decoded length of what precedes it.
  const start = decoder.decode(bytes.subarray(0, first)).length;
  return { text, unchecked: [{ start, end: start + 1, reason: msg('unchecked.invalid-bytes', { count: invalid }) }] };
}
