// The VS Code client, the same on the desktop and on the web: starts the language client
// that an entry makes (client/src/node.ts: the server as a Node process over IPC;
// client/src/browser.ts: the server in a web worker), passes it the settings, and adds what
// only an editor can do — the citation picker, the list of citations, the references section,
// checking the whole workspace with a progress notification, the status bar. No checking
// happens here, and no Node API is used.

import {
  commands,
  ProgressLocation,
  Position,
  QuickPickItemKind,
  Range,
  Selection,
  StatusBarAlignment,
  TextEditorRevealType,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type LogOutputChannel,
  type QuickPickItem,
  type StatusBarItem,
} from 'vscode';
import { State, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
// The file-type module alone, not the core's entry: the client checks nothing, and the entry
// would bundle the whole checker into it.
import { PACK_GLOB, REPORT_GLOB } from '../../core/src/files';
import {
  CHECK_FILES_REQUEST,
  CITATIONS_REQUEST,
  DOCUMENTS_REQUEST,
  REFERENCES_REQUEST,
  RELOAD_REQUEST,
  STATUS_NOTIFICATION,
  type CheckFilesParams,
  type CheckFilesResult,
  type CitationItem,
  type DocumentItem,
  type ReferencesResult,
  type StatusParams,
} from '../../server/src/lsp/protocol';

let client: BaseLanguageClient | undefined;

export const REPORT_LANGUAGES = ['markdown', 'plaintext'];
/** Workspace packs (and the project configuration beside them), so that their unsaved edits apply at once and their problems show on them. */
export const PACK_PATTERN = PACK_GLOB;

export interface ClientEntry {
  /** Reports and workspace packs: on the desktop files on disk, on the web any workspace file system. */
  documentSelector: DocumentSelector;
  /** Makes the language client (its server, its transport). */
  createClient(options: LanguageClientOptions, context: ExtensionContext, output: LogOutputChannel): BaseLanguageClient;
}

export async function activateClient(context: ExtensionContext, entry: ClientEntry): Promise<void> {
  const output: LogOutputChannel = window.createOutputChannel('Communiqué', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: entry.documentSelector,
    synchronize: {
      // Workspace packs: a change reloads the vocabulary and re-checks open reports (and those
      // Check Workspace read). Reports: one that Check Workspace read is checked again when it
      // changes on disk (the server ignores the others).
      fileEvents: [workspace.createFileSystemWatcher(PACK_PATTERN), workspace.createFileSystemWatcher(REPORT_GLOB)],
    },
    outputChannel: output,
    // An untrusted workspace's own packs (.communique/) are not loaded; see capabilities.untrustedWorkspaces.
    // watchesFiles: the file watchers above send the events; the server need not register its own.
    // rulesDocs: the rule pages shipped with the extension, which diagnostics link (codeDescription).
    initializationOptions: () => ({ trusted: workspace.isTrusted, watchesFiles: true, rulesDocs: `${Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/` }),
  };
  client = entry.createClient(clientOptions, context, output);

  const status = createStatusItem();
  context.subscriptions.push(
    output,
    status,
    commands.registerCommand('communique.restartServer', () => restart()),
    commands.registerCommand('communique.showOutput', () => output.show(true)),
    commands.registerCommand('communique.reloadVocabulary', async () => {
      await client?.sendRequest(RELOAD_REQUEST);
    }),
    commands.registerCommand('communique.insertCitation', insertCitation),
    commands.registerCommand('communique.listCitations', listCitations),
    commands.registerCommand('communique.insertReferences', insertReferences),
    commands.registerCommand('communique.checkWorkspace', checkWorkspace),
    commands.registerCommand('communique.showVocabularyProblems', async (problem?: StatusParams['problems'][number]) => {
      if (!problem) return;
      // A file path on the desktop, a URI on the web.
      const doc = await workspace.openTextDocument(/^[a-z][a-z0-9+.-]+:/i.test(problem.file) ? Uri.parse(problem.file) : Uri.file(problem.file));
      const at = new Position(problem.line - 1, problem.column - 1);
      await window.showTextDocument(doc, { selection: new Selection(at, at) });
    }),
  );

  context.subscriptions.push(
    // The server reads trust when it starts: restart it so that the workspace's packs load.
    workspace.onDidGrantWorkspaceTrust(() => restart()),
  );
  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => updateStatus(status, params));
  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) {
      status.text = '$(error) Communiqué';
      status.tooltip = 'The Communiqué server stopped. Click to restart.';
      status.command = 'communique.restartServer';
    }
  });
  await client.start();
}

/** Stops the server and starts it again (the web client has no `restart`: this is what the Node one does). */
async function restart(): Promise<void> {
  if (!client) return;
  if (client.needsStop()) await client.stop();
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createStatusItem(): StatusBarItem {
  const status = window.createStatusBarItem('communique.status', StatusBarAlignment.Right, 100);
  status.name = 'Communiqué';
  status.text = '$(book) Communiqué';
  status.command = 'communique.showOutput';
  status.show();
  return status;
}

function updateStatus(status: StatusBarItem, params: StatusParams): void {
  const layers = params.layers.map((l) => `${l.name}: ${l.entities}`).join(', ');
  if (params.problems.length > 0) {
    const first = params.problems[0]!;
    status.text = '$(warning) Communiqué';
    status.tooltip = `A vocabulary pack failed to load; the last good vocabulary is in force.\n${first.file}:${first.line}:${first.column} ${first.message}\n\nIn force: ${layers}`;
    status.command = { title: 'Show the problem', command: 'communique.showVocabularyProblems', arguments: [first] };
  } else {
    status.text = `$(book) Communiqué`;
    status.tooltip = `Vocabulary in force: ${layers}`;
    status.command = 'communique.showOutput';
  }
}

/** Without arguments, a picker; with `{ symbol }` (a keybinding, a test), that document directly. */
async function insertCitation(args?: { symbol?: string; style?: 'short' | 'full' | 'vietnamese' }): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const style = args?.style ?? workspace.getConfiguration('communique', editor.document.uri).get<'short' | 'full' | 'vietnamese'>('citationStyle', 'short');
  const documents: DocumentItem[] = await client.sendRequest(DOCUMENTS_REQUEST, { uri: editor.document.uri.toString(), style });
  if (args?.symbol) {
    const doc = documents.find((d) => d.symbol === args.symbol || d.label === args.symbol);
    if (!doc) {
      void window.showWarningMessage(`Communiqué: no document ${args.symbol} in the vocabulary.`);
      return;
    }
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, doc.citation);
    });
    return;
  }
  interface Item extends QuickPickItem {
    doc?: DocumentItem;
  }
  const byType = new Map<string, DocumentItem[]>();
  for (const d of documents) byType.set(d.type, [...(byType.get(d.type) ?? []), d]);
  const items: Item[] = [];
  for (const [type, docs] of byType) {
    items.push({ label: type[0]!.toUpperCase() + type.slice(1) + 's', kind: QuickPickItemKind.Separator });
    for (const d of docs) {
      items.push({
        label: d.label,
        description: [d.issuer, d.date?.slice(0, 4), d.confidence !== 'high' ? `confidence ${d.confidence}` : ''].filter(Boolean).join(' · '),
        // Searchable in both languages: the English and Vietnamese titles and the short forms.
        detail: [d.title.en, d.title.vi, d.shortForms.join(', ')].filter(Boolean).join(' — '),
        doc: d,
      });
    }
  }
  const picked = await window.showQuickPick(items, {
    title: 'Insert Citation',
    placeHolder: 'Search documents by symbol, number, short form or title (English or Vietnamese)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked?.doc) return;
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, picked.doc!.citation);
  });
}

async function listCitations(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const citations: CitationItem[] = await client.sendRequest(CITATIONS_REQUEST, { uri: editor.document.uri.toString() });
  if (citations.length === 0) {
    void window.showInformationMessage('This report cites no Party or State documents.');
    return;
  }
  const icon = { known: '$(check)', unknown: '$(question)', superseded: '$(history)' } as const;
  const count = (status: CitationItem['status']): number => citations.filter((c) => c.status === status).length;
  const summary = [`${count('known')} known`, count('superseded') ? `${count('superseded')} superseded` : '', count('unknown') ? `${count('unknown')} unknown` : '']
    .filter(Boolean)
    .join(', ');
  const picked = await window.showQuickPick(
    citations.map((c) => ({
      label: `${icon[c.status]} ${c.text}`,
      description: [
        `line ${c.range.start.line + 1}`,
        c.status === 'superseded'
          ? `superseded${c.successor ? ` by ${c.successor}` : ''}`
          : c.status === 'unknown'
            ? 'not in the vocabulary'
            : c.symbol && !c.text.includes(c.symbol)
              ? c.symbol
              : '',
      ]
        .filter(Boolean)
        .join(' · '),
      detail: c.status === 'unknown' ? c.note : c.title,
      citation: c,
    })),
    { title: `Citations in this report — ${summary}`, matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return;
  const r = picked.citation.range;
  const range = new Range(r.start.line, r.start.character, r.end.line, r.end.character);
  editor.selection = new Selection(range.start, range.end);
  editor.revealRange(range);
}

/** Writes, or rewrites, the report's "Documents cited" section; the server computes it. */
async function insertReferences(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const document = editor.document;
  const r: ReferencesResult | null = await client.sendRequest(REFERENCES_REQUEST, { uri: document.uri.toString() });
  if (!r) {
    void window.showInformationMessage('This report cites no Party or State documents: there is nothing to list.');
    return;
  }
  if (document.version !== r.version) {
    void window.showWarningMessage('Communiqué: the report changed while its references were being written; run the command again.');
    return;
  }
  const range = client.protocol2CodeConverter.asRange(r.edit.range);
  const applied = await editor.edit((edit) => edit.replace(range, r.edit.newText));
  if (!applied) return;
  // The heading: the first non-blank line of the new text.
  const lead = r.edit.newText.length - r.edit.newText.replace(/^(\r?\n)+/, '').length;
  const heading = document.positionAt(document.offsetAt(range.start) + lead);
  editor.selection = new Selection(heading, heading);
  editor.revealRange(new Range(heading, heading), TextEditorRevealType.InCenterIfOutsideViewport);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  window.setStatusBarMessage(
    `Communiqué: references ${r.replaced ? 'updated' : 'added'}: ${plural(r.known, 'document')}${r.unknown ? `, ${plural(r.unknown, 'unknown citation')}` : ''}`,
    5000,
  );
}

/** What Check Workspace reads: the reports of the document selector (Markdown and plain text). */
/** Files per request: the progress advances and a cancellation is seen after each batch (the server also stops between two files). */
const BATCH = 25;
let workspaceRun = 0;

/**
 * Every report of the workspace, checked by the server from disk with a cancellable progress
 * notification; findings go to the Problems panel. files.exclude applies (findFiles), and so do
 * search.exclude and node_modules (passed as the exclude pattern).
 */
async function checkWorkspace(): Promise<void> {
  if (!client) return;
  if (!workspace.workspaceFolders?.length) {
    void window.showInformationMessage('Communiqué: open a folder to check its reports.');
    return;
  }
  const max = Math.max(1, workspace.getConfiguration('communique').get<number>('checkWorkspace.maxFiles', 5000));
  const searchExclude = workspace.getConfiguration('search').get<Record<string, unknown>>('exclude', {});
  // One brace group: patterns that have their own braces cannot be nested in it and are left out.
  const excludes = [
    '**/node_modules/**',
    ...Object.entries(searchExclude)
      .filter(([k, v]) => v === true && !/[{},]/.test(k))
      .map(([k]) => k),
  ];
  const found = await workspace.findFiles(REPORT_GLOB, `{${excludes.join(',')}}`, max + 1);
  const files = found
    // Files of the workspace's file system: `file:` on the desktop, others on the web.
    .filter((u) => u.scheme !== 'untitled' && !/\/node_modules\//.test(u.path))
    .sort((a, b) => (a.fsPath < b.fsPath ? -1 : a.fsPath > b.fsPath ? 1 : 0));
  const capped = files.length > max;
  if (capped) files.length = max;
  if (files.length === 0) {
    void window.showInformationMessage('Communiqué: no Markdown or plain-text reports in this workspace.');
    return;
  }
  const run = ++workspaceRun;
  const total = { checked: 0, error: 0, warning: 0, information: 0, hint: 0, skipped: [] as CheckFilesResult['skipped'] };
  let cancelled = false;
  await window.withProgress({ location: ProgressLocation.Notification, title: 'Communiqué: checking the workspace', cancellable: true }, async (progress, token) => {
    progress.report({ message: `0/${files.length}` });
    for (let i = 0; i < files.length; i += BATCH) {
      if (token.isCancellationRequested) {
        cancelled = true;
        break;
      }
      const batch = files.slice(i, i + BATCH);
      const params: CheckFilesParams = { uris: batch.map((u) => u.toString()), run, last: i + BATCH >= files.length };
      let r: CheckFilesResult;
      try {
        r = await client!.sendRequest(CHECK_FILES_REQUEST, params, token);
      } catch (e) {
        if (token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        throw e;
      }
      total.checked += r.checked;
      total.error += r.counts.error;
      total.warning += r.counts.warning;
      total.information += r.counts.information + r.counts.hint;
      total.skipped.push(...r.skipped);
      progress.report({ message: `${total.checked}/${files.length}`, increment: (100 * r.checked) / files.length });
      if (r.cancelled) {
        cancelled = true;
        break;
      }
    }
  });
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const what = `${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${plural(total.information, 'note')}`;
  const head = cancelled ? `Communiqué: cancelled after ${total.checked} of ${plural(files.length, 'report')}` : `Communiqué: checked ${plural(total.checked, 'report')}`;
  const tail = [capped ? `only the first ${max} (communique.checkWorkspace.maxFiles)` : '', total.skipped.length ? `${total.skipped.length} skipped (see the output)` : '']
    .filter(Boolean)
    .join('; ');
  for (const s of total.skipped) client.outputChannel.appendLine(`Check Workspace skipped ${s.uri}: ${s.reason}`);
  // Not awaited: the command is done when the check is, not when the message is dismissed.
  void window.showInformationMessage(`${head}: ${what}${tail ? ` — ${tail}` : ''}.`, 'Show Problems').then((choice) => {
    if (choice === 'Show Problems') void commands.executeCommand('workbench.actions.view.problems');
  });
}
