// The block analyses of one document kept between checks, with the block rules' findings, so
// that an edit re-reads only the blocks it touched.

import type { Block } from '../text/document';
import { contentKey } from '../text/hash';
import { ParseCache } from '../text/parseCache';
import { sharedCopy as own } from '../text/copies';
import type { Message, Param } from '../messages/message';
import type { CompiledVocabulary } from '../vocabulary/compile';
import { analyzeBlock } from './block';
import type { BlockAnalysis, Mention } from './mentions';

/**
 * Block analyses of one document, kept between checks so that an edit re-reads only the
 * blocks it touched. A block is found again by its text, language and prose layout wherever
 * it has moved; its offsets are shifted to the new place. Belongs to one vocabulary.
 */
export class AnalysisCache {
  /** The paragraphs' reading (prose pieces, language), kept the same way. */
  readonly parsed = new ParseCache();
  /** Per key, the block's analysis detached from the text (see detach), where the block last was. */
  private entries = new Map<string, BlockAnalysis>();
  /** Which cache key each analysis handed out belongs to (for blockFindings). */
  private keys = new WeakMap<BlockAnalysis, string>();
  /** Per key, the block rules' findings where the block was when they were last handed out (one copy). */
  private findings = new Map<string, { date: string; start: number; findings: ShiftableFinding[] }>();
  private vocab: CompiledVocabulary | undefined;
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  analyze(text: string, block: Block, vocab: CompiledVocabulary): BlockAnalysis {
    if (vocab !== this.vocab) {
      this.entries.clear();
      this.findings.clear();
      this.vocab = vocab;
    }
    const key = block.paragraphKey !== undefined ? `${block.paragraphKey}${block.lang}` : blockKey(text, block);
    this.used.add(key);
    let cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // A block that has not moved keeps its mentions and citations (handed out read-only): no
      // copies for the blocks an edit left in place. One that has moved gets shifted copies,
      // which replace the cached ones.
      if (cached.block.start !== block.start) this.entries.set(key, (cached = shiftAnalysis(cached, block, '')));
      const handed: BlockAnalysis = { ...cached, block, folded: { ...cached.folded, source: text } };
      this.keys.set(handed, key);
      return handed;
    }
    this.misses++;
    // Kept detached from this version of the document: the analysis's strings would otherwise
    // be slices that hold the whole text alive, one version per cached block. The check gets
    // the same mentions and citations, not a second copy of them.
    const kept = detach(analyzeBlock(text, block, vocab));
    this.entries.set(key, kept);
    const fresh: BlockAnalysis = { ...kept, folded: { ...kept.folded, source: text } };
    this.keys.set(fresh, key);
    return fresh;
  }

  /** Drops the blocks that the check just finished did not use. */
  retain(): void {
    if (this.entries.size > this.used.size) {
      for (const k of this.entries.keys()) {
        if (this.used.has(k)) continue;
        this.entries.delete(k);
        this.findings.delete(k);
      }
    }
    this.used.clear();
  }

  /**
   * The findings of the block-local rules for an analysed block, computed once per block text
   * and report date and shifted to where the block now is.
   */
  blockFindings<F extends ShiftableFinding>(a: BlockAnalysis, reportDate: string, compute: () => F[]): F[] {
    const key = this.keys.get(a);
    if (key === undefined) return compute();
    const cached = this.findings.get(key);
    if (cached && cached.date === reportDate) {
      // Handed out read-only, and replaced (not kept beside) when the block has moved.
      if (cached.start !== a.block.start) {
        const d = a.block.start - cached.start;
        cached.findings = cached.findings.map((f) => shiftFinding(f, d));
        cached.start = a.block.start;
      }
      return cached.findings as F[];
    }
    const fresh = compute();
    // The check's result and the cache share the findings, and one copy of each string.
    for (const f of fresh) shareStrings(f);
    this.findings.set(key, { date: reportDate, start: a.block.start, findings: fresh });
    return fresh;
  }
}

/** The key of a block not read through the parse cache: its language, prose layout and text. */
function blockKey(text: string, block: Block): string {
  const layout: number[] = [];
  for (const p of block.pieces) layout.push(p.start - block.start, p.end - block.start, p.hardBefore ? 1 : 0);
  return contentKey(block.lang, text, block.start, block.end, layout);
}

/** The analysis of a block that now sits at `block.start` of `text`. */
function shiftAnalysis(a: BlockAnalysis, block: Block, text: string): BlockAnalysis {
  const d = block.start - a.block.start;
  if (d === 0 && a.folded.source === text) return { ...a, block };
  const r = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + d, end: x.end + d });
  const opt = <T extends { start: number; end: number }>(x: T | undefined): T | undefined => (x ? r(x) : undefined);
  // Mentions are many and all alike: built field by field, which is much faster than a spread.
  const mention = (m: Mention): Mention => ({
    start: m.start + d,
    end: m.end + d,
    foldedStart: m.foldedStart,
    foldedEnd: m.foldedEnd,
    form: m.form,
    text: m.text,
    diacriticsDiffer: m.diacriticsDiffer,
    alternatives: m.alternatives,
  });
  const shifted: BlockAnalysis = {
    block,
    folded: { ...a.folded, source: text, base: a.folded.base + d, sourceEnd: a.folded.sourceEnd + d },
    mentions: a.mentions.map(mention),
    citations: a.citations.map((c) => {
      const out = r(c);
      out.malformed = opt(c.malformed);
      out.numberYear = opt(c.numberYear);
      out.typeWord = opt(c.typeWord);
      out.numberMark = opt(c.numberMark);
      out.symbol = opt(c.symbol);
      out.number = opt(c.number);
      for (const k of ['malformed', 'numberYear', 'typeWord', 'numberMark', 'symbol', 'number'] as const) if (out[k] === undefined) delete out[k];
      return out;
    }),
  };
  return shifted;
}

/** The analysis without references to the document text (see AnalysisCache.analyze). */
function detach(a: BlockAnalysis): BlockAnalysis {
  const str = <T extends object>(x: T | undefined, keys: (keyof T)[]): T | undefined => {
    if (!x) return x;
    const copy = { ...x };
    for (const k of keys) if (typeof copy[k] === 'string') (copy[k] as unknown as string) = own(copy[k] as unknown as string);
    return copy;
  };
  return {
    block: a.block,
    folded: { ...a.folded, source: '' },
    mentions: a.mentions.map((m) => ({ ...m, text: own(m.text) })),
    citations: a.citations.map((c) => {
      const out = { ...c };
      if (c.typeWord) out.typeWord = str(c.typeWord, ['text'])!;
      if (c.numberMark) out.numberMark = str(c.numberMark, ['text'])!;
      if (c.symbol) out.symbol = str(c.symbol, ['text', 'number', 'code', 'issuer', 'year'])!;
      if (c.number) out.number = str(c.number, ['value'])!;
      if (c.numberYear) out.numberYear = str(c.numberYear, ['value'])!;
      if (c.malformed) out.malformed = str(c.malformed, ['written', 'canonical'])!;
      return out;
    }),
  };
}

/** What the cache needs of a finding: its ranges, and the strings to detach. */
interface ShiftableFinding {
  start: number;
  end: number;
  message: Message;
  fixes: { title: Message; edits: { start: number; end: number; newText: string }[]; preferred?: boolean }[];
  related?: { start: number; end: number; message: Message }[];
}

/** A rule's text with its strings detached (a message's parameters may be slices of the report). */
function ownText(t: Message): Message {
  return t.params ? { id: t.id, params: ownParams(t.params) } : t;
}
function ownParams(params: Record<string, Param>): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const [k, v] of Object.entries(params)) out[k] = ownParam(v);
  return out;
}
function ownParam(p: Param): Param {
  if (typeof p === 'string') return own(p);
  if (typeof p === 'number') return p;
  if ('list' in p) return { ...p, list: p.list.map(ownParam) };
  if ('message' in p) return { message: ownText(p.message) };
  if ('date' in p) return p;
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? own(v) : v]));
}

function shiftFinding<F extends ShiftableFinding>(f: F, d: number): F {
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, start: r.start + d, end: r.end + d })) } : {}),
  };
}

/** A new finding's strings replaced, in place, by detached shared copies (sharedCopy). */
function shareStrings(f: ShiftableFinding): void {
  f.message = ownText(f.message);
  for (const fix of f.fixes) {
    fix.title = ownText(fix.title);
    for (const e of fix.edits) e.newText = own(e.newText);
  }
  for (const r of f.related ?? []) r.message = ownText(r.message);
}
