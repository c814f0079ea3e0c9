// Shared by the title/holder-mismatch, title/outdated rules.

import { datesInSentence, precededBy } from '../../analysis/sentences';
import type { BlockAnalysis, Mention } from '../../analysis/mentions';
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

/** The word as written at folded offset `start` (length in folded characters). */
export function sourceWord(a: BlockAnalysis, start: number, length: number): string {
  const from = sourceOffset(a.folded, start);
  const to = sourceOffset(a.folded, start + length - 1) + 1;
  return a.folded.source.slice(from, to).normalize('NFC');
}
