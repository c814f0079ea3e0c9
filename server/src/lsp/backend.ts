// The server's state and its one way of checking a report, shared by every handler: settings
// and project configuration (config.ts), vocabularies (vocabularies.ts), each open document's
// record (documentState.ts). Every caller — an edit, a hover, Check Workspace, a file changed on
// disk — checks through `checkReport`.

import { MessageType, ShowMessageNotification, TextDocuments, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkBytes,
  checkOptionsOf,
  checkText,
  isBlocking,
  isConfigFile,
  isProjectPackFile,
  msg,
  render,
  type AnalysisCache,
  type Lang,
  type CheckResult,
  type CompiledVocabulary,
  type Syntax,
  type VocabProblem,
} from '@communique/core';
import { Configurations, type ReportConfig } from './config';
import { diagnosticsOf, vocabDiagnostic } from './diagnostics';
import { DocumentStates, type Checked } from './documentState';
import type { ServerHost } from './host';
import { isBuiltinUri } from './builtinSource';
import { STATUS_NOTIFICATION, VOCABULARY_CHANGED_NOTIFICATION, type StatusParams } from './protocol';
import type { Settings } from './settings';
import { Pairs, type PairState } from './pairs';
import { Vocabularies, type VocabularyStatus } from './vocabularies';

/** A report's check: its findings include those of the pair check when it has an original (`pair`). */
export type CheckOutcome = { result: CheckResult; vocab: CompiledVocabulary; config: ReportConfig; pair?: PairState } | { skipped: string };

export class Backend {
  readonly documents = new TextDocuments(TextDocument);
  readonly states = new DocumentStates();
  readonly configs: Configurations;
  readonly vocabularies: Vocabularies;
  /** Each report's original, and the reports compared with each original. */
  readonly pairs: Pairs;
  /** YAML files that currently carry problems, so that they can be cleared. */
  private filesWithProblems = new Set<string>();
  private lastStatus = '';
  /** The problems last published, so that a check with the same ones sends nothing. */
  private lastProblems = '[]';
  private packTimer: ReturnType<typeof setTimeout> | undefined;
  /** The language of the server's own texts (notifications, "Fix all"): the client's display language. */
  uiLanguage: Lang = 'en';
  /** The rule pages' folder as a URI (from the client, else the host): diagnostics link them. */
  rulesDocs: string | undefined;
  /** What the client's workspace edits can do: `documentChanges`, create files (an absent workspace pack); and whether it shows disabled code actions. */
  edits = { documentChanges: false, createFiles: false, disabledActions: false };
  /** The client opens documents on the server's request (`window/showDocument`). */
  showDocument = false;
  /** Called after a reload with the reports Check Workspace read (set by WorkspaceCheck). */
  onReload: (andFromDisk: boolean) => void = () => undefined;
  /** The reports whose diagnostics Check Workspace read from disk (set by WorkspaceCheck). */
  reportsFromDisk: () => string[] = () => [];

  constructor(
    readonly connection: Connection,
    readonly host: ServerHost,
  ) {
    this.configs = new Configurations(connection, host);
    this.rulesDocs = host.rulesDocs;
    this.vocabularies = new Vocabularies(host);
    this.pairs = new Pairs(host, this.documents);
  }

  /** A pack file of a project (`.communique/*.yaml`, `*.tbx`), which is vocabulary, not a report. */
  isPackUri(uri: string): boolean {
    return this.host.pathOf(uri) !== undefined && isProjectPackFile(uri);
  }

  /** Neither a report nor a pack: the project configuration. */
  isConfigUri(uri: string): boolean {
    return isConfigFile(uri);
  }

  isReportUri(uri: string): boolean {
    return !this.isPackUri(uri) && !this.isConfigUri(uri) && !isBuiltinUri(uri);
  }

  /**
   * The one way a report is checked: its configuration, then its vocabulary, then the core.
   * `content`: the editor's text, or bytes from disk (told if binary or not UTF-8).
   */
  async checkReport(
    uri: string,
    content: { text: string } | { bytes: Uint8Array },
    syntax: Syntax,
    options: { settings?: Settings; cache?: AnalysisCache } = {},
  ): Promise<CheckOutcome> {
    const config = await this.configs.forReport(uri, options.settings);
    if (config.excludedBy) return { skipped: `excluded by ${config.excludedBy}` };
    const size = 'text' in content ? content.text.length : content.bytes.length;
    if (size > config.settings.maxDocumentSize) return { skipped: 'larger than communique.maxDocumentSize' };
    const status = await this.vocabularies.get(config.effective.packs.map((p) => p.value));
    this.published(status);
    const check = { syntax, ...checkOptionsOf(config.effective), ...(options.cache ? { cache: options.cache } : {}) };
    const result = 'text' in content ? checkText(content.text, status.compiled, check) : checkBytes(content.bytes, status.compiled, check);
    // The pair check, when the report has an original: its findings join the report's own.
    const compared = await this.pairs.compare(uri, result, status.compiled, check, config.settings.maxDocumentSize * 4);
    if (compared.findings.length === 0) return { result, vocab: status.compiled, config, ...(compared.pair ? { pair: compared.pair } : {}) };
    const findings = [...result.findings, ...compared.findings].sort((a, b) => a.start - b.start || a.end - b.end);
    return { result: { ...result, findings }, vocab: status.compiled, config, ...(compared.pair ? { pair: compared.pair } : {}) };
  }

  /** Checks an open report and publishes its diagnostics (unless an edit made the check stale). */
  async checkOpen(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const state = this.states.of(uri);
    // Taken now: the TextDocument is updated in place by later edits.
    const version = doc.version;
    let outcome: CheckOutcome;
    try {
      outcome = await this.checkReport(uri, { text: doc.getText() }, syntaxOf(doc), { cache: state.cache });
    } catch (e) {
      // A bug in a rule must not take the server down; say so in the output.
      this.connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
      return;
    }
    // A newer edit arrived while settings and vocabulary were fetched: its own check will publish.
    if (this.documents.get(uri)?.version !== version) return;
    if ('skipped' in outcome) {
      state.checked = undefined;
      if (outcome.skipped.startsWith('larger') && !state.toldTooLarge) {
        state.toldTooLarge = true;
        const limit = (await this.configs.settingsFor(uri)).maxDocumentSize;
        void this.connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: render(msg('server.too-large', { file: uri.split('/').pop() ?? uri, limit: limit.toLocaleString(this.uiLanguage) }), this.uiLanguage),
        });
      }
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    state.toldTooLarge = false;
    state.checked = { version, result: outcome.result, vocab: outcome.vocab, ...(outcome.pair ? { pair: outcome.pair } : {}) };
    await this.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: diagnosticsOf(doc, outcome.result.findings, outcome.config.settings.maxFindings, this.rulesDocs, this.uiLanguage, outcome.pair),
    });
  }

  /** The latest check of an open report, redone at once if an edit made it stale (hover, completion and links need current offsets). */
  async current(uri: string): Promise<(Checked & { doc: TextDocument }) | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !this.isReportUri(uri)) return undefined;
    const cached = this.states.checkedAt(uri, doc.version);
    if (cached) return { doc, ...cached };
    const version = doc.version;
    const outcome = await this.checkReport(uri, { text: doc.getText() }, syntaxOf(doc), { cache: this.states.of(uri).cache });
    // The document may have changed meanwhile (it is updated in place): the caller's offsets would not fit.
    if ('skipped' in outcome || this.documents.get(uri) !== doc || doc.version !== version) return undefined;
    return { doc, version, result: outcome.result, vocab: outcome.vocab, ...(outcome.pair ? { pair: outcome.pair } : {}) };
  }

  schedule(uri: string, delay?: number): void {
    const state = this.states.of(uri);
    clearTimeout(state.timer);
    const run = (): void => {
      state.timer = undefined;
      void this.checkOpen(uri);
    };
    if (delay === 0) return run();
    void this.configs.settingsFor(uri).then((s) => {
      clearTimeout(state.timer);
      state.timer = setTimeout(run, delay ?? s.debounceMs);
    });
  }

  /**
   * A file changed (in the editor or on disk): the open reports compared with it as their
   * original are checked again (the original is read again, and checked again if its text changed). Returns the reports that are not open (Check Workspace's to re-read).
   */
  originalChanged(uri: string): string[] {
    const closed: string[] = [];
    for (const target of this.pairs.targetsOf(uri)) {
      if (target === uri) continue;
      if (!this.documents.get(target)) {
        closed.push(target);
        continue;
      }
      const state = this.states.of(target);
      state.checked = undefined;
      this.schedule(target);
    }
    return closed;
  }

  recheckAll(): void {
    for (const doc of this.documents.all()) if (this.isReportUri(doc.uri)) this.schedule(doc.uri, 0);
  }

  /** A pack open in the editor: its unsaved text is the vocabulary, so reports update while it is typed. */
  packChanged(uri: string, text: string | undefined): void {
    this.vocabularies.setOverlay(this.host.pathOf(uri)!, text);
    clearTimeout(this.packTimer);
    this.packTimer = setTimeout(() => void this.reload(), 150);
  }

  /**
   * Reads every vocabulary and configuration in use again, publishes their problems and checks
   * the open reports again; with `andFromDisk`, those Check Workspace read too (a file saved or
   * changed on disk, Reload Vocabulary: not on every pause while a pack is typed).
   */
  async reload(andFromDisk = false): Promise<void> {
    this.host.refresh?.();
    this.configs.refresh();
    const statuses = await this.vocabularies.reloadAll();
    this.publishProblems(statuses.flatMap((s) => s.problems));
    void this.connection.sendNotification(VOCABULARY_CHANGED_NOTIFICATION);
    this.states.clearChecks();
    this.recheckAll();
    this.onReload(andFromDisk);
  }

  /** After a vocabulary is used: its problems (and the configurations') on their files, and the status. */
  private published(status: VocabularyStatus): void {
    this.publishProblems(status.problems);
    this.sendStatus(status);
  }

  /** Publishes the problems of vocabularies and configurations on their files, when they changed (not on every check). */
  private publishProblems(vocabulary: VocabProblem[]): void {
    const problems = [...vocabulary, ...this.configs.problems()];
    const key = JSON.stringify(problems);
    if (key === this.lastProblems) return;
    this.lastProblems = key;
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      const uri = this.host.uriOf(p.file);
      byFile.set(uri, [...(byFile.get(uri) ?? []), vocabDiagnostic(p)]);
    }
    for (const uri of this.filesWithProblems) if (!byFile.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.filesWithProblems = new Set(byFile.keys());
    if (problems.some(isBlocking)) {
      this.connection.console.error(
        `Vocabulary or configuration problems; the last good ones stay in force:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`,
      );
    }
  }

  private sendStatus(status: VocabularyStatus): void {
    const params: StatusParams = {
      layers: status.compiled.vocabulary.layers.map((l) => ({ name: l.name, entities: l.entities })),
      problems: [...status.problems, ...this.configs.problems()].filter(isBlocking).map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.message })),
    };
    const json = JSON.stringify(params);
    if (json === this.lastStatus) return;
    this.lastStatus = json;
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }
}

export function syntaxOf(doc: TextDocument): Syntax {
  return doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
}
