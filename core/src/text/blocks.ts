// Block structure comes from markdown-it (CommonMark, fast); only its block rules run.
// Inside paragraphs and headings a small scanner (markdownInline.ts) separates prose from
// code spans, autolinks, HTML, link destinations and bare URLs: markdown-it's inline tokens
// carry no source positions, and reading them back would cost more than scanning.
// markdown-it reads no deeper than its nesting limit: what lies deeper is noted, not read.

import MarkdownIt, { type MarkdownIt as Parser, type StateBlock, type Token } from 'markdown-it';

/** What the block parse of a chunk yields that the reader uses, with lines relative to the chunk. */
export interface ChunkItem {
  /** `html`: an HTML block (suppression comments); `inline`: a paragraph's or heading's content. */
  kind: 'html' | 'inline';
  firstLine: number;
  /** Line after the last one. */
  endLine: number;
  /** Inline source of an `inline` item; not kept in the cache (see parseMarkdown). */
  content?: string;
  heading: boolean;
}

/** Where the block parse stopped reading because the structure was nested too deeply, lines relative to the chunk. */
export interface TooDeep {
  /** The first line of the region, and the column (in that line) where its content starts. */
  firstLine: number;
  column: number;
  /** Line after the last one of the region's container. */
  endLine: number;
}

/** The block parse of a chunk: its items, whether a construct is still open at its end, and what it could not read. */
export interface ParsedChunk {
  items: ChunkItem[];
  /**
   * A fenced code block or an HTML block runs past the chunk's last non-blank line (it is not
   * closed in the chunk): what follows may belong to it, so the chunk cannot stand alone.
   */
  open: boolean;
  /** The regions nested too deeply to be read, in text order; absent when there are none. */
  tooDeep?: TooDeep[];
}

let blockParser: Parser | undefined;

/**
 * markdown-it's block parser, with a note of every region it skips for being nested as deep as
 * its limit (maxNesting): there it moves on to the end of the container without a token.
 */
function parser(): Parser {
  if (blockParser) return blockParser;
  const md = MarkdownIt('commonmark', { html: true }).enable('table');
  const tokenize = md.block.tokenize.bind(md.block);
  // As markdown-it compares: no limit, nothing skipped.
  const limit = md.options.maxNesting ?? Infinity;
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number): void => {
    if (state.level >= limit) noteTooDeep(state, startLine, endLine);
    tokenize(state, startLine, endLine);
  };
  return (blockParser = md);
}

/**
 * Notes the region that tokenize is about to skip: it skips blank lines, stops at a line that
 * belongs to an outer container, and otherwise moves on to `endLine` without reading a line.
 */
function noteTooDeep(state: StateBlock, startLine: number, endLine: number): void {
  const line = state.skipEmptyLines(startLine);
  if (line >= endLine || state.sCount[line]! < state.blkIndent) return;
  const at = state.bMarks[line]! + state.tShift[line]!;
  (state.env as { tooDeep: TooDeep[] }).tooDeep.push({ firstLine: line, column: at - (state.src.lastIndexOf('\n', at - 1) + 1), endLine });
}

/** The nesting depth at which markdown-it stops reading. */
export function maxNesting(): number {
  return parser().options.maxNesting ?? Infinity;
}

function parseBlocks(text: string): { tokens: Token[]; tooDeep: TooDeep[] } {
  const md = parser();
  const state = new md.core.State(text, md, {});
  const env = { tooDeep: [] as TooDeep[] };
  // Only the block rules: inline parsing would be thrown away (see inlinePieces).
  md.block.parse(
    text.replace(/\r\n?|\u0000/g, (m) => (m === '\u0000' ? '\ufffd' : '\n')),
    md,
    env,
    state.tokens,
  );
  return { tokens: state.tokens, tooDeep: env.tooDeep };
}

/** The items of a block parse, lines relative to the parsed text; `contentEnd`: the line after its last non-blank one. */
export function chunkItems(text: string, contentEnd = Infinity): ParsedChunk {
  const { tokens, tooDeep } = parseBlocks(text);
  const items: ChunkItem[] = [];
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    if ((t.type === 'fence' || t.type === 'html_block') && t.map[1] > contentEnd) open = true;
    if (t.type === 'html_block') items.push({ kind: 'html', firstLine: t.map[0], endLine: t.map[1], content: '', heading: false });
    else if (t.type === 'inline')
      items.push({ kind: 'inline', firstLine: t.map[0], endLine: t.map[1], content: t.content, heading: (tokens[i - 1]?.type ?? '') === 'heading_open' });
  }
  return tooDeep.length > 0 ? { items, open, tooDeep } : { items, open };
}
