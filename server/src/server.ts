// The Communiqué language server: a thin LSP shell over the checking core, the same on
// the desktop and on the web. It takes a connection and a host (how vocabulary files are
// read); the entries are server/src/node/main.ts (stdio or IPC, files on disk) and
// server/src/browser/main.ts (a web worker, files through the client). No Node API here.

import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, checkText, completeAt, documentLabel, explain, formatCitation, isBlocking, listCitations, referencesEdit, reportLanguage, targetAt, type CheckResult, type CompiledVocabulary, type Finding, type VocabProblem } from '@communique/core';
import { fixAll, FIX_ALL_KIND, quickFixes, toDiagnostic, vocabDiagnostic } from './lsp/diagnostics';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/settings';
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
  type CitationsParams,
  type DocumentItem,
  type DocumentsParams,
  type ReferencesParams,
  type ReferencesResult,
  type StatusParams,
} from './lsp/protocol';
import type { ServerHost } from './lsp/host';
import { Vocabularies, type VocabularyStatus } from './lsp/vocabularies';

/** Workspace packs (the client's PACK_PATTERN). */
const PACK_GLOB = '**/.communique/*.{yaml,yml,tbx}';
/** Reports as Check Workspace finds them (the client's REPORT_GLOB). */
const REPORT_FILE = /\.(md|markdown|mdown|mkd|mkdn|mdwn|txt)$/i;
/** Files per configuration request when files from disk are checked again. */
const DISK_BATCH = 25;

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const vocabularies = new Vocabularies(host);
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const results = new Map<string, { version: number; result: CheckResult; vocab: CompiledVocabulary }>();
  /** Documents over the size limit, told once. */
  const tooLarge = new Set<string>();
  /** Per open document: block analyses reused across edits (see AnalysisCache). */
  const caches = new Map<string, AnalysisCache>();
  const cacheFor = (uri: string): AnalysisCache => caches.get(uri) ?? caches.set(uri, new AnalysisCache()).get(uri)!;
  let folders: string[] = [];
  let configurationCapable = false;
  /** The client takes a registration for didChangeConfiguration (VS Code does; eglot 1.9 and Neovim 0.7 do not, and push it unasked). */
  let configurationChangeRegistrable = false;
  let workspaceFoldersCapable = false;
  /**
   * The server asks the client to watch workspace packs (Neovim 0.9+, eglot, Helix) unless the
   * client watches them itself (the VS Code client, synchronize.fileEvents) or cannot.
   */
  let watchPacks = false;
  /** YAML files that currently carry vocabulary diagnostics, so they can be cleared. */
  let vocabFilesWithProblems = new Set<string>();

  connection.onInitialize((params) => {
    configurationCapable = params.capabilities.workspace?.configuration === true;
    configurationChangeRegistrable = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    workspaceFoldersCapable = params.capabilities.workspace?.workspaceFolders === true;
    const options = params.initializationOptions as { trusted?: boolean; watchesFiles?: boolean } | undefined;
    vocabularies.trusted = options?.trusted !== false;
    watchPacks = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options?.watchesFiles !== true;
    folders = pathsOf((params.workspaceFolders ?? []).map((f) => f.uri));
    if (folders.length === 0 && params.rootUri) folders = pathsOf([params.rootUri]);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '.'], resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        ...(workspaceFoldersCapable ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'communique', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configurationCapable && configurationChangeRegistrable) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'communique' });
    if (watchPacks) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PACK_GLOB }] });
    if (workspaceFoldersCapable) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(pathsOf(e.removed.map((f) => f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...pathsOf(e.added.map((f) => f.uri))];
        recheckAll();
      });
    }
  });

  /** Workspace folders as the host names them (paths on the desktop, URIs on the web); those it cannot read are left out. */
  const pathsOf = (uris: string[]): string[] => uris.map((u) => host.pathOf(u)).filter((p): p is string => p !== undefined);
  /** A file of a workspace pack (`.communique/*.yaml`, `*.tbx`), which is vocabulary, not a report. */
  const isPackUri = (uri: string): boolean => host.pathOf(uri) !== undefined && /\/\.communique\/[^/]+\.(ya?ml|tbx)$/i.test(uri);

  const folderOf = (uri: string): string | undefined => {
    const path = host.pathOf(uri);
    if (path === undefined) return folders[0];
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
      const uri = host.uriOf(p.file);
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
    const status = await vocabularies.get(await vocabularies.layerPaths(folderOf(uri), settings.vocabularyPaths));
    const current = documents.get(uri);
    // A newer edit arrived while settings and vocabulary were fetched: its own check will publish.
    if (!current || current.version !== version) return;
    if (status.problems.length > 0 || vocabFilesWithProblems.size > 0) publishVocabProblems(status.problems);
    sendStatus(status);
    const syntax = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
    if (doc.getText().length > settings.maxDocumentSize) {
      // Too large to check while typing: say so once, and publish nothing rather than something stale.
      if (!tooLarge.has(uri)) {
        tooLarge.add(uri);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Communiqué does not check ${uri.split('/').pop()}: it is larger than communique.maxDocumentSize (${settings.maxDocumentSize.toLocaleString('en')} characters). Use the command line for large files.` });
      }
      results.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    tooLarge.delete(uri);
    let result: CheckResult;
    try {
      result = checkText(doc.getText(), status.compiled, {
        syntax,
        date: settings.reportDate,
        lang: settings.language === 'auto' ? undefined : settings.language,
        rules: settings.rules,
        cache: cacheFor(uri),
      });
    } catch (e) {
      // A bug in a rule must not take the server down; say so once for this document.
      connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
      return;
    }
    results.set(uri, { version, result, vocab: status.compiled });
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(doc, result.findings, settings.maxFindings) });
  };

  // ---- Files checked without being open (Check Workspace): see CHECK_FILES_REQUEST.

  /** Files whose diagnostics come from disk, with the run that checked them last. */
  const fromDisk = new Map<string, number>();

  const settingsForMany = async (uris: string[]): Promise<Settings[]> => {
    if (!configurationCapable) return uris.map(() => globalSettings);
    try {
      const raw = (await connection.workspace.getConfiguration(uris.map((scopeUri) => ({ scopeUri, section: 'communique' })))) as unknown[];
      return uris.map((_, i) => readSettings(raw[i]));
    } catch {
      return uris.map(() => DEFAULT_SETTINGS);
    }
  };

  /** Checks a file from disk and publishes its diagnostics, unless it is open by then (its own check stands). */
  const checkFromDisk = async (uri: string, settings: Settings): Promise<{ findings?: Finding[]; skipped?: string }> => {
    if (isPackUri(uri)) return { skipped: 'a vocabulary pack' };
    // UTF-8 takes at most 4 bytes per UTF-16 code unit of the limit.
    const read = await host.readReport(uri, settings.maxDocumentSize * 4);
    if (!('text' in read)) {
      // Gone or unreadable: whatever was published for it is stale.
      if (read.missing && fromDisk.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return { skipped: read.skipped };
    }
    const text = read.text;
    if (text.length > settings.maxDocumentSize) return { skipped: `larger than communique.maxDocumentSize` };
    const syntax = /\.(md|markdown|mdown|mkd|mkdn|mdwn|mdx)$/i.test(uri) ? 'markdown' : 'plaintext';
    const status = await vocabularies.get(await vocabularies.layerPaths(folderOf(uri), settings.vocabularyPaths));
    const result = checkText(text, status.compiled, {
      syntax,
      date: settings.reportDate,
      lang: settings.language === 'auto' ? undefined : settings.language,
      rules: settings.rules,
    });
    if (documents.get(uri)) return { findings: result.findings };
    const doc = TextDocument.create(uri, syntax, 0, text);
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(doc, result.findings, settings.maxFindings) });
    return { findings: result.findings };
  };

  connection.onRequest(CHECK_FILES_REQUEST, async (params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> => {
    const out: CheckFilesResult = { checked: 0, cancelled: false, counts: { error: 0, warning: 0, information: 0, hint: 0 }, skipped: [] };
    const settings = await settingsForMany(params.uris);
    for (let i = 0; i < params.uris.length; i++) {
      // Let a $/cancelRequest (and edits) in between two files.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (token.isCancellationRequested) {
        out.cancelled = true;
        return out;
      }
      const uri = params.uris[i]!;
      let findings: Finding[] | undefined;
      if (documents.get(uri)) {
        // Open: the editor's text is what counts, and its diagnostics are already published.
        const state = await current(uri);
        findings = state?.result.findings;
        if (!findings) out.skipped.push({ uri, reason: 'larger than communique.maxDocumentSize' });
      } else {
        try {
          const r = await checkFromDisk(uri, settings[i]!);
          findings = r.findings;
          if (r.skipped) out.skipped.push({ uri, reason: r.skipped });
        } catch (e) {
          connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
          out.skipped.push({ uri, reason: 'the check failed (see the output)' });
        }
      }
      if (findings) {
        fromDisk.set(uri, params.run);
        for (const f of findings) out.counts[f.severity]++;
      }
      out.checked++;
    }
    if (params.last) {
      for (const [uri, run] of fromDisk) {
        if (run === params.run) continue;
        fromDisk.delete(uri);
        if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
    return out;
  });

  let lastStatus = '';
  const sendStatus = (status: VocabularyStatus): void => {
    const params: StatusParams = {
      layers: status.compiled.vocabulary.layers.map((l) => ({ name: l.name, entities: l.entities })),
      problems: status.problems.filter(isBlocking).map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.message })),
    };
    const json = JSON.stringify(params);
    if (json === lastStatus) return;
    lastStatus = json;
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  };

  /** The latest check of a document, redone at once if an edit made it stale (hover, completion and links need current offsets). */
  const current = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || isPackUri(uri)) return undefined;
    const cached = results.get(uri);
    if (cached && cached.version === doc.version) return { doc, ...cached };
    const settings = await settingsFor(uri);
    if (doc.getText().length > settings.maxDocumentSize) return undefined;
    const status = await vocabularies.get(await vocabularies.layerPaths(folderOf(uri), settings.vocabularyPaths));
    // The document may have changed while the vocabulary was read: check the text as it is now.
    if (documents.get(uri) !== doc) return undefined;
    const result = checkText(doc.getText(), status.compiled, {
      syntax: doc.languageId === 'markdown' ? 'markdown' : 'plaintext',
      date: settings.reportDate,
      lang: settings.language === 'auto' ? undefined : settings.language,
      rules: settings.rules,
      cache: cacheFor(uri),
    });
    return { doc, version: doc.version, result, vocab: status.compiled };
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
    for (const doc of documents.all()) if (!isPackUri(doc.uri)) schedule(doc.uri, 0);
  }

  // A workspace pack open in the editor: its unsaved text becomes the vocabulary, so that
  // reports update while the pack is edited, and its problems show on it.
  let packTimer: ReturnType<typeof setTimeout> | undefined;
  const packChanged = (uri: string, text: string | undefined): void => {
    vocabularies.setOverlay(host.pathOf(uri)!, text);
    clearTimeout(packTimer);
    packTimer = setTimeout(() => void reload(), 150);
  };

  /**
   * Reads every vocabulary in use again, publishes its problems and re-checks the open reports;
   * with `andFromDisk`, those Check Workspace read too (a pack saved or changed on disk, Reload
   * Vocabulary: not on every pause while a pack is being typed in the editor).
   */
  const reload = async (andFromDisk = false): Promise<void> => {
    publishVocabProblems((await vocabularies.reloadAll()).flatMap((s) => s.problems));
    results.clear();
    recheckAll();
    if (andFromDisk) recheckFromDisk([...fromDisk.keys()]);
  };

  /** Files from disk waiting to be checked again, and whether the loop that does it is running. */
  const diskQueue = new Set<string>();
  let diskDraining = false;
  /**
   * Checks again, in the background, files whose diagnostics came from disk (Check Workspace) and
   * that are not open: they changed on disk, or the vocabulary did. One file at a time, letting
   * edits in between; a file queued twice is checked once; one gone from disk is cleared.
   */
  const recheckFromDisk = (uris: string[]): void => {
    for (const uri of uris) diskQueue.add(uri);
    if (diskDraining || diskQueue.size === 0) return;
    diskDraining = true;
    void (async () => {
      try {
        while (diskQueue.size > 0) {
          const batch: string[] = [];
          for (const uri of diskQueue) {
            diskQueue.delete(uri);
            if (fromDisk.has(uri) && !documents.get(uri)) batch.push(uri);
            if (batch.length === DISK_BATCH) break;
          }
          const settings = await settingsForMany(batch);
          for (let k = 0; k < batch.length; k++) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            const uri = batch[k]!;
            if (!fromDisk.has(uri) || documents.get(uri)) continue;
            try {
              const r = await checkFromDisk(uri, settings[k]!);
              if (r.skipped && fromDisk.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
            } catch (e) {
              connection.console.error(`Checking ${uri} again failed: ${(e as Error).stack ?? String(e)}`);
            }
          }
        }
      } finally {
        diskDraining = false;
      }
    })();
  };

  // onDidChangeContent also fires on open: the first check runs at once, edits are debounced.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    if (isPackUri(e.document.uri)) {
      packChanged(e.document.uri, e.document.getText());
      return;
    }
    const first = !seen.has(e.document.uri);
    seen.add(e.document.uri);
    schedule(e.document.uri, first ? 0 : undefined);
  });
  documents.onDidClose((e) => {
    if (isPackUri(e.document.uri)) {
      packChanged(e.document.uri, undefined);
      return;
    }
    const uri = e.document.uri;
    seen.delete(uri);
    caches.delete(uri);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    results.delete(uri);
    settingsCache.delete(uri);
    if (fromDisk.has(uri)) {
      // Checked with the workspace: back to what is on disk (the editor's unsaved text is gone).
      void settingsForMany([uri]).then(([settings]) => {
        if (documents.get(uri)) return;
        void checkFromDisk(uri, settings!).then((r) => {
          if (r.skipped && fromDisk.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        });
      });
      return;
    }
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // Reports (Markdown, plain text) that Check Workspace read are checked again when they change on
  // disk; any other watched file is a vocabulary file, and reloads the vocabularies.
  connection.onDidChangeWatchedFiles((params) => {
    const reports = params.changes.filter((c) => REPORT_FILE.test(c.uri));
    if (reports.length < params.changes.length) void reload(true);
    else recheckFromDisk(reports.map((c) => c.uri));
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isPackUri(doc.uri)) return [];
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty) ?? false;
    if (wantsFixAll) {
      const cached = results.get(doc.uri);
      if (!cached || cached.version !== doc.version) return [];
      const action = fixAll(doc, cached.result.findings);
      return action ? [action] : [];
    }
    const cached = results.get(doc.uri);
    const actions = cached && cached.version === doc.version ? quickFixes(doc, params.context.diagnostics, cached.result.findings) : [];
    if (actions.length > 0 && cached && cached.version === doc.version) {
      const all = fixAll(doc, cached.result.findings);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onHover(async (params, token) => {
    const state = await current(params.textDocument.uri);
    // An edit or a newer request made this one stale: the client has cancelled it.
    if (!state || token.isCancellationRequested) return null;
    const target = targetAt(state.result.blocks, state.doc.offsetAt(params.position));
    if (!target) return null;
    const value = explain(target, state.vocab, state.result.reportDate);
    if (!value) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value },
      range: { start: state.doc.positionAt(target.start), end: state.doc.positionAt(target.end) },
    };
  });

  connection.onCompletion(async (params, token) => {
    const state = await current(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const offset = state.doc.offsetAt(params.position);
    // Inside code or front matter nothing is offered: only where prose is.
    const text = state.doc.getText();
    const inProse = state.result.document.blocks.some((b) => offset >= b.start && offset <= endOfLine(text, b.end)) || isBlankLine(text, offset);
    if (!inProse) return null;
    const candidates = completeAt(state.doc.getText(), offset, state.vocab);
    return {
      isIncomplete: false,
      items: candidates.map((c) => ({
        label: c.label,
        kind: c.kind === 'document' ? CompletionItemKind.Reference : c.kind === 'title' ? CompletionItemKind.Constant : CompletionItemKind.Class,
        detail: c.detail,
        documentation: { kind: MarkupKind.Markdown, value: c.documentation },
        filterText: c.filterText,
        sortText: c.sortText,
        textEdit: { range: { start: state.doc.positionAt(c.start), end: state.doc.positionAt(c.end) }, newText: c.insertText },
      })),
    };
  });

  connection.onDocumentLinks(async (params) => {
    const state = await current(params.textDocument.uri);
    if (!state) return [];
    const links = [];
    for (const b of state.result.blocks) {
      for (const c of b.citations) {
        const d = c.document;
        if (!d?.source_url) continue;
        const target = c.symbol ?? c;
        links.push({ range: { start: state.doc.positionAt(target.start), end: state.doc.positionAt(target.end) }, target: d.source_url, tooltip: `Source: ${d.source}` });
      }
    }
    return links;
  });

  connection.onRequest(DOCUMENTS_REQUEST, async (params: DocumentsParams): Promise<DocumentItem[]> => {
    const settings = await settingsFor(params.uri);
    const vocab = (await vocabularies.get(await vocabularies.layerPaths(folderOf(params.uri), settings.vocabularyPaths))).compiled;
    return [...vocab.vocabulary.documents.values()].map((d) => ({
      id: d.id,
      ...(d.symbol ? { symbol: d.symbol } : {}),
      type: d.type,
      label: d.symbol ?? `${d.type} ${d.number}`,
      title: d.title,
      ...(d.date ? { date: String(d.date) } : {}),
      ...(d.issuer ? { issuer: vocab.vocabulary.bodies.get(d.issuer)?.name.en ?? d.issuer } : {}),
      shortForms: [...(d.short_forms?.en ?? []), ...(d.short_forms?.vi ?? [])],
      citation: formatCitation(d, params.style, vocab),
      confidence: d.confidence,
    }));
  });

  connection.onRequest(CITATIONS_REQUEST, async (params: CitationsParams): Promise<CitationItem[]> => {
    const state = await current(params.uri);
    if (!state) return [];
    const lang = reportLanguage(state.result);
    const other = lang === 'en' ? 'vi' : 'en';
    return listCitations(state.result, state.vocab).map((c) => {
      const d = c.document;
      const symbol = d ? documentLabel(d, lang) : undefined;
      return {
        range: { start: state.doc.positionAt(c.start), end: state.doc.positionAt(c.end) },
        text: c.text,
        status: c.status,
        ...(symbol ? { symbol } : {}),
        ...(d ? { title: d.title[lang] ?? d.title[other] ?? '' } : {}),
        ...(c.successor ? { successor: documentLabel(c.successor, lang) } : {}),
        ...(c.note ? { note: c.note } : {}),
      };
    });
  });

  connection.onRequest(REFERENCES_REQUEST, async (params: ReferencesParams): Promise<ReferencesResult | null> => {
    const state = await current(params.uri);
    if (!state) return null;
    const edit = referencesEdit(state.result, state.vocab, params.lang ? { lang: params.lang } : {});
    if (!edit) return null;
    return {
      version: state.version,
      edit: { range: { start: state.doc.positionAt(edit.start), end: state.doc.positionAt(edit.end) }, newText: edit.newText },
      known: edit.known,
      unknown: edit.unknown,
      replaced: edit.replaced,
      lang: edit.lang,
    };
  });

  connection.onRequest(RELOAD_REQUEST, async () => {
    await reload(true);
    return null;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** Diagnostics of a document's findings, at most `max` of them and then one notice of how many more there are. */
function diagnosticsOf(doc: TextDocument, findings: Finding[], max: number): Diagnostic[] {
  const shown = findings.slice(0, max).map((f, i) => toDiagnostic(doc, f, i));
  if (findings.length > max) {
    const first = findings[max]!;
    shown.push({
      range: { start: doc.positionAt(first.start), end: doc.positionAt(first.start) },
      severity: 3,
      source: 'communique',
      code: 'communique/limit',
      message: `${findings.length - max} more findings are not shown (communique.maxFindings is ${max}).`,
    });
  }
  return shown;
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

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
