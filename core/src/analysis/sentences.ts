// Sentences of a block's folded text, as the rules read them: where a sentence starts and ends
// (bounded, so that a rule's work per mention is constant), words in it and before a mention,
// and the years and dates it writes.

import { BARRIER } from '../text/fold';
import type { BlockAnalysis } from './mentions';

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

export function isSentenceEnd(f: string, i: number): boolean {
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
  const before = f
    .slice(Math.max(0, at - 40), at)
    .replace(/\bthe $/, '')
    .trimEnd();
  return words.some((w) => before === w || before.endsWith(` ${w}`) || before.endsWith(`(${w}`));
}
