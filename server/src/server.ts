// The Communiqué language server: a thin LSP shell over the checking core. Speaks LSP
// over stdio (`communique-ls --stdio`) or IPC (VS Code's client).

import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type CheckResult } from './core/check';
import type { VocabProblem } from './core/vocabulary/load';
import { fixAll, FIX_ALL_KIND, quickFixes, toDiagnostic, vocabDiagnostic } from './lsp/diagnostics';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/settings';
import { Vocabularies } from './lsp/vocabularies';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const vocabularies = new Vocabularies();
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const results = new Map<string, { version: number; result: CheckResult }>();
  let folders: string[] = [];
  let configurationCapable = false;
  let workspaceFoldersCapable = false;
  /** YAML files that currently carry vocabulary diagnostics, so they can be cleared. */
  let vocabFilesWithProblems = new Set<string>();

  connection.onInitialize((params) => {
    configurationCapable = params.capabilities.workspace?.configuration === true;
    workspaceFoldersCapable = params.capabilities.workspace?.workspaceFolders === true;
    folders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (folders.length === 0 && params.rootUri) folders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(workspaceFoldersCapable ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'communique', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configurationCapable) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'communique' });
    if (workspaceFoldersCapable) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => fileURLToPath(f.uri))];
        recheckAll();
      });
    }
  });

  const folderOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return folders[0];
    const path = fileURLToPath(uri);
    return folders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  };

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!configurationCapable) return Promise.resolve(globalSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'communique' }).then(readSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };
  let globalSettings: Settings = DEFAULT_SETTINGS;

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!configurationCapable) globalSettings = readSettings((change.settings as { communique?: unknown } | undefined)?.communique);
    recheckAll();
  });

  const publishVocabProblems = (problems: VocabProblem[]): void => {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      const uri = p.file.startsWith('/') ? pathToFileURL(p.file).href : p.file;
      byFile.set(uri, [...(byFile.get(uri) ?? []), vocabDiagnostic(p)]);
    }
    for (const uri of vocabFilesWithProblems) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    vocabFilesWithProblems = new Set(byFile.keys());
    if (problems.length > 0) {
      connection.console.error(`Vocabulary problems; the last good vocabulary stays in force:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`);
    }
  };

  const check = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    // A newer edit arrived while settings were fetched: its own check will publish.
    if (!current || current.version !== version) return;
    const status = vocabularies.get(vocabularies.layerPaths(folderOf(uri), settings.vocabularyPaths));
    if (status.problems.length > 0 || vocabFilesWithProblems.size > 0) publishVocabProblems(status.problems);
    const syntax = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
    let result: CheckResult;
    try {
      result = checkText(doc.getText(), status.compiled, {
        syntax,
        date: settings.reportDate,
        lang: settings.language === 'auto' ? undefined : settings.language,
        rules: settings.rules,
      });
    } catch (e) {
      // A bug in a rule must not take the server down; say so once for this document.
      connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
      return;
    }
    results.set(uri, { version, result });
    await connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(doc, f)) });
  };

  const schedule = (uri: string, delay?: number): void => {
    clearTimeout(timers.get(uri));
    const run = (): void => {
      timers.delete(uri);
      void check(uri);
    };
    if (delay === 0) {
      run();
      return;
    }
    void settingsFor(uri).then((s) => {
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(run, delay ?? s.debounceMs));
    });
  };

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  // onDidChangeContent also fires on open: the first check runs at once, edits are debounced.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    const first = !seen.has(e.document.uri);
    seen.add(e.document.uri);
    schedule(e.document.uri, first ? 0 : undefined);
  });
  documents.onDidClose((e) => {
    seen.delete(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(() => {
    publishVocabProblems(vocabularies.reloadAll().flatMap((s) => s.problems));
    recheckAll();
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty) ?? false;
    if (wantsFixAll) {
      const cached = results.get(doc.uri);
      if (!cached || cached.version !== doc.version) return [];
      const action = fixAll(doc, cached.result.findings);
      return action ? [action] : [];
    }
    const actions = quickFixes(doc, params.context.diagnostics);
    const cached = results.get(doc.uri);
    if (actions.length > 0 && cached && cached.version === doc.version) {
      const all = fixAll(doc, cached.result.findings);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
  } else {
    startServer(createConnection(ProposedFeatures.all));
  }
}
