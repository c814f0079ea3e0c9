import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import { comparedLinks, entityName, nameIn, namedDiff, NAME_KINDS, pairNamed, presentKeys, rangeOf, withoutDiacritics, type Named } from '../support/pairs';
import type { PairContext } from '../../parallel/pair';
import { matchCase } from '../rule';

/** How the source's name is written in the target's language. */
function written(ctx: PairContext, s: Named): string {
  if (s.entity) return nameIn(entityName(ctx, s.kind, s.entity.id), ctx.target.lang, s.text);
  return ctx.target.lang === 'en' ? withoutDiacritics(s.text) : s.text;
}

export default defineRule({
  id: 'parallel/name',
  defaultSeverity: 'error',
  scope: 'pair',
  summary: 'A person, title, body or country in the translation other than the one the original names.',
  description:
    'Compares who and what each aligned sentence names: people (the vocabulary\'s, and any Vietnamese name from its surname, with or without diacritics), titles in every form the vocabulary knows ("Thủ tướng", "Prime Minister", "PM"), bodies and countries. A different one in the translation — "Prime Minister" for "Chủ tịch nước", "the Secretariat" for "Bộ Chính trị", "Pham Binh Minh" for "Phạm Minh Chính" — is an error with a fix that writes the original\'s; so is a name the translation renders in a wrong form ("Ministry Politic"). A name the translation leaves out, or adds, is not: a pronoun or a gloss is not a mistake.',
  compare(ctx) {
    const out: RawFinding[] = [];
    for (const link of comparedLinks(ctx)) {
      const counterpart = rangeOf(link.source);
      for (const [, diff] of namedDiff(ctx, link)) {
        for (const [s, t] of pairNamed(diff).pairs) {
          const fix = written(ctx, s);
          out.push({
            ruleId: 'parallel/name',
            start: t.start,
            end: t.end,
            message: msg('parallel/name', { source: s.text, written: t.text }),
            fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start: t.start, end: t.end, newText: fix }], preferred: true }],
            counterpart,
          });
        }
      }
      // A name of the original rendered in a form that is wrong in any context.
      const sourceKeys = presentKeys(link.context.source);
      for (const s of link.target)
        for (const e of s.entities) {
          if (e.role !== 'wrong' || !NAME_KINDS.includes(e.kind) || !sourceKeys.has(e.keys[0]!)) continue;
          const fix = nameIn(entityName(ctx, e.kind, e.id), ctx.target.lang, e.text);
          out.push({
            ruleId: 'parallel/name',
            start: e.start,
            end: e.end,
            message: msg('parallel/name-wrong', { written: e.text, fix }),
            fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start: e.start, end: e.end, newText: matchCase(fix, e.text) }], preferred: true }],
            counterpart,
          });
        }
    }
    return out;
  },
});
