// framing/incomplete: a framing announced by its trigger ("three pillars") whose sentence
// names some of its members but not all. A sentence that names none of them is another
// framing (ASEAN's three pillars) and is left alone.

import { formOf, sentenceBounds, type Mention } from '../analyze';
import { sourceRange } from '../text/fold';
import type { FramingEntry, Lang } from '../vocabulary/model';
import type { Rule } from './context';

const SEPARATOR = /^(?:\s*[,;]?\s*(?:and|và|,)?\s*)$/i;

export function enumerate(framing: FramingEntry, lang: Lang): string {
  const names = framing.members.map((m) => m.name[lang] ?? m.name.en ?? '');
  const and = lang === 'vi' ? 'và' : 'and';
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export const incompleteFraming: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const analysis of ctx.blocks) {
    const { mentions, folded, block } = analysis;
    for (const trigger of mentions) {
      const triggerForm = [trigger.form, ...trigger.alternatives].find((f) => f.role === 'trigger');
      const framing = triggerForm && ctx.vocab.vocabulary.framings.get(triggerForm.id);
      if (!framing) continue;
      const [s, e] = sentenceBounds(folded.text, trigger.foldedStart, trigger.foldedEnd);
      const prefix = `${framing.id}/`;
      const members = enumeratedMembers(
        ctx.text,
        mentions.filter((m) => m.foldedStart >= s && m.foldedEnd <= e && formOf(m, 'member', prefix)),
        prefix,
      );
      const named = new Set(members.map((m) => formOf(m, 'member', prefix)!.id.slice(prefix.length)));
      if (named.size === 0 || named.size >= framing.members.length) continue;
      const missing = framing.members.filter((m) => !named.has(m.id));
      const lang = triggerForm.lang ?? block.lang;
      const first = members[0]!;
      const last = members[members.length - 1]!;
      const between = members.slice(1).map((m, i) => ctx.text.slice(members[i]!.end, m.start));
      const listOnly = between.every((g) => SEPARATOR.test(g));
      const [start, end] = sourceRange(folded, Math.min(trigger.foldedStart, first.foldedStart), Math.max(trigger.foldedEnd, last.foldedEnd));
      const full = enumerate(framing, lang);
      out.push({
        ruleId: 'framing/incomplete',
        start,
        end,
        message: `The ${framing.name[lang] ?? framing.name.en} are ${full}; this sentence leaves out ${missing.map((m) => m.name[lang] ?? m.name.en).join(' and ')}.`,
        fixes: listOnly
          ? [{ title: `Name all three: “${full}”`, edits: [{ start: first.start, end: last.end, newText: full }], preferred: true }]
          : [],
      });
    }
  }
  return out;
};

/**
 * Member mentions that take part in the framing: full names anywhere in the sentence, and
 * bare words ("Party", "State") only when chained by separators to another member, as in
 * "Party, State and people-to-people diplomacy" (so "the Party Congress" names no pillar).
 */
function enumeratedMembers(text: string, candidates: Mention[], prefix: string): Mention[] {
  const isShort = (m: Mention): boolean => formOf(m, 'member', prefix)!.role === 'short';
  const chained = (a: Mention, b: Mention): boolean => SEPARATOR.test(text.slice(a.end, b.start));
  return candidates.filter((m, i) => {
    if (!isShort(m)) return true;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    return (prev !== undefined && chained(prev, m)) || (next !== undefined && chained(m, next));
  });
}
