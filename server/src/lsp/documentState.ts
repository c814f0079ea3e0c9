// What the server keeps for each open report, in one record: its latest check, the block
// analyses reused across edits, and its pending check.

import { AnalysisCache, type CheckResult, type CompiledVocabulary } from '@communique/core';
import type { PairState } from './pairs';

export interface Checked {
  version: number;
  result: CheckResult;
  vocab: CompiledVocabulary;
  /** The comparison with its original, when it has one (its findings are among `result.findings`). */
  pair?: PairState;
}

export class DocumentState {
  /** The latest check of this document, if it was checked (not too large, not excluded). */
  checked?: Checked;
  /** Block analyses from earlier checks: an edit re-reads only the blocks it touched. */
  readonly cache = new AnalysisCache();
  /** The pending debounced check. */
  timer?: ReturnType<typeof setTimeout>;
  /** Told once that it is too large to check while typing. */
  toldTooLarge = false;
}

export class DocumentStates {
  private readonly byUri = new Map<string, DocumentState>();

  /** The document's state, created on first use (first check after it is opened). */
  of(uri: string): DocumentState {
    let s = this.byUri.get(uri);
    if (!s) this.byUri.set(uri, (s = new DocumentState()));
    return s;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** The latest check, if it is of `version`. */
  checkedAt(uri: string, version: number): Checked | undefined {
    const c = this.byUri.get(uri)?.checked;
    return c && c.version === version ? c : undefined;
  }

  /** Forgets every check (the vocabulary or the settings changed); analyses stay. */
  clearChecks(): void {
    for (const s of this.byUri.values()) s.checked = undefined;
  }

  /** The document was closed. */
  delete(uri: string): void {
    const s = this.byUri.get(uri);
    if (s) clearTimeout(s.timer);
    this.byUri.delete(uri);
  }

  stopTimers(): void {
    for (const s of this.byUri.values()) clearTimeout(s.timer);
  }
}
