import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import { formatNumeral } from '../../parallel/quantities';
import type { NumberAnchor } from '../../parallel/side';
import { comparedLinks, groupLocation, rangeOf, unmatched } from '../support/pairs';

const same = (a: NumberAnchor, b: NumberAnchor): boolean => Math.abs(a.n.value - b.n.value) <= 1e-9 * Math.max(1, Math.abs(a.n.value));

/**
 * A number the translation was not given: in the group's own sentences and, for what is left,
 * anywhere in its aligned blocks (a figure moved to the neighbouring sentence is not a mistake).
 */
export default defineRule({
  id: 'parallel/number',
  defaultSeverity: 'error',
  scope: 'pair',
  summary: 'A number, amount, percentage or ordinal in the translation that differs from the original.',
  description:
    'Compares the numbers of each aligned sentence as values, whatever the language writes: "5,5%" is "5.5%", "1.000" (Vietnamese) is "1,000", "2 triệu" is "2 million", "ba" is "three", "Đại hội XIII" is "the 13th Congress". A number the translation writes where the original has another is an error, with a fix that writes the original\'s; a figure (a percentage, an amount, a number of 100 or more) the translation leaves out is told too. Numbers added in the translation are left alone.',
  compare(ctx) {
    const out: RawFinding[] = [];
    for (const link of comparedLinks(ctx)) {
      const src = link.source.flatMap((s) => s.numbers);
      const tgt = link.target.flatMap((s) => s.numbers);
      if (src.length === 0 && tgt.length === 0) continue;
      const first = unmatched(src, tgt, same);
      // What the group lacks but its aligned blocks hold as often on both sides moved to a neighbouring sentence.
      const srcAround = link.context.source.flatMap((s) => s.numbers);
      const tgtAround = link.context.target.flatMap((s) => s.numbers);
      const around = unmatched(srcAround, tgtAround, same);
      let missing = first.source.filter((s) => around.source.some((x) => same(x, s)));
      let extra = first.target.filter((t) => around.target.some((x) => same(x, t)));
      // A number written as a word ("nine", "tám") is compared only when it is the one number each side has left, against digits or
      // another word of three or more ("one" and "hai" are too often not counts).
      if (!(missing.length === 1 && extra.length === 1 && (!(missing[0]!.n.soft && extra[0]!.n.soft) || Math.min(missing[0]!.n.value, extra[0]!.n.value) >= 3))) {
        missing = missing.filter((x) => !x.n.soft);
        extra = extra.filter((x) => !x.n.soft);
      }
      const counterpart = rangeOf(link.source);
      const pairs = Math.min(missing.length, extra.length);
      for (let k = 0; k < pairs; k++) {
        const s = missing[k]!;
        const t = extra[k]!;
        const numeral = s.n.percent === t.n.percent ? formatNumeral(s.n.value / t.n.scale, ctx.target.lang) : undefined;
        out.push({
          ruleId: 'parallel/number',
          start: t.start,
          end: t.end,
          message: msg('parallel/number', { source: s.text, written: t.text }),
          fixes: numeral
            ? [{ title: msg('parallel.fix-write', { fix: numeral }), edits: [{ start: t.numeral.start, end: t.numeral.end, newText: numeral }], preferred: true }]
            : [],
          counterpart,
        });
      }
      for (const s of missing.slice(pairs)) {
        // A count written out in the other language ("more than three decades") is not lost; a figure is.
        if (!(s.n.percent || s.n.scale > 1 || s.n.value >= 100 || !Number.isInteger(s.n.value))) continue;
        out.push({ ruleId: 'parallel/number', ...groupLocation(link), message: msg('parallel/number-dropped', { source: s.text }), fixes: [] });
      }
    }
    return out;
  },
});
