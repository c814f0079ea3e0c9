// The editor features over a report's latest check: code actions, hover, completion and
// document links. Each handler reads `Backend.current`, never checks on its own.

import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  type CodeActionParams,
  type CompletionList,
  type Hover,
  type HoverParams,
  type CompletionParams,
  type DocumentLink,
  type DocumentLinkParams,
  type CancellationToken,
  type CodeAction,
} from 'vscode-languageserver';
import { completeAt, explain, msg, render, targetAt } from '@communique/core';
import type { Backend } from './backend';
import type { Checked } from './documentState';
import { addToVocabularyActions } from './addToVocabulary';
import { fixAll, FIX_ALL_KIND, quickFixes } from './diagnostics';
import { isPackDocument, packCompletion, packHover } from './packFeatures';

export function registerFeatures(b: Backend): void {
  b.connection.onCodeAction((params) => codeActions(b, params));
  b.connection.onHover((params, token) => hover(b, params, token));
  b.connection.onCompletion((params, token) => completion(b, params, token));
  b.connection.onDocumentLinks((params) => documentLinks(b, params));
}

async function codeActions(b: Backend, params: CodeActionParams): Promise<CodeAction[]> {
  const doc = b.documents.get(params.textDocument.uri);
  if (!doc || !b.isReportUri(doc.uri)) return [];
  const checked = b.states.checkedAt(doc.uri, doc.version);
  if (!checked) return [];
  const wantsFixAll = params.context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty) ?? false;
  const all = fixAll(doc, checked.result.findings, b.uiLanguage);
  if (wantsFixAll) return all ? [all] : [];
  const actions = quickFixes(doc, params.context.diagnostics, checked.result.findings);
  if (actions.length > 0 && all) actions.push(all);
  try {
    actions.push(...(await addToVocabularyActions(b, doc, params, checked)));
  } catch (e) {
    b.connection.console.error(`Add to the vocabulary failed: ${(e as Error).stack ?? String(e)}`);
  }
  return actions;
}

async function hover(b: Backend, params: HoverParams, token: CancellationToken): Promise<Hover | null> {
  if (isPackDocument(b, params.textDocument.uri)) return packHover(b, params);
  const state = await b.current(params.textDocument.uri);
  // An edit or a newer request made this one stale: the client has cancelled it.
  if (!state || token.isCancellationRequested) return null;
  const offset = state.doc.offsetAt(params.position);
  const target = targetAt(state.result.blocks, offset);
  const value = target ? explain(target, state.vocab, state.result.reportDate) : undefined;
  const original = originalSentence(state, offset, b.uiLanguage);
  if (!value && !original) return null;
  const at = value && target ? target : original!;
  return {
    contents: { kind: MarkupKind.Markdown, value: [value, original?.value].filter(Boolean).join('\n\n---\n\n') },
    range: { start: state.doc.positionAt(at.start), end: state.doc.positionAt(at.end) },
  };
}

/** On a finding of the pair check: the original's sentence it was compared with, quoted, with a link to it. */
function originalSentence(state: Checked, offset: number, lang: 'en' | 'vi'): { value: string; start: number; end: number } | undefined {
  const pair = state.pair;
  if (!pair) return undefined;
  const f = state.result.findings.find((x) => x.ruleId.startsWith('parallel/') && x.counterpart && x.start <= offset && offset <= x.end);
  if (!f?.counterpart) return undefined;
  const sentence = pair.doc.getText().slice(f.counterpart.start, f.counterpart.end).replace(/\s+/g, ' ').trim();
  const line = pair.doc.positionAt(f.counterpart.start).line + 1;
  const name = decodeURIComponent(pair.uri.slice(pair.uri.lastIndexOf('/') + 1));
  const value = `**${render(msg('parallel.related'), lang)}** — [${escapeMarkdown(name)}:${line}](${pair.uri}#L${line})\n\n> ${escapeMarkdown(sentence)}`;
  return { value, start: f.start, end: f.end };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

async function completion(b: Backend, params: CompletionParams, token: CancellationToken): Promise<CompletionList | null> {
  if (isPackDocument(b, params.textDocument.uri)) return packCompletion(b, params);
  const state = await b.current(params.textDocument.uri);
  if (!state || token.isCancellationRequested) return null;
  const offset = state.doc.offsetAt(params.position);
  // Inside code or front matter nothing is offered: only where prose is.
  const text = state.doc.getText();
  const inProse = state.result.document.blocks.some((block) => offset >= block.start && offset <= endOfLine(text, block.end)) || isBlankLine(text, offset);
  if (!inProse) return null;
  return {
    isIncomplete: false,
    items: completeAt(text, offset, state.vocab).map((c) => ({
      label: c.label,
      kind: c.kind === 'document' ? CompletionItemKind.Reference : c.kind === 'title' ? CompletionItemKind.Constant : CompletionItemKind.Class,
      detail: c.detail,
      documentation: { kind: MarkupKind.Markdown, value: c.documentation },
      filterText: c.filterText,
      sortText: c.sortText,
      textEdit: { range: { start: state.doc.positionAt(c.start), end: state.doc.positionAt(c.end) }, newText: c.insertText },
    })),
  };
}

async function documentLinks(b: Backend, params: DocumentLinkParams): Promise<DocumentLink[]> {
  const state = await b.current(params.textDocument.uri);
  if (!state) return [];
  const links: DocumentLink[] = [];
  for (const block of state.result.blocks) {
    for (const c of block.citations) {
      const d = c.document;
      if (!d?.source_url) continue;
      const target = c.symbol ?? c;
      links.push({ range: { start: state.doc.positionAt(target.start), end: state.doc.positionAt(target.end) }, target: d.source_url, tooltip: `Source: ${d.source}` });
    }
  }
  return links;
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

function isBlankLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).trim().length === 0;
}
