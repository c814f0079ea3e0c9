import { formOf, type Mention } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { msg } from '../../messages/message';
import { matchCase, type Rule } from '../rule';
import { SEPARATOR } from '../support/framing';
import { defineRule } from '../rule';

/**
 * framing/order: an enumeration of members (joined by commas and "and") that departs from
 * the framing's order, e.g. "State diplomacy, Party diplomacy and people-to-people diplomacy".
 */
const check: Rule = (ctx) => {
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
        const sorted = chain
          .map((m, i) => ({ m, rank: ranks[i]! }))
          .sort((a, b) => a.rank - b.rank)
          .map((x) => x.m);
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
          message: msg('framing/order', { framing: framing.name, members: { list: framing.members.map((m) => m.name) } }),
          fixes: [{ title: msg('framing/order.fix', { list }), edits: [{ start, end, newText: list }], preferred: true }],
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

export default defineRule({
  id: 'framing/order',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'The members of a framing listed out of their order.',
  description: 'the pillars out of order: "State diplomacy, Party diplomacy and people-to-people diplomacy"',
  check,
});
