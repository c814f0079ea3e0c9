// Reading a plain-text report: the front matter, suppression comments anywhere, and runs of
// non-blank lines as blocks, without their URLs.

import type { Piece, ReportDocument } from './document';
import { readFrontMatter } from './frontMatter';
import { readSuppressions } from './suppressions';

export function parsePlainText(text: string): ReportDocument {
  const doc: ReportDocument = { text, syntax: 'plaintext', blocks: [], suppressions: [], unchecked: [] };
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
