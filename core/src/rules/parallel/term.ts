import { defineRule, matchCase, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import type { PairContext, PairLink } from '../../parallel/context';
import { fold } from '../../text/fold';
import { comparedLinks, entitiesOf, entityName, nameIn, presentKeys, rangeOf } from '../support/pairs';

const TERM_KINDS = ['term', 'member', 'framing'];

/** Every accepted name of a term, folded. */
function termForms(ctx: PairContext, id: string): string[] {
  const t = ctx.vocab.vocabulary.terms.get(id);
  if (!t) return [];
  return [t.name.en, t.name.vi, ...(t.variants?.en ?? []), ...(t.variants?.vi ?? [])].filter((x): x is string => !!x).map(fold);
}

/** Where the target group renders a source term by one of its known mistranslations. */
function mistranslated(ctx: PairContext, link: PairLink, id: string, written: string, counterpart: { start: number; end: number }): RawFinding[] {
  const forms = ctx.vocab.vocabulary.terms.get(id)?.mistranslations?.[ctx.target.lang] ?? [];
  const out: RawFinding[] = [];
  const fix = nameIn(entityName(ctx, 'term', id), ctx.target.lang, written);
  for (const s of link.target) {
    const text = ctx.target.text.slice(s.start, s.end).normalize('NFC').toLowerCase();
    for (const form of forms) {
      const at = wordAt(text, form.normalize('NFC').toLowerCase());
      if (at < 0) continue;
      const start = s.start + at;
      const end = start + form.length;
      out.push({
        ruleId: 'parallel/term',
        start,
        end,
        message: msg('parallel/term', { source: written, written: ctx.target.text.slice(start, end), fix }),
        fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start, end, newText: matchCase(fix, ctx.target.text.slice(start, end)) }], preferred: true }],
        counterpart,
      });
    }
  }
  return out;
}

/** The first place `word` stands in `text` as whole words, or -1. */
function wordAt(text: string, word: string): number {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    const before = text[k - 1] ?? ' ';
    const after = text[k + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return k;
  }
  return -1;
}

/** Whether two phrases share a word of four letters or more (folded). */
function shareWords(a: string, b: string): boolean {
  const words = new Set(
    fold(a)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
  return fold(b)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => words.has(w));
}

export default defineRule({
  id: 'parallel/term',
  defaultSeverity: 'warning',
  scope: 'pair',
  summary: 'A vocabulary term of the original rendered otherwise than its pair in the translation.',
  description:
    'For each term of the vocabulary an aligned sentence of the original uses ("đổi mới", "ngoại giao nhân dân", "hội nhập quốc tế"), looks at how the translation renders it: a known wrong rendering of that term ("innovation policy" for đổi mới, "people\'s diplomacy" for people-to-people diplomacy) is told, with the original\'s term, and fixed to the term\'s pair. Any accepted name of the term is fine, and a paraphrase the vocabulary does not know is left alone.',
  compare(ctx) {
    const out: RawFinding[] = [];
    for (const link of comparedLinks(ctx)) {
      const sourceKeys = presentKeys(link.context.source);
      const counterpart = rangeOf(link.source);
      // A term inside a longer one ("đối ngoại đa phương" in "đẩy mạnh và nâng tầm đối ngoại đa phương") is there, untagged.
      const terms = (xs: PairLink['source']): boolean => xs.some((x) => x.entities.some((e) => TERM_KINDS.includes(e.kind)));
      if (!terms(link.source) && !terms(link.target)) continue;
      const sourceText = fold(link.context.source.map((x) => ctx.source.text.slice(x.start, x.end)).join(' '));
      const targetText = fold(link.context.target.map((x) => ctx.target.text.slice(x.start, x.end)).join(' '));
      const writtenIn = (id: string, text: string): boolean => termForms(ctx, id).some((f) => text.includes(f));
      for (const s of link.target)
        for (const e of s.entities) {
          if (e.role !== 'wrong' || !TERM_KINDS.includes(e.kind) || !(sourceKeys.has(e.keys[0]!) || (e.kind === 'term' && writtenIn(e.id, sourceText)))) continue;
          const name = entityName(ctx, e.kind, e.id);
          const fix = nameIn(name, ctx.target.lang, e.text);
          const original = link.context.source.flatMap((x) => x.entities).find((x) => x.keys[0] === e.keys[0]);
          out.push({
            ruleId: 'parallel/term',
            start: e.start,
            end: e.end,
            message: msg('parallel/term', { source: original?.text ?? nameIn(name, ctx.source.lang, e.text), written: e.text, fix }),
            fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start: e.start, end: e.end, newText: matchCase(fix, e.text) }], preferred: true }],
            counterpart,
          });
        }
      // A term of the original rendered as another term the original does not use.
      const targetKeys = presentKeys(link.context.target, true);
      const dropped = entitiesOf(link.source, ['term']).filter((e) => e.role !== 'wrong' && !e.keys.some((k) => targetKeys.has(k)) && !writtenIn(e.id, targetText));
      const added = entitiesOf(link.target, ['term']).filter((e) => e.role !== 'wrong' && !e.keys.some((k) => sourceKeys.has(k)) && !writtenIn(e.id, sourceText));
      for (const s of dropped) out.push(...mistranslated(ctx, link, s.id, s.text, counterpart));
      for (let k = 0; k < Math.min(dropped.length, added.length); k++) {
        const s = dropped[k]!;
        const t = added[k]!;
        const fix = nameIn(entityName(ctx, 'term', s.id), ctx.target.lang, s.text);
        // Two renderings sharing words are one concept said at another length ("multilateral diplomacy" in "promoting multilateral
        // diplomacy"); a term with no name in the translation's language cannot be said to be rendered otherwise.
        if (shareWords(fix, t.text) || !entityName(ctx, 'term', s.id)?.[ctx.target.lang]) continue;
        out.push({
          ruleId: 'parallel/term',
          start: t.start,
          end: t.end,
          message: msg('parallel/term', { source: s.text, written: t.text, fix }),
          fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start: t.start, end: t.end, newText: matchCase(fix, t.text) }], preferred: true }],
          counterpart,
        });
      }
    }
    return out;
  },
});
