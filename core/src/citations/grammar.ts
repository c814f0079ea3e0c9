// The citation grammar: a small hand-written reader, not a pile of regular expressions.
//
//   citation   := type-word [number-mark] (symbol | number) [term-qualifier]
//   number-mark:= "No." | "No" | "Nos." | "number" | "số"
//   symbol     := party-symbol | state-symbol
//   party      := NUMBER "-" CODE "/" ISSUER               34-NQ/TW, 01-ĐA/TW
//   state      := NUMBER "/" YEAR "/" CODE "-" ISSUER       30/2020/NĐ-CP
//              |  NUMBER "/" YEAR "/" "QH" LEGISLATURE      81/2025/QH15
//              |  NUMBER "/" CODE "-" ISSUER                123/QĐ-TTg
//   qualifier  := "(Session VI)" | "(khóa VI)"
//
// It reads the folded text of a block (lower case, no diacritics, single spaces) and
// takes symbols from the source text, so that their case and Đ are kept.

import { BARRIER, sourceRange, type FoldedText } from '../text/fold';
import type { DocumentEntry } from '../vocabulary/model';
import type { DocumentType, Lang } from '../types';
import { typesForCode } from '../vocabulary/documentTypes';

export interface SymbolToken {
  start: number;
  end: number;
  /** As written, NFC. */
  text: string;
  kind: 'party' | 'state';
  number: string;
  code: string;
  issuer: string;
  year?: string;
}

export interface Citation {
  /** Source range of the whole citation. */
  start: number;
  end: number;
  /** Folded range within the block (for sentence-level rules). */
  foldedStart: number;
  foldedEnd: number;
  /** The symbol as it should be written, when it is written otherwise ("34/NQ-TW" → "34-NQ/TW"). */
  malformed?: { start: number; end: number; written: string; canonical: string };
  /** A year written with the number ("Directive 32/2019"). */
  numberYear?: { start: number; end: number; value: string };
  typeWord?: { start: number; end: number; type: DocumentType; text: string; lang: Lang };
  numberMark?: { start: number; end: number; text: string; spaceAfter: boolean };
  symbol?: SymbolToken;
  /** A bare number ("Resolution 34"). */
  number?: { start: number; end: number; value: string };
  partyTerm?: number;
  /** The document belongs to another organisation (UN, EU, ASEAN…): never a Party citation. */
  foreign: boolean;
  /** The vocabulary document it names, set when the block is analysed (see citations/resolve.ts). */
  document?: DocumentEntry;
}

export interface TypeWordHit {
  /** Folded range. */
  start: number;
  end: number;
  type: DocumentType;
  lang: Lang;
}

const NUMBER_MARKS = ['no.', 'nos.', 'no:', 'no', 'number', 'so', 'n°', 'n.'];

const FOREIGN_MARKERS = [
  'un',
  'u.n.',
  'united nations',
  'security council',
  'general assembly',
  'unsc',
  'unga',
  'eu',
  'european',
  'asean',
  'unesco',
  'nato',
  'who',
  'imf',
  'wto',
  'iaea',
  'ilo',
  'lien hop quoc',
  'hoi dong bao an',
  'dai hoi dong',
  'lien minh chau au',
  'ipu',
  'aipa',
  'apec',
];

/** A type code in upper case, with Ð (Latin eth, used by some typesetting for Đ) read as Đ. */
const upperCode = (code: string): string => code.toUpperCase().replace(/Ð/g, 'Đ');

const PARTY = /^(\d{1,4})-([A-Za-zĐđÐð]{1,4})\/([A-Za-zĐđÐð]{1,8}\d{0,2})$/;
const STATE_FULL = /^(\d{1,5})\/(\d{4})\/([A-Za-zĐđÐð]{1,4})-([A-Za-zĐđÐð]{1,6}\d{0,2})$/;
const STATE_LAW = /^(\d{1,5})\/(\d{4})\/(QH)(\d{1,2})$/i;
const STATE_SHORT = /^(\d{1,5})\/([A-Za-zĐđÐð]{1,4})-([A-Za-zĐđÐð]{1,6})$/;

/** Reads a symbol token as written; undefined when it is not a Party or State symbol. */
export function parseSymbol(text: string): Omit<SymbolToken, 'start' | 'end'> | undefined {
  let m = PARTY.exec(text);
  if (m) {
    if (typesForCode(upperCode(m[2]!)).length === 0) return undefined;
    return { text, kind: 'party', number: m[1]!, code: upperCode(m[2]!), issuer: m[3]!.toUpperCase() };
  }
  m = STATE_FULL.exec(text);
  if (m) return { text, kind: 'state', number: m[1]!, year: m[2]!, code: upperCode(m[3]!), issuer: m[4]! };
  m = STATE_LAW.exec(text);
  if (m) return { text, kind: 'state', number: m[1]!, year: m[2]!, code: 'QH', issuer: `QH${m[4]!}` };
  m = STATE_SHORT.exec(text);
  // "34/NQ-TW" is a Party symbol written wrong, not a State one.
  if (m && m[3]!.toUpperCase() !== 'TW') return { text, kind: 'state', number: m[1]!, code: upperCode(m[2]!), issuer: m[3]! };
  return undefined;
}

/**
 * A Party symbol written loosely: spaces around the separators, the separators swapped or
 * doubled, the slash missing ("34 - NQ/TW", "34/NQ-TW", "34-NQ-TW", "34-NQTW"). Reads a
 * bounded window of the folded text, so the cost per position is constant.
 */
const LOOSE_PARTY = /^(\d{1,4}) ?([-/\u2013]) ?([a-z]{2,3}) ?([-/\u2013]?) ?(tw)(?![a-z0-9])/;

function readLooseParty(f: string, i: number): { end: number; number: string; code: string } | undefined {
  const m = LOOSE_PARTY.exec(f.slice(i, i + 20));
  if (!m) return undefined;
  const code = m[3]!;
  if (typesForCode(code).length === 0) return undefined;
  // "34-NQTW": without a separator the code must still be a known one followed by TW.
  return { end: i + m[0].length, number: m[1]!, code };
}

function isTokenCode(c: number): boolean {
  // digits, ascii letters, '/', '-', and folded đ (already d)
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 47 || c === 45;
}

/** A digit that starts a token (not preceded by a token character). */
const TOKEN_DIGIT = /(?<![0-9a-z/-])[0-9]/g;

/** Where the next digit starting a token lies at or after `from`, or -1. */
function nextTokenDigit(f: string, from: number): number {
  TOKEN_DIGIT.lastIndex = from;
  return TOKEN_DIGIT.exec(f)?.index ?? -1;
}

/** Reads the token that starts at folded offset `i`: [start, end) in folded text. */
function readToken(f: string, i: number): [number, number] {
  let j = i;
  while (j < f.length && isTokenCode(f.charCodeAt(j))) j++;
  while (j > i && (f[j - 1] === '-' || f[j - 1] === '/')) j--;
  return [i, j];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
/** A Party term or congress ordinal written in Roman (folded: "xiii") or Arabic numerals. */
export function roman(s: string): number | undefined {
  if (!/^[ivxl]+$/.test(s)) return /^\d{1,2}$/.test(s) ? Number(s) : undefined;
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]!]!;
    const next = ROMAN[s[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function findCitations(source: string, folded: FoldedText, typeWords: TypeWordHit[]): Citation[] {
  const f = folded.text;
  const citations: Citation[] = [];
  const covered = new Set<number>();
  const src = (a: number, b: number): [number, number] => sourceRange(folded, a, b);

  for (const hit of typeWords) {
    let i = hit.end;
    if (f[i] === ' ') i++;
    let mark: [number, number] | undefined;
    let markSpace = true;
    for (const m of NUMBER_MARKS) {
      if (f.startsWith(m, i)) {
        const after = i + m.length;
        const next = f.charCodeAt(after);
        // "no" must be a word of its own; "No.32" has no space after the mark.
        if (m.endsWith('.') || m.endsWith(':') || m.endsWith('°') || next === 32) {
          mark = [i, after];
          i = after;
          markSpace = f[i] === ' ';
          if (markSpace) i++;
          break;
        }
      }
    }
    if (!/[0-9]/.test(f[i] ?? '')) continue;
    let [ts, te] = readToken(f, i);
    let loose: ReturnType<typeof readLooseParty>;
    let [sStart, sEnd] = src(ts, te);
    let tokenText = source.slice(sStart, sEnd).normalize('NFC');
    if (!parseSymbol(tokenText)) {
      // "34/NQ-TW", or a bare number that is really "12 - CT/TW" with spaces.
      loose = readLooseParty(f, i);
      if (loose && loose.end <= te && /^\d{1,5}(\/\d{4})?$/.test(tokenText)) loose = undefined;
      if (loose) {
        [ts, te] = [i, loose.end];
        [sStart, sEnd] = src(ts, te);
        tokenText = source.slice(sStart, sEnd).normalize('NFC');
      }
    }
    const typeRange = src(hit.start, hit.end);
    const citation: Citation = {
      start: typeRange[0],
      end: sEnd,
      foldedStart: hit.start,
      foldedEnd: te,
      typeWord: { start: typeRange[0], end: typeRange[1], type: hit.type, text: source.slice(typeRange[0], typeRange[1]).normalize('NFC'), lang: hit.lang },
      foreign: false,
    };
    if (mark) {
      const [ms, me] = src(mark[0], mark[1]);
      citation.numberMark = { start: ms, end: me, text: source.slice(ms, me), spaceAfter: markSpace };
    }
    const numberYear = /^(\d{1,4})\/((?:19|20)\d{2})$/.exec(tokenText);
    if (/^\d{1,5}$/.test(tokenText)) {
      citation.number = { start: sStart, end: sEnd, value: tokenText };
    } else if (numberYear) {
      // "Directive 32/2019": number and year, as Vietnamese media write Party documents.
      citation.number = { start: sStart, end: sStart + numberYear[1]!.length, value: numberYear[1]! };
      citation.numberYear = { start: sEnd - 4, end: sEnd, value: numberYear[2]! };
    } else if (loose) {
      const symbol = looseSymbol(tokenText, loose, sStart, sEnd);
      citation.symbol = symbol;
      citation.malformed = { start: sStart, end: sEnd, written: tokenText, canonical: symbol.text };
    } else {
      const symbol = parseSymbol(tokenText);
      if (!symbol) {
        // 2011/83/EU, 2334(2016), S/RES/…: another organisation's numbering.
        citation.foreign = true;
        citations.push(citation);
        for (let k = ts; k < te; k++) covered.add(k);
        continue;
      }
      citation.symbol = { ...symbol, start: sStart, end: sEnd };
    }
    for (let k = ts; k < te; k++) covered.add(k);
    // "(Session VI)", "(khóa VI)" after a number or symbol.
    const q = /^ ?\((?:session|khoa|term) ([ivxl]+|\d{1,2})\)/.exec(f.slice(te, te + 24));
    if (q) {
      citation.partyTerm = roman(q[1]!);
      citation.end = src(te, te + q[0].length)[1];
      citation.foldedEnd = te + q[0].length;
    }
    citation.foreign = isForeign(f, hit.start, te, citation);
    citations.push(citation);
  }

  // Symbols written without a type word: "…under 34-NQ/TW, the Politburo…".
  // The expression engine skips to each digit that starts a token: most of a block has none.
  // The search resumes one past where the last token (or loose symbol) ended.
  for (let m = nextTokenDigit(f, 0); m >= 0;) {
    const start = m;
    const [ts, te] = readToken(f, start);
    m = nextTokenDigit(f, te + 1);
    if (covered.has(ts)) continue;
    const [sStart, sEnd] = src(ts, te);
    const written = source.slice(sStart, sEnd).normalize('NFC');
    const symbol = te - ts >= 4 && /[-/]/.test(f.slice(ts, te)) ? parseSymbol(written) : undefined;
    if (symbol) {
      if (symbol.kind === 'state' && !symbol.year && typesForCode(symbol.code).length === 0) continue;
      citations.push({ start: sStart, end: sEnd, foldedStart: ts, foldedEnd: te, symbol: { ...symbol, start: sStart, end: sEnd }, foreign: false });
      continue;
    }
    const loose = readLooseParty(f, start);
    if (!loose) continue;
    const [ls, le] = src(start, loose.end);
    const looseText = source.slice(ls, le).normalize('NFC');
    const fixed = looseSymbol(looseText, loose, ls, le);
    citations.push({
      start: ls,
      end: le,
      foldedStart: start,
      foldedEnd: loose.end,
      symbol: fixed,
      malformed: { start: ls, end: le, written: looseText, canonical: fixed.text },
      foreign: false,
    });
    m = nextTokenDigit(f, loose.end + 1);
  }
  citations.sort((a, b) => a.start - b.start);
  return citations;
}

/** The symbol a loosely written one stands for, keeping the writer's code (ĐA or DA). */
function looseSymbol(written: string, loose: { number: string; code: string }, start: number, end: number): SymbolToken {
  const m = /\d+\s*[-/]\s*([A-Za-zĐđÐð]+)/.exec(written);
  const code = (m?.[1]?.slice(0, loose.code.length) ?? loose.code).toUpperCase();
  const text = `${loose.number}-${code}/TW`;
  return { start, end, text, kind: 'party', number: loose.number, code, issuer: 'TW' };
}

/** Whether the words around a citation name another organisation as its issuer. */
function isForeign(f: string, start: number, end: number, citation: Citation): boolean {
  if (citation.symbol?.kind === 'party') return false;
  if (citation.number && citation.number.value.length >= 4) return true;
  const before = f.slice(Math.max(0, start - 40), start);
  const after = f.slice(end, end + 48);
  const window = ` ${lastClause(before)} ${firstClause(after)} `;
  return FOREIGN_MARKERS.some((m) => window.includes(` ${m} `) || window.includes(` ${m}'s `) || window.includes(`(${m})`));
}

function lastClause(s: string): string {
  const k = Math.max(s.lastIndexOf('. '), s.lastIndexOf(BARRIER), s.lastIndexOf('; '));
  return (k >= 0 ? s.slice(k + 1) : s).replace(/[,()]/g, ' ');
}

function firstClause(s: string): string {
  const ends = ['. ', BARRIER, '; '].map((x) => s.indexOf(x)).filter((k) => k >= 0);
  return (ends.length ? s.slice(0, Math.min(...ends)) : s).replace(/[,()]/g, ' ');
}
