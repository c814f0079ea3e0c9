// framing/incomplete: a framing announced by its trigger ("three pillars") whose sentence
// names some of its members but not all. A sentence that names none of them is another
// framing (ASEAN's three pillars) and is left alone.

import { sentenceBounds, type Mention } from '../analyze';
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
      if (trigger.form.role !== 'trigger') continue;
      const framing = ctx.vocab.vocabulary.framings.get(trigger.form.id);
      if (!framing) continue;
      const [s, e] = sentenceBounds(folded.text, trigger.foldedStart, trigger.foldedEnd);
      const members: Mention[] = mentions.filter(
        (m) => m.form.kind === 'member' && m.form.id.startsWith(`${framing.id}/`) && m.foldedStart >= s && m.foldedEnd <= e,
      );
      const named = new Set(members.map((m) => m.form.id.slice(framing.id.length + 1)));
      if (named.size === 0 || named.size >= framing.members.length) continue;
      const missing = framing.members.filter((m) => !named.has(m.id));
      const lang = trigger.form.lang ?? block.lang;
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
