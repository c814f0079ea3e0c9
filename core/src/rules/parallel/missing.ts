import { defineRule, type RawFinding } from '../rule';
import { msg } from '../../messages/message';
import type { PairContext, PairLink } from '../../parallel/context';
import type { Sentence } from '../../parallel/side';

/** Letters and digits a sentence must have to be told missing: a fragment ("Hà Nội, 5/3.") is not a sentence. */
const MIN_LENGTH = 24;

/** The language-independent anchors of a sentence. */
function anchors(s: Sentence): string[] {
  return [
    ...s.numbers.filter((n) => !n.n.soft).map((n) => `n${n.n.value}`),
    ...s.dates.map((d) => `d${d.d.y}-${d.d.m}-${d.d.d}`),
    ...s.citations.map((c) => c.key),
    ...s.entities.map((e) => e.keys[0]!),
  ];
}

/**
 * In a group where two source sentences align with one target sentence: the first or last of
 * them, when the target is as long as the others without it and none of its figures or names is
 * in the target — a sentence dropped, which length-based alignment took for two joined.
 */
function joinedAway(ctx: PairContext, link: PairLink): RawFinding[] {
  const ratio = ctx.ratio;
  const all = link.source.reduce((a, x) => a + x.length, 0);
  const target = link.target[0]!;
  const near = new Set(anchors(target));
  for (const x of [link.source[link.source.length - 1]!, link.source[0]!]) {
    if (x.length < MIN_LENGTH * 2) continue;
    const without = Math.abs(target.length - ratio * (all - x.length)) / target.length;
    const withIt = Math.abs(target.length - ratio * all) / target.length;
    const own = anchors(x);
    if (without < 0.2 && withIt > 0.45 && !own.some((a) => near.has(a))) {
      const after = x === link.source[0] ? undefined : target;
      const at = after ?? target;
      return [
        {
          ruleId: 'parallel/missing',
          start: at.start,
          end: at.end,
          message: msg(after ? 'parallel/missing' : 'parallel/missing-before', { source: ctx.source.text.slice(x.start, x.end).slice(0, 200) }),
          fixes: [],
          counterpart: { start: x.start, end: x.end },
        },
      ];
    }
  }
  return [];
}

export default defineRule({
  id: 'parallel/missing',
  defaultSeverity: 'warning',
  scope: 'pair',
  summary: 'A sentence of the original with no counterpart in the translation.',
  description:
    'After aligning the two reports — headings, list items and paragraphs first, then the sentences within them, tolerant of a sentence split in two, two joined into one and clauses reordered — a sentence of the original that nothing in the translation renders is told at the target sentence after which it is missing (a dropped list item is parallel/member). A sentence whose numbers, dates and names all reappear in the neighbouring sentences was joined to them, not dropped.',
  compare(ctx) {
    const out: RawFinding[] = [];
    const links = ctx.links;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (link.source.length >= 2 && link.target.length === 1) out.push(...joinedAway(ctx, link));
      if (link.target.length > 0 || link.source.length === 0) continue;
      // Beside a target sentence aligned with nothing: the two render each other freely, nothing is missing.
      if (links[i - 1]?.source.length === 0 || links[i + 1]?.source.length === 0) continue;
      for (const s of link.source) {
        if (s.length < MIN_LENGTH) continue;
        const block = ctx.source.blocks[s.block]!;
        // A list item: parallel/member tells the list that lost it.
        if (block.kind === 'item' && block.sentences[0] === s) continue;
        // Joined into a neighbour: its anchors are all there.
        const own = anchors(s);
        if (own.length >= 2) {
          const near = new Set([...(links[i - 1]?.target ?? []), ...(links[i + 1]?.target ?? [])].flatMap(anchors));
          if (own.every((a) => near.has(a))) continue;
        }
        const at = link.after ?? ctx.target.sentences[0];
        if (!at) continue;
        out.push({
          ruleId: 'parallel/missing',
          start: at.start,
          end: at.end,
          message: msg(link.after ? 'parallel/missing' : 'parallel/missing-start', { source: ctx.source.text.slice(s.start, s.end).slice(0, 200) }),
          fixes: [],
          counterpart: { start: s.start, end: s.end },
        });
      }
    }
    return out;
  },
});
