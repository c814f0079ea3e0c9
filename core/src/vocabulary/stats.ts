// What a vocabulary holds: entries by kind and confidence, and the publishers its facts come
// from (`communique vocab stats`). Holdings and partnership levels count as facts of their own.

import { SECTIONS, type Confidence, type Provenance, type Section, type Vocabulary } from './model';

export interface VocabularyStats {
  /** Per section: entries, and entries by confidence. */
  kinds: Record<Section, { entries: number } & Record<Confidence, number>>;
  /** Holdings of offices and levels of partnerships, each a sourced fact. */
  holdings: number;
  levels: number;
  /** Wrong forms with their fixes (bodies, titles, terms, framing members). */
  wrongForms: number;
  /** Facts per publisher, most first; facts whose source is a sentence are under "(in words)". */
  publishers: [string, number][];
  /** Facts with at least one source URL, of all facts. */
  withUrl: number;
  facts: number;
}

export function vocabularyStats(v: Vocabulary): VocabularyStats {
  const kinds = {} as VocabularyStats['kinds'];
  const publishers = new Map<string, number>();
  let holdings = 0;
  let levels = 0;
  let wrongForms = 0;
  let withUrl = 0;
  let facts = 0;
  const count = (p: Provenance): void => {
    facts++;
    if (p.source_url || p.sources?.some((s) => s.url)) withUrl++;
    const names = p.sources?.length ? [...new Set(p.sources.map((s) => s.publisher))] : ['(in words)'];
    for (const n of names) publishers.set(n, (publishers.get(n) ?? 0) + 1);
  };
  for (const section of SECTIONS) {
    const row = { entries: 0, high: 0, medium: 0, low: 0 };
    for (const e of (v[section] as ReadonlyMap<string, Provenance & { wrong?: unknown[]; holders?: Provenance[]; levels?: Provenance[]; members?: { wrong?: unknown[] }[] }>).values()) {
      row.entries++;
      row[e.confidence]++;
      count(e);
      wrongForms += e.wrong?.length ?? 0;
      for (const m of e.members ?? []) wrongForms += m.wrong?.length ?? 0;
      for (const h of e.holders ?? []) {
        holdings++;
        count(h);
      }
      for (const l of e.levels ?? []) {
        levels++;
        count(l);
      }
    }
    kinds[section] = row;
  }
  return { kinds, holdings, levels, wrongForms, publishers: [...publishers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), withUrl, facts };
}
