// Pack files as the navigation and editing features see them: where an entity's origin is as an
// LSP location (a workspace file, or the built-in pack's read-only document), the text of a pack
// (open in the editor, built in, or read by the host), the vocabulary that applies to a report
// or a pack, and the workspace's pack files.

import type { Location } from 'vscode-languageserver';
import { builtinVocabulary, packTokens, type CompiledVocabulary, type EntityRef, type Origin } from '@communique/core';
import type { Backend } from './backend';
import { builtinText, builtinUri, isBuiltinUri } from './builtinSource';

export const BUILTIN_LAYER = 'built-in';

/** The document URI of a file that an origin names. */
export function originUri(b: Backend, origin: Pick<Origin, 'file' | 'layer'>): string {
  return origin.layer === BUILTIN_LAYER ? builtinUri(origin.file) : b.host.uriOf(origin.file);
}

/** The text of a pack: the editor's, the built-in pack's, or the file's as the host reads it. */
export async function packText(b: Backend, uri: string): Promise<string | undefined> {
  const open = b.documents.get(uri);
  if (open) return open.getText();
  if (isBuiltinUri(uri)) return builtinText(uri);
  const path = b.host.pathOf(uri);
  if (path === undefined) return undefined;
  const read = await b.host.readLayer(path, new Map());
  const file = read.layer?.files.find((f) => f.path === path) ?? (read.layer?.files.length === 1 ? read.layer.files[0] : undefined);
  return file?.text;
}

/** The vocabulary that applies at `uri`: a report's, a workspace pack's (its project's), or the built-in pack alone. */
export async function vocabularyFor(b: Backend, uri: string): Promise<CompiledVocabulary> {
  if (isBuiltinUri(uri)) return builtinVocabulary();
  const config = await b.configs.forReport(uri);
  return (await b.vocabularies.get(config.effective.packs.map((p) => p.value))).compiled;
}

/**
 * Where an entity is defined, as a location: at its id; for a framing member, at the member's
 * id (found in the framing's file after the framing's own line).
 */
export async function entityLocation(b: Backend, vocab: CompiledVocabulary, ref: EntityRef): Promise<Location | undefined> {
  const origin = vocab.vocabulary.origins.get(`${ref.section}:${ref.id}`);
  if (!origin) return undefined;
  const uri = originUri(b, origin);
  const at = { line: origin.line - 1, character: origin.column - 1 };
  let location: Location = { uri, range: { start: at, end: { line: at.line, character: at.character + ref.id.length } } };
  if (ref.member) {
    const text = await packText(b, uri);
    if (text !== undefined) {
      const lines = text.split('\n');
      const framingStart = lines.slice(0, at.line).reduce((n, l) => n + l.length + 1, 0);
      const member = packTokens(text).find((t) => t.start >= framingStart && t.field === 'id' && t.parents[0] === 'members' && t.value === ref.member);
      if (member) {
        const line = text.slice(0, member.start).split('\n').length - 1;
        const character = member.start - (text.lastIndexOf('\n', member.start - 1) + 1);
        location = { uri, range: { start: { line, character }, end: { line, character: character + ref.member.length } } };
      }
    }
  }
  return location;
}

/** The workspace's pack files (YAML) in the vocabulary that applies at `uri`: every layer but the built-in one. */
export async function workspacePackFiles(b: Backend, uri: string): Promise<string[]> {
  const vocab = await vocabularyFor(b, uri);
  return vocab.vocabulary.layers.filter((l) => l.name !== BUILTIN_LAYER).flatMap((l) => l.files.filter((f) => /\.ya?ml$/i.test(f)).map((f) => b.host.uriOf(f)));
}

/** A position's offset in a text (UTF-16, as LSP counts). */
export function offsetIn(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const nl = text.indexOf('\n', offset);
  return Math.min(offset + position.character, nl < 0 ? text.length : nl);
}
