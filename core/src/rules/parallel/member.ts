import { defineRule, type RawFinding } from '../rule';
import { msg, type Param } from '../../messages/message';
import type { PairContext, PairLink } from '../../parallel/context';
import { comparedLinks, entityName, groupLocation, inEnumeration, nameIn, namedDiff, NAME_KINDS, pairNamed, rangeOf } from '../support/pairs';

/** Framing members the original's group names and the translation's does not, per framing. */
function droppedMembers(ctx: PairContext, link: PairLink): RawFinding[] {
  const out: RawFinding[] = [];
  if (!link.source.some((s) => s.entities.some((e) => e.kind === 'member' || e.kind === 'framing'))) return out;
  const membersOf = (sentences: PairLink['source']): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const s of sentences)
      for (const e of s.entities)
        for (const key of e.keys) {
          const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
          if (kind !== 'member' && kind !== 'framing') continue;
          const framing = kind === 'member' ? id.split('/')[0]! : id;
          if (!m.has(framing)) m.set(framing, new Set());
          if (kind === 'member') m.get(framing)!.add(id);
        }
    return m;
  };
  const source = membersOf(link.source);
  // A framing is enumerated when it is named (its trigger) or a member is called by its full name:
  // "Nhà nước và nhân dân Ai Cập" are the short forms of two pillars, and no framing.
  const announced = new Set(
    link.source
      .flatMap((s) => s.entities)
      .filter((e) => (e.kind === 'member' || e.kind === 'framing') && e.role !== 'short')
      .map((e) => (e.kind === 'member' ? e.id.split('/')[0]! : e.id)),
  );
  for (const framing of [...source.keys()]) if (!announced.has(framing)) source.delete(framing);
  const target = membersOf(link.context.target);
  const here = membersOf(link.target);
  for (const [framing, members] of source) {
    const written = target.get(framing);
    // An enumeration (two members at least) that the translation renders too (a member or the trigger).
    if (members.size < 2 || !written || !here.has(framing)) continue;
    const lost = [...members].filter((m) => !written.has(m));
    if (lost.length === 0) continue;
    const spans = link.target.flatMap((s) => s.entities).filter((e) => e.keys.some((k) => k === `framing:${framing}` || k.startsWith(`member:${framing}/`)));
    const at = spans.length ? { start: spans[0]!.start, end: spans[spans.length - 1]!.end } : groupLocation(link);
    const names: Param = { list: lost.map((id) => entityName(ctx, 'member', id) ?? id) };
    out.push({ ruleId: 'parallel/member', start: at.start, end: at.end, message: msg('parallel/member', { missing: names }), fixes: [], counterpart: rangeOf(link.source) });
  }
  return out;
}

/** Consecutive list items of a side, as lists of block indexes. */
function listsOf(blocks: PairContext['source']['blocks']): number[][] {
  const lists: number[][] = [];
  for (const b of blocks) {
    const last = lists[lists.length - 1];
    if (b.kind !== 'item') continue;
    if (last && last[last.length - 1] === b.index - 1) last.push(b.index);
    else lists.push([b.index]);
  }
  return lists;
}

/**
 * A bulleted list of the original given with fewer items in the translation: told once, at the
 * translation's list. Which item went is not guessed: lists are aligned, not their items' words.
 */
function shorterLists(ctx: PairContext): RawFinding[] {
  const out: RawFinding[] = [];
  const targetLists = listsOf(ctx.target.blocks);
  const listOfTarget = new Map<number, number[]>();
  for (const l of targetLists) for (const b of l) listOfTarget.set(b, l);
  // The target lists each source block is aligned with.
  const alignedLists = new Map<number, Set<number[]>>();
  for (const link of ctx.links)
    for (const x of link.source)
      for (const t of link.target) {
        const l = listOfTarget.get(t.block);
        if (!l) continue;
        if (!alignedLists.has(x.block)) alignedLists.set(x.block, new Set());
        alignedLists.get(x.block)!.add(l);
      }
  for (const list of listsOf(ctx.source.blocks)) {
    const counterparts = new Set<number[]>();
    for (const b of list) for (const l of alignedLists.get(b) ?? []) counterparts.add(l);
    if (counterparts.size !== 1) continue;
    const target = [...counterparts][0]!;
    if (target.length >= list.length) continue;
    const first = ctx.target.blocks[target[0]!]!;
    const source = { start: ctx.source.blocks[list[0]!]!.start, end: ctx.source.blocks[list[list.length - 1]!]!.end };
    out.push({
      ruleId: 'parallel/member',
      start: first.start,
      end: first.end,
      message: msg('parallel/member-list', { count: list.length, written: target.length }),
      fixes: [],
      counterpart: source,
    });
  }
  return out;
}

/** What lists name: people, bodies, countries, organisations and agreements — not titles (one person's titles are joined by commas too). */
const LIST_KINDS = [...NAME_KINDS.filter((k) => k !== 'title'), 'event', 'agreement'] as const;

export default defineRule({
  id: 'parallel/member',
  defaultSeverity: 'warning',
  scope: 'pair',
  summary: 'A member of a list or framing that the original gives and the translation drops.',
  description:
    'A framing the original enumerates — the three pillars of Party diplomacy, State diplomacy and people-to-people diplomacy — rendered with a member missing; a list of countries, bodies or people with one left out ("Japan and Korea" for "Nhật Bản, Hàn Quốc và Ấn Độ"); an item of a bulleted list the translation does not have. A member named in other words is not dropped; a list in another order is not a finding.',
  compare(ctx) {
    const out: RawFinding[] = [];
    for (const link of comparedLinks(ctx)) {
      out.push(...droppedMembers(ctx, link));
      for (const [, diff] of namedDiff(ctx, link, LIST_KINDS)) {
        // Left over after parallel/name paired each substitution: members of an enumeration the translation gives shorter.
        const left = pairNamed(diff).missing.filter((n) => inEnumeration(ctx, link.source, n));
        if (left.length === 0 || diff.targetCount < 1) continue;
        const names: Param = { list: left.map((n) => (n.entity ? nameIn(entityName(ctx, n.kind, n.entity.id), ctx.target.lang, n.text) : n.text)) };
        out.push({ ruleId: 'parallel/member', ...groupLocation(link), message: msg('parallel/member', { missing: names }), fixes: [] });
      }
    }
    out.push(...shorterLists(ctx));
    return out;
  },
});
