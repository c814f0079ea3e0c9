// framing/incomplete: a framing announced by its trigger ("three pillars") whose sentence
// names some of its members but not all. A sentence that names none of them is another
// framing (ASEAN's three pillars) and is left alone.

import { formOf, mentionsBetween, sentenceBounds, type Mention } from '../analyze';
import { sourceRange } from '../text/fold';
import type { FramingEntry, Lang } from '../vocabulary/model';
import { matchCase, type Rule } from './context';

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
        message: `The ${framing.name[lang] ?? framing.name.en} are ${full}; this sentence leaves out ${missing.map((m) => m.name[lang] ?? m.name.en).join(' and ')}.`,
        fixes: listOnly
          ? [{ title: `Add the missing pillars: “${full}”`, edits: [{ start: first.start, end: last.end, newText: full }], preferred: true }]
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

/**
 * framing/order: an enumeration of members (joined by commas and "and") that departs from
 * the framing's order, e.g. "State diplomacy, Party diplomacy and people-to-people diplomacy".
 */
export const framingOrder: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { mentions, folded, block } of ctx.blocks) {
    // Most blocks name no framing member at all.
    if (!mentions.some((m) => formOf(m, 'member'))) continue;
    for (const framing of ctx.vocab.framings) {
      const prefix = `${framing.id}/`;
      const members = mentions.filter((m) => formOf(m, 'member', prefix));
      if (members.length < 2) continue;
      const order = new Map(framing.members.map((m, i) => [m.id, i]));
      for (const chain of chains(ctx.text, members)) {
        if (chain.length < 2) continue;
        const ids = chain.map((m) => formOf(m, 'member', prefix)!.id.slice(prefix.length));
        if (new Set(ids).size !== ids.length) continue;
        const ranks = ids.map((id) => order.get(id)!);
        if (ranks.every((r, i) => i === 0 || r > ranks[i - 1]!)) continue;
        // A bare word alone ("the Party") is no enumeration: the chain must name at least one member in full.
        if (chain.every((m) => formOf(m, 'member', prefix)!.role === 'short')) continue;
        const [s] = sentenceBounds(folded.text, chain[0]!.foldedStart, chain[0]!.foldedEnd);
        const lead = folded.text.slice(s, chain[0]!.foldedStart);
        // "Together with people's diplomacy, Party diplomacy and State diplomacy have …": not one list.
        if (/\b(together with|along with|with|cung voi|cung)\s*$/.test(lead)) continue;
        const sorted = chain.map((m, i) => ({ m, rank: ranks[i]! })).sort((a, b) => a.rank - b.rank).map((x) => x.m);
        const lang = formOf(chain[0]!, 'member', prefix)!.lang ?? block.lang;
        const and = lang === 'vi' ? 'và' : 'and';
        const texts = sorted.map((m, i) => (i === 0 ? matchCase(m.text, chain[0]!.text) : m.text));
        const list = texts.length === 2 ? `${texts[0]} ${and} ${texts[1]}` : `${texts.slice(0, -1).join(', ')} ${and} ${texts[texts.length - 1]}`;
        const start = chain[0]!.start;
        const end = chain[chain.length - 1]!.end;
        out.push({
          ruleId: 'framing/order',
          start,
          end,
          message: `The ${framing.name[lang] ?? framing.name.en} go in this order: ${enumerate(framing, lang)}.`,
          fixes: [{ title: `Reorder: “${list}”`, edits: [{ start, end, newText: list }], preferred: true }],
        });
      }
    }
  }
  return out;
};

/** Runs of mentions joined only by separators. */
function chains(text: string, mentions: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let current: Mention[] = [];
  for (const m of mentions) {
    const prev = current[current.length - 1];
    if (prev && SEPARATOR.test(text.slice(prev.end, m.start))) current.push(m);
    else {
      if (current.length) out.push(current);
      current = [m];
    }
  }
  if (current.length) out.push(current);
  return out;
}
