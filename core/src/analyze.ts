// Reading one block: fold its prose, run the automaton once, and turn the raw matches
// into mentions (which entity, in which role, written how) and citations. Everything the
// rules need from a block is here, so a block's analysis can be cached and reused.

import { findCitations, type Citation, type TypeWordHit } from './citations/grammar';
import { resolveCitation } from './citations/resolve';
import { contentKey, sharedCopy as own, ParseCache, type Block } from './text/document';
import { BARRIER, Folder, fold, sourceRange, type FoldedText } from './text/fold';
import type { CompiledVocabulary, SurfaceForm } from './vocabulary/compile';
import type { DocumentType } from './types';

export interface Mention {
  /** Source range. */
  start: number;
  end: number;
  /** Folded range within the block. */
  foldedStart: number;
  foldedEnd: number;
  form: SurfaceForm;
  /** The text as written, NFC, whitespace collapsed. */
  text: string;
  /** A Vietnamese form written without (or with other) diacritics. */
  diacriticsDiffer: boolean;
  /** Other entities the same words name ("people-to-people diplomacy": a term and a pillar). */
  alternatives: SurfaceForm[];
}

/** The form of a mention that names something of this kind and id prefix, if any. */
export function formOf(m: Mention, kind: SurfaceForm['kind'], idPrefix = ''): SurfaceForm | undefined {
  if (m.form.kind === kind && m.form.id.startsWith(idPrefix)) return m.form;
  return m.alternatives.find((f) => f.kind === kind && f.id.startsWith(idPrefix));
}

export interface BlockAnalysis {
  block: Block;
  folded: FoldedText;
  mentions: Mention[];
  citations: Citation[];
}

/** The alternatives of most mentions: one shared empty list, not one per mention. */
const NO_ALTERNATIVES: SurfaceForm[] = Object.freeze([]) as unknown as SurfaceForm[];

const ROLE_RANK: Record<SurfaceForm['role'], number> = { wrong: 3, canonical: 1, variant: 2, short: 4, trigger: 5, 'type-word': 6 };

/** One folder for every block: result() copies out what it keeps. */
const folder = new Folder();

export function analyzeBlock(text: string, block: Block, vocab: CompiledVocabulary): BlockAnalysis {
  folder.reset();
  let previousEnd = -1;
  for (const piece of block.pieces) {
    if (piece.hardBefore) folder.barrier(piece.start);
    // Pieces on different lines, or around emphasis, are still one run of words.
    else if (previousEnd >= 0 && hasSpace(text, previousEnd, piece.start)) folder.space(piece.start);
    folder.append(text, piece.start, piece.end);
    previousEnd = piece.end;
  }
  const folded = folder.result();
  const raw = vocab.automaton.search(folded.text);

  const typeWords: TypeWordHit[] = [];
  const candidates: Mention[] = [];
  for (const match of raw) {
    const forms = vocab.forms.at(match.pattern)!;
    const [start, end] = sourceRange(folded, match.start, match.end);
    // Ð (Latin eth) set for Đ, as some Vietnamese typesetting does, is read as Đ.
    const written = withD(collapse(nfc(text.slice(start, end))));
    const writtenLower = written.toLowerCase();
    const applicable: { form: SurfaceForm; rank: number }[] = [];
    for (const form of forms) {
      if (form.role === 'type-word') {
        typeWords.push({ start: match.start, end: match.end, type: form.id as DocumentType, lang: form.lang ?? 'en' });
        continue;
      }
      const rank = rankForm(form, written, writtenLower, folded.text, match.start, match.end);
      if (rank !== undefined) applicable.push({ form, rank });
    }
    if (applicable.length === 0) continue;
    if (applicable.length > 1) applicable.sort((a, b) => a.rank - b.rank);
    const best = applicable[0]!.form;
    const diacriticsDiffer = best.lang === 'vi' && writtenLower !== formKeys(best).lower && formKeys(best).hasDiacritics;
    candidates.push({
      start, end, foldedStart: match.start, foldedEnd: match.end, form: best, text: written, diacriticsDiffer,
      alternatives: applicable.length > 1 ? applicable.slice(1).map((a) => a.form) : NO_ALTERNATIVES,
    });
  }

  const citations = findCitations(text, folded, dedupeTypeWords(typeWords));
  for (const c of citations) {
    const document = resolveCitation(c, vocab);
    if (document) c.document = document;
  }
  return { block, folded, mentions: leftmostLongest(candidates), citations };
}

/**
 * How well a form fits the text as written; lower is better, undefined when it does not
 * apply. Exact spelling beats case-insensitive beats diacritic-insensitive; a wrong form
 * tied to its context (unless_near) beats a correct name; otherwise correct names win.
 */
function rankForm(form: SurfaceForm, written: string, writtenLower: string, foldedText: string, fs: number, fe: number): number | undefined {
  const keys = formKeys(form);
  const exactCase = written === keys.written;
  const sameLetters = exactCase || writtenLower === keys.writtenLower;
  if (form.caseSensitive && !exactCase) return undefined;
  if (form.diacriticsStrict && !sameLetters) return undefined;
  // Lenient matching is for text typed without diacritics ("Bien Dong"). Text written with
  // other diacritics is another word ("biến động", volatility, is not "Biển Đông", the East
  // Sea); where the tone mark sits ("hoà"/"hòa") does not matter.
  if (!sameLetters && keys.hasDiacritics && markSignature(writtenLower) !== '' && markSignature(writtenLower) !== keys.marks) return undefined;
  let roleRank = ROLE_RANK[form.role];
  if (form.role === 'wrong' && form.wrong?.unless_near) {
    // Near the form: ten words either side, within its sentence ("UN Secretary-General", "Tổng
    // Thư ký Liên Hợp Quốc"); a word at the sentence's other end names something else.
    const [s, e] = sentenceBounds(foldedText, fs, fe);
    const near = `${lastWords(foldedText.slice(s, fs), 10)} ${foldedText.slice(fs, fe)} ${firstWords(foldedText.slice(fe, e), 10)}`;
    if (form.wrong.unless_near.some((w) => containsWord(near, fold(w)))) return undefined;
    roleRank = 0;
  }
  return (exactCase ? 0 : sameLetters ? 10 : 20) + roleRank;
}

function lastWords(text: string, n: number): string {
  return text.split(' ').slice(-n - 1).join(' ');
}

function firstWords(text: string, n: number): string {
  return text.split(' ').slice(0, n + 1).join(' ');
}

/** Overlapping mentions: keep the leftmost, and of those the longest. */
function leftmostLongest(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.foldedStart - b.foldedStart || b.foldedEnd - a.foldedEnd);
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.foldedStart < lastEnd) {
      // What an event or an agreement is named by stays readable inside a longer name
      // ("non-permanent member of the UN Security Council", a term): its form joins the
      // longer mention's alternatives.
      const outer = kept[kept.length - 1]!;
      // Only at the longer name's end, where what it is about stands ("member of the UN Security
      // Council"), not at its start ("UN peacekeeping forces" is not the UN).
      if ((m.form.kind === 'event' || m.form.kind === 'agreement') && m.foldedEnd === outer.foldedEnd && !formOf(outer, m.form.kind)) {
        outer.alternatives = [...outer.alternatives, m.form, ...m.alternatives.filter((f) => f.kind === m.form.kind)];
      }
      continue;
    }
    kept.push(m);
    lastEnd = m.foldedEnd;
  }
  return kept;
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

function dedupeTypeWords(hits: TypeWordHit[]): TypeWordHit[] {
  // "Resolution" and "Resolutions" both end in the same place only when equal; keep the longest per start.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || hits[i - 1]!.start !== h.start);
}

function collapse(s: string): string {
  // Most mentions have single spaces only: skip the expression for them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** What `\s` matches. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface FormKeys {
  /** The form as it is compared with the text as written (NFC, whitespace collapsed), and in lower case. */
  written: string;
  writtenLower: string;
  /** The form in lower case, and whether folding takes diacritics off it. */
  lower: string;
  hasDiacritics: boolean;
  /** The diacritics in order, wherever they sit on each syllable (see markSignature). */
  marks: string;
}

/** The Vietnamese diacritics of a text in order, with đ (or Ð) as one: "" for text without them. */
function markSignature(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x300 && c <= 0x36f) || ch === 'đ' || ch === 'ð' || ch === 'Đ' || ch === 'Ð') out += ch === 'ð' || ch === 'Ð' || ch === 'Đ' ? 'đ' : ch;
  }
  return out;
}

/** What every mention of a form is compared with, worked out once per form. */
const KEYS = new WeakMap<SurfaceForm, FormKeys>();
function formKeys(form: SurfaceForm): FormKeys {
  let k = KEYS.get(form);
  if (k === undefined) {
    const written = collapse(form.form.normalize('NFC'));
    const lower = form.form.toLowerCase();
    k = { written, writtenLower: written.toLowerCase(), lower, hasDiacritics: fold(form.form) !== lower, marks: markSignature(lower) };
    KEYS.set(form, k);
  }
  return k;
}

/** Ð/ð (U+00D0/U+00F0, Latin eth) as Đ/đ. */
function withD(s: string): string {
  return s.includes('Ð') || s.includes('ð') ? s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ') : s;
}

/** NFC of a short stretch, skipping the work for plain ASCII (most mentions in English reports). */
function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize('NFC');
  return s;
}

const ABBREVIATIONS = new Set(['no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'e.g', 'i.e', 'u.s', 'u.n', 'prof', 'gen', 'col', 'lt']);

/** The sentence of the folded block text around [start, end). */
export function sentenceAround(f: string, start: number, end: number): string {
  const [s, e] = sentenceBounds(f, start, end);
  return f.slice(s, e);
}

/**
 * Longest stretch, on each side of a mention, taken as its sentence. Real sentences are far
 * shorter; the bound keeps every sentence-level rule constant-time per mention even in a
 * text with no full stops (a 1 MB line would otherwise make them quadratic).
 */
const SENTENCE_REACH = 400;

export function sentenceBounds(f: string, start: number, end: number): [number, number] {
  let s = start;
  const minS = Math.max(0, start - SENTENCE_REACH);
  while (s > minS && !isSentenceEnd(f, s - 1)) s--;
  let e = end;
  const maxE = Math.min(f.length, end + SENTENCE_REACH);
  while (e < maxE && !isSentenceEnd(f, e)) e++;
  return [s, e];
}

/** The mentions of a block whose folded range lies within [s, e) (mentions are sorted by start). */
export function mentionsBetween(mentions: Mention[], s: number, e: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.foldedStart < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.foldedStart < e; i++) if (mentions[i]!.foldedEnd <= e) out.push(mentions[i]!);
  return out;
}

function isSentenceEnd(f: string, i: number): boolean {
  const c = f[i];
  if (c === BARRIER) return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (i + 1 < f.length && f[i + 1] !== ' ' && f[i + 1] !== BARRIER) return false;
  if (c === '.') {
    let w = i;
    while (w > 0 && f[w - 1] !== ' ') w--;
    if (ABBREVIATIONS.has(f.slice(w, i))) return false;
  }
  return true;
}

export function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const k = haystack.indexOf(word, from);
    if (k < 0) return false;
    const before = k === 0 ? ' ' : haystack[k - 1]!;
    const after = k + word.length >= haystack.length ? ' ' : haystack[k + word.length]!;
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = k + 1;
  }
}

/** Years written in the sentence around [start, end), outside document symbols ("In 2021, …"). */
export function yearsInSentence(analysis: BlockAnalysis, start: number, end: number): number[] {
  const f = analysis.folded.text;
  const [s, e] = sentenceBounds(f, start, end);
  const years: number[] = [];
  // A bare year, or the year of a written date (1/11/2024), but not a number inside a symbol.
  const re = /(?:(?<![\d/.-])|(?<=(?:^|[^\d/])\d{1,2}\/\d{1,2}\/))(1[89]\d{2}|20\d{2})(?![\d/-])/g;
  re.lastIndex = s;
  // Searched up to the sentence's end and the five characters a year starting before it reads
  // (a cheap slice, not a copy): on the whole block, the search would run on to the next year
  // wherever it is, for every mention.
  const upTo = f.slice(0, Math.min(f.length, e + 5));
  for (let m = re.exec(upTo); m && m.index < e; m = re.exec(upTo)) {
    const at = m.index;
    if (analysis.citations.some((c) => c.symbol && at >= c.foldedStart && at < c.foldedEnd)) continue;
    years.push(Number(m[1]));
  }
  return years;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The dates written in the sentence around [start, end), as precise as written: "in November
 * 2006" is that month, "9/1/2023" that day, "2019" the year (see yearsInSentence).
 */
export function datesInSentence(analysis: BlockAnalysis, start: number, end: number): { start: string; end: string }[] {
  const f = analysis.folded.text;
  const [s, e] = sentenceBounds(f, start, end);
  const out: { start: string; end: string }[] = [];
  const re = /(?:(?<![\d/.-])|(?<=(?:^|[^\d/])\d{1,2}\/\d{1,2}\/)|(?<=(?:^|[^\d/])\d{1,2}\/))(1[89]\d{2}|20\d{2})(?![\d/-])/g;
  re.lastIndex = s;
  const upTo = f.slice(0, Math.min(f.length, e + 5));
  const pad = (n: number): string => String(n).padStart(2, '0');
  for (let m = re.exec(upTo); m && m.index < e; m = re.exec(upTo)) {
    const at = m.index;
    if (analysis.citations.some((c) => c.symbol && at >= c.foldedStart && at < c.foldedEnd)) continue;
    const y = Number(m[1]);
    const before = f.slice(Math.max(s, at - 24), at);
    let month: number | undefined;
    let day: number | undefined;
    const dmy = /(?:^|[^\d])(\d{1,2})\/(\d{1,2})\/$/.exec(before);
    const my = /(?:^|[^\d/])(\d{1,2})\/$/.exec(before);
    const named = /(?:(\d{1,2}) )?(january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{1,2}))?,? $/.exec(before);
    const thang = /thang (\d{1,2}) nam $/.exec(before);
    if (dmy) [day, month] = [Number(dmy[1]), Number(dmy[2])];
    else if (my) month = Number(my[1]);
    else if (named) [month, day] = [MONTH_NAMES.indexOf(named[2]!) + 1, named[1] ? Number(named[1]) : named[3] ? Number(named[3]) : undefined];
    else if (thang) month = Number(thang[1]);
    if (month === undefined || month < 1 || month > 12) out.push({ start: `${y}-01-01`, end: `${y}-12-31` });
    else if (day !== undefined && day >= 1 && day <= 31) out.push({ start: `${y}-${pad(month)}-${pad(day)}`, end: `${y}-${pad(month)}-${pad(day)}` });
    else out.push({ start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${pad(daysIn(y, month))}` });
  }
  return out;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether one of `words` (folded) ends right before folded offset `at`, skipping "the". */
export function precededBy(f: string, at: number, words: string[]): boolean {
  const before = f.slice(Math.max(0, at - 40), at).replace(/\bthe $/, '').trimEnd();
  return words.some((w) => before === w || before.endsWith(` ${w}`) || before.endsWith(`(${w}`));
}

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
    start: m.start + d, end: m.end + d, foldedStart: m.foldedStart, foldedEnd: m.foldedEnd,
    form: m.form, text: m.text, diacriticsDiffer: m.diacriticsDiffer, alternatives: m.alternatives,
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
  message: string;
  fixes: { title: string; edits: { start: number; end: number; newText: string }[]; preferred?: boolean }[];
  related?: { start: number; end: number; message: string }[];
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
  f.message = own(f.message);
  for (const fix of f.fixes) {
    fix.title = own(fix.title);
    for (const e of fix.edits) e.newText = own(e.newText);
  }
  for (const r of f.related ?? []) r.message = own(r.message);
}
