// "Add to the workspace vocabulary" code actions: on a `citation/unknown` finding, on a
// capitalised name after a known title that names nobody the vocabulary knows, and on any
// selected phrase (as a term, or as a wrong form of the nearest known name). Each is a
// WorkspaceEdit on the project's `.communique/vocabulary.yaml` (created when absent) and the
// command that puts the cursor on the field to complete (REVEAL_ENTRY_COMMAND). The core
// proposes the entry and writes it into the pack's text; this turns that into LSP.

import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applyProposal,
  documentProposal,
  msg,
  personProposal,
  render,
  termProposal,
  wrongFormProposal,
  type CheckResult,
  type CompiledVocabulary,
  type Proposal,
} from '@communique/core';
import type { Backend } from './backend';
import type { Checked } from './documentState';
import { packText } from './packFiles';
import { REVEAL_ENTRY_COMMAND } from './protocol';

/** The workspace pack a report's additions go to: its project's, else its workspace folder's. */
export async function workspacePackUri(b: Backend, reportUri: string): Promise<string | undefined> {
  const config = await b.configs.forReport(reportUri);
  const root = config.projectRoot ?? b.configs.folderOf(reportUri);
  if (root === undefined) return undefined;
  const sep = /^[a-z][a-z0-9+.-]+:/i.test(root) || !root.includes('\\') ? '/' : '\\';
  return b.host.uriOf(`${root.replace(/[\\/]$/, '')}${sep}.communique${sep}vocabulary.yaml`);
}

/** The ids a pack's text already uses (any section), so that a new id is not one of them. */
const idsIn = (text: string | undefined): Set<string> => new Set([...(text ?? '').matchAll(/(?:^|[\s{,])id:[ \t]*["']?([a-z0-9][a-z0-9-]*)/gm)].map((m) => m[1]!));

function proposals(
  doc: TextDocument,
  params: CodeActionParams,
  result: CheckResult,
  vocab: CompiledVocabulary,
  taken: (id: string) => boolean,
): { p: Proposal; diagnostic?: Diagnostic }[] {
  const out: { p: Proposal; diagnostic?: Diagnostic }[] = [];
  for (const d of params.context.diagnostics) {
    if (d.code !== 'citation/unknown') continue;
    const p = documentProposal(result, vocab, doc.offsetAt(d.range.start), taken);
    if (p && !out.some((x) => x.p.start === p.start)) out.push({ p, diagnostic: d });
  }
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  if (out.length === 0) {
    const c = documentProposal(result, vocab, start, taken);
    if (c) out.push({ p: c });
  }
  const person = personProposal(result, vocab, start, taken);
  if (person) out.push({ p: person });
  if (end > start && !doc.getText(params.range).includes('\n\n')) {
    const term = termProposal(result, vocab, start, end, taken);
    if (term) out.push({ p: term });
    const wrong = wrongFormProposal(result, vocab, start, end);
    if (wrong) out.push({ p: wrong });
  }
  return out;
}

function title(p: Proposal): ReturnType<typeof msg> {
  switch (p.kind) {
    case 'document':
      return msg('vocabulary.add-document', { symbol: p.label });
    case 'person':
      return msg('vocabulary.add-person', { name: p.label });
    case 'term':
      return msg('vocabulary.add-term', { phrase: p.label });
    default:
      return msg('vocabulary.add-wrong-form', { phrase: p.label, name: p.target!.name });
  }
}

/**
 * REVEAL_ENTRY_COMMAND for clients that send it back to the server (editors other than VS Code,
 * whose client has the command): `window/showDocument` with the cursor there, when the client
 * supports it. Not announced in `executeCommandProvider`, which would make the VS Code client
 * register the command that the extension registers itself.
 */
export function registerRevealEntry(b: Backend): void {
  b.connection.onExecuteCommand(async (params) => {
    if (params.command !== REVEAL_ENTRY_COMMAND || !b.showDocument) return null;
    const [uri, line, character] = (params.arguments ?? []) as [unknown, unknown, unknown];
    if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return null;
    const at = { line, character };
    await b.connection.window.showDocument({ uri, takeFocus: true, selection: { start: at, end: at } });
    return null;
  });
}

/** The code actions that add to the workspace vocabulary, for a report's range and diagnostics. */
export async function addToVocabularyActions(b: Backend, doc: TextDocument, params: CodeActionParams, checked: Checked): Promise<CodeAction[]> {
  const wanted = params.context.only;
  const kindWanted = (kind: string): boolean => !wanted || wanted.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (!kindWanted(CodeActionKind.QuickFix) && !kindWanted(CodeActionKind.RefactorRewrite)) return [];
  // An untrusted workspace's packs are not read: an entry written there would change nothing.
  if (!b.configs.trusted) return [];
  const packUri = await workspacePackUri(b, doc.uri);
  // A new file needs a client that creates files through a workspace edit.
  if (!packUri || !b.edits.documentChanges) return [];
  const old = await packText(b, packUri);
  if (old === undefined && !b.edits.createFiles) return [];
  const used = idsIn(old);
  const found = proposals(doc, params, checked.result, checked.vocab, (id) => used.has(id));
  const actions: CodeAction[] = [];
  for (const { p, diagnostic } of found) {
    const kind = p.kind === 'document' || p.kind === 'person' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite;
    if (!kindWanted(kind)) continue;
    const r = applyProposal(old, p, checked.vocab);
    if ('error' in r) {
      // Shown greyed out with the reason, by a client that can; left out otherwise.
      if (r.error === 'no-entry' || !b.edits.disabledActions) continue;
      const action = CodeAction.create(render(title(p), b.uiLanguage), kind);
      action.disabled = { reason: render(msg('vocabulary.edit-failed', { file: packUri, reason: r.error }), b.uiLanguage) };
      actions.push(action);
      continue;
    }
    const oldDoc = TextDocument.create(packUri, 'yaml', 0, old ?? '');
    const open = b.documents.get(packUri);
    const edit: WorkspaceEdit = {
      documentChanges: [
        ...(old === undefined ? [{ kind: 'create' as const, uri: packUri, options: { ignoreIfExists: true } }] : []),
        {
          textDocument: { uri: packUri, version: open ? open.version : null },
          edits: [{ range: { start: oldDoc.positionAt(r.offset), end: oldDoc.positionAt(r.offset + r.deleteCount) }, newText: r.newText }],
        },
      ],
    };
    const cursor = TextDocument.create(packUri, 'yaml', 0, r.text).positionAt(r.cursor);
    const action = CodeAction.create(render(title(p), b.uiLanguage), edit, kind);
    action.command = { title: render(title(p), b.uiLanguage), command: REVEAL_ENTRY_COMMAND, arguments: [packUri, cursor.line, cursor.character] };
    if (diagnostic) action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}
