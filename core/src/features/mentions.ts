// Where a report mentions one entity of the vocabulary: its citations of a document, and every
// mention whose words name the entity (in either language, wrong forms included), for Show
// Mentions. Pure: offsets into the report's text.

import type { CheckResult } from '../check';
import type { EntityKind } from '../vocabulary/compile';
import type { Section } from '../vocabulary/model';

/** The kinds of surface form that name an entity of each section. */
const KINDS: Record<Section, EntityKind[]> = {
  documents: ['document', 'agreement'],
  bodies: ['body'],
  titles: ['title'],
  people: ['person'],
  terms: ['term'],
  framings: ['framing', 'member'],
  events: ['event'],
  milestones: ['milestone'],
  partnerships: ['country'],
};

/** Source ranges of the report's mentions of `section:id`, in text order, each once. */
export function mentionsOf(result: CheckResult, section: Section, id: string): { start: number; end: number }[] {
  const kinds = KINDS[section];
  if (!kinds) return [];
  const out = new Map<string, { start: number; end: number }>();
  const add = (start: number, end: number): void => void out.set(`${start}:${end}`, { start, end });
  for (const b of result.blocks) {
    if (section === 'documents') for (const c of b.citations) if (c.document?.id === id) add(c.start, c.end);
    for (const m of b.mentions) {
      const named = [m.form, ...m.alternatives].some(
        (f) => kinds.includes(f.kind as EntityKind) && f.role !== 'type-word' && (f.id === id || (f.kind === 'member' && f.id.startsWith(`${id}/`))),
      );
      // A document's short form inside a citation already counted is the same mention.
      if (named && ![...out.values()].some((r) => m.start >= r.start && m.end <= r.end)) add(m.start, m.end);
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
