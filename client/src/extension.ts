// The VS Code client, the same on the desktop and on the web: starts the language client
// that an entry makes (client/src/node.ts: the server as a Node process over IPC;
// client/src/browser.ts: the server in a web worker), passes it the settings, and adds what
// only an editor can do — the citation picker, the list of citations, the references section,
// checking the whole workspace with a progress notification, the status bar. No checking
// happens here, and no Node API is used.

import {
  commands,
  l10n,
  ProgressLocation,
  Position,
  QuickPickItemKind,
  Range,
  Selection,
  StatusBarAlignment,
  TextEditorRevealType,
  Uri,
  ViewColumn,
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
  ALIGNED_SOURCE_REQUEST,
  CHECK_FILES_REQUEST,
  CITATIONS_REQUEST,
  DOCUMENTS_REQUEST,
  REFERENCES_REQUEST,
  RELOAD_REQUEST,
  SET_ORIGINAL_REQUEST,
  STATUS_NOTIFICATION,
  type AlignedSourceParams,
  type AlignedSourceResult,
  VOCABULARY_CHANGED_NOTIFICATION,
  type CheckFilesParams,
  type CheckFilesResult,
  type CitationItem,
  type DocumentItem,
  type ReferencesResult,
  type SetOriginalParams,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { registerVocabularyView, VOCABULARY_SCHEME } from './vocabularyView';

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
    commands.registerCommand('communique.compareWithOriginal', compareWithOriginal),
    commands.registerCommand('communique.showAlignedSource', showAlignedSource),
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
  // The Vocabulary view: the vocabulary in force for the report last shown (Markdown or plain text, not a pack).
  const vocabulary = registerVocabularyView(
    () => client,
    (e) => REPORT_LANGUAGES.includes(e.document.languageId) && e.document.uri.scheme !== VOCABULARY_SCHEME && e.document.uri.scheme !== 'output',
  );
  context.subscriptions.push(...vocabulary.disposables);
  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => updateStatus(status, params));
  client.onNotification(VOCABULARY_CHANGED_NOTIFICATION, () => vocabulary.refresh());
  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) {
      status.text = '$(error) Communiqué';
      status.tooltip = l10n.t('The Communiqué server stopped. Click to restart.');
      status.command = 'communique.restartServer';
    }
  });
  await client.start();
  // Read the tree again from the started server (the view may have asked before it answered).
  vocabulary.refresh();
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
  // The built-in pack's layer is named by the core; the others by their files.
  const layers = params.layers.map((l) => `${l.name === 'built-in' ? l10n.t('built-in') : l.name}: ${l.entities}`).join(', ');
  if (params.problems.length > 0) {
    const first = params.problems[0]!;
    status.text = '$(warning) Communiqué';
    status.tooltip = [
      l10n.t('A vocabulary pack failed to load; the last good vocabulary is in force.'),
      `${first.file}:${first.line}:${first.column} ${first.message}`,
      '',
      l10n.t('In force: {0}', layers),
    ].join('\n');
    status.command = { title: l10n.t('Show the problem'), command: 'communique.showVocabularyProblems', arguments: [first] };
  } else {
    status.text = `$(book) Communiqué`;
    status.tooltip = l10n.t('Vocabulary in force: {0}', layers);
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
      void window.showWarningMessage(l10n.t('Communiqué: no document {0} in the vocabulary.', args.symbol));
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
    items.push({ label: typeHeading(type), kind: QuickPickItemKind.Separator });
    for (const d of docs) {
      items.push({
        label: d.label,
        description: [d.issuer, d.date?.slice(0, 4), confidenceLabel(d.confidence)].filter(Boolean).join(' · '),
        // Searchable in both languages: the English and Vietnamese titles and the short forms.
        detail: [d.title.en, d.title.vi, d.shortForms.join(', ')].filter(Boolean).join(' — '),
        doc: d,
      });
    }
  }
  const picked = await window.showQuickPick(items, {
    title: l10n.t('Insert Citation'),
    placeHolder: l10n.t('Search documents by symbol, number, short form or title (English or Vietnamese)'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked?.doc) return;
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, picked.doc!.citation);
  });
}

/** The picker's heading for a document type (the core's `DocumentType`); a type it does not know yet, as the type. */
function typeHeading(type: string): string {
  switch (type) {
    case 'resolution':
      return l10n.t('Resolutions');
    case 'directive':
      return l10n.t('Directives');
    case 'conclusion':
      return l10n.t('Conclusions');
    case 'regulation':
      return l10n.t('Regulations');
    case 'decision':
      return l10n.t('Decisions');
    case 'guidance':
      return l10n.t('Guidance');
    case 'notice':
      return l10n.t('Notices');
    case 'statute':
      return l10n.t('Statutes');
    case 'project':
      return l10n.t('Projects');
    case 'plan':
      return l10n.t('Plans');
    case 'programme':
      return l10n.t('Programmes');
    case 'report':
      return l10n.t('Reports');
    case 'decree':
      return l10n.t('Decrees');
    case 'law':
      return l10n.t('Laws');
    case 'agreement':
      return l10n.t('Agreements');
    case 'treaty':
      return l10n.t('Treaties');
    default:
      return type[0]!.toUpperCase() + type.slice(1);
  }
}

/** A document's confidence, said only when it is not high. */
function confidenceLabel(confidence: DocumentItem['confidence']): string {
  if (confidence === 'high') return '';
  if (confidence === 'medium') return l10n.t('confidence medium');
  if (confidence === 'low') return l10n.t('confidence low');
  return l10n.t('confidence {0}', confidence);
}

async function listCitations(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const citations: CitationItem[] = await client.sendRequest(CITATIONS_REQUEST, { uri: editor.document.uri.toString() });
  if (citations.length === 0) {
    void window.showInformationMessage(l10n.t('This report cites no Party or State documents.'));
    return;
  }
  const icon = { known: '$(check)', unknown: '$(question)', superseded: '$(history)' } as const;
  const count = (status: CitationItem['status']): number => citations.filter((c) => c.status === status).length;
  const summary = [
    l10n.t('{0} known', count('known')),
    count('superseded') ? l10n.t('{0} superseded', count('superseded')) : '',
    count('unknown') ? l10n.t('{0} unknown', count('unknown')) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const picked = await window.showQuickPick(
    citations.map((c) => ({
      label: `${icon[c.status]} ${c.text}`,
      description: [
        l10n.t('line {0}', c.range.start.line + 1),
        c.status === 'superseded'
          ? c.successor
            ? l10n.t('superseded by {0}', c.successor)
            : l10n.t('superseded')
          : c.status === 'unknown'
            ? l10n.t('not in the vocabulary')
            : c.symbol && !c.text.includes(c.symbol)
              ? c.symbol
              : '',
      ]
        .filter(Boolean)
        .join(' · '),
      detail: c.status === 'unknown' ? c.note : c.title,
      citation: c,
    })),
    { title: l10n.t('Citations in this report — {0}', summary), matchOnDescription: true, matchOnDetail: true },
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
    void window.showInformationMessage(l10n.t('This report cites no Party or State documents: there is nothing to list.'));
    return;
  }
  if (document.version !== r.version) {
    void window.showWarningMessage(l10n.t('Communiqué: the report changed while its references were being written; run the command again.'));
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
  const counts = [r.known === 1 ? l10n.t('1 document') : l10n.t('{0} documents', r.known)];
  if (r.unknown) counts.push(r.unknown === 1 ? l10n.t('1 unknown citation') : l10n.t('{0} unknown citations', r.unknown));
  window.setStatusBarMessage(r.replaced ? l10n.t('Communiqué: references updated: {0}', counts.join(', ')) : l10n.t('Communiqué: references added: {0}', counts.join(', ')), 5000);
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
    void window.showInformationMessage(l10n.t('Communiqué: open a folder to check its reports.'));
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
    void window.showInformationMessage(l10n.t('Communiqué: no Markdown or plain-text reports in this workspace.'));
    return;
  }
  const run = ++workspaceRun;
  const total = { checked: 0, error: 0, warning: 0, information: 0, hint: 0, skipped: [] as CheckFilesResult['skipped'] };
  let cancelled = false;
  await window.withProgress({ location: ProgressLocation.Notification, title: l10n.t('Communiqué: checking the workspace'), cancellable: true }, async (progress, token) => {
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
  const what = [
    total.error === 1 ? l10n.t('1 error') : l10n.t('{0} errors', total.error),
    total.warning === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', total.warning),
    total.information === 1 ? l10n.t('1 note') : l10n.t('{0} notes', total.information),
  ].join(', ');
  const reports = (n: number): string => (n === 1 ? l10n.t('1 report') : l10n.t('{0} reports', n));
  const head = cancelled ? l10n.t('Communiqué: cancelled after {0} of {1}', total.checked, reports(files.length)) : l10n.t('Communiqué: checked {0}', reports(total.checked));
  const tail = [
    capped ? l10n.t('only the first {0} (communique.checkWorkspace.maxFiles)', max) : '',
    total.skipped.length ? l10n.t('{0} skipped (see the output)', total.skipped.length) : '',
  ]
    .filter(Boolean)
    .join('; ');
  for (const s of total.skipped) client.outputChannel.appendLine(l10n.t('Check Workspace skipped {0}: {1}', s.uri, s.reason));
  const showProblems = l10n.t('Show Problems');
  // Not awaited: the command is done when the check is, not when the message is dismissed.
  void window.showInformationMessage(`${head}: ${what}${tail ? ` — ${tail}` : ''}.`, showProblems).then((choice) => {
    if (choice === showProblems) void commands.executeCommand('workbench.actions.view.problems');
  });
}

/**
 * Picks the active report's original by hand (for the session): a report of the workspace, or
 * any file through an open dialog, or none (back to its front matter or its name). With an
 * argument (a URI, or null to forget), no picker: for keybindings and tests.
 */
async function compareWithOriginal(original?: Uri | string | null): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const report = editor.document.uri;
  let picked: string | null | undefined = original === null ? null : original === undefined ? undefined : original.toString();
  if (picked === undefined) picked = await pickOriginal(report);
  if (picked === undefined) return;
  const params: SetOriginalParams = { uri: report.toString(), original: picked };
  await client.sendRequest(SET_ORIGINAL_REQUEST, params);
}

/** The quick pick of Compare with Original…: undefined when dismissed, null for "none". */
async function pickOriginal(report: Uri): Promise<string | null | undefined> {
  interface Item extends QuickPickItem {
    uri?: Uri;
    action?: 'browse' | 'none';
  }
  const found = await workspace.findFiles(REPORT_GLOB, '**/node_modules/**', 2000);
  const items: Item[] = found
    .filter((u) => u.toString() !== report.toString())
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((u) => ({ label: u.path.slice(u.path.lastIndexOf('/') + 1), description: workspace.asRelativePath(u, true), uri: u }));
  items.push(
    { label: '', kind: QuickPickItemKind.Separator },
    { label: `$(folder-opened) ${l10n.t('Choose a file…')}`, action: 'browse' },
    {
      label: `$(close) ${l10n.t('No original picked by hand')}`,
      description: l10n.t('front matter translation-of, or the file of the same name in the other language'),
      action: 'none',
    },
  );
  const choice = await window.showQuickPick(items, {
    title: l10n.t('Compare with Original'),
    placeHolder: l10n.t('The original this report translates'),
    matchOnDescription: true,
  });
  if (!choice) return undefined;
  if (choice.action === 'none') return null;
  if (choice.uri) return choice.uri.toString();
  const chosen = await window.showOpenDialog({ canSelectMany: false, defaultUri: Uri.joinPath(report, '..'), openLabel: l10n.t('Compare with This Original') });
  return chosen?.[0]?.toString();
}

/** Opens the original beside the report, with the sentence aligned with the cursor's selected. */
async function showAlignedSource(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const position = editor.selection.active;
  const params: AlignedSourceParams = { uri: editor.document.uri.toString(), position: { line: position.line, character: position.character } };
  const r: AlignedSourceResult = await client.sendRequest(ALIGNED_SOURCE_REQUEST, params);
  if (!r) {
    void window.showInformationMessage(l10n.t('Communiqué: this report has no original, or no sentence of it is aligned here.'));
    return;
  }
  const range = client.protocol2CodeConverter.asRange(r.range);
  const doc = await workspace.openTextDocument(Uri.parse(r.uri, true));
  await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, selection: new Selection(range.start, range.end) });
}
