// Building the vocabulary in force from its layers: the built-in pack first, then each
// further layer adding entries or overriding them by id.

import builtinFiles from 'communique:builtin-pack';
import { compileVocabulary, type CompiledVocabulary } from './compile';
import { isBlocking, loadPackFile, mergeLayers, type Layer, type SourceFile, type VocabProblem } from './load';

export interface LayerSource {
  name: string;
  files: SourceFile[];
}

/** The built-in pack, already validated and parsed when the extension was built. */
function builtinLayer(): Layer {
  return { name: 'built-in', files: builtinFiles.map((f) => ({ path: f.path, pack: f.pack, origins: new Map(f.origins) })) };
}

export interface BuiltVocabulary {
  /** Absent when any layer has an error: the caller keeps its last good vocabulary. Warnings come with it. */
  compiled?: CompiledVocabulary;
  problems: VocabProblem[];
}

export function buildVocabulary(extra: LayerSource[] = [], includeBuiltin = true): BuiltVocabulary {
  const problems: VocabProblem[] = [];
  const layers: Layer[] = includeBuiltin ? [builtinLayer()] : [];
  for (const source of extra) {
    const layer: Layer = { name: source.name, files: [] };
    for (const file of source.files) {
      const loaded = loadPackFile(file);
      problems.push(...loaded.problems);
      if (loaded.file) layer.files.push(loaded.file);
    }
    layers.push(layer);
  }
  if (problems.some(isBlocking)) return { problems };
  const merged = mergeLayers(layers);
  if (merged.problems.length > 0) return { problems: [...problems, ...merged.problems] };
  return { compiled: compileVocabulary(merged.vocabulary), problems };
}

let builtin: CompiledVocabulary | undefined;
/** The built-in pack alone, compiled once. */
export function builtinVocabulary(): CompiledVocabulary {
  if (!builtin) {
    const built = buildVocabulary();
    if (!built.compiled) throw new Error(`The built-in vocabulary is invalid:\n${built.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`);
    builtin = built.compiled;
  }
  return builtin;
}
