// The pair check in the editor: a report's original — named in its front matter
// (`translation-of:`), picked by hand (communique/setOriginal), or found by name (`X.en.md` ↔
// `X.vi.md` in one folder) — is read (the editor's text if open, else through the host), checked
// and kept per URI, and compared with the report's own check (`comparePair`). Which reports
// named which original is kept, so that a change of the original checks them again.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalysisCache,
  checkText,
  comparePair,
  isDisabled,
  messageLanguages,
  msg,
  render,
  reportSyntax,
  severityOf,
  type AnalysedReport,
  type CheckResult,
  type CompiledVocabulary,
  type Finding,
  type PairOptions,
  type PairResult,
  type Syntax,
} from '@communique/core';
import type { ServerHost } from './host';

/** A report's comparison with its original. */
export interface PairState {
  /** The original's URI. */
  uri: string;
  /** The original's text as it was compared (its offsets are the counterparts'). */
  doc: TextDocument;
  result: PairResult;
}

export interface PairOutcome {
  pair?: PairState;
  /** The pair's findings, or the one that says the declared original cannot be read. */
  findings: Finding[];
}

/** An original checked, kept until its text or the vocabulary changes. */
interface CheckedSource {
  text: string;
  vocab: CompiledVocabulary;
  result: CheckResult;
  cache: AnalysisCache;
}

/** The open documents, as the backend has them. */
interface OpenDocuments {
  all(): TextDocument[];
}

const BY_NAME = /^(.*)\.en(\.[^./]+)$/;
/** A front matter with a `translation-of:` key (the lines before it are not its closing `---`). */
const DECLARES_ORIGINAL = /^---[ \t]*\r?\n(?:(?!---[ \t]*\r?\n)[^\n]*\n)*?translation-of[ \t]*:/;

export class Pairs {
  /** Originals picked by hand, per report (for the session). */
  private readonly picked = new Map<string, string>();
  private readonly sources = new Map<string, CheckedSource>();
  /** Per original (as `keyOf` names it), the reports compared with it at their last check. */
  private readonly dependents = new Map<string, Set<string>>();
  /** Per report, the original it was last compared with (its key). */
  private readonly originalOf = new Map<string, string>();

  constructor(
    private readonly host: ServerHost,
    private readonly documents: OpenDocuments,
  ) {}

  /** Picks (or, with null, forgets) the original of `uri` by hand. */
  setOriginal(uri: string, original: string | null): void {
    if (original) this.picked.set(uri, original);
    else this.picked.delete(uri);
  }

  /** The reports last compared with the file at `uri`. */
  targetsOf(uri: string): string[] {
    return [...(this.dependents.get(this.keyOf(uri)) ?? [])];
  }

  /** A report closed: it no longer follows its original (a hand pick stays for the session). */
  forget(uri: string): void {
    this.link(uri, undefined);
  }

  /**
   * Compares the report at `uri` (its own check, `result`) with its original, if it has one.
   * `maxBytes`: the largest original read from disk.
   */
  async compare(uri: string, result: CheckResult, vocab: CompiledVocabulary, options: PairOptions, maxBytes: number): Promise<PairOutcome> {
    const original = await this.find(uri, result);
    this.link(uri, original?.uri);
    if (!original) return { findings: [] };
    const source = await this.read(original.uri, vocab, maxBytes);
    if (!source) {
      // Only a declared original is told missing; one found by name or picked by hand that has gone is no pair.
      const at = original.declared;
      if (!at) return { findings: [] };
      const missing = this.missingFinding(result, at, original.written ?? original.uri, options);
      return { findings: missing ? [missing] : [] };
    }
    const analysed = (r: CheckResult): AnalysedReport => ({ text: r.document.text, document: r.document, blocks: r.blocks });
    const pair = comparePair(analysed(source.result), analysed(result), vocab, options);
    return { pair: { uri: original.uri, doc: TextDocument.create(original.uri, 'plaintext', 0, source.text), result: pair }, findings: pair.findings };
  }

  /** The original: declared in the front matter, else picked by hand, else by name (`X.en.md` → `X.vi.md`, unless that one declares an original). */
  private async find(uri: string, result: CheckResult): Promise<{ uri: string; declared?: { start: number; end: number }; written?: string } | undefined> {
    const fm = result.document.frontMatter;
    if (fm?.translationOf) return { uri: this.resolve(uri, fm.translationOf), declared: fm.translationOfAt, written: fm.translationOf };
    const picked = this.picked.get(uri);
    if (picked) return { uri: picked };
    const m = BY_NAME.exec(uri);
    if (!m) return undefined;
    const vi = `${m[1]}.vi${m[2]}`;
    const open = this.openDocument(vi);
    // Whether it declares an original (then it is the translation): its front matter only.
    const text = open ? open.getText() : await this.readText(vi, 1 << 20);
    if (text === undefined || DECLARES_ORIGINAL.test(text)) return undefined;
    return { uri: vi };
  }

  /** `path` relative to the report's folder, through the host (a file path on the desktop, a URI on the web). */
  private resolve(uri: string, path: string): string {
    const reportPath = this.host.pathOf(uri);
    if (reportPath === undefined) {
      try {
        return new URL(path, uri).href;
      } catch {
        return path;
      }
    }
    const folder = reportPath.slice(0, Math.max(reportPath.lastIndexOf('/'), reportPath.lastIndexOf('\\')));
    return this.host.uriOf(this.host.resolve(folder, path));
  }

  /** The original checked: the editor's text if it is open, else the file's; undefined when it cannot be read. */
  private async read(uri: string, vocab: CompiledVocabulary, maxBytes: number): Promise<CheckedSource | undefined> {
    const open = this.openDocument(uri);
    const text = open ? open.getText() : await this.readText(uri, maxBytes);
    if (text === undefined) return undefined;
    const key = this.keyOf(uri);
    const known = this.sources.get(key);
    if (known && known.text === text && known.vocab === vocab) return known;
    const syntax: Syntax = open ? (open.languageId === 'markdown' ? 'markdown' : 'plaintext') : (reportSyntax(uri) ?? 'plaintext');
    const cache = known?.cache ?? new AnalysisCache();
    const checked: CheckedSource = { text, vocab, cache, result: checkText(text, vocab, { syntax, cache }) };
    this.sources.set(key, checked);
    return checked;
  }

  private async readText(uri: string, maxBytes: number): Promise<string | undefined> {
    try {
      const r = await this.host.readReport(uri, maxBytes);
      if ('skipped' in r) return undefined;
      return 'text' in r ? r.text : new TextDecoder().decode(r.bytes);
    } catch {
      return undefined;
    }
  }

  /** The finding on the `translation-of:` line when the original cannot be read (severity and disabling as text/front-matter's). */
  private missingFinding(result: CheckResult, at: { start: number; end: number }, file: string, options: PairOptions): Finding | undefined {
    const ruleId = 'text/front-matter';
    const fm = result.document.frontMatter;
    const severity = isDisabled(ruleId, new Set(fm?.disable ?? [])) ? 'off' : severityOf(ruleId, fm?.rules, options.rules);
    if (severity === 'off') return undefined;
    const lang = messageLanguages(result.document, options.messageLanguage)(at.start);
    return { ruleId, severity, start: at.start, end: at.end, message: render(msg('parallel.original-missing', { file }), lang), fixes: [] };
  }

  private openDocument(uri: string): TextDocument | undefined {
    const key = this.keyOf(uri);
    return this.documents.all().find((d) => d.uri === uri || this.keyOf(d.uri) === key);
  }

  /** One name per file, however its URI is encoded: the host's path where it has one. */
  private keyOf(uri: string): string {
    return this.host.pathOf(uri) ?? uri;
  }

  private link(target: string, original: string | undefined): void {
    const before = this.originalOf.get(target);
    const key = original === undefined ? undefined : this.keyOf(original);
    if (before === key) return;
    if (before !== undefined) {
      const set = this.dependents.get(before);
      set?.delete(target);
      if (set?.size === 0) {
        this.dependents.delete(before);
        this.sources.delete(before);
      }
    }
    if (key === undefined) {
      this.originalOf.delete(target);
      return;
    }
    this.originalOf.set(target, key);
    let set = this.dependents.get(key);
    if (!set) this.dependents.set(key, (set = new Set()));
    set.add(target);
  }
}
