// Shared by the fact/congress-date, fact/milestone rules.

import type { EventEntry, MilestoneEntry, Vocabulary } from '../../vocabulary/model';

/** Per vocabulary, the events with an ordinal and the milestones by year (rules run once per block). */
export const derived = new WeakMap<Vocabulary, { events: (EventEntry & { ordinal: number })[]; milestones: MilestoneEntry[]; years: Set<number> }>();

export function derivedOf(v: Vocabulary): { events: (EventEntry & { ordinal: number })[]; milestones: MilestoneEntry[]; years: Set<number> } {
  let d = derived.get(v);
  if (!d) {
    const milestones = [...v.milestones.values()].sort((a, b) => a.year - b.year);
    d = { events: [...v.events.values()].filter((e): e is EventEntry & { ordinal: number } => e.ordinal !== undefined), milestones, years: new Set(milestones.map((m) => m.year)) };
    derived.set(v, d);
  }
  return d;
}
