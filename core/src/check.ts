// The checking entry point shared by the language server, the CLI and the tests.

import { analyzeBlock } from './analysis/block';
import type { AnalysisCache } from './analysis/cache';
import type { BlockAnalysis } from './analysis/mentions';
import type { Finding, SeveritySetting } from './findings';
import { msg } from './messages/message';
import { BLOCK_RULES, DOCUMENT_RULES } from './rules/registry';
import { isDisabled, isSuppressed, messageLanguages, renderFinding, severityOf } from './outcome';
import type { RawFinding, RuleContext } from './rules/rule';
import { decodeReport } from './text/decode';
import type { ReportDocument, Syntax, Unchecked } from './text/document';
import { parseReport } from './text/parse';
import type { CompiledVocabulary } from './vocabulary/compile';
import type { Lang } from './types';

export interface CheckOptions {
  syntax?: Syntax;
  /** Report date (YYYY-MM-DD) when the front matter has none. */
  date?: string;
  /** Language when the front matter has none; otherwise detected per block. */
  lang?: Lang;
  /** Severity per rule id, overriding the defaults. */
  rules?: Record<string, SeveritySetting>;
  /** Today, for reports with no date (injectable for tests). */
  today?: string;
  /** Analyses of this document's blocks from earlier checks: only changed blocks are read again. */
  cache?: AnalysisCache;
  /** What decoding the report's bytes could not read (see decodeReport). */
  unchecked?: Unchecked[];
  /** The language of findings and fixes: each paragraph's own (auto, the default), or one for all. */
  messageLanguage?: 'auto' | Lang;
}

export interface CheckResult {
  findings: Finding[];
  document: ReportDocument;
  blocks: BlockAnalysis[];
  reportDate: string;
}

export function checkText(text: string, vocab: CompiledVocabulary, options: CheckOptions = {}): CheckResult {
  const document = parseReport(text, options.syntax ?? 'markdown', options.lang, options.cache?.parsed);
  const cache = options.cache;
  const blocks = document.blocks.map((b) => (cache ? cache.analyze(text, b, vocab) : analyzeBlock(text, b, vocab)));
  cache?.retain();
  const reportDate = document.frontMatter?.date ?? options.date ?? options.today ?? new Date().toISOString().slice(0, 10);
  const ctx: RuleContext = { text, document, blocks, vocab, reportDate, unchecked: [...(options.unchecked ?? []), ...document.unchecked] };

  const raw: RawFinding[] = [];
  if (cache) {
    // Block by block, so that each block's findings are cached with it.
    for (const a of blocks) {
      raw.push(...cache.blockFindings(a, reportDate, () => BLOCK_RULES.flatMap((rule) => rule.check({ ...ctx, blocks: [a] }))));
    }
  } else {
    // Each rule once over all blocks: the same findings (each rule reads its blocks in order,
    // and they are sorted below), without a call of every rule for every block.
    for (const rule of BLOCK_RULES) for (const f of rule.check(ctx)) raw.push(f);
  }
  for (const rule of DOCUMENT_RULES) raw.push(...rule.check(ctx));

  const disabled = new Set(document.frontMatter?.disable ?? []);
  const languageAt = messageLanguages(document, options.messageLanguage);
  const findings: Finding[] = [];
  // Severity and disabling depend on the rule only: decided once per rule id.
  const decided = new Map<string, SeveritySetting>();
  for (const f of raw) {
    let severity = decided.get(f.ruleId);
    if (severity === undefined) {
      // The report's own settings (front matter) over the editor's or the command line's.
      severity = isDisabled(f.ruleId, disabled) ? 'off' : severityOf(f.ruleId, document.frontMatter?.rules, options.rules);
      decided.set(f.ruleId, severity);
    }
    if (severity === 'off' || isSuppressed(f, document, text)) continue;
    findings.push(renderFinding(f, severity, f.ruleId === 'text/unchecked' ? fileLanguage(options, document) : languageAt(f.start)));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, document, blocks, reportDate };
}

/**
 * The language of what is said of the file rather than of a paragraph (text/unchecked: bytes that
 * are not UTF-8, a binary file, text nested too deep): the one configured, else the report's
 * declared language (front matter, then the caller's), else English. Not the paragraph's: text
 * that could not be read tells its language badly.
 */
function fileLanguage(options: CheckOptions, document?: ReportDocument): Lang {
  const setting = options.messageLanguage;
  return setting === 'en' || setting === 'vi' ? setting : (document?.frontMatter?.lang ?? options.lang ?? 'en');
}

/**
 * Checks a report read as bytes (from disk): a file that is not text is not checked, and says so
 * in one finding; bytes that are not UTF-8 are located.
 */
export function checkBytes(bytes: Uint8Array, vocab: CompiledVocabulary, options: CheckOptions = {}): CheckResult {
  const decoded = decodeReport(bytes);
  if ('text' in decoded) return checkText(decoded.text, vocab, { ...options, unchecked: [...(options.unchecked ?? []), ...decoded.unchecked] });
  const empty = checkText('', vocab, options);
  const severity = severityOf('text/unchecked', options.rules);
  if (severity !== 'off')
    empty.findings.push(
      renderFinding(
        { ruleId: 'text/unchecked', start: 0, end: 0, message: msg('text/unchecked', { reason: { message: decoded.binary } }), fixes: [] },
        severity,
        fileLanguage(options),
      ),
    );
  return empty;
}
