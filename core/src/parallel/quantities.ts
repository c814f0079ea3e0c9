// Numbers, dates and ordinals as the two languages write them, read into values that compare
// across them: "5,5%" (vi) = "5.5%" (en), "1.000" (vi) = "1,000" (en), "2 triệu" = "2 million",
// "ngày 9 tháng 1 năm 2023" = "9/1/2023" = "January 9, 2023", "Đại hội XIII" = "13th Congress".
// Reads a sentence's folded text (lower case, no diacritics); every pattern is bounded.

import { roman } from '../citations/format';
import { fold } from '../text/fold';
import type { Lang } from '../types';

/** A number as written, with its value. `soft`: a word ("three", "ba") that may match a digit but is never reported. */
export interface NumberValue {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  /** The scale word's factor ("million": 1e6), 1 without one. */
  scale: number;
  /** Where the digits are (what a fix rewrites). */
  numeral: { start: number; end: number };
  soft: boolean;
}

/** A date as precise as written: a year, a month of a year, a day, or a day of a month with no year. */
export interface DateValue {
  start: number;
  end: number;
  y?: number;
  m?: number;
  d?: number;
  /** Where each written component is, and whether the month is a name. */
  spans: { y?: [number, number]; m?: [number, number]; d?: [number, number]; monthName?: boolean };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const YEAR = '((?:19|20)\\d{2})';

function monthOf(name: string): number {
  const i = MONTHS.findIndex((m) => m.startsWith(name.replace(/\.$/, '').slice(0, 3)));
  return i + 1;
}

interface DatePattern {
  re: RegExp;
  /** Group numbers of day, month and year (0: absent). */
  d: number;
  m: number;
  y: number;
  monthName?: boolean;
}

/** Two days of one month: "từ ngày 5 đến ngày 7/5/2025", "10-11/9/2023", "May 5 to 7, 2025", "7–8 May 2025". */
const RANGE_PATTERNS: { re: RegExp; d1: number; d2: number; m: number; y: number; monthName?: boolean }[] = [
  { re: new RegExp(`(?<![\\d/.])(?:ngay )?(\\d{1,2}) ?(?:den|-|–|va) ?(?:ngay )?(\\d{1,2})[/-](\\d{1,2})[/-]${YEAR}(?!\\d)`, 'g'), d1: 1, d2: 2, m: 3, y: 4 },
  {
    re: new RegExp(`(?<![\\p{L}])${MONTH} (\\d{1,2})(?:st|nd|rd|th)? ?(?:to|-|–|and) ?(\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}(?!\\d)`, 'gu'),
    m: 1,
    d1: 2,
    d2: 3,
    y: 4,
    monthName: true,
  },
  {
    re: new RegExp(`(?<![\\d/.])(\\d{1,2})(?:st|nd|rd|th)? ?(?:to|-|–|and) ?(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? ${YEAR}(?!\\d)`, 'g'),
    d1: 1,
    d2: 2,
    m: 3,
    y: 4,
    monthName: true,
  },
];

// Most specific first: a span read by one pattern is not read again by a later one.
const DATE_PATTERNS: DatePattern[] = [
  { re: new RegExp(`ngay (\\d{1,2}) thang (\\d{1,2}),? nam ${YEAR}(?!\\d)`, 'g'), d: 1, m: 2, y: 3 },
  { re: new RegExp(`(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}(?!\\d)`, 'g'), d: 1, m: 2, y: 3 },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH},? ${YEAR}(?!\\d)`, 'g'), d: 1, m: 2, y: 3, monthName: true },
  { re: new RegExp(`(?<![\\p{L}])${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}(?!\\d)`, 'gu'), m: 1, d: 2, y: 3, monthName: true },
  { re: new RegExp(`thang (\\d{1,2})(?: nam |[/-])${YEAR}(?!\\d)`, 'g'), d: 0, m: 1, y: 2 },
  { re: new RegExp(`(?<![\\p{L}])${MONTH},? (?:of )?${YEAR}(?!\\d)`, 'gu'), d: 0, m: 1, y: 2, monthName: true },
  { re: new RegExp(`(?<![\\d/.,])(\\d{1,2})/${YEAR}(?![\\d/])`, 'g'), d: 0, m: 1, y: 2 },
  { re: /ngay (\d{1,2}) thang (\d{1,2})(?![\d/])/g, d: 1, m: 2, y: 0 },
  { re: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/])/g, d: 1, m: 2, y: 0 },
  // A month alone: "in December", "tháng 12".
  { re: new RegExp(`(?<=(?:^|[^\\p{L}])(?:in|since|until|by|from|of|during|early|late|mid-) )${MONTH}(?![\\p{L}]| \\d)`, 'gu'), d: 0, m: 1, y: 0, monthName: true },
  { re: /(?<![\p{L}])thang (\d{1,2})(?![\d/]| nam \d)/gu, d: 0, m: 1, y: 0 },
  { re: /ngay (\d{1,2})[/-](\d{1,2})(?![\d/])/g, d: 1, m: 2, y: 0 },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?![\\p{L}])`, 'gu'), d: 1, m: 2, y: 0, monthName: true },
  { re: new RegExp(`(?<![\\p{L}])(?:on |since |from |until |by |before |after )${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])`, 'gu'), m: 1, d: 2, y: 0, monthName: true },
  // A bare year, also either end of a range ("2021-2025", "2021–2030").
  { re: new RegExp(`(?<![\\p{N}/.,$])${YEAR}(?![\\p{N}]|[.,]\\d|/\\d| ?%)`, 'gu'), d: 0, m: 0, y: 1 },
];

/** Dates in the folded text [from, to), with the ranges they take (so that numbers skip them). */
export function datesIn(f: string, from: number, to: number, skip: (s: number, e: number) => boolean): DateValue[] {
  const text = f.slice(0, to);
  const taken: [number, number][] = [];
  const out: DateValue[] = [];
  const free = (s: number, e: number): boolean => !skip(s, e) && !taken.some(([a, b]) => s < b && e > a);
  for (const p of RANGE_PATTERNS) {
    p.re.lastIndex = from;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const mo = p.monthName ? monthOf(m[p.m]!) : Number(m[p.m]);
      const [d1, d2, y] = [Number(m[p.d1]), Number(m[p.d2]), Number(m[p.y])];
      if (mo < 1 || mo > 12 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) continue;
      taken.push([s, e]);
      const at = (g: string, after: number): [number, number] => {
        const k = text.indexOf(g, after);
        return [k, k + g.length];
      };
      const first = at(m[p.d1]!, s);
      const second = at(m[p.d2]!, first[1]);
      const year = at(m[p.y]!, s);
      out.push({ start: first[0], end: first[1], y, m: mo, d: d1, spans: { d: first, y: year } });
      out.push({ start: second[0], end: e, y, m: mo, d: d2, spans: { d: second, y: year, monthName: p.monthName } });
    }
  }
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = from;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const span = (g: number): [number, number] | undefined => {
        if (!g || m![g] === undefined) return undefined;
        const at = text.indexOf(m![g]!, s + (g > 1 && m![g - 1] ? m![0].indexOf(m![g - 1]!) + m![g - 1]!.length : 0));
        return [at, at + m![g]!.length];
      };
      const d = p.d && m[p.d] ? Number(m[p.d]) : undefined;
      const mo = p.m && m[p.m] ? (p.monthName ? monthOf(m[p.m]!) : Number(m[p.m])) : undefined;
      const y = p.y && m[p.y] ? Number(m[p.y]) : undefined;
      if ((mo !== undefined && (mo < 1 || mo > 12)) || (d !== undefined && (d < 1 || d > 31))) continue;
      taken.push([s, e]);
      out.push({ start: s, end: e, y, m: mo, d, spans: { y: span(p.y), m: span(p.m), d: span(p.d), monthName: p.monthName } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether two dates can be the same day, month or year: equal in every component both give. */
export function sameDate(a: DateValue, b: DateValue): boolean {
  if (a.y !== undefined && b.y !== undefined && a.y !== b.y) return false;
  if (a.m !== undefined && b.m !== undefined && a.m !== b.m) return false;
  if (a.d !== undefined && b.d !== undefined && a.d !== b.d) return false;
  // A year alone and a day of a month alone share nothing to compare: not the same.
  return (a.y !== undefined && b.y !== undefined) || (a.m !== undefined && b.m !== undefined);
}

const SCALES: [RegExp, number][] = [
  [/^ ?(?:nghin ty|ngan ty|trillions?|tn)(?![\p{L}])/u, 1e12],
  [/^ ?(?:billions?|bn|ty|ti)(?![\p{L}])/u, 1e9],
  [/^ ?(?:millions?|trieu|mn)(?![\p{L}])/u, 1e6],
  [/^ ?(?:thousands?|nghin|ngan)(?![\p{L}])/u, 1e3],
];
const PERCENT = /^ ?(?:%|percent(?:age points?)?|per cent|phan tram|diem phan tram)(?![\p{L}])/u;
const CURRENCY_BEFORE = /(?:usd|vnd|eur|us|rmb|jpy|krw|aud)$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}])/u;

/**
 * Reads a numeral as the language writes it: Vietnamese groups thousands with "." and writes
 * decimals with ",", English the other way round. A single separator followed by exactly three
 * digits groups thousands in either (writers of one language often use the other's habit).
 */
export function numeralValue(written: string, lang: Lang): number | undefined {
  const dots = (written.match(/\./g) ?? []).length;
  const commas = (written.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const decimal = written.lastIndexOf('.') > written.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = written.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) normal = written;
  else {
    const sep = dots ? '.' : ',';
    const parts = written.split(sep);
    const grouped = parts.length > 2 || (parts[1]!.length === 3 && parts[0] !== '0' && !(lang === 'en' && sep === '.' && parts[0]!.length > 3));
    normal = grouped ? parts.join('') : `${parts[0]}.${parts[1]}`;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** Writes a value as the language does: "6,5" in Vietnamese, "6.5" in English; undefined when it would need more than three decimals. */
export function formatNumeral(value: number, lang: Lang): string | undefined {
  const rounded = Math.round(value * 1000) / 1000;
  if (Math.abs(rounded - value) > 1e-9 * Math.max(1, Math.abs(value))) return undefined;
  const [int, dec] = String(rounded).split('.');
  const group = lang === 'vi' ? '.' : ',';
  const grouped = int!.length > 4 ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int!;
  return dec ? `${grouped}${lang === 'vi' ? ',' : '.'}${dec}` : grouped;
}

const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
  thirtieth: 30,
  fiftieth: 50,
  // "both" is two of something the other language counts: "hai bên" / "both sides".
  both: 2,
  twice: 2,
  double: 2,
  triple: 3,
  single: 1,
  once: 1,
};
// Vietnamese number words, matched with their diacritics (folded "ba" is also "bà", "bá").
// "năm" (five, and "year") and "một" (one, and "a") are left out: too often not a number.
const VI_WORDS: Record<string, number> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười hai': 12,
  'hai mươi': 20,
  'ba mươi': 30,
  'năm mươi': 50,
  trăm: 100,
  'đầu tiên': 1,
};
// Both matched on the folded text; a Vietnamese word is then compared with the original (NFC,
// lower case), so that "bà" is not "ba".
const VI_FOLDED_RE = new RegExp(`(?<![\\p{L}])(${[...new Set(Object.keys(VI_WORDS).map((w) => fold(w)))].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');
const EN_WORD_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(EN_WORDS).join('|')})(?![\\p{L}])`, 'gu');

/** Numbers in the folded text [from, to), outside `skip` (dates, symbols). */
export function numbersIn(f: string, from: number, to: number, lang: Lang, skip: (s: number, e: number) => boolean): NumberValue[] {
  const out: NumberValue[] = [];
  const re = /(?<![\p{N}:]|\p{N}[.,]|\p{L}-)(\d[\d.,]*\d|\d)(?![\p{N}]|:\d|-\p{L}{1,3}\/)/gu;
  re.lastIndex = from;
  const text = f.slice(0, to);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[1]!.length;
    // Glued to a word only after a currency ("US$44.9", "VND1.2"): "G20", "COVID-19" are names.
    if (s > 0 && /\p{L}/u.test(f[s - 1]!) && !CURRENCY_BEFORE.test(f.slice(Math.max(0, s - 4), s))) continue;
    if (skip(s, e)) continue;
    const value = numeralValue(m[1]!, lang);
    if (value === undefined) continue;
    const rest = f.slice(e, e + 30);
    let end = e;
    let scale = 1;
    let percent = false;
    const ordinal = ORDINAL_SUFFIX.exec(rest);
    if (ordinal) end += ordinal[0].length;
    else {
      for (const [sre, factor] of SCALES) {
        const sm = sre.exec(rest);
        if (sm) {
          scale = factor;
          end += sm[0].length;
          break;
        }
      }
      const pm = PERCENT.exec(f.slice(end, end + 30));
      if (pm) {
        percent = true;
        end += pm[0].length;
      }
    }
    out.push({ start: s, end, value: value * scale, percent, scale, numeral: { start: s, end: e }, soft: false });
  }
  return out;
}

/** Number words ("three", "ba", "thirteenth"): soft numbers. `originalAt` gives the source text of a folded range. */
export function numberWordsIn(f: string, from: number, to: number, lang: Lang, originalAt: (s: number, e: number) => string): NumberValue[] {
  const out: NumberValue[] = [];
  const re = lang === 'vi' ? VI_FOLDED_RE : EN_WORD_RE;
  re.lastIndex = from;
  const text = f.slice(0, to);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const value = lang === 'vi' ? VI_WORDS[originalAt(s, e).normalize('NFC').toLowerCase()] : EN_WORDS[m[1]!];
    if (value !== undefined) out.push({ start: s, end: e, value, percent: false, scale: 1, numeral: { start: s, end: e }, soft: true });
  }
  return out;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** The value of a Roman numeral written in capitals (II to XXXIX), or undefined. */
export function romanValue(written: string): number | undefined {
  if (!/^[IVXL]{2,7}$/.test(written)) return undefined;
  let total = 0;
  const lower = written.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN[lower[i]!]!;
    const next = ROMAN[lower[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling (IIII, VX are not numerals).
  return roman(total) === written ? total : undefined;
}
