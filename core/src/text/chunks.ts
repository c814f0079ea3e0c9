// Where the document may be cut into chunks that are parsed on their own (so that an edit
// re-parses only its chunk), and how the cuts are found again only around an edit.

import { lineEnd } from './lines';

const FENCE_OPEN = /^ {0,3}(`{3,}(?!.*`)|~{3,})/;
/** HTML blocks that may hold blank lines (CommonMark types 1 to 5), and what ends each. */
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Where the document may be cut into chunks whose block parses, put together, read as the whole
 * document's does: before a line that starts at its first column after a blank line, which ends
 * every list and block quote (or, "- b" after "- a", starts an item whose paragraph reads the
 * same in a list of its own). Fenced code and HTML blocks can hold such lines; cuts inside the
 * ones seen here are not proposed, and a cut that leaves one open all the same (an HTML block
 * inside another, found by `npm run fuzz`) is undone when its chunk is parsed (ParsedChunk.open).
 * Returns the first line of each chunk.
 */
function chunkStarts(text: string, lines: number[], blankBefore: number, resume?: ChunkResume): number[] {
  // A scan resumed at a cut starts where it would stand there: no open block, after a blank line.
  const starts = resume ? resume.starts : [0];
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let afterBlank = resume !== undefined;
  // Among the last scan's cuts (both lists grow), the first not before the one being made.
  let old = resume?.oldFrom ?? 0;
  const push = (k: number): boolean => {
    starts.push(k);
    // Past the edit, a cut the last scan also made: from there on, the rest is the same as then.
    if (resume && lines[k]! > resume.sameFrom) {
      const was = k - resume.lineDelta;
      while (old < resume.oldStarts.length && resume.oldStarts[old]! < was) old++;
      if (resume.oldStarts[old] === was) {
        for (let j = old + 1; j < resume.oldStarts.length; j++) starts.push(resume.oldStarts[j]! + resume.lineDelta);
        return true;
      }
    }
    return false;
  };
  for (let k = resume ? starts[starts.length - 1]! : 0; k < lines.length; k++) {
    // The front matter reads as blank lines (see parseMarkdown).
    if (lines[k]! < blankBefore) {
      afterBlank = true;
      continue;
    }
    if (!fence && !htmlEnd) {
      // Most lines start with a letter: not blank, no fence, no HTML, nothing more to read.
      const start = lines[k]!;
      const c = text.charCodeAt(start);
      if (start < lineEnd(text, lines, k) && c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x60 && c !== 0x7e && c !== 0x3c) {
        if (afterBlank && k > starts[starts.length - 1]! && push(k)) return starts;
        afterBlank = false;
        continue;
      }
    }
    const line = text.slice(lines[k]!, lineEnd(text, lines, k));
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      continue;
    }
    if (/^\s*$/.test(line)) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && k > starts[starts.length - 1]! && !/^\s/.test(line) && push(k)) return starts;
    afterBlank = false;
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    for (const [start, end] of HTML_OPEN) {
      if (start.test(line)) {
        if (!end.test(line.replace(start, ''))) htmlEnd = end;
        break;
      }
    }
  }
  return starts;
}

/**
 * How to redo the chunk scan of a document after an edit from the last one (ParseCache.last):
 * the cuts before the edit are kept, the scan resumes at the last of them, and stops at the
 * first cut past the edit that the last scan made too, taking the rest of its cuts, moved.
 */
interface ChunkResume {
  /** The cuts kept; the scan resumes at the last one and adds to this array. */
  starts: number[];
  /** The text from this offset on is the end of the last text, unchanged. */
  sameFrom: number;
  /** The last scan's cuts, and where to look among them. */
  oldStarts: number[];
  oldFrom: number;
  /** Lines added by the edit (removed: negative). */
  lineDelta: number;
}

/**
 * The chunk scan of the last parse, to redo only around an edit: its text (the document's own
 * string, so keeping it costs nothing while the document is open), line starts, cuts, and each
 * chunk's key by where it starts.
 */
export interface LastChunking {
  text: string;
  lines: number[];
  starts: number[];
  keys: Map<number, { to: number; key: string }>;
  /** Where the front matter ends (0: none); an edit before it redoes everything. */
  frontMatterEnd: number;
}

/** The length of the longest common prefix and, in what is left, suffix of two texts. */
function commonEnds(a: string, b: string): [number, number] {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < n - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return [p, q];
}

/**
 * The chunk cuts of `text` (see chunkStarts), and a lookup of the keys of chunks whose text is
 * unchanged since the last parse: redone only around what an edit changed, when there is one.
 */
export function chunking(
  text: string,
  lines: number[],
  frontMatterEnd: number,
  last: LastChunking | undefined,
): { starts: number[]; oldKey: (from: number, to: number) => string | undefined } {
  const none = () => ({ starts: chunkStarts(text, lines, frontMatterEnd), oldKey: () => undefined });
  if (!last || last.text.length === 0) return none();
  const [same, sameEnd] = last.text === text ? [text.length, 0] : commonEnds(last.text, text);
  const sameFrom = text.length - sameEnd;
  const delta = text.length - last.text.length;
  /** The key of the chunk from `from` to `to` if its text lies wholly before or after the edit. */
  const oldKey = (from: number, to: number): string | undefined => {
    const at = to <= same ? from : from > sameFrom ? from - delta : -1;
    const old = at >= 0 ? last.keys.get(at) : undefined;
    return old && old.to === (to <= same ? to : to - delta) ? old.key : undefined;
  };
  if (last.text === text) return { starts: last.starts.slice(), oldKey };
  if (same <= Math.max(frontMatterEnd, last.frontMatterEnd)) return none();
  // The last cut whose whole line lies before the edit; none but the first: a scan from the start.
  let keep = 0;
  for (let j = 1; j < last.starts.length; j++) {
    const k = last.starts[j]!;
    if (k + 1 >= last.lines.length || last.lines[k + 1]! >= same) break;
    keep = j;
  }
  if (keep === 0) return none();
  const resume: ChunkResume = { starts: last.starts.slice(0, keep + 1), sameFrom, oldStarts: last.starts, oldFrom: keep + 1, lineDelta: lines.length - last.lines.length };
  return { starts: chunkStarts(text, lines, frontMatterEnd, resume), oldKey };
}
