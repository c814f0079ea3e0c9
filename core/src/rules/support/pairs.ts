// What the parallel/ rules share: matching the anchors of an aligned group one to one, the
// entities' names in either language, and where a finding about a group is located.

import type { PairContext, PairLink } from '../../parallel/context';
import type { EntityAnchor, Sentence } from '../../parallel/side';
import type { EntityKind } from '../../vocabulary/compile';
import { fold } from '../../text/fold';
import type { Lang, Localized } from '../../types';

/** The aligned groups with both a source and a target. */
export function comparedLinks(ctx: PairContext): PairLink[] {
  return ctx.links.filter((l) => l.source.length > 0 && l.target.length > 0);
}

/**
 * Matches source items with target items one to one (first equal, in order) and returns those
 * left over on each side, in order.
 */
export function unmatched<S, T>(source: S[], target: T[], same: (s: S, t: T) => boolean): { source: S[]; target: T[] } {
  const used = new Set<number>();
  const leftTarget: T[] = [];
  for (const t of target) {
    const k = source.findIndex((s, i) => !used.has(i) && same(s, t));
    if (k >= 0) used.add(k);
    else leftTarget.push(t);
  }
  return { source: source.filter((_, i) => !used.has(i)), target: leftTarget };
}

/** The source range of a group's sentences. */
export function rangeOf(sentences: Sentence[]): { start: number; end: number } {
  return { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end };
}

/** A finding's location when it is about a group rather than one word: the group's first target sentence. */
export function groupLocation(link: PairLink): { start: number; end: number; counterpart: { start: number; end: number } } {
  const first = link.target[0]!;
  return { start: first.start, end: first.end, counterpart: rangeOf(link.source) };
}

/** A vocabulary entity's name in both languages. */
export function entityName(ctx: PairContext, kind: EntityKind, id: string): Localized | undefined {
  const v = ctx.vocab.vocabulary;
  switch (kind) {
    case 'body':
      return v.bodies.get(id)?.name;
    case 'title':
      return v.titles.get(id)?.name;
    case 'person':
      return v.people.get(id)?.name;
    case 'term':
      return v.terms.get(id)?.name;
    case 'country':
      return v.partnerships.get(id)?.country;
    case 'framing':
      return v.framings.get(id)?.name;
    case 'member': {
      const [framing, member] = id.split('/');
      return v.framings.get(framing!)?.members.find((m) => m.id === member)?.name;
    }
    case 'document':
    case 'agreement': {
      const d = v.documents.get(id);
      return d?.short_forms ? { en: d.short_forms.en?.[0] ?? d.symbol, vi: d.short_forms.vi?.[0] ?? d.symbol } : d?.symbol ? { en: d.symbol, vi: d.symbol } : undefined;
    }
    case 'event':
      return v.events.get(id)?.name;
    default:
      return undefined;
  }
}

/** The entity's name in a language, else in the other, else as written. */
export function nameIn(name: Localized | undefined, lang: Lang, written: string): string {
  return name?.[lang] ?? name?.[lang === 'en' ? 'vi' : 'en'] ?? written;
}

/** Folded names a person is written by, for matching a name the vocabulary does not tag. */
export function personAliases(ctx: PairContext, id: string): string[] {
  let known = aliasesOf.get(ctx.vocab);
  if (!known) aliasesOf.set(ctx.vocab, (known = new Map()));
  let aliases = known.get(id);
  if (!aliases) {
    const p = ctx.vocab.vocabulary.people.get(id);
    aliases = p ? [p.name.en, p.name.vi, ...(p.variants ?? [])].filter((x): x is string => !!x).map(fold) : [];
    known.set(id, aliases);
  }
  return aliases;
}
const aliasesOf = new WeakMap<object, Map<string, string[]>>();

/** Entity keys present in sentences (every alternative, every role but a wrong form). */
export function presentKeys(sentences: Sentence[], includeWrong = false): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const e of s.entities) if (includeWrong || e.role !== 'wrong') for (const k of e.keys) out.add(k);
  return out;
}

/** Entity mentions of the given kinds in sentences. */
export function entitiesOf(sentences: Sentence[], kinds: readonly EntityKind[]): EntityAnchor[] {
  return sentences.flatMap((s) => s.entities.filter((e) => kinds.includes(e.kind)));
}

/** A Vietnamese name as English writes it: without diacritics ("Phạm Minh Chính" → "Pham Minh Chinh"). */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** The kinds parallel/name compares: who and what acts. */
export const NAME_KINDS: readonly EntityKind[] = ['person', 'title', 'body', 'country'];

/** A person, title, body or country in a group: a vocabulary mention, or a name it does not know. */
export interface Named {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  /** The vocabulary entity, when it is one. */
  entity?: EntityAnchor;
}

/**
 * What one side of a group names more often than the other, per kind, each list in order. A
 * name counts as present tagged or written plainly (a person without diacritics), also in a wrong
 * form (that is parallel/name's other finding); what the group lacks but its aligned blocks
 * have is not counted (a name moved to the neighbouring sentence).
 */
export function namedDiff(ctx: PairContext, link: PairLink, kinds: readonly EntityKind[] = NAME_KINDS): Map<EntityKind, NamedDiff> {
  // parallel/name and parallel/member both ask, for overlapping kinds: each kind's difference is computed once per group.
  let known = diffs.get(link);
  if (!known) diffs.set(link, (known = new Map()));
  const out = new Map<EntityKind, NamedDiff>();
  for (const kind of kinds) {
    let d = known.get(kind);
    if (!d) known.set(kind, (d = kindDiff(ctx, link, kind)));
    out.set(kind, d);
  }
  return out;
}

export interface NamedDiff {
  missing: Named[];
  extra: Named[];
  sourceCount: number;
  targetCount: number;
}
const diffs = new WeakMap<PairLink, Map<EntityKind, NamedDiff>>();

function kindDiff(ctx: PairContext, link: PairLink, kind: EntityKind): NamedDiff {
  const sides = {
    source: { here: link.source, around: link.context.source },
    target: { here: link.target, around: link.context.target },
  };
  // Every occurrence as a key: an entity's own, or a plain name resolved to a person the other side tags.
  const keyed = (sentences: Sentence[], kind: EntityKind): { key: string; named: Named }[] => {
    const items: { key: string; named: Named }[] = [];
    for (const s of sentences) {
      for (const e of s.entities) if (e.kind === kind) items.push({ key: e.keys[0]!, named: { kind, start: e.start, end: e.end, text: e.text, entity: e } });
      if (kind === 'person') for (const n of s.names) items.push({ key: `name:${n.key}`, named: { kind, start: n.start, end: n.end, text: n.text } });
    }
    return items;
  };
  {
    const sh = keyed(sides.source.here, kind);
    const th = keyed(sides.target.here, kind);
    if (sh.length === 0 && th.length === 0) return { missing: [], extra: [], sourceCount: 0, targetCount: 0 };
    const sa = keyed(sides.source.around, kind);
    const ta = keyed(sides.target.around, kind);
    // One key for a plain name and the person it names, and for two spellings of one plain name.
    const canon = canonicalizer(
      ctx,
      [...sa, ...ta].map((x) => x.key),
    );
    const count = (xs: { key: string }[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const x of xs) m.set(canon(x.key), (m.get(canon(x.key)) ?? 0) + 1);
      return m;
    };
    const [csh, cth, csa, cta] = [count(sh), count(th), count(sa), count(ta)];
    const surplus = (
      items: { key: string; named: Named }[],
      mine: Map<string, number>,
      theirs: Map<string, number>,
      mineAround: Map<string, number>,
      theirsAround: Map<string, number>,
    ): Named[] => {
      const left = new Map<string, number>();
      for (const [k, n] of mine) left.set(k, Math.max(0, Math.min(n - (theirs.get(k) ?? 0), (mineAround.get(k) ?? 0) - (theirsAround.get(k) ?? 0))));
      const picked: Named[] = [];
      // The last occurrences of a key are the surplus ones (the first are most likely the matched).
      for (const it of [...items].reverse()) {
        const k = canon(it.key);
        if ((left.get(k) ?? 0) > 0) {
          picked.push(it.named);
          left.set(k, left.get(k)! - 1);
        }
      }
      return picked.reverse();
    };
    return {
      missing: surplus(sh, csh, cth, csa, cta),
      extra: surplus(th, cth, csh, cta, csa),
      sourceCount: new Set(sh.map((x) => canon(x.key))).size,
      targetCount: new Set(th.map((x) => canon(x.key))).size,
    };
  }
}

/** Maps a plain name's key to the person it names (by the person's names) or to a longer plain name containing it. */
function canonicalizer(ctx: PairContext, keys: string[]): (key: string) => string {
  const people = [...new Set(keys.filter((k) => k.startsWith('person:')))].map((k) => ({ key: k, aliases: personAliases(ctx, k.slice(7)) }));
  const plain = [...new Set(keys.filter((k) => k.startsWith('name:')))].map((k) => k.slice(5));
  const map = new Map<string, string>();
  for (const name of plain) {
    const person = people.find((p) => p.aliases.some((a) => a === name || a.includes(name) || name.includes(a)));
    if (person) map.set(`name:${name}`, person.key);
    else {
      // "Pham Minh Chinh" and "Pham Minh Chinh Prime" (a run that went on): the shortest that the others contain.
      const shortest = plain.filter((o) => o !== name && name.includes(o)).sort((a, b) => a.length - b.length)[0];
      if (shortest) map.set(`name:${name}`, `name:${shortest}`);
    }
  }
  return (key) => map.get(key) ?? key;
}

/** Whether two names share a word (folded): "Pham Binh Minh" and "Phạm Minh Chính" do, "Song Tao" and "Tống Đào" do not. */
function shareWord(a: string, b: string): boolean {
  const words = new Set(
    fold(a)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
  return fold(b)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => words.has(w));
}

/**
 * Pairs what the original names and the translation does not with what the translation names
 * instead: two vocabulary entities of a kind always pair; a name the vocabulary does not know
 * pairs only with one that shares a word with it (a transliterated foreign name is not a swap).
 */
export function pairNamed(diff: { missing: Named[]; extra: Named[] }): { pairs: [Named, Named][]; missing: Named[]; extra: Named[] } {
  const used = new Set<number>();
  const pairs: [Named, Named][] = [];
  const extra: Named[] = [];
  for (const t of diff.extra) {
    const k = diff.missing.findIndex((s, i) => !used.has(i) && ((s.entity && t.entity) || shareWord(s.text, t.text)));
    if (k >= 0) {
      used.add(k);
      pairs.push([diff.missing[k]!, t]);
    } else extra.push(t);
  }
  return { pairs, missing: diff.missing.filter((_, i) => !used.has(i)), extra };
}

const LIST_GLUE = /^(?:\s*\([^()]{0,40}\))?[\s,;]*(?:(?:và|cùng|and|or|hoặc|as well as)\s+)?(?:the\s+)?$/iu;

/** Whether a name stands in an enumeration of its kind in its sentence: another of its kind next to it, joined by a comma or "and". */
export function inEnumeration(ctx: PairContext, sentences: Sentence[], item: Named): boolean {
  const text = ctx.source.text;
  const same = sentences.flatMap((s) => [...s.entities.filter((e) => e.kind === item.kind), ...(item.kind === 'person' ? s.names : [])]).sort((a, b) => a.start - b.start);
  const i = same.findIndex((x) => x.start === item.start);
  const before = same[i - 1];
  const after = same[i + 1];
  return (!!before && LIST_GLUE.test(text.slice(before.end, item.start))) || (!!after && LIST_GLUE.test(text.slice(item.end, after.start)));
}
