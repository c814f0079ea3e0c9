// Reading a Markdown report: the front matter, then the block parse chunk by chunk (each
// parsed only when its text is new, with a cache), then each paragraph's and heading's prose
// pieces, suppression comments and language; and the regions nested too deeply to be read.

import { msg } from '../messages/message';
import type { Lang } from '../types';
import { chunkItems, maxNesting, type ChunkItem, type ParsedChunk, type TooDeep } from './blocks';
import { chunking } from './chunks';
import type { Piece, ReportDocument, Suppression, Unchecked } from './document';
import { frontMatterAt, readFrontMatter } from './frontMatter';
import { contentKey } from './hash';
import { detectLanguage } from './language';
import { isBlankLine, lineEnd, LineIndex } from './lines';
import { scanInline } from './markdownInline';
import type { ParseCache } from './parseCache';
import { readSuppressions } from './suppressions';

export function parseMarkdown(text: string, cache?: ParseCache): ReportDocument {
  const doc: ReportDocument = { text, syntax: 'markdown', blocks: [], suppressions: [], unchecked: [] };
  const lines = new LineIndex(text).starts;
  const fm = frontMatterAt(text);
  if (fm) doc.frontMatter = readFrontMatter(text, 0, fm.end, fm.yaml);
  const fmEnd = fm?.end ?? 0;
  /**
   * The text from `from` to `to` as the block parser reads it: the front matter blanked out, line
   * breaks kept (a lone \r too), so that block lines stay aligned. Made only for the chunk that
   * holds it: a copy of the whole document on every edit would cost more than the rest.
   */
  const source = (from: number, to: number): string =>
    from >= fmEnd ? text.slice(from, to) : text.slice(from, Math.min(to, fmEnd)).replace(/[^\n\r]/g, ' ') + text.slice(Math.max(from, fmEnd), to);
  const blankLine = (line: number): boolean => lines[line]! < fmEnd || isBlankLine(text, lines, line);
  // With a cache, chunk by chunk, each parsed only when its text is new; without, in one parse.
  const chunks = cache ? chunking(text, lines, fmEnd, cache.last) : undefined;
  const starts = chunks ? chunks.starts : [0];
  const keys = new Map<number, { to: number; key: string }>();
  for (let c = 0; c < starts.length;) {
    const firstLine = starts[c]!;
    const from = lines[firstLine]!;
    // A chunk is parsed on its own; if a fence or an HTML block is still open at its end (the
    // cut was not safe after all), it is parsed again joined with the next one, and so on.
    let next = c + 1;
    let chunkKey = '';
    let parsed: ParsedChunk;
    // The items with their inline source, when this pass parsed the chunk (or has to again).
    let withContent: ChunkItem[] | undefined;
    let parseChunk: () => ParsedChunk;
    for (;;) {
      if (!cache) {
        parsed = chunkItems(source(0, text.length));
        withContent = parsed.items;
        parseChunk = () => parsed;
        break;
      }
      const endLine = next < starts.length ? starts[next]! : lines.length;
      const to = next < starts.length ? lines[endLine]! : text.length;
      // Keyed by the text and by how much of it is front matter, which reads as blank: the same
      // text out of the front matter is something else (found by npm run fuzz).
      chunkKey = chunks!.oldKey(from, to) ?? contentKey(from < fmEnd ? `f${fmEnd - from}` : 'c', text, from, to);
      if (next === c + 1) keys.set(from, { to, key: chunkKey });
      parseChunk = () => {
        let contentEnd = endLine;
        while (contentEnd > firstLine && blankLine(contentEnd - 1)) contentEnd--;
        return chunkItems(source(from, to), contentEnd - firstLine);
      };
      withContent = undefined;
      // Kept without the items' inline source: it is read only right after a parse (a cached
      // chunk's paragraphs are cached too), and copies of it would keep every open report's
      // text twice (found by the benchmark); slices, a whole old version of it.
      parsed = cache.chunk(chunkKey, () => {
        const fresh = parseChunk();
        withContent = fresh.items;
        return { open: fresh.open, items: fresh.items.map(({ content: _, ...rest }) => rest), ...(fresh.tooDeep ? { tooDeep: fresh.tooDeep } : {}) };
      });
      if (!parsed.open || next >= starts.length) break;
      // Past a few joins, the rest in one piece: a long open block must not cost a parse per cut.
      next = next - c >= 8 ? starts.length : next + 1;
    }
    c = next;
    const items = parsed.items;
    const contentOf = (index: number): string => (withContent ??= parseChunk().items)[index]!.content ?? '';
    items.forEach((item, index) => {
      const first = firstLine + item.firstLine;
      const last = firstLine + item.endLine - 1;
      if (item.kind === 'html') {
        readSuppressions(text, lines[first]!, lineEnd(text, lines, last), doc.suppressions);
        return;
      }
      const read = (): { pieces: Piece[]; suppressions: Suppression[]; lang: Lang } => {
        const suppressions: Suppression[] = [];
        const pieces = inlinePieces(text, lines, first, last + 1, contentOf(index), item.heading, suppressions);
        const lang = pieces.length ? detectLanguage(text, { start: 0, end: 0, pieces, lang: 'en' }) : 'en';
        return { pieces, suppressions, lang };
      };
      const base = lines[first]!;
      // The chunk's text decides each of its paragraphs: the chunk's key and the paragraph's place in it name the paragraph.
      const paragraphKey = cache ? `${chunkKey}${String.fromCharCode(index & 0xffff, index >>> 16)}` : undefined;
      const found = paragraphKey !== undefined ? cache!.read(paragraphKey, base, read) : read();
      doc.suppressions.push(...found.suppressions);
      const pieces = found.pieces;
      if (pieces.length === 0) return;
      doc.blocks.push({ start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end, pieces, lang: found.lang, ...(paragraphKey !== undefined ? { paragraphKey } : {}) });
    });
    for (const region of parsed.tooDeep ?? []) doc.unchecked.push(unchecked(text, lines, firstLine, region, blankLine));
  }
  if (cache) cache.last = { text, lines, starts, keys, frontMatterEnd: fmEnd };
  return doc;
}

/**
 * A region the block parser skipped for its depth, in the document: from where its content
 * starts to the end of its container's last non-blank line.
 */
function unchecked(text: string, lines: number[], chunkLine: number, region: TooDeep, blankLine: (line: number) => boolean): Unchecked {
  const first = chunkLine + region.firstLine;
  let last = chunkLine + region.endLine - 1;
  while (last > first && blankLine(last)) last--;
  const start = lines[first]! + region.column;
  let end = lineEnd(text, lines, last);
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  return { start, end, reason: msg('unchecked.too-deep', { depth: String(maxNesting()) }) };
}

/**
 * The source ranges of a paragraph's or heading's content lines. markdown-it gives the
 * content with container prefixes ("> ", list markers, "#") removed; each content line is
 * found again at the end of its source line.
 */
function contentLines(text: string, lines: number[], first: number, last: number, content: string, heading: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const parts = content.split('\n');
  for (let k = 0; k < parts.length && first + k < last; k++) {
    const part = parts[k]!;
    const ls = lines[first + k]!;
    const le = lineEnd(text, lines, first + k);
    const line = text.slice(ls, le).replace(/\r$/, '');
    const at = part.length === 0 ? -1 : heading ? line.indexOf(part) : line.lastIndexOf(part);
    if (at >= 0) out.push({ start: ls + at, end: ls + at + part.length });
    else if (part.trim().length > 0) {
      // Tabs expanded or characters normalised: fall back to the line after its markers.
      const lead = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])?[ \t]*(?:#{1,6}[ \t]+)?/.exec(line)![0].length;
      out.push({ start: ls + lead, end: ls + line.length });
    }
  }
  return out;
}

function inlinePieces(text: string, lines: number[], first: number, last: number, content: string, heading: boolean, suppressions: Suppression[]): Piece[] {
  const pieces: Piece[] = [];
  let hard = false;
  const ranges = contentLines(text, lines, first, last, content, heading);
  // Scan the paragraph as one string of its content lines, so that code spans may cross lines.
  const joined = ranges.map((r) => text.slice(r.start, r.end)).join('\n');
  // Where each line starts in `joined`; an offset maps to its line's source by that line's start
  // (the '\n' after a line maps to the line's end).
  const starts = new Int32Array(ranges.length + 1);
  ranges.forEach((r, k) => (starts[k + 1] = starts[k]! + r.end - r.start + 1));
  const lineOf = (j: number): number => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= j) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const source = (j: number): number => {
    const k = lineOf(j);
    return ranges.length ? ranges[k]!.start + (j - starts[k]!) : 0;
  };
  let last0 = 0;
  const emit = (from: number, to: number): void => {
    // One piece per line, so that container prefixes between lines stay out.
    for (let k = from < to ? lineOf(from) : ranges.length; k < ranges.length && starts[k]! < to; k++) {
      const s = Math.max(from, starts[k]!);
      const e = Math.min(to, starts[k]! + ranges[k]!.end - ranges[k]!.start);
      if (e > s) {
        pieces.push({ start: ranges[k]!.start + (s - starts[k]!), end: ranges[k]!.start + (e - starts[k]!), hardBefore: hard });
        hard = false;
      }
    }
  };
  for (const span of scanInline(joined)) {
    emit(last0, span.start);
    if (span.kind === 'html') readSuppressions(text, source(span.start), source(span.end - 1) + 1, suppressions);
    if (span.kind !== 'markup') hard = true;
    last0 = span.end;
  }
  emit(last0, joined.length);
  return pieces;
}
