// Building the vocabulary in force from its layers: the built-in pack first, then each
// further layer adding entries or overriding them by id.

import builtinFiles from 'communique:builtin-pack';
import { compileVocabulary, type CompiledVocabulary } from './compile';
import { isBlocking, loadPackFile, mergeLayers, type Layer, type SourceFile, type VocabProblem } from './load';
import type { PackFile } from './model';

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

/**
 * Where an adapter keeps pack files already read, by the hash of their text: reading a large
 * pack (YAML parsing and schema validation) is most of the cost of starting with it. Only
 * files read without any problem are kept. The core decides what is stored; the adapter where.
 */
export interface PackFileCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** FNV-1a (64-bit, as two 32-bit halves) of the text, with its length: the cache key of a file. */
export function textKey(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}-${text.length}`;
}

declare const __LOADER_HASH__: string | undefined;
/** Changes with every change to the loader or the schema (set by the build), so that a cached file is read again then. */
const LOADER = typeof __LOADER_HASH__ === 'string' ? __LOADER_HASH__ : 'dev';

function loadCached(file: SourceFile, cache: PackFileCache | undefined): ReturnType<typeof loadPackFile> {
  if (!cache) return loadPackFile(file);
  const key = `${LOADER}-${textKey(file.text)}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    try {
      const { pack, origins } = JSON.parse(hit) as { pack: PackFile; origins: [string, { line: number; column: number }][] };
      return { file: { path: file.path, pack, origins: new Map(origins.map(([k, o]) => [k, { ...o, file: file.path }])) }, problems: [] };
    } catch {
      // A damaged entry is read again from the file.
    }
  }
  const loaded = loadPackFile(file);
  if (loaded.file && loaded.problems.length === 0) {
    cache.set(key, JSON.stringify({ pack: loaded.file.pack, origins: [...loaded.file.origins].map(([k, o]) => [k, { line: o.line, column: o.column }]) }));
  }
  return loaded;
}

export function buildVocabulary(extra: LayerSource[] = [], includeBuiltin = true, cache?: PackFileCache): BuiltVocabulary {
  const problems: VocabProblem[] = [];
  const layers: Layer[] = includeBuiltin ? [builtinLayer()] : [];
  for (const source of extra) {
    const layer: Layer = { name: source.name, files: [] };
    for (const file of source.files) {
      const loaded = loadCached(file, cache);
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
