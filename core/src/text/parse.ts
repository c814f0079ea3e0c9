// Reading a report into the document model (document.ts): Markdown through markdown.ts,
// plain text through plainText.ts; then each block's language, from the front matter, the
// caller's hint, or the block's own letters.

import type { Lang } from '../types';
import type { ReportDocument, Syntax } from './document';
import { detectLanguage } from './language';
import { parseMarkdown } from './markdown';
import type { ParseCache } from './parseCache';
import { parsePlainText } from './plainText';

export function parseReport(text: string, syntax: Syntax = 'markdown', langHint?: Lang, cache?: ParseCache): ReportDocument {
  const doc = syntax === 'markdown' ? parseMarkdown(text, cache) : parsePlainText(text);
  cache?.retain();
  const lang = doc.frontMatter?.lang ?? langHint;
  for (const block of doc.blocks) block.lang = lang ?? (syntax === 'markdown' ? block.lang : detectLanguage(text, block));
  doc.suppressions.sort((a, b) => a.start - b.start);
  return doc;
}
