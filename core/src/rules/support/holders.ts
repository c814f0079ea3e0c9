// Shared by the title/holder-mismatch, title/outdated rules.

import { datesInSentence, precededBy } from '../../analysis/sentences';
import type { BlockAnalysis, Mention } from '../../analysis/mentions';
import { msg, type Param } from '../../messages/message';
import type { Localized } from '../../types';
import type { Holder } from '../../vocabulary/model';
import { day } from '../../time';
import { sourceOffset } from '../../text/fold';
import type { RuleContext } from '../rule';

export const PAST = ['former', 'late', 'then', 'then-', 'ex', 'ex-', 'outgoing', 'previous', 'one-time', 'onetime', 'erstwhile', 'retired'];

/**
 * Words that may stand between a past marker and the title: "the late Party General
 * Secretary", "former Vietnamese Prime Minister", "cố Tổng Bí thư".
 */
export const QUALIFIERS = new Set([
  'the',
  'party',
  'cpv',
  'vietnamese',
  "vietnam's",
  'vietnam',
  'communist',
  'state',
  'country',
  "country's",
  'national',
  'assembly',
  'standing',
  'permanent',
  'acting',
  'dang',
  'nha',
  'nuoc',
  'viet',
  'nam',
  'our',
  'his',
  'her',
]);

/** Whether a past marker ("former", "the late", "then-", "nguyên", "cố") stands before folded offset `at`, over qualifiers. */
export function pastBefore(a: BlockAnalysis, at: number): boolean {
  const f = a.folded.text;
  let end = at;
  for (let k = 0; k < 4; k++) {
    if (precededBy(f, end, PAST)) return true;
    let e = end;
    while (e > 0 && f[e - 1] === ' ') e--;
    let s = e;
    while (s > 0 && f[s - 1] !== ' ' && f[s - 1] !== '(') s--;
    if (s === e) return false;
    // "cố" (the late) and "nguyên" (former) fold to "co" and "nguyen", as "có" (has) and the
    // family name Nguyễn do: the word as written decides.
    const word = f.slice(s, e);
    if (word === 'co' || word === 'nguyen') return /^(?:cố|nguyên)$/i.test(sourceWord(a, s, e - s));
    if (!QUALIFIERS.has(word)) return false;
    end = s;
  }
  return false;
}

/** The periods a mention is checked at: the sentence's own dates (as precise as written), else the report's date. */
export function periodsFor(ctx: RuleContext, a: BlockAnalysis, m: Mention): { start: string; end: string }[] {
  const dates = datesInSentence(a, m.foldedStart, m.foldedEnd);
  return dates.length > 0 ? dates : [day(ctx.reportDate)];
}

/**
 * What the vocabulary records of a person's holdings of a title: "Nguyen Phu Trong was General
 * Secretary from 19 January 2011 to 19 July 2024", "… is not recorded as …".
 */
export function heldPhrase(person: Localized, title: Localized, holdings: Holder[]): Param {
  if (holdings.length === 0) return { message: msg('holder.not-recorded', { person, title }) };
  const phrases: Param[] = holdings.map((h) => ({
    message: msg('holder.holding', {
      title,
      acting: h.acting ? 'yes' : 'none',
      from: h.from ? { date: h.from } : 'none',
      to: h.to ? { date: h.to } : 'none',
    }),
  }));
  return { message: msg('holder.held', { person, title, holdings: chain('holder.holdings', phrases) }) };
}

/** "on 9 January 2023", "in 2019, 2020": when the sentence (or the report) places the title. */
export function atPhrase(periods: { start: string; end: string }[]): Param {
  if (periods.length === 1 && periods[0]!.start === periods[0]!.end) return { message: msg('holder.on', { date: { date: periods[0]!.start } }) };
  return { message: msg('holder.in', { years: periods.map((p) => p.start.slice(0, 4)).join(', '), count: periods.length }) };
}

/** Names one after another ("A and B and C"), as the English findings have always joined them. */
export function holderNames(names: Param[]): Param {
  return names.length === 0 ? 'none' : chain('holder.and', names);
}

function chain(id: 'holder.and' | 'holder.holdings', items: Param[]): Param {
  const [first, ...rest] = items;
  return rest.length === 0 ? first! : { message: msg(id, { first: first!, rest: chain(id, rest) }) };
}

/** The word as written at folded offset `start` (length in folded characters). */
export function sourceWord(a: BlockAnalysis, start: number, length: number): string {
  const from = sourceOffset(a.folded, start);
  const to = sourceOffset(a.folded, start + length - 1) + 1;
  return a.folded.source.slice(from, to).normalize('NFC');
}
