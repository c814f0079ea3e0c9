// The document model: which parts of a report are prose, its front matter, its
// suppression comments and the language of each block. Rules only ever look at prose:
// code, inline code, URLs, HTML and front matter are never checked.

import MarkdownIt, { type MarkdownIt as Parser, type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { isValidDay } from '../time';
import { hash64 } from './hash';
import { LineIndex } from './lines';
import { scanInline } from './markdownInline';
import type { Lang } from '../types';

export type Syntax = 'markdown' | 'plaintext';

/** A piece of prose; `hardBefore` when something that is not prose (code, a URL) precedes it in its block. */
export interface Piece {
  start: number;
  end: number;
  hardBefore: boolean;
}

/** A paragraph, heading or list-item paragraph: the unit of checking. */
export interface Block {
  start: number;
  end: number;
  pieces: Piece[];
  lang: Lang;
  /**
   * The content key of the paragraph the block was read from (see contentKey), when the parse
   * was cached: its text decides the block's pieces, so the analysis cache keys by it too
   * rather than hashing the text a second time.
   */
  paragraphKey?: string;
}

export interface Suppression {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface FrontMatter {
  start: number;
  end: number;
  date?: string;
  lang?: Lang;
  disable: string[];
  /** Severity per rule id or category for this report (`communique: { rules: { … } }`), over the settings. */
  rules?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  problems: { start: number; end: number; message: string }[];
}

export interface ReportDocument {
  text: string;
  syntax: Syntax;
  frontMatter?: FrontMatter;
  blocks: Block[];
  suppressions: Suppression[];
}


/**
 * A copy of `s` that holds no reference to a larger string it was sliced from (a slice would
 * keep a whole old version of the document alive in a cache).
 */
export function detachedCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Past this many strings the pool of sharedCopy starts over (what it handed out stays valid). */
const SHARED_MAX = 20_000;
const shared = new Map<string, string>();

/**
 * A detached copy of `s` (see detachedCopy), one for all equal strings: the same messages, fix
 * texts and mentioned words recur in every paragraph of every open report, and caches keep them
 * all (with 50 open reports, thousands of copies of each; found by the benchmark).
 */
export function sharedCopy(s: string): string {
  let copy = shared.get(s);
  if (copy === undefined) {
    if (shared.size >= SHARED_MAX) shared.clear();
    copy = detachedCopy(s);
    shared.set(copy, copy);
  }
  return copy;
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

/** What reading a paragraph yields: its prose pieces, its suppression comments, its language. */
interface ParagraphRead {
  pieces: Piece[];
  suppressions: Suppression[];
  lang: Lang;
}

/** What the block parse of a chunk yields that the reader uses, with lines relative to the chunk. */
interface ChunkItem {
  /** `html`: an HTML block (suppression comments); `inline`: a paragraph's or heading's content. */
  kind: 'html' | 'inline';
  firstLine: number;
  /** Line after the last one. */
  endLine: number;
  /** Inline source of an `inline` item; not kept in the cache (see parseMarkdown). */
  content?: string;
  heading: boolean;
}

/**
 * Paragraphs already read, by their source text: an edit re-reads only the paragraphs it
 * touched (prose pieces, suppressions, detected language), wherever the others have moved;
 * and the block parse of each chunk of the document (see chunkStarts), so that an edit
 * re-parses only its chunk.
 */
export class ParseCache {
  /** Per paragraph, what it read as when last handed out, and where it was then (one copy). */
  private entries = new Map<string, { base: number; read: ParagraphRead }>();
  private readonly used = new Set<string>();
  private chunks = new Map<string, ParsedChunk>();
  private readonly usedChunks = new Set<string>();
  /** The chunk scan of the last parse (see chunking). */
  last: LastChunking | undefined;

  chunk(key: string, parse: () => ParsedChunk): ParsedChunk {
    this.usedChunks.add(key);
    let parsed = this.chunks.get(key);
    if (!parsed) this.chunks.set(key, (parsed = parse()));
    return parsed;
  }

  read(key: string, base: number, compute: () => ParagraphRead): ParagraphRead {
    this.used.add(key);
    const entry = this.entries.get(key);
    if (!entry) {
      const fresh = compute();
      const read: ParagraphRead = { ...fresh, suppressions: fresh.suppressions.map((x) => ({ ...x, rules: x.rules.map(detachedCopy) })) };
      this.entries.set(key, { base, read });
      return read;
    }
    // Handed out read-only; a paragraph that has moved gets shifted copies, which replace these.
    if (entry.base !== base) {
      const d = base - entry.base;
      entry.read = {
        pieces: entry.read.pieces.map((p) => ({ ...p, start: p.start + d, end: p.end + d })),
        suppressions: entry.read.suppressions.map((x) => ({ ...x, start: x.start + d, end: x.end + d })),
        lang: entry.read.lang,
      };
      entry.base = base;
    }
    return entry.read;
  }

  /** Drops the paragraphs and chunks the last read did not use. */
  retain(): void {
    if (this.entries.size > this.used.size) for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used.clear();
    if (this.chunks.size > this.usedChunks.size) for (const k of this.chunks.keys()) if (!this.usedChunks.has(k)) this.chunks.delete(k);
    this.usedChunks.clear();
  }
}

export function parseReport(text: string, syntax: Syntax = 'markdown', langHint?: Lang, cache?: ParseCache): ReportDocument {
  const doc = syntax === 'markdown' ? parseMarkdown(text, cache) : parsePlainText(text);
  cache?.retain();
  const lang = doc.frontMatter?.lang ?? langHint;
  for (const block of doc.blocks) block.lang = lang ?? (syntax === 'markdown' ? block.lang : detectLanguage(text, block));
  doc.suppressions.sort((a, b) => a.start - b.start);
  return doc;
}

// Block structure comes from markdown-it (CommonMark, fast); only its block rules run.
// Inside paragraphs and headings a small scanner (markdownInline.ts) separates prose from
// code spans, autolinks, HTML, link destinations and bare URLs: markdown-it's inline tokens
// carry no source positions, and reading them back would cost more than scanning.
let blockParser: Parser | undefined;
function parseBlocks(text: string): Token[] {
  blockParser ??= MarkdownIt('commonmark', { html: true }).enable('table');
  const state = new blockParser.core.State(text, blockParser, {});
  // Only the block rules: inline parsing would be thrown away (see inlinePieces).
  blockParser.block.parse(text.replace(/\r\n?|\u0000/g, (m) => (m === '\u0000' ? '\ufffd' : '\n')), blockParser, {}, state.tokens);
  return state.tokens;
}

/** The block parse of a chunk: its items, and whether a construct is still open at its end. */
interface ParsedChunk {
  items: ChunkItem[];
  /**
   * A fenced code block or an HTML block runs past the chunk's last non-blank line (it is not
   * closed in the chunk): what follows may belong to it, so the chunk cannot stand alone.
   */
  open: boolean;
}

/** The items of a block parse, lines relative to the parsed text; `contentEnd`: the line after its last non-blank one. */
function chunkItems(text: string, contentEnd = Infinity): ParsedChunk {
  const tokens = parseBlocks(text);
  const items: ChunkItem[] = [];
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    if ((t.type === 'fence' || t.type === 'html_block') && t.map[1] > contentEnd) open = true;
    if (t.type === 'html_block') items.push({ kind: 'html', firstLine: t.map[0], endLine: t.map[1], content: '', heading: false });
    else if (t.type === 'inline') items.push({ kind: 'inline', firstLine: t.map[0], endLine: t.map[1], content: t.content, heading: (tokens[i - 1]?.type ?? '') === 'heading_open' });
  }
  return { items, open };
}

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
interface LastChunking {
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
function chunking(text: string, lines: number[], frontMatterEnd: number, last: LastChunking | undefined): { starts: number[]; oldKey: (from: number, to: number) => string | undefined } {
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

function parseMarkdown(text: string, cache?: ParseCache): ReportDocument {
  const doc: ReportDocument = { text, syntax: 'markdown', blocks: [], suppressions: [] };
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
  for (let c = 0; c < starts.length; ) {
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
        return { open: fresh.open, items: fresh.items.map(({ content: _, ...rest }) => rest) };
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
  }
  if (cache) cache.last = { text, lines, starts, keys, frontMatterEnd: fmEnd };
  return doc;
}

function frontMatterAt(text: string): { end: number; yaml: string } | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text.length > 100_000 ? text.slice(0, 100_000) : text);
  return m ? { end: m[0].length, yaml: m[1] ?? '' } : undefined;
}

function isBlankLine(text: string, lines: number[], line: number): boolean {
  for (let i = lines[line]!, end = lineEnd(text, lines, line); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function lineEnd(text: string, lines: number[], line: number): number {
  const next = lines[line + 1];
  return next === undefined ? text.length : next - 1;
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

function parsePlainText(text: string): ReportDocument {
  const doc: ReportDocument = { text, syntax: 'plaintext', blocks: [], suppressions: [] };
  let bodyStart = 0;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text.length > 100_000 ? text.slice(0, 100_000) : text);
  if (fm) {
    doc.frontMatter = readFrontMatter(text, 0, fm[0].length, fm[1]!);
    bodyStart = fm[0].length;
  }
  readSuppressions(text, bodyStart, text.length, doc.suppressions);
  // Blocks are runs of non-blank lines.
  const lineBreak = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
  lineBreak.lastIndex = bodyStart;
  let start = bodyStart;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) doc.blocks.push({ start: s, end: e, pieces: proseWithoutUrls(text, s, e), lang: 'en' });
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return doc;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;

function proseWithoutUrls(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  let hard = false;
  URL.lastIndex = 0;
  for (let m = URL.exec(slice); m; m = URL.exec(slice)) {
    if (m.index > last) pieces.push({ start: start + last, end: start + m.index, hardBefore: hard });
    hard = true;
    last = m.index + m[0].length;
  }
  if (last < slice.length) pieces.push({ start: start + last, end, hardBefore: hard });
  return pieces;
}

/**
 * Front matter already read, by its whole text (it always starts the document, so its offsets
 * are the same): it rarely changes while the report below it is edited, and YAML parsing it
 * again on every keystroke cost more than a paragraph's check. Treated as read-only.
 */
const frontMatters = new Map<string, FrontMatter>();

function readFrontMatter(text: string, start: number, end: number, yamlText: string): FrontMatter {
  const key = text.slice(start, end);
  const known = frontMatters.get(key);
  if (known) return known;
  // A copy through JSON (it is plain data): its strings would otherwise be slices that keep
  // this version of the whole document alive.
  const fm = JSON.parse(JSON.stringify(readFrontMatterAnew(text, start, end, yamlText))) as FrontMatter;
  if (frontMatters.size >= 64) frontMatters.clear();
  frontMatters.set(detachedCopy(key), fm);
  return fm;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function readFrontMatterAnew(text: string, start: number, end: number, yamlText: string): FrontMatter {
  const fm: FrontMatter = { start, end, disable: [], problems: [] };
  const whole = { start, end: Math.min(end, text.indexOf('\n', start) >= 0 ? text.indexOf('\n', start) : end) };
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 10 });
  } catch (e) {
    fm.problems.push({ ...whole, message: `The front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return fm;
  }
  if (data === null || data === undefined) return fm;
  if (typeof data !== 'object' || Array.isArray(data)) {
    fm.problems.push({ ...whole, message: 'The front matter should be a YAML mapping (key: value lines).' });
    return fm;
  }
  const record = data as Record<string, unknown>;
  const locate = (key: string): { start: number; end: number } => {
    const m = new RegExp(`^${key}\\s*:.*$`, 'm').exec(yamlText);
    if (!m) return whole;
    const base = text.indexOf(yamlText, start);
    return base < 0 ? whole : { start: base + m.index, end: base + m.index + m[0].length };
  };
  if (record.date !== undefined) {
    const d = String(record.date);
    if (isValidDay(d)) fm.date = d;
    else fm.problems.push({ ...locate('date'), message: `The report date "${d}" is not a date in the form YYYY-MM-DD; titles are checked against today instead.` });
  }
  if (record.lang !== undefined) {
    if (record.lang === 'en' || record.lang === 'vi') fm.lang = record.lang;
    else fm.problems.push({ ...locate('lang'), message: `lang: "${String(record.lang)}" is not a supported language; use en or vi.` });
  }
  const settings = record.communique;
  if (settings !== undefined) {
    const disable = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>).disable : undefined;
    if (Array.isArray(disable) && disable.every((r) => typeof r === 'string')) fm.disable = disable as string[];
    else if (disable !== undefined || typeof settings !== 'object') {
      fm.problems.push({ ...locate('communique'), message: 'communique: should be a mapping with `disable: [rule ids]` and `rules: { rule-id: severity }`.' });
    }
    const rules = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>).rules : undefined;
    if (rules !== undefined) {
      if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
        fm.problems.push({ ...locate('communique'), message: 'communique.rules: should be a mapping of rule ids (or categories such as term/*) to error, warning, information, hint or off.' });
      } else {
        fm.rules = {};
        for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
          if (typeof value === 'string' && SEVERITIES.has(value)) fm.rules[id] = value as NonNullable<FrontMatter['rules']>[string];
          else {
            // Located at the value's own line: "    text/spacing: loud".
            const m = new RegExp(`^\\s*["']?${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']?\\s*:.*$`, 'm').exec(yamlText);
            const base = text.indexOf(yamlText, start);
            const at = m && base >= 0 ? { start: base + m.index + (m[0].length - m[0].trimStart().length), end: base + m.index + m[0].length } : locate('communique');
            fm.problems.push({ ...at, message: `“${String(value)}” is not a severity for ${id}: use error, warning, information, hint or off; the rule keeps its usual severity.` });
          }
        }
      }
    }
  }
  return fm;
}

const SUPPRESSION = /<!--\s*communique-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

function readSuppressions(text: string, start: number, end: number, into: Suppression[]): void {
  const slice = text.slice(start, end);
  if (!slice.includes('communique-')) return;
  SUPPRESSION.lastIndex = 0;
  for (let m = SUPPRESSION.exec(slice); m; m = SUPPRESSION.exec(slice)) {
    into.push({
      kind: m[1] as Suppression['kind'],
      rules: m[2]!.split(/[\s,]+/).filter((r) => r.length > 0),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
}

/** Vietnamese if a noticeable share of its letters carry Vietnamese diacritics. */
export function detectLanguage(text: string, block: Block): Lang {
  let letters = 0;
  let marked = 0;
  for (const piece of block.pieces) {
    for (let i = piece.start; i < piece.end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      else if (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) {
        letters++;
        marked++;
      } else if (c >= 0x1ea0 && c <= 0x1ef9) {
        letters++;
        marked++;
      }
    }
  }
  return letters > 0 && marked / letters > 0.06 ? 'vi' : 'en';
}
