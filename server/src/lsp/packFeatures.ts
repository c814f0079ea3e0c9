// Editing pack files (`.communique/*.yaml`, and the built-in pack's read-only documents):
// completion of ids in reference fields and of enumerated values, hover on an id, and rename of
// an id across every pack of the workspace (prepareRename and rename), refused with a located
// error when the new id is invalid or taken. Go to Definition is navigation.ts's.

import {
  CompletionItemKind,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  type CompletionList,
  type Hover,
  type Location,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type TextDocumentPositionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { completionContext, ID_PATTERN, msg, occurrencesOf, render, roleOf, tokenAt, type CompiledVocabulary, type Lang, type Section } from '@communique/core';
import type { Backend } from './backend';
import { isBuiltinUri } from './builtinSource';
import { BUILTIN_LAYER, offsetIn, originUri, packText, vocabularyFor, workspacePackFiles } from './packFiles';

export function isPackDocument(b: Backend, uri: string): boolean {
  return b.isPackUri(uri) || isBuiltinUri(uri);
}

export function registerPackFeatures(b: Backend): void {
  b.connection.onPrepareRename((params) => prepareRename(b, params));
  b.connection.onRenameRequest((params) => rename(b, params));
}

/** An entry's display name: its name, title, country or description, in `lang` or the other. */
function entryName(vocab: CompiledVocabulary, section: Section, id: string, lang: Lang): string | undefined {
  const e = (vocab.vocabulary[section] as ReadonlyMap<string, unknown>).get(id) as Record<string, unknown> | undefined;
  if (!e) return undefined;
  const l = (e.name ?? e.title ?? e.country ?? e.description) as Partial<Record<Lang, string>> | undefined;
  return l?.[lang] ?? l?.[lang === 'en' ? 'vi' : 'en'] ?? id;
}

const rangeIn = (text: string, start: number, end: number): Range => {
  const pos = (o: number) => {
    const lineStart = text.lastIndexOf('\n', o - 1) + 1;
    return { line: text.slice(0, lineStart).split('\n').length - 1, character: o - lineStart };
  };
  return { start: pos(start), end: pos(end) };
};

export async function packCompletion(b: Backend, params: TextDocumentPositionParams): Promise<CompletionList | null> {
  const text = await packText(b, params.textDocument.uri);
  if (text === undefined) return null;
  const offset = offsetIn(text, params.position);
  const context = completionContext(text, offset);
  if (!context) return null;
  const range = rangeIn(text, context.start, offset);
  if (context.role.role === 'enum') {
    return { isIncomplete: false, items: context.role.values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v } })) };
  }
  const vocab = await vocabularyFor(b, params.textDocument.uri);
  const section = context.role.section;
  const items = [...(vocab.vocabulary[section] as ReadonlyMap<string, unknown>).keys()]
    .filter((id) => id.startsWith(context.prefix) || context.prefix === '')
    .map((id) => {
      const name = entryName(vocab, section, id, b.uiLanguage);
      return { label: id, kind: CompletionItemKind.Reference, ...(name && name !== id ? { detail: name } : {}), textEdit: { range, newText: id } };
    });
  return { isIncomplete: false, items };
}

export async function packHover(b: Backend, params: TextDocumentPositionParams): Promise<Hover | null> {
  const uri = params.textDocument.uri;
  const text = await packText(b, uri);
  if (text === undefined) return null;
  const token = tokenAt(text, offsetIn(text, params.position));
  const role = token && roleOf(token);
  if (!token || !role || role.role === 'enum') return null;
  const vocab = await vocabularyFor(b, uri);
  const range = rangeIn(text, token.start, token.end);
  const origin = vocab.vocabulary.origins.get(`${role.section}:${token.value}`);
  const name = entryName(vocab, role.section, token.value, b.uiLanguage);
  const value =
    origin && name
      ? render(msg('vocabulary.pack-hover', { name: `**${name}**`, section: role.section, id: token.value, file: origin.file, line: origin.line }), b.uiLanguage)
      : render(msg('vocabulary.pack-hover-missing', { section: role.section, id: token.value }), b.uiLanguage);
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** The places of a pack's text that name the entry, as locations. */
export function occurrencesIn(text: string, uri: string, section: Section, id: string): Location[] {
  return occurrencesOf(text, section, id).map((t) => ({ uri, range: rangeIn(text, t.start, t.end) }));
}

const refuse = (b: Backend, message: Parameters<typeof msg>): ResponseError<void> => new ResponseError(ErrorCodes.InvalidRequest, render(msg(...message), b.uiLanguage));

/** The id or reference to rename at a position, and the entry it names; refused with a message when there is none or it is built in. */
async function renameTarget(b: Backend, uri: string, position: { line: number; character: number }): Promise<{ section: Section; id: string; range: Range }> {
  const text = isPackDocument(b, uri) ? await packText(b, uri) : undefined;
  const token = text !== undefined ? tokenAt(text, offsetIn(text, position)) : undefined;
  const role = token && roleOf(token);
  if (!token || !role || role.role === 'enum' || text === undefined) throw refuse(b, ['vocabulary.rename-nothing']);
  // The built-in pack's documents are read-only, whatever they name.
  if (isBuiltinUri(uri)) throw refuse(b, ['vocabulary.rename-builtin', { id: token.value }]);
  const vocab = await vocabularyFor(b, uri);
  const origin = vocab.vocabulary.origins.get(`${role.section}:${token.value}`);
  if (origin?.layer === BUILTIN_LAYER) throw refuse(b, ['vocabulary.rename-builtin', { id: token.value }]);
  return { section: role.section, id: token.value, range: rangeIn(text, token.start, token.end) };
}

async function prepareRename(b: Backend, params: PrepareRenameParams): Promise<{ range: Range; placeholder: string }> {
  const target = await renameTarget(b, params.textDocument.uri, params.position);
  return { range: target.range, placeholder: target.id };
}

async function rename(b: Backend, params: RenameParams): Promise<WorkspaceEdit> {
  const uri = params.textDocument.uri;
  const target = await renameTarget(b, uri, params.position);
  const newId = params.newName.trim();
  if (!ID_PATTERN.test(newId)) throw refuse(b, ['vocabulary.rename-invalid', { id: newId }]);
  const vocab = await vocabularyFor(b, uri);
  const taken = vocab.vocabulary.origins.get(`${target.section}:${newId}`);
  if (newId !== target.id && (taken || (vocab.vocabulary[target.section] as ReadonlyMap<string, unknown>).has(newId))) {
    const where = taken ? originUri(b, taken) : '';
    throw refuse(b, ['vocabulary.rename-taken', { id: newId, section: target.section, file: where, line: taken?.line ?? 1 }]);
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const pack of await workspacePackFiles(b, uri)) {
    const text = await packText(b, pack);
    if (text === undefined) continue;
    const edits = occurrencesIn(text, pack, target.section, target.id).map((l) => ({ range: l.range, newText: newId }));
    if (edits.length > 0) changes[pack] = edits;
  }
  return { changes };
}
