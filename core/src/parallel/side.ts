// One side of a pair, read for comparison: its blocks (heading, list item, paragraph) cut into
// sentences, and in each sentence what does not depend on the language it is written in —
// numbers, dates, document symbols, the vocabulary's entities, Vietnamese personal names.

import type { BlockAnalysis, Mention } from '../analysis/mentions';
import { isSentenceEnd } from '../analysis/sentences';
import { symbolKey, type EntityKind, type FormRole } from '../vocabulary/compile';
import { fold, sourceRange } from '../text/fold';
import type { ReportDocument } from '../text/document';
import type { Lang } from '../types';
import { datesIn, numbersIn, numberWordsIn, romanValue, type DateValue, type NumberValue } from './quantities';

export type BlockKind = 'heading' | 'item' | 'paragraph';

interface Located {
  /** Source range. */
  start: number;
  end: number;
  /** As written. */
  text: string;
}

export interface NumberAnchor extends Located {
  n: NumberValue;
  numeral: { start: number; end: number };
}
export interface DateAnchor extends Located {
  d: DateValue;
  /** Source ranges of the written components. */
  spans: { y?: [number, number]; m?: [number, number]; d?: [number, number] };
  monthName: boolean;
}
export interface CitationAnchor extends Located {
  /** The document's id, or the symbol's key when the vocabulary does not know it. */
  key: string;
  /** The symbol as it should be written. */
  symbol: string;
  symbolRange: { start: number; end: number };
}
export interface EntityAnchor extends Located {
  kind: EntityKind;
  id: string;
  role: FormRole;
  /** Every entity the words may name (`kind:id`), the first the mention's own. */
  keys: string[];
}
/** A Vietnamese personal name the vocabulary does not know (a run of capitalised syllables from a surname). */
export interface NameAnchor extends Located {
  key: string;
}

export interface Sentence {
  index: number;
  block: number;
  start: number;
  end: number;
  /** Letters and digits in it: what length-based alignment measures. */
  length: number;
  numbers: NumberAnchor[];
  dates: DateAnchor[];
  citations: CitationAnchor[];
  entities: EntityAnchor[];
  names: NameAnchor[];
  /** Its anchors as alignment keys, computed once (compare.ts). */
  anchorKeys?: string[];
}

export interface SideBlock {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
  sentences: Sentence[];
  length: number;
}

export interface PairSide {
  text: string;
  lang: Lang;
  blocks: SideBlock[];
  sentences: Sentence[];
}

/** What a checked report gives the pair check: its text, model and block analyses. */
export interface AnalysedReport {
  text: string;
  document: ReportDocument;
  blocks: BlockAnalysis[];
}

// Vietnamese surnames, with their diacritics: in Vietnamese text "Trương" is a surname and
// "Trưởng" (head of) is not, "Đặng" is and "Đảng" (the Party) is not; English text writes them
// without diacritics, and is matched folded.
const SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Trương Đinh Lương Mai Lâm Đào Hà Cao Thái Tạ Vương Quách Lưu Chu Đoàn Trịnh Kiều Hầu Tống La Khuất Nông Lại Giang Kim Tôn Triệu Mạc Thạch Âu Diệp Phùng Ninh Lục Từ Thân'.split(
    ' ',
  ),
);
const FOLDED_SURNAMES = new Set([...SURNAMES].map((x) => fold(x)));

function isSurname(word: string): boolean {
  // Written with letters outside ASCII: Vietnamese, compared with its diacritics.
  return /[^\x00-\x7f]/.test(word) ? SURNAMES.has(word.normalize('NFC')) : FOLDED_SURNAMES.has(word.toLowerCase());
}

/**
 * Sentences read, by block text and place: a pair compared again after an edit reads only the
 * blocks the edit touched (the analyses of the others are equal, though not always the same
 * objects). Their `index` and `block` are set by each reading. Cleared when it grows past a bound.
 */
const sentencesRead = new Map<string, Sentence[]>();
const SENTENCES_KEPT = 50_000;

export function readSide(report: AnalysedReport, declared?: Lang): PairSide {
  const lang = declared ?? report.document.frontMatter?.lang ?? majorityLang(report.document);
  const blocks: SideBlock[] = [];
  const sentences: Sentence[] = [];
  for (const a of report.blocks) {
    const block: SideBlock = { index: blocks.length, kind: kindOf(report.text, a.block.start), start: a.block.start, end: a.block.end, sentences: [], length: 0 };
    const key = `${lang}:${a.block.start}:${a.block.end}:${a.folded.text}`;
    let read = sentencesRead.get(key);
    if (!read) {
      if (sentencesRead.size > SENTENCES_KEPT) sentencesRead.clear();
      read = sentenceRanges(a.folded.text)
        .map(([fs, fe]) => readSentence(report.text, a, fs, fe, lang))
        .filter((s) => s.length > 0);
      sentencesRead.set(key, read);
    }
    for (const s of read) {
      s.index = sentences.length;
      s.block = block.index;
      block.sentences.push(s);
      sentences.push(s);
      block.length += s.length;
    }
    if (block.sentences.length > 0) blocks.push(block);
  }
  return { text: report.text, lang, blocks, sentences };
}

function majorityLang(doc: ReportDocument): Lang {
  let vi = 0;
  for (const b of doc.blocks) vi += b.lang === 'vi' ? b.end - b.start : -(b.end - b.start);
  return vi > 0 ? 'vi' : 'en';
}

function kindOf(text: string, start: number): BlockKind {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (/^ {0,3}#{1,6}[ \t]/.test(prefix)) return 'heading';
  if (/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(prefix)) return 'item';
  return 'paragraph';
}

/** Sentence ranges of a block's folded text. */
function sentenceRanges(f: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < f.length; i++) {
    if (isSentenceEnd(f, i) && /[.!?]/.test(f[i]!)) {
      // A closing quote or bracket belongs to the sentence it closes.
      let e = i + 1;
      while (e < f.length && /["'”’)\]]/.test(f[e]!)) e++;
      out.push([s, e]);
      s = e;
    }
  }
  if (s < f.length) out.push([s, f.length]);
  return out
    .map(([a, b]): [number, number] => {
      while (a < b && /[\s\u0001]/.test(f[a]!)) a++;
      while (b > a && /[\s\u0001]/.test(f[b - 1]!)) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
}

function readSentence(text: string, a: BlockAnalysis, fs: number, fe: number, lang: Lang): Sentence {
  const f = a.folded.text;
  const src = (s: number, e: number): [number, number] => sourceRange(a.folded, s, e);
  const at = (s: number, e: number): Located => {
    const [x, y] = src(s, e);
    return { start: x, end: y, text: text.slice(x, y) };
  };
  const [start, end] = src(fs, fe);
  let length = 0;
  for (let i = fs; i < fe; i++) if (/[\p{L}\p{N}]/u.test(f[i]!)) length++;

  const citations: CitationAnchor[] = [];
  const symbolRanges: [number, number][] = [];
  for (const c of a.citations) {
    if (c.foldedStart < fs || c.foldedStart >= fe || c.foldedEnd > fe + 1 || c.foreign) continue;
    if (!c.symbol && !c.document) continue;
    const written = c.symbol ? text.slice(c.symbol.start, c.symbol.end) : '';
    const canonical = c.malformed?.canonical ?? c.document?.symbol ?? written;
    const symbolRange = c.symbol ? { start: c.symbol.start, end: c.symbol.end } : { start: c.start, end: c.end };
    citations.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), key: c.document?.id ?? symbolKey(canonical), symbol: canonical, symbolRange });
    symbolRanges.push([c.foldedStart, c.foldedEnd]);
  }
  const inSymbol = (s: number, e: number): boolean => symbolRanges.some(([x, y]) => s < y && e > x);

  const dates: DateAnchor[] = [];
  const dateRanges: [number, number][] = [];
  for (const d of datesIn(f, fs, fe, inSymbol)) {
    dateRanges.push([d.start, d.end]);
    const sp = (r?: [number, number]): [number, number] | undefined => (r ? src(r[0], r[1]) : undefined);
    dates.push({ ...at(d.start, d.end), d, spans: { y: sp(d.spans.y), m: sp(d.spans.m), d: sp(d.spans.d) }, monthName: !!d.spans.monthName });
  }
  const inDate = (s: number, e: number): boolean => inSymbol(s, e) || dateRanges.some(([x, y]) => s < y && e > x);

  const numbers: NumberAnchor[] = [];
  const originalAt = (s: number, e: number): string => {
    const [x, y] = src(s, e);
    return text.slice(x, y);
  };
  for (const n of [...numbersIn(f, fs, fe, lang, inDate), ...numberWordsIn(f, fs, fe, lang, originalAt)]) {
    const [ns, ne] = src(n.numeral.start, n.numeral.end);
    numbers.push({ ...at(n.start, n.end), n, numeral: { start: ns, end: ne } });
  }
  // Ordinals in Roman numerals, written in capitals: "Đại hội XIII", "khóa XV", "the XIII Congress".
  const [ss, se] = [start, end];
  for (const m of text.slice(ss, se).matchAll(/(?<![\p{L}\p{N}])([IVXL]{2,7})(?![\p{L}\p{N}])/gu)) {
    const value = romanValue(m[1]!);
    if (value === undefined) continue;
    const s = ss + m.index!;
    const e = s + m[1]!.length;
    numbers.push({
      start: s,
      end: e,
      text: m[1]!,
      n: { start: 0, end: 0, value, percent: false, scale: 1, numeral: { start: 0, end: 0 }, soft: false },
      numeral: { start: s, end: e },
    });
  }
  numbers.sort((x, y) => x.start - y.start);

  const entities: EntityAnchor[] = [];
  for (const m of a.mentions) {
    if (m.foldedStart < fs || m.foldedStart >= fe) continue;
    const e = entityOf(m);
    if (e) entities.push(e);
  }
  const names = namesIn(text, start, end, entities);
  return { index: 0, block: 0, start, end, length, numbers, dates, citations, entities, names };
}

function entityOf(m: Mention): EntityAnchor | undefined {
  const kind = m.form.kind;
  if (kind === 'citation') return undefined;
  const keys = [`${kind}:${m.form.id}`, ...m.alternatives.filter((x) => x.kind !== 'citation').map((x) => `${x.kind}:${x.id}`)];
  return { start: m.start, end: m.end, text: m.text, kind, id: m.form.id, role: m.form.role, keys };
}

/** Vietnamese personal names the vocabulary does not know: from a surname, two to four capitalised syllables. */
function namesIn(text: string, start: number, end: number, entities: EntityAnchor[]): NameAnchor[] {
  const out: NameAnchor[] = [];
  const run = /\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)+/gu;
  for (const m of text.slice(start, end).matchAll(run)) {
    const words = m[0].split(' ');
    let offset = start + m.index!;
    for (let i = 0; i < words.length; i++) {
      if (isSurname(words[i]!) && i + 1 < words.length) {
        const taken = words.slice(i, Math.min(words.length, i + 4));
        const s = offset;
        const e = s + taken.join(' ').length;
        if (!entities.some((x) => x.kind === 'person' && s < x.end && e > x.start)) out.push({ start: s, end: e, text: text.slice(s, e), key: fold(text.slice(s, e)) });
        break;
      }
      offset += words[i]!.length + 1;
    }
  }
  return out;
}
