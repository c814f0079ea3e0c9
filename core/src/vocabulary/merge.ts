// Layering: the vocabulary in force from its layers in order (the built-in pack first), each
// later entry with the same id replacing an earlier one; ids unique within a layer, and every
// reference resolved in the merged vocabulary.

import { checkReferences } from './checks';
import { SECTIONS, type Layer, type Vocabulary } from './model';
import type { VocabProblem } from './problems';

/** Merges layers in order: a later entry with the same id replaces an earlier one. */
export function mergeLayers(layers: Layer[]): { vocabulary: Vocabulary; problems: VocabProblem[] } {
  const vocabulary: { [K in keyof Vocabulary]: Vocabulary[K] extends ReadonlyMap<infer I, infer E> ? Map<I, E> : Vocabulary[K] } = {
    documents: new Map(),
    bodies: new Map(),
    titles: new Map(),
    people: new Map(),
    terms: new Map(),
    framings: new Map(),
    events: new Map(),
    milestones: new Map(),
    partnerships: new Map(),
    origins: new Map(),
    layers: [],
  };
  const problems: VocabProblem[] = [];
  for (const layer of layers) {
    let count = 0;
    const seenInLayer = new Map<string, string>();
    for (const file of layer.files) {
      const occurrences = new Map<string, number>();
      for (const section of SECTIONS) {
        for (const entry of file.pack[section] ?? []) {
          const key = `${section}:${entry.id}`;
          const k = occurrences.get(key) ?? 0;
          occurrences.set(key, k + 1);
          const origin = file.origins.get(k > 0 ? `${key}#${k}` : key) ?? file.origins.get(key);
          const previous = seenInLayer.get(key);
          if (previous !== undefined && origin) {
            problems.push({
              file: file.path, line: origin.line, column: origin.column, endLine: origin.line, endColumn: origin.column + entry.id.length,
              ruleId: 'vocab/duplicate-id', message: `The id \`${entry.id}\` is already used in ${section} (${previous}); ids must be unique within a layer.`,
            });
            continue;
          }
          seenInLayer.set(key, origin ? `${origin.file}:${origin.line}` : file.path);
          (vocabulary[section] as Map<string, unknown>).set(entry.id, entry);
          if (origin) vocabulary.origins.set(key, { ...origin, layer: layer.name });
          count++;
        }
      }
    }
    vocabulary.layers.push({ name: layer.name, files: layer.files.map((f) => f.path), entities: count });
  }
  problems.push(...checkReferences(vocabulary));
  return { vocabulary, problems };
}
