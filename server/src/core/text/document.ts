// The document model: which parts of a report are prose, its front matter, its
// suppression comments and the language of each block. Rules only ever look at prose:
// code, inline code, URLs, HTML and front matter are never checked.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Nodes, Parents, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { isValidDay } from '../time';
import type { Lang } from '../vocabulary/model';

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
  problems: { start: number; end: number; message: string }[];
}

export interface ReportDocument {
  text: string;
  syntax: Syntax;
  frontMatter?: FrontMatter;
  blocks: Block[];
  suppressions: Suppression[];
}


export function parseReport(text: string, syntax: Syntax = 'markdown', langHint?: Lang): ReportDocument {
  const doc = syntax === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
  const lang = doc.frontMatter?.lang ?? langHint;
  for (const block of doc.blocks) block.lang = lang ?? detectLanguage(text, block);
  doc.suppressions.sort((a, b) => a.start - b.start);
  return doc;
}

function parseMarkdown(text: string): ReportDocument {
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfmAutolinkLiteral()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmAutolinkLiteralFromMarkdown()],
  });
  const doc: ReportDocument = { text, syntax: 'markdown', blocks: [], suppressions: [] };
  const walkBlocks = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        doc.frontMatter = readFrontMatter(text, node.position!.start.offset!, node.position!.end.offset!, node.value);
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const block = inlineBlock(text, node);
        if (block.pieces.length > 0) doc.blocks.push(block);
        collectInlineHtml(node, doc);
        return;
      }
      case 'html':
        readSuppressions(text, node.position!.start.offset!, node.position!.end.offset!, doc.suppressions);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) walkBlocks(child as Nodes);
    }
  };
  walkBlocks(tree);
  return doc;
}

function collectInlineHtml(node: Parents, doc: ReportDocument): void {
  for (const child of node.children) {
    if (child.type === 'html') readSuppressions(doc.text, child.position!.start.offset!, child.position!.end.offset!, doc.suppressions);
    else if ('children' in child) collectInlineHtml(child, doc);
  }
}

function inlineBlock(text: string, node: Parents): Block {
  const pieces: Piece[] = [];
  let hard = false;
  const visit = (n: Nodes): void => {
    switch (n.type) {
      case 'text': {
        const start = n.position!.start.offset!;
        const end = n.position!.end.offset!;
        if (end > start) pieces.push({ start, end, hardBefore: hard });
        hard = false;
        return;
      }
      case 'link': {
        if (isAutolink(text, n)) {
          hard = true;
          return;
        }
        for (const c of n.children) visit(c);
        return;
      }
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        hard = true;
        return;
      default:
        if ('children' in n) for (const c of n.children) visit(c as Nodes);
    }
  };
  for (const c of node.children) visit(c as Nodes);
  return { start: node.position!.start.offset!, end: node.position!.end.offset!, pieces, lang: 'en' };
}

/** `<https://…>` or a bare URL: the link's text is its address, not prose. */
function isAutolink(text: string, link: Nodes & { type: 'link' }): boolean {
  const start = link.position!.start.offset!;
  if (text[start] === '<') return true;
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only !== undefined && only.type === 'text' && only.position?.start.offset === start && only.position?.end.offset === link.position!.end.offset;
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

function readFrontMatter(text: string, start: number, end: number, yamlText: string): FrontMatter {
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
      fm.problems.push({ ...locate('communique'), message: 'communique: should be a mapping with `disable: [rule ids]`.' });
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
