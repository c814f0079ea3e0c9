// Communiqué's own requests and notifications, shared by the server and the VS Code client.
// Types only (and method names): no runtime dependencies, so the client bundle stays small.

export const STATUS_NOTIFICATION = 'communique/status';
export interface StatusParams {
  layers: { name: string; entities: number }[];
  /** Vocabulary problems; when > 0 the last good vocabulary is in force. */
  problems: { file: string; line: number; column: number; message: string }[];
}

export const DOCUMENTS_REQUEST = 'communique/documents';
export interface DocumentsParams {
  uri: string;
  style: 'short' | 'full' | 'vietnamese';
}
export interface DocumentItem {
  id: string;
  symbol?: string;
  type: string;
  label: string;
  title: { en?: string; vi?: string };
  date?: string;
  issuer?: string;
  shortForms: string[];
  citation: string;
  confidence: string;
}

export const CITATIONS_REQUEST = 'communique/citations';
export interface CitationsParams {
  uri: string;
}
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface CitationItem {
  range: Range;
  /** As written in the report. */
  text: string;
  /** On the report's date: `superseded` when the successor had been issued by then. */
  status: 'known' | 'unknown' | 'superseded';
  /** Known and superseded: the document's symbol (or type and number) and title, in the report's language. */
  symbol?: string;
  title?: string;
  /** Superseded: what replaced it, when the vocabulary says. */
  successor?: string;
  /** Unknown: why, or which document was perhaps meant. */
  note?: string;
}

/**
 * Checks files that are not (necessarily) open: the server reads them from disk and publishes
 * their diagnostics. The client sends a run in batches, with the same `run` number and `last`
 * on the final batch; cancelling a batch's request stops it between two files. Files open in
 * the editor are not re-read: their own diagnostics stand. When a checked file is closed, it is
 * checked again from disk (its diagnostics stay in the Problems panel); at the end of a run
 * (`last`), files of earlier runs that were not checked again are cleared.
 */
export const CHECK_FILES_REQUEST = 'communique/checkFiles';
export interface CheckFilesParams {
  uris: string[];
  run: number;
  last?: boolean;
}
export interface CheckFilesResult {
  /** Files of the batch checked (open ones included), in order; fewer than sent when cancelled. */
  checked: number;
  cancelled: boolean;
  counts: { error: number; warning: number; information: number; hint: number };
  /** Files that could not be checked: unreadable, too large, not a file: URI. */
  skipped: { uri: string; reason: string }[];
}

/**
 * The edit that writes (or rewrites) the report's "Documents cited" section from the citations
 * it contains, in the report's language (or `lang`). Null when the report cites nothing.
 * The client applies it when the document is still at `version`.
 */
export const REFERENCES_REQUEST = 'communique/references';
export interface ReferencesParams {
  uri: string;
  lang?: 'en' | 'vi';
}
export interface ReferencesResult {
  version: number;
  edit: { range: Range; newText: string };
  known: number;
  unknown: number;
  replaced: boolean;
  lang: 'en' | 'vi';
}

export const RELOAD_REQUEST = 'communique/reloadVocabulary';

/**
 * The pair check: the sentence of the report's original aligned with the one at `position`
 * (null when the report has no original, or nothing there is aligned).
 */
export const ALIGNED_SOURCE_REQUEST = 'communique/alignedSource';
export interface AlignedSourceParams {
  uri: string;
  position: { line: number; character: number };
}
export type AlignedSourceResult = { uri: string; range: Range } | null;

/** Picks the report's original by hand for the session (null: back to its front matter or its name). The report is checked again. */
export const SET_ORIGINAL_REQUEST = 'communique/setOriginal';
export interface SetOriginalParams {
  uri: string;
  original: string | null;
}

// On the web the server has no file system: it asks the client, which reads through
// `vscode.workspace.fs` (see server/src/browser/host.ts and client/src/browser.ts). Only
// vocabulary files (.yaml/.yml) and folders are answered.

export const PACK_STAT_REQUEST = 'communique/packs/stat';
export interface PackStatParams {
  uri: string;
}
export type PackStatResult =
  | { type: 'file'; size: number }
  /** The folder's vocabulary files (YAML, TBX), with their URIs as the client writes them. */
  | { type: 'directory'; files: { uri: string; size: number }[] }
  | { type: 'missing' }
  | { type: 'error'; message: string };

export const PACK_READ_REQUEST = 'communique/packs/read';
export interface PackReadParams {
  uri: string;
}
export type PackReadResult = { text: string } | { error: string };

/**
 * The built-in pack's files open as read-only documents of this scheme:
 * `communique-vocabulary:/builtin/<path inside vocabulary/builtin>` (Go to Definition on a
 * built-in entry). The client's content provider asks VOCABULARY_SOURCE_REQUEST for the text.
 */
export const BUILTIN_SCHEME = 'communique-vocabulary';

/**
 * The vocabulary in force for a report (else for the first workspace folder), laid out for the
 * Vocabulary view: sections, documents by issuer and year, offices with their holders; each entry
 * with its label in the client's display language, its layer, its hover, its citation and its origin
 * (a workspace file, or `communique-vocabulary:/builtin/<file>` for the built-in pack).
 * `style`: the citation style; by default the `communique.citationStyle` setting.
 */
export const VOCABULARY_TREE_REQUEST = 'communique/vocabularyTree';
export interface VocabularyTreeParams {
  uri?: string;
  style?: 'short' | 'full' | 'vietnamese';
}
export type { VocabularyTree, TreeEntry, TreeFolder, TreeNode, LayerKind } from '@communique/core';

/** Sent after the server read the vocabularies again (a pack changed, Reload Vocabulary): the view reads its tree again. */
export const VOCABULARY_CHANGED_NOTIFICATION = 'communique/vocabularyChanged';

/**
 * Every mention of one entity (`section` as in a pack: documents, titles, bodies, people, terms,
 * framings, events, milestones, partnerships) in the reports open in the editor and those Check
 * Workspace read (open documents as edited, the others from disk).
 */
export const MENTIONS_REQUEST = 'communique/mentions';
export interface MentionsParams {
  section: string;
  id: string;
}

/** The text of a built-in pack file, `communique-vocabulary:/builtin/<file>` (the client cannot read it itself). */
export const VOCABULARY_SOURCE_REQUEST = 'communique/vocabularySource';
export interface VocabularySourceParams {
  uri: string;
}
export type VocabularySourceResult = { text: string } | null;

/** Sent with an "Add to the workspace vocabulary" code action: open `uri` with the cursor at `line`, `character`. */
export const REVEAL_ENTRY_COMMAND = 'communique.vocabulary.revealEntry';
