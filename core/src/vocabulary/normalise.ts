// A valid pack as the rest of the core sees it: what the schema lets authors leave out or write
// in several ways (a wrong variant as a bare string, dates as numbers, sources as a list, one
// or a sentence) filled in and written one way.

import { SECTIONS, type PackFile, type Provenance, type SourceRef, type WrongVariant } from './model';

/** Fills in what the schema lets authors leave out, so the rest of the core sees one shape. */
export function normalise(pack: PackFile): PackFile {
  for (const doc of pack.documents ?? []) doc.number = String(doc.number);
  const wrongs: { wrong?: WrongVariant[] }[] = [...(pack.bodies ?? []), ...(pack.titles ?? []), ...(pack.terms ?? [])];
  for (const f of pack.framings ?? []) wrongs.push(...f.members);
  for (const entry of wrongs) {
    if (entry.wrong) entry.wrong = entry.wrong.map((w) => (typeof w === 'string' ? { form: w } : w) as WrongVariant);
  }
  const dates = (o: Record<string, unknown>, keys: string[]): void => {
    for (const k of keys) if (typeof o[k] === 'number') o[k] = String(o[k]);
  };
  for (const d of pack.documents ?? []) dates(d as unknown as Record<string, unknown>, ['date']);
  for (const b of pack.bodies ?? []) dates(b as unknown as Record<string, unknown>, ['valid_from', 'valid_to']);
  for (const t of pack.titles ?? []) for (const h of t.holders ?? []) dates(h as unknown as Record<string, unknown>, ['from', 'to']);
  for (const e of pack.events ?? []) dates(e as unknown as Record<string, unknown>, ['start', 'end']);
  for (const d of pack.documents ?? []) dates(d as unknown as Record<string, unknown>, ['signed', 'in_force']);
  for (const p of pack.partnerships ?? []) {
    dates(p as unknown as Record<string, unknown>, ['established']);
    for (const l of p.levels) dates(l as unknown as Record<string, unknown>, ['from']);
  }
  for (const section of SECTIONS) {
    for (const entry of (pack[section] ?? []) as Provenance[]) {
      readSources(entry);
      for (const h of (entry as { holders?: Provenance[] }).holders ?? []) readSources(h);
      for (const l of (entry as { levels?: Provenance[] }).levels ?? []) readSources(l);
    }
  }
  return pack;
}

/** `source` as written (a list of public sources, one, or a sentence) → `sources`, a one-line `source`, the first `source_url`. */
function readSources(p: Provenance): void {
  const written = p.source as unknown;
  if (typeof written === 'string' || written === undefined) return;
  const list = (Array.isArray(written) ? written : [written]) as SourceRef[];
  for (const s of list) if (typeof s.date === 'number') s.date = String(s.date);
  p.sources = list;
  p.source = list.map(describeSource).join('; ');
  p.source_url ??= list[0]?.url;
}

/** "Nhân Dân, “Title”, 2024-08-03". */
export function describeSource(s: SourceRef): string {
  return [s.publisher, s.title ? `“${s.title}”` : undefined, s.date].filter(Boolean).join(', ');
}
