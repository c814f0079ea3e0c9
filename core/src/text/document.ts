// The document model: which parts of a report are prose, its front matter, its suppression
// comments, the language of each block, and the regions the parser could not read as prose.
// Rules only ever look at prose: code, inline code, URLs, HTML and front matter are never
// checked. Read by parseReport (parse.ts).

import type { Message } from '../messages/message';
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
  /** The original this report translates (`translation-of: ./report.vi.md`), as written: a path relative to the report's folder. */
  translationOf?: string;
  /** Where the `translation-of:` line is: a missing original is reported there. */
  translationOfAt?: { start: number; end: number };
  disable: string[];
  /** Severity per rule id or category for this report (`communique: { rules: { … } }`), over the settings. */
  rules?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  /** Values that cannot be used, each located and told as a message of the catalogues (reported by text/front-matter). */
  problems: { start: number; end: number; message: Message }[];
}

/** A region not read as prose (nested too deeply; bytes that are not UTF-8): reported by text/unchecked. */
export interface Unchecked {
  start: number;
  end: number;
  /** Why ("nested 20 or more levels deep …", "a byte here is not valid UTF-8 …"): a message, shown by text/unchecked in the paragraph's language. */
  reason: Message;
}

export interface ReportDocument {
  text: string;
  syntax: Syntax;
  frontMatter?: FrontMatter;
  blocks: Block[];
  suppressions: Suppression[];
  /** Regions left unread, in text order (none in plain text). */
  unchecked: Unchecked[];
}
