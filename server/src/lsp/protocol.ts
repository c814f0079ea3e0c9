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
export interface CitationItem {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  status: 'known' | 'unknown' | 'superseded';
  title?: string;
}

export const RELOAD_REQUEST = 'communique/reloadVocabulary';

// On the web the server has no file system: it asks the client, which reads through
// `vscode.workspace.fs` (see server/src/browser/host.ts and client/src/browser.ts). Only
// vocabulary files (.yaml/.yml) and folders are answered.

export const PACK_STAT_REQUEST = 'communique/packs/stat';
export interface PackStatParams {
  uri: string;
}
export type PackStatResult =
  | { type: 'file'; size: number }
  /** The folder's YAML files, with their URIs as the client writes them. */
  | { type: 'directory'; files: { uri: string; size: number }[] }
  | { type: 'missing' }
  | { type: 'error'; message: string };

export const PACK_READ_REQUEST = 'communique/packs/read';
export interface PackReadParams {
  uri: string;
}
export type PackReadResult = { text: string } | { error: string };
