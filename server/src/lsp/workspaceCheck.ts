// Check Workspace: reports that are not open, read from disk (CHECK_FILES_REQUEST), their
// diagnostics published, and checked again in the background when they or the vocabulary change.

import type { CancellationToken } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reportSyntax, type Finding } from '@communique/core';
import type { Backend } from './backend';
import { diagnosticsOf } from './diagnostics';
import { MentionIndex } from './mentionIndex';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from './protocol';
import type { Settings } from './settings';

/** Files per configuration request when files from disk are checked again. */
const DISK_BATCH = 25;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class WorkspaceCheck {
  /** Files whose diagnostics come from disk, with the run that checked them last. */
  private readonly fromDisk = new Map<string, number>();
  /** Files from disk waiting to be checked again, and whether the loop that does it is running. */
  private readonly queue = new Set<string>();
  private draining = false;
  /** The entities each report read from disk mentions (Find All References). */
  readonly mentions = new MentionIndex();

  constructor(private readonly b: Backend) {
    b.onReload = (andFromDisk) => {
      if (andFromDisk) this.recheck([...this.fromDisk.keys()]);
    };
    b.reportsFromDisk = () => [...this.fromDisk.keys()];
    b.connection.onRequest(CHECK_FILES_REQUEST, (params: CheckFilesParams, token: CancellationToken) => this.checkFiles(params, token));
  }

  /** Checks a file from disk and publishes its diagnostics, unless it is open by then (its own check stands). */
  async checkFromDisk(uri: string, settings: Settings): Promise<{ findings?: Finding[]; skipped?: string }> {
    if (!this.b.isReportUri(uri)) return { skipped: this.b.isPackUri(uri) ? 'a vocabulary pack' : 'the project configuration' };
    // UTF-8 takes at most 4 bytes per UTF-16 code unit of the limit.
    const read = await this.b.host.readReport(uri, settings.maxDocumentSize * 4);
    if ('skipped' in read) {
      // Gone or unreadable: whatever was published for it is stale.
      if (read.missing) this.mentions.delete(uri);
      if (read.missing && this.fromDisk.delete(uri)) void this.b.connection.sendDiagnostics({ uri, diagnostics: [] });
      return { skipped: read.skipped };
    }
    const syntax = reportSyntax(uri) ?? 'plaintext';
    const outcome = await this.b.checkReport(uri, read, syntax, { settings });
    if ('skipped' in outcome) {
      this.mentions.delete(uri);
      return outcome;
    }
    const doc = TextDocument.create(uri, syntax, 0, outcome.result.document.text);
    this.mentions.set(doc, outcome.result);
    if (this.b.documents.get(uri)) return { findings: outcome.result.findings };
    void this.b.connection.sendDiagnostics({
      uri,
      diagnostics: diagnosticsOf(doc, outcome.result.findings, settings.maxFindings, this.b.rulesDocs, this.b.uiLanguage, outcome.pair),
    });
    return { findings: outcome.result.findings };
  }

  private async checkFiles(params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> {
    const out: CheckFilesResult = { checked: 0, cancelled: false, counts: { error: 0, warning: 0, information: 0, hint: 0 }, skipped: [] };
    const settings = await this.b.configs.settingsForMany(params.uris);
    for (let i = 0; i < params.uris.length; i++) {
      // Let a $/cancelRequest (and edits) in between two files.
      await nextTurn();
      if (token.isCancellationRequested) return { ...out, cancelled: true };
      const uri = params.uris[i]!;
      const r = await this.findingsOf(uri, settings[i]!);
      if (r.skipped) out.skipped.push({ uri, reason: r.skipped });
      if (r.findings) {
        this.fromDisk.set(uri, params.run);
        for (const f of r.findings) out.counts[f.severity]++;
      }
      out.checked++;
    }
    if (params.last) this.forgetOtherRuns(params.run);
    return out;
  }

  /** Open: the editor's text counts, and its diagnostics are already published; else from disk. */
  private async findingsOf(uri: string, settings: Settings): Promise<{ findings?: Finding[]; skipped?: string }> {
    if (this.b.documents.get(uri)) {
      const state = await this.b.current(uri);
      return state
        ? { findings: state.result.findings }
        : { skipped: (await this.b.configs.forReport(uri)).excludedBy ? 'excluded by the project configuration' : 'larger than communique.maxDocumentSize' };
    }
    try {
      return await this.checkFromDisk(uri, settings);
    } catch (e) {
      this.b.connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
      return { skipped: 'the check failed (see the output)' };
    }
  }

  /** The last batch of a run: files an earlier run checked and this one did not are cleared. */
  private forgetOtherRuns(run: number): void {
    for (const [uri, r] of this.fromDisk) {
      if (r === run) continue;
      this.fromDisk.delete(uri);
      this.mentions.delete(uri);
      if (!this.b.documents.get(uri)) void this.b.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** An open report was closed: back to what is on disk if Check Workspace read it; else nothing. */
  closed(uri: string): void {
    if (!this.fromDisk.has(uri)) {
      void this.b.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    void this.b.configs.settingsForMany([uri]).then(async ([settings]) => {
      if (this.b.documents.get(uri)) return;
      const r = await this.checkFromDisk(uri, settings!);
      if (r.skipped && this.fromDisk.delete(uri)) void this.b.connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  }

  /**
   * Checks again, in the background, files whose diagnostics came from disk and that are not
   * open: they changed on disk, or the vocabulary did. One file at a time, letting edits in
   * between; a file queued twice is checked once; one gone from disk is cleared.
   */
  recheck(uris: string[]): void {
    for (const uri of uris) this.queue.add(uri);
    if (this.draining || this.queue.size === 0) return;
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const batch: string[] = [];
      for (const uri of this.queue) {
        this.queue.delete(uri);
        if (this.fromDisk.has(uri) && !this.b.documents.get(uri)) batch.push(uri);
        if (batch.length === DISK_BATCH) break;
      }
      const settings = await this.b.configs.settingsForMany(batch);
      for (let k = 0; k < batch.length; k++) {
        await nextTurn();
        const uri = batch[k]!;
        if (!this.fromDisk.has(uri) || this.b.documents.get(uri)) continue;
        try {
          const r = await this.checkFromDisk(uri, settings[k]!);
          if (r.skipped && this.fromDisk.delete(uri)) void this.b.connection.sendDiagnostics({ uri, diagnostics: [] });
        } catch (e) {
          this.b.connection.console.error(`Checking ${uri} again failed: ${(e as Error).stack ?? String(e)}`);
        }
      }
    }
  }
}
