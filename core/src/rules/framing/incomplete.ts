import { formOf, mentionsBetween, type Mention } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { msg } from '../../messages/message';
import { sourceRange } from '../../text/fold';
import { type Rule } from '../rule';
import { SEPARATOR, enumerate } from '../support/framing';
import { defineRule } from '../rule';

const check: Rule = (ctx) => {
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
        mentionsBetween(mentions, s, e).filter((m) => formOf(m, 'member', prefix)),
        prefix,
      );
      const named = new Set(members.map((m) => formOf(m, 'member', prefix)!.id.slice(prefix.length)));
      if (named.size === 0 || named.size >= framing.members.length) continue;
      // "people-to-people diplomacy, one of the three pillars": one member named as such, not a list.
      if (named.size === 1 && /\b(one of|each of|mot trong|moi)\b/.test(folded.text.slice(s, e))) continue;
      // "two of the three pillars", "hai trong ba trụ cột": a part named as a part.
      if (/\b(?:two|both|hai|ca hai) (?:of|trong|trong so) (?:the )?(?:three|ba)\b/.test(folded.text.slice(s, e))) continue;
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
        message: msg('framing/incomplete', {
          framing: framing.name,
          members: { list: framing.members.map((m) => m.name) },
          missing: { list: missing.map((m) => m.name) },
        }),
        // The fix writes the framing in the language of the text.
        fixes: listOnly ? [{ title: msg('framing/incomplete.fix', { full }), edits: [{ start: first.start, end: last.end, newText: full }], preferred: true }] : [],
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

export default defineRule({
  id: 'framing/incomplete',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'A required framing (the three pillars) with members missing.',
  description: '"three pillars" / "ba trụ cột" with a pillar missing; the fix writes all three in order. ASEAN\'s three pillars are left alone',
  check,
});
