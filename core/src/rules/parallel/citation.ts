import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import type { CitationAnchor } from '../../parallel/side';
import { comparedLinks, groupLocation, rangeOf, unmatched } from '../support/pairs';

const same = (a: CitationAnchor, b: CitationAnchor): boolean => a.key === b.key;

export default defineRule({
  id: 'parallel/citation',
  defaultSeverity: 'error',
  scope: 'pair',
  summary: 'A document symbol in the translation that differs from the original.',
  description:
    'Compares the documents each aligned sentence cites — by the document the vocabulary knows, else by the symbol however it is written ("01-ĐA/TW" is "01-DA/TW") — so "Resolution 35-NQ/TW" for "Nghị quyết số 34-NQ/TW" is an error, with a fix that writes the original\'s symbol. A document the original cites and the translation never names at all is told too; one named again as "the resolution" is not.',
  compare(ctx) {
    const out: RawFinding[] = [];
    const citedInTarget = new Set(ctx.target.sentences.flatMap((s) => s.citations.map((c) => c.key)));
    for (const link of comparedLinks(ctx)) {
      const src = link.source.flatMap((s) => s.citations);
      const tgt = link.target.flatMap((s) => s.citations);
      if (src.length === 0 && tgt.length === 0) continue;
      const first = unmatched(src, tgt, same);
      const srcAround = new Set(link.context.source.flatMap((s) => s.citations.map((c) => c.key)));
      const tgtAround = new Set(link.context.target.flatMap((s) => s.citations.map((c) => c.key)));
      const missing = first.source.filter((s) => !tgtAround.has(s.key));
      const extra = first.target.filter((t) => !srcAround.has(t.key));
      const counterpart = rangeOf(link.source);
      const pairs = Math.min(missing.length, extra.length);
      for (let k = 0; k < pairs; k++) {
        const s = missing[k]!;
        const t = extra[k]!;
        out.push({
          ruleId: 'parallel/citation',
          start: t.symbolRange.start,
          end: t.symbolRange.end,
          message: msg('parallel/citation', { source: s.symbol, written: ctx.target.text.slice(t.symbolRange.start, t.symbolRange.end) }),
          fixes: [{ title: msg('parallel.fix-write', { fix: s.symbol }), edits: [{ ...t.symbolRange, newText: s.symbol }], preferred: true }],
          counterpart,
        });
      }
      for (const s of missing.slice(pairs)) {
        if (citedInTarget.has(s.key)) continue;
        out.push({ ruleId: 'parallel/citation', ...groupLocation(link), message: msg('parallel/citation-dropped', { source: s.symbol }), fixes: [] });
      }
    }
    return out;
  },
});
