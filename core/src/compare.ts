// The pair check: a translation (target) against its original (source). Both are read into
// sentences and anchors (side.ts), aligned by structure and then by sentence (align.ts), and the
// `parallel/` rules compare each aligned group. Findings are located in the target, each with the
// range of the source sentence it was compared with.

import { analyzeBlock } from './analysis/block';
import type { AnalysisCache } from './analysis/cache';
import { renderFinding, messageLanguages, severityOf, isDisabled, isSuppressed } from './outcome';
import type { Finding, SeveritySetting } from './findings';
import { PAIR_RULES } from './rules/registry';
import type { RawFinding } from './rules/rule';
import { parseReport } from './text/parse';
import type { Syntax } from './text/document';
import type { CompiledVocabulary } from './vocabulary/compile';
import type { Lang } from './types';
import { align, type AlignUnit, type Bead } from './parallel/align';
import type { PairContext, PairLink } from './parallel/context';
import { readSide, type AnalysedReport, type PairSide, type Sentence } from './parallel/side';

export type { PairContext, PairLink } from './parallel/context';

export interface PairOptions {
  /** Severity per rule id or category (`parallel/*`). */
  rules?: Record<string, SeveritySetting>;
  messageLanguage?: 'auto' | Lang;
  date?: string;
  today?: string;
}

export interface PairResult {
  /** Located in the target; `counterpart` is the source sentence. */
  findings: Finding[];
  /** The aligned sentence groups, as source and target ranges (a side's range absent when it has none). */
  alignment: { source?: { start: number; end: number }; target?: { start: number; end: number } }[];
  sourceLang: Lang;
  targetLang: Lang;
}

export function comparePair(source: AnalysedReport, target: AnalysedReport, vocab: CompiledVocabulary, options: PairOptions = {}): PairResult {
  const s = readSide(source);
  const t = readSide(target);
  const ratio = lengthRatio(s, t);
  const links = linksOf(s, t, ratio);
  const reportDate = target.document.frontMatter?.date ?? source.document.frontMatter?.date ?? options.date ?? options.today ?? new Date().toISOString().slice(0, 10);
  const ctx: PairContext = { source: s, target: t, links, vocab, reportDate, ratio };
  const disabled = new Set(target.document.frontMatter?.disable ?? []);
  const severityOfRule = (id: string): SeveritySetting => (isDisabled(id, disabled) ? 'off' : severityOf(id, target.document.frontMatter?.rules, options.rules));
  const raw: RawFinding[] = [];
  for (const rule of PAIR_RULES) if (severityOfRule(rule.id) !== 'off') raw.push(...rule.compare(ctx));

  const languageAt = messageLanguages(target.document, options.messageLanguage);
  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = severityOfRule(f.ruleId);
    // One finding of a rule per stretch: two ways of seeing one dropped member are one finding.
    if (severity === 'off' || isSuppressed(f, target.document, target.text) || findings.some((g) => g.ruleId === f.ruleId && g.start < f.end && f.start < g.end)) continue;
    findings.push(renderFinding(f, severity, languageAt(f.start)));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : 1));
  const range = (xs: Sentence[]): { start: number; end: number } | undefined => (xs.length ? { start: xs[0]!.start, end: xs[xs.length - 1]!.end } : undefined);
  return {
    findings,
    alignment: links.map((l) => ({ source: range(l.source), target: range(l.target) })),
    sourceLang: s.lang,
    targetLang: t.lang,
  };
}

/** Parses and analyses both texts, then compares them (the CLI's and the tests' way in; the server passes its analyses). */
export function compareTexts(
  sourceText: string,
  targetText: string,
  vocab: CompiledVocabulary,
  options: PairOptions & { sourceSyntax?: Syntax; targetSyntax?: Syntax; sourceCache?: AnalysisCache; targetCache?: AnalysisCache } = {},
): PairResult {
  const analysed = (text: string, syntax: Syntax = 'markdown', cache?: AnalysisCache): AnalysedReport => {
    const document = parseReport(text, syntax, undefined, cache?.parsed);
    const blocks = document.blocks.map((b) => (cache ? cache.analyze(text, b, vocab) : analyzeBlock(text, b, vocab)));
    cache?.retain();
    return { text, document, blocks };
  };
  return comparePair(analysed(sourceText, options.sourceSyntax, options.sourceCache), analysed(targetText, options.targetSyntax, options.targetCache), vocab, options);
}

/** The source range aligned with the target sentence at `offset`, if any. */
export function alignedSourceAt(result: PairResult, offset: number): { source: { start: number; end: number }; target: { start: number; end: number } } | undefined {
  let best: { source: { start: number; end: number }; target: { start: number; end: number } } | undefined;
  for (const a of result.alignment) {
    if (!a.source || !a.target) continue;
    if (a.target.start <= offset && offset <= a.target.end) return { source: a.source, target: a.target };
    if (a.target.end <= offset) best = { source: a.source, target: a.target };
  }
  return best;
}

function anchorsOf(s: Sentence): string[] {
  // Sentences are kept across comparisons (side.ts), and their anchors with them.
  if (s.anchorKeys) return s.anchorKeys;
  const out: string[] = (s.anchorKeys = []);
  for (const n of s.numbers) out.push(`n:${n.n.value}`);
  for (const d of s.dates) if (d.d.y !== undefined) out.push(`y:${d.d.y}`);
  for (const c of s.citations) out.push(`c:${c.key}`);
  for (const e of s.entities) if (e.role !== 'wrong') out.push(e.keys[0]!);
  for (const n of s.names) out.push(`p:${n.key}`);
  return out;
}

function unitsOf(side: PairSide): AlignUnit[] {
  return side.blocks.map((b) => ({ length: b.length, anchors: b.sentences.flatMap(anchorsOf), kind: b.kind }));
}

/** The target's length per source length, bounded: what alignment expects of each group. */
function lengthRatio(s: PairSide, t: PairSide): number {
  const total = (side: PairSide): number => side.sentences.reduce((a, x) => a + x.length, 0) || 1;
  return Math.max(0.3, Math.min(3, total(t) / total(s)));
}

function linksOf(s: PairSide, t: PairSide, ratio: number): PairLink[] {
  const links: PairLink[] = [];
  let lastTarget: Sentence | undefined;
  for (const bead of align(unitsOf(s), unitsOf(t), ratio, 'blocks')) {
    const sBlocks = s.blocks.slice(bead.s, bead.s + bead.sn);
    const tBlocks = t.blocks.slice(bead.t, bead.t + bead.tn);
    const sSent = sBlocks.flatMap((b) => b.sentences);
    const tSent = tBlocks.flatMap((b) => b.sentences);
    const context = { source: sSent, target: tSent };
    if (tSent.length === 0) {
      for (const x of sSent) links.push({ source: [x], target: [], context, after: lastTarget, blockDropped: true });
      continue;
    }
    if (sSent.length === 0) {
      links.push({ source: [], target: tSent, context, blockDropped: false });
      lastTarget = tSent[tSent.length - 1];
      continue;
    }
    if (sSent.length === 1 && tSent.length === 1) {
      // One sentence each (a heading, most list items, short paragraphs): nothing to align.
      links.push({ source: sSent, target: tSent, context, blockDropped: false });
      lastTarget = tSent[0];
      continue;
    }
    const units = (xs: Sentence[]): AlignUnit[] => xs.map((x) => ({ length: x.length, anchors: anchorsOf(x) }));
    for (const b of align(units(sSent), units(tSent), ratio) as Bead[]) {
      const src = sSent.slice(b.s, b.s + b.sn);
      const tgt = tSent.slice(b.t, b.t + b.tn);
      links.push({ source: src, target: tgt, context, after: tgt.length ? undefined : lastTarget, blockDropped: false });
      if (tgt.length) lastTarget = tgt[tgt.length - 1];
    }
  }
  return links;
}
