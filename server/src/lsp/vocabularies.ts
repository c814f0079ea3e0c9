// The vocabularies in force, one per distinct set of layers (the project configuration's packs,
// the settings' paths and the project's .communique folder: config.ts decides). A layer that fails to load is reported and the last
// good vocabulary for that set stays in force. Files are found and read by the host
// (disk on the desktop, the client's file system on the web).

import { buildVocabulary, builtinVocabulary, type CompiledVocabulary, type LayerSource, type VocabProblem } from '@communique/core';
import type { ServerHost } from './host';

export interface VocabularyStatus {
  compiled: CompiledVocabulary;
  problems: VocabProblem[];
  /** True when problems kept an older vocabulary in force. */
  stale: boolean;
}

export class Vocabularies {
  private readonly byKey = new Map<string, VocabularyStatus>();
  /** Pack files open in the editor: their unsaved text is the vocabulary. */
  private readonly overlay = new Map<string, string>();

  constructor(private readonly host: ServerHost) {}

  /** Uses `text` for the pack file at `path` until it is cleared with undefined (on close). */
  setOverlay(path: string, text: string | undefined): void {
    if (text === undefined) this.overlay.delete(path);
    else this.overlay.set(path, text);
  }

  async get(paths: string[]): Promise<VocabularyStatus> {
    const key = paths.join('\u0000');
    const cached = this.byKey.get(key);
    if (cached) return cached;
    return this.load(key, paths);
  }

  private async load(key: string, paths: string[]): Promise<VocabularyStatus> {
    const layers: LayerSource[] = [];
    const problems: VocabProblem[] = [];
    for (const p of paths) {
      const read = await this.host.readLayer(p, this.overlay);
      problems.push(...read.problems);
      if (read.layer) layers.push(read.layer);
    }
    // Read after the files, so that a load that finished meanwhile is the one kept in force.
    const previous = this.byKey.get(key);
    let status: VocabularyStatus;
    const built = problems.length === 0 ? buildVocabulary(layers, true, this.host.packCache) : undefined;
    if (built?.compiled) status = { compiled: built.compiled, problems: built.problems, stale: false };
    else {
      problems.push(...(built?.problems ?? []));
      status = { compiled: previous?.compiled ?? builtinVocabulary(), problems, stale: true };
    }
    this.byKey.set(key, status);
    return status;
  }

  async reloadAll(): Promise<VocabularyStatus[]> {
    this.host.refresh?.();
    const keys = [...this.byKey.keys()];
    return Promise.all(keys.map((key) => this.load(key, key === '' ? [] : key.split('\u0000'))));
  }
}
