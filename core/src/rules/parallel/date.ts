import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import { sameDate } from '../../parallel/quantities';
import type { DateAnchor } from '../../parallel/side';
import { MONTHS } from '../../time';
import { comparedLinks, groupLocation, rangeOf, unmatched } from '../support/pairs';

const same = (a: DateAnchor, b: DateAnchor): boolean => sameDate(a.d, b.d);

/** The one component two dates both give and disagree on, when only one does, with its place in the target. */
function fixOf(s: DateAnchor, t: DateAnchor): { start: number; end: number; newText: string } | undefined {
  const differ = (['y', 'm', 'd'] as const).filter((k) => s.d[k] !== undefined && t.d[k] !== undefined && s.d[k] !== t.d[k]);
  if (differ.length !== 1) return undefined;
  const k = differ[0]!;
  const span = t.spans[k];
  if (!span) return undefined;
  const newText = k === 'm' && t.monthName ? MONTHS[s.d.m! - 1]! : String(s.d[k]);
  return { start: span[0], end: span[1], newText };
}

export default defineRule({
  id: 'parallel/date',
  defaultSeverity: 'error',
  scope: 'pair',
  summary: 'A date or year in the translation that differs from the original.',
  description:
    'Reads the dates of each aligned sentence in every written form — "9/1/2023", "9 January 2023", "January 9, 2023", "ngày 9 tháng 1 năm 2023", "tháng 11/2023", a bare year — as a day, a month or a year, and compares them as precisely as both sides give them ("January 2023" agrees with "ngày 9/1/2023"). A date the translation changes is an error, with a fix when one component differs; a date the translation leaves out of the whole paragraph is told too.',
  compare(ctx) {
    const out: RawFinding[] = [];
    for (const link of comparedLinks(ctx)) {
      const src = link.source.flatMap((s) => s.dates);
      const tgt = link.target.flatMap((s) => s.dates);
      if (src.length === 0 && tgt.length === 0) continue;
      const first = unmatched(src, tgt, same);
      // Found in the aligned blocks only when written as precisely: "May 2025" elsewhere does not excuse "May 6, 2024".
      const exact = (a: DateAnchor, b: DateAnchor): boolean => a.d.y === b.d.y && a.d.m === b.d.m && a.d.d === b.d.d;
      const srcAround = link.context.source.flatMap((s) => s.dates);
      const tgtAround = link.context.target.flatMap((s) => s.dates);
      const missing = first.source.filter((s) => !tgtAround.some((t) => exact(s, t)));
      const extra = first.target.filter((t) => !srcAround.some((s) => exact(s, t)));
      const counterpart = rangeOf(link.source);
      const pairs = Math.min(missing.length, extra.length);
      for (let k = 0; k < pairs; k++) {
        const s = missing[k]!;
        const t = extra[k]!;
        const fix = fixOf(s, t);
        out.push({
          ruleId: 'parallel/date',
          start: t.start,
          end: t.end,
          message: msg('parallel/date', { source: s.text, written: t.text }),
          fixes: fix ? [{ title: msg('parallel.fix-write', { fix: fix.newText }), edits: [fix], preferred: true }] : [],
          counterpart,
        });
      }
      // A year the translation leaves out is often said otherwise ("during the 12th Congress's tenure", "last year"), and a day
      // without its year ("on Monday", "the same day"): a full date or a month of a year is not.
      for (const s of missing.slice(pairs)) {
        if (s.d.m === undefined || s.d.y === undefined) continue;
        out.push({ ruleId: 'parallel/date', ...groupLocation(link), message: msg('parallel/date-dropped', { source: s.text }), fixes: [] });
      }
    }
    return out;
  },
});
