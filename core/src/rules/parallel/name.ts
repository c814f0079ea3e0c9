import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import { comparedLinks, entityName, nameIn, namedDiff, NAME_KINDS, pairNamed, personAliases, presentKeys, rangeOf, withoutDiacritics, type Named } from '../support/pairs';
import type { PairContext, PairLink } from '../../parallel/context';
import type { EntityAnchor } from '../../parallel/side';
import { fold } from '../../text/fold';
import { matchCase } from '../rule';

/** How the source's name is written in the target's language. */
function written(ctx: PairContext, s: Named): string {
  if (s.entity) return nameIn(entityName(ctx, s.kind, s.entity.id), ctx.target.lang, s.text);
  return ctx.target.lang === 'en' ? withoutDiacritics(s.text) : s.text;
}

/** The person a title stands before ("Thủ tướng Phạm Minh Chính", "Prime Minister Pham Minh Chinh"), as a folded name. */
interface Titled {
  person: string;
  /** The title right before the name, and every title in the run of titles before it. */
  nearest: EntityAnchor;
  titles: Set<string>;
}

/** Titles written right before a person's name, by the person (folded name without diacritics). */
function titledPeople(ctx: PairContext, side: 'source' | 'target', sentences: PairLink['source']): Map<string, Titled> {
  const text = ctx[side].text;
  const out = new Map<string, Titled>();
  for (const s of sentences) {
    const people = [...s.entities.filter((e) => e.kind === 'person'), ...s.names].sort((a, b) => a.start - b.start);
    const titles = s.entities.filter((e) => e.kind === 'title' && e.role !== 'wrong');
    for (const p of people) {
      const before = titles.filter((t) => t.end <= p.start && p.start - t.end <= 80).sort((a, b) => b.end - a.end);
      const nearest = before[0];
      if (!nearest || !/^[\s,]*$/.test(text.slice(nearest.end, p.start))) continue;
      const person = 'id' in p ? (personAliases(ctx, p.id)[0] ?? fold(p.text)) : fold(p.text);
      out.set(person, { person, nearest, titles: new Set(before.map((t) => t.id)) });
    }
  }
  return out;
}

/**
 * One person, another title: "Prime Minister Vo Van Thuong" where the original has "Chủ tịch nước
 * Võ Văn Thưởng". The title is read where it is attached — right before the name — so that other
 * titles of the sentence (the other leader's) do not balance it out.
 */
function titleSwaps(ctx: PairContext, link: PairLink, counterpart: { start: number; end: number }): RawFinding[] {
  const out: RawFinding[] = [];
  const source = titledPeople(ctx, 'source', link.source);
  if (source.size === 0) return out;
  for (const [person, t] of titledPeople(ctx, 'target', link.target)) {
    const s = source.get(person) ?? [...source.values()].find((x) => x.person.includes(person) || person.includes(x.person));
    if (!s || s.titles.has(t.nearest.id) || t.titles.has(s.nearest.id)) continue;
    const fix = nameIn(entityName(ctx, 'title', s.nearest.id), ctx.target.lang, s.nearest.text);
    out.push({
      ruleId: 'parallel/name',
      start: t.nearest.start,
      end: t.nearest.end,
      message: msg('parallel/name', { source: s.nearest.text, written: t.nearest.text }),
      fixes: [{ title: msg('parallel.fix-write', { fix }), edits: [{ start: t.nearest.start, end: t.nearest.end, newText: matchCase(fix, t.nearest.text) }], preferred: true }],
      counterpart,
    });
  }
  return out;
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
      out.push(...titleSwaps(ctx, link, counterpart));
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
