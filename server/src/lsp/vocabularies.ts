// The vocabularies in force, one per distinct set of layers (settings paths plus the
// workspace's .communique folder). A layer that fails to load is reported and the last
// good vocabulary for that set stays in force.

import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { builtinVocabulary, buildVocabulary, type LayerSource } from '../core/vocabulary';
import type { CompiledVocabulary } from '../core/vocabulary/compile';
import type { VocabProblem } from '../core/vocabulary/load';
import { diskVocabularyCache } from '../node/packCache';
import { PACK_FILE, readLayer } from '../node/vocabularyFiles';

export interface VocabularyStatus {
  compiled: CompiledVocabulary;
  problems: VocabProblem[];
  /** True when problems kept an older vocabulary in force. */
  stale: boolean;
}

export class Vocabularies {
  private readonly byKey = new Map<string, VocabularyStatus>();
  private readonly packCache = diskVocabularyCache();
  /** Pack files open in the editor: their unsaved text is the vocabulary. */
  private readonly overlay = new Map<string, string>();

  /** Uses `text` for the pack file at `path` until it is cleared with undefined (on close). */
  setOverlay(path: string, text: string | undefined): void {
    if (text === undefined) this.overlay.delete(path);
    else this.overlay.set(path, text);
  }

  /** The layer paths for a document: settings paths (relative to the folder), then `<folder>/.communique`. */
  /** In an untrusted workspace the workspace's own packs (.communique/) are not loaded. */
  trusted = true;

  layerPaths(folder: string | undefined, settingsPaths: string[]): string[] {
    const paths = settingsPaths.map((p) => (isAbsolute(p) || !folder ? p : resolve(folder, p)));
    if (folder && this.trusted) {
      const local = join(folder, '.communique');
      if (existsSync(local) && readdirSync(local).some((f) => PACK_FILE.test(f))) paths.push(local);
    }
    return paths;
  }

  get(paths: string[]): VocabularyStatus {
    const key = paths.join('\u0000');
    const cached = this.byKey.get(key);
    if (cached) return cached;
    return this.load(key, paths);
  }

  private load(key: string, paths: string[]): VocabularyStatus {
    const previous = this.byKey.get(key);
    const layers: LayerSource[] = [];
    const problems: VocabProblem[] = [];
    for (const p of paths) {
      const read = readLayer(p, p.startsWith('/') ? '/' : dirname(p), this.overlay);
      problems.push(...read.problems);
      if (read.layer) layers.push(read.layer);
    }
    let status: VocabularyStatus;
    const built = problems.length === 0 ? buildVocabulary(layers, true, this.packCache) : undefined;
    if (built?.compiled) status = { compiled: built.compiled, problems: built.problems, stale: false };
    else {
      problems.push(...(built?.problems ?? []));
      status = { compiled: previous?.compiled ?? builtinVocabulary(), problems, stale: true };
    }
    this.byKey.set(key, status);
    return status;
  }

  reloadAll(): VocabularyStatus[] {
    const keys = [...this.byKey.keys()];
    return keys.map((key) => this.load(key, key === '' ? [] : key.split('\u0000')));
  }
}
