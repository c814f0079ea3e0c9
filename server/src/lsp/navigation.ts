// Navigation over the vocabulary: Go to Definition from a mention in a report (or an id in a
// pack) to the entry, Find All References of an entity across the workspace's reports (the open
// ones as the editor has them, the others from Check Workspace's index), a report's Document
// Symbols, and the built-in pack's text for its read-only documents.

import { SymbolKind, type DocumentSymbol, type Location, type Range, type ReferenceParams, type TextDocumentPositionParams } from 'vscode-languageserver';
import { entityAt, reportSymbols, roleOf, tokenAt, type EntityRef, type ReportSymbol, type ReportSymbolKind } from '@communique/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Backend } from './backend';
import { builtinText, isBuiltinUri } from './builtinSource';
import { rangesByKey } from './mentionIndex';
import { entityLocation, offsetIn, packText, vocabularyFor, workspacePackFiles } from './packFiles';
import { occurrencesIn } from './packFeatures';
import { VOCABULARY_SOURCE_REQUEST, type VocabularySourceParams, type VocabularySourceResult } from './protocol';
import type { WorkspaceCheck } from './workspaceCheck';

export function registerNavigation(b: Backend, workspace: WorkspaceCheck): void {
  b.connection.onDefinition((params) => definition(b, params));
  b.connection.onReferences((params) => references(b, workspace, params));
  b.connection.onDocumentSymbol((params) => documentSymbols(b, params.textDocument.uri));
  b.connection.onRequest(VOCABULARY_SOURCE_REQUEST, (params: VocabularySourceParams): VocabularySourceResult => {
    const text = typeof params?.uri === 'string' ? builtinText(params.uri) : undefined;
    return text === undefined ? null : { text };
  });
}

/** The entity named at a position: a mention in a report, or an id or reference in a pack. */
export async function entityAtPosition(b: Backend, uri: string, position: { line: number; character: number }): Promise<{ ref: EntityRef; range?: Range } | undefined> {
  if (b.isReportUri(uri)) {
    const state = await b.current(uri);
    if (!state) return undefined;
    const e = entityAt(state.result.blocks, state.doc.getText(), state.doc.offsetAt(position));
    return e && { ref: e.ref, range: { start: state.doc.positionAt(e.start), end: state.doc.positionAt(e.end) } };
  }
  const text = await packText(b, uri);
  if (text === undefined) return undefined;
  const offset = offsetIn(text, position);
  const token = tokenAt(text, offset);
  const role = token && roleOf(token);
  if (!token || !role || role.role === 'enum') return undefined;
  return { ref: { section: role.section, id: token.value } };
}

async function definition(b: Backend, params: TextDocumentPositionParams): Promise<Location | null> {
  const uri = params.textDocument.uri;
  const found = await entityAtPosition(b, uri, params.position);
  if (!found) return null;
  const vocab = b.isReportUri(uri) ? (await b.current(uri))?.vocab : await vocabularyFor(b, uri);
  if (!vocab) return null;
  return (await entityLocation(b, vocab, found.ref)) ?? null;
}

async function references(b: Backend, workspace: WorkspaceCheck, params: ReferenceParams): Promise<Location[]> {
  const uri = params.textDocument.uri;
  const found = await entityAtPosition(b, uri, params.position);
  if (!found) return [];
  const key = `${found.ref.section}:${found.ref.id}${found.ref.member ? `/${found.ref.member}` : ''}`;
  const out: Location[] = [];
  const open = new Set<string>();
  for (const doc of b.documents.all()) {
    if (!b.isReportUri(doc.uri)) continue;
    const state = await b.current(doc.uri);
    if (!state) continue;
    open.add(doc.uri);
    for (const range of rangesByKey(state.doc, state.result).get(key) ?? []) out.push({ uri: doc.uri, range });
  }
  out.push(...workspace.mentions.find(key, (u) => open.has(u) || b.documents.get(u) !== undefined));
  if (params.context.includeDeclaration && !isBuiltinUri(uri)) {
    // The entry itself, and the places of the workspace's packs that name it (`issuer: politburo`).
    for (const pack of await workspacePackFiles(b, uri)) {
      const text = await packText(b, pack);
      if (text !== undefined) out.push(...occurrencesIn(text, pack, found.ref.section, found.ref.id));
    }
    const vocab = await vocabularyFor(b, uri);
    const at = await entityLocation(b, vocab, found.ref);
    if (at && !out.some((l) => l.uri === at.uri && l.range.start.line === at.range.start.line)) out.push(at);
  }
  return out;
}

const KINDS: Record<ReportSymbolKind, SymbolKind> = {
  heading: SymbolKind.String,
  document: SymbolKind.File,
  citation: SymbolKind.File,
  person: SymbolKind.Object,
  body: SymbolKind.Module,
  title: SymbolKind.Property,
};

async function documentSymbols(b: Backend, uri: string): Promise<DocumentSymbol[]> {
  if (!b.isReportUri(uri)) return [];
  const state = await b.current(uri);
  if (!state) return [];
  const convert = (s: ReportSymbol): DocumentSymbol => ({
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: KINDS[s.kind],
    range: rangeOf(state.doc, s.start, s.end),
    selectionRange: rangeOf(state.doc, s.selectionStart, s.selectionEnd),
    children: s.children.map(convert),
  });
  return reportSymbols(state.result, state.vocab).map(convert);
}

const rangeOf = (doc: TextDocument, start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
