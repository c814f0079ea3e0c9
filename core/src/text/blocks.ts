// Block structure comes from markdown-it (CommonMark, fast); only its block rules run.
// Inside paragraphs and headings a small scanner (markdownInline.ts) separates prose from
// code spans, autolinks, HTML, link destinations and bare URLs: markdown-it's inline tokens
// carry no source positions, and reading them back would cost more than scanning.

import MarkdownIt, { type MarkdownIt as Parser, type Token } from 'markdown-it';

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

/** The block parse of a chunk: its items, and whether a construct is still open at its end. */
export interface ParsedChunk {
  items: ChunkItem[];
  /**
   * A fenced code block or an HTML block runs past the chunk's last non-blank line (it is not
   * closed in the chunk): what follows may belong to it, so the chunk cannot stand alone.
   */
  open: boolean;
}

let blockParser: Parser | undefined;
function parseBlocks(text: string): Token[] {
  blockParser ??= MarkdownIt('commonmark', { html: true }).enable('table');
  const state = new blockParser.core.State(text, blockParser, {});
  // Only the block rules: inline parsing would be thrown away (see inlinePieces).
  blockParser.block.parse(text.replace(/\r\n?|\u0000/g, (m) => (m === '\u0000' ? '\ufffd' : '\n')), blockParser, {}, state.tokens);
  return state.tokens;
}

/** The items of a block parse, lines relative to the parsed text; `contentEnd`: the line after its last non-blank one. */
export function chunkItems(text: string, contentEnd = Infinity): ParsedChunk {
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
