// Building the vocabulary in force from its layers: the built-in pack first, then each
// further layer adding entries or overriding them by id.

import builtinFiles from 'communique:builtin-pack';
import { hash64 } from '../text/hash';
import { compileVocabulary, type CompiledVocabulary } from './compile';
import { loadPackFile, type SourceFile } from './load';
import { isBlocking, type VocabProblem } from './problems';
import { mergeLayers } from './merge';
import type { Layer, PackFile } from './model';
import { fromSnapshot, snapshotOf } from './snapshot';

export interface LayerSource {
  name: string;
  files: SourceFile[];
}

/** The built-in pack, already validated and parsed when the extension was built. */
function builtinLayer(): Layer {
  return { name: 'built-in', files: builtinFiles().map((f) => ({ path: f.path, pack: f.pack, origins: new Map(f.origins) })) };
}

export interface BuiltVocabulary {
  /** Absent when any layer has an error: the caller keeps its last good vocabulary. Warnings come with it. */
  compiled?: CompiledVocabulary;
  problems: VocabProblem[];
}

/**
 * Where an adapter keeps work already done, by the hash of the texts it came from: each pack
 * file read without problems (YAML parsing and schema validation), and the compiled
 * vocabulary of a whole set of layers (see snapshot.ts), so that starting with a large pack
 * costs about as much as starting with a small one. The core decides what is stored; the
 * adapter where.
 */
export interface VocabularyCache {
  get(key: string): Uint8Array | undefined;
  set(key: string, value: Uint8Array): void;
}

/** The cache key of a file's text: its 64-bit hash (hash64) in hex, with its length. */
export function textKey(text: string): string {
  const [a, b] = hash64('', [], text, 0, text.length);
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${text.length}`;
}

declare const __LOADER_HASH__: string | undefined;
/** Changes with every change to the loader or the schema (set by the build), so that a cached file is read again then. */
const LOADER = typeof __LOADER_HASH__ === 'string' ? __LOADER_HASH__ : 'dev';

function loadCached(file: SourceFile, key: string, cache: VocabularyCache | undefined): ReturnType<typeof loadPackFile> {
  if (!cache) return loadPackFile(file);
  const hit = cache.get(`${LOADER}-${key}`);
  if (hit !== undefined) {
    try {
      const { pack, origins } = JSON.parse(new TextDecoder().decode(hit)) as { pack: PackFile; origins: [string, { line: number; column: number }][] };
      return { file: { path: file.path, pack, origins: new Map(origins.map(([k, o]) => [k, { ...o, file: file.path }])) }, problems: [] };
    } catch {
      // A damaged entry is read again from the file.
    }
  }
  const loaded = loadPackFile(file);
  if (loaded.file && loaded.problems.length === 0) {
    const json = JSON.stringify({ pack: loaded.file.pack, origins: [...loaded.file.origins].map(([k, o]) => [k, { line: o.line, column: o.column }]) });
    cache.set(`${LOADER}-${key}`, new TextEncoder().encode(json));
  }
  return loaded;
}

export function buildVocabulary(extra: LayerSource[] = [], includeBuiltin = true, cache?: VocabularyCache): BuiltVocabulary {
  const fileKeys = extra.map((source) => source.files.map((file) => file.key ?? textKey(file.text)));
  // The whole set of layers: names, paths and texts, in order (the built-in pack is part of LOADER).
  // The built-in pack alone too: restoring it costs less than merging and compiling it (about
  // 5 ms of every start of the command line and the server).
  const snapshotKey = cache
    ? `${LOADER}-vocabulary-${includeBuiltin ? 'b' : 'n'}-${textKey(JSON.stringify(extra.map((s, i) => [s.name, s.files.map((f, j) => [f.path, fileKeys[i]![j]])])))}`
    : undefined;
  if (snapshotKey) {
    const hit = cache!.get(snapshotKey);
    const restored = hit && fromSnapshot(hit);
    if (restored) return restored;
  }

  const problems: VocabProblem[] = [];
  const layers: Layer[] = includeBuiltin ? [builtinLayer()] : [];
  extra.forEach((source, i) => {
    const layer: Layer = { name: source.name, files: [] };
    source.files.forEach((file, j) => {
      const loaded = loadCached(file, fileKeys[i]![j]!, cache);
      problems.push(...loaded.problems);
      if (loaded.file) layer.files.push(loaded.file);
    });
    layers.push(layer);
  });
  if (problems.some(isBlocking)) return { problems };
  const merged = mergeLayers(layers);
  if (merged.problems.length > 0) return { problems: [...problems, ...merged.problems] };
  const compiled = compileVocabulary(merged.vocabulary);
  if (snapshotKey) cache!.set(snapshotKey, snapshotOf(compiled, problems));
  return { compiled, problems };
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
