// The vocabulary cache on disk (see VocabularyCache): one file per entry under the user's
// cache folder, the least recently used removed beyond a cap so that the folder does not grow
// without end. Turned off with COMMUNIQUE_NO_CACHE=1. A cache that cannot be written is
// simply not used.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type VocabularyCache } from '@communique/core';

/** Entries kept; each write beyond this removes the least recently used. */
const MAX_ENTRIES = 64;

/** The user's cache folder for Communiqué (`COMMUNIQUE_CACHE_DIR`, else `XDG_CACHE_HOME`, else `~/.cache`, then `communique`). */
export function cacheRoot(): string {
  return join(process.env.COMMUNIQUE_CACHE_DIR || process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'communique');
}

/** `COMMUNIQUE_NO_CACHE=1` turns off every cache on disk: this one and the CLI's code cache. */
export function cacheDisabled(): boolean {
  return process.env.COMMUNIQUE_NO_CACHE === '1';
}

export function cacheDirectory(): string {
  return join(cacheRoot(), 'packs');
}

export function diskVocabularyCache(): VocabularyCache | undefined {
  if (cacheDisabled()) return undefined;
  const dir = cacheDirectory();
  return {
    get(key) {
      const path = join(dir, `${key}.bin`);
      try {
        const bytes = readFileSync(path);
        try {
          // Marks the entry as used, for pruning.
          const now = new Date();
          utimesSync(path, now, now);
        } catch {
          // A read-only cache still serves reads.
        }
        return bytes;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so that a reader never sees half a file.
        const tmp = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(tmp, value);
        renameSync(tmp, join(dir, `${key}.bin`));
        prune(dir);
      } catch {
        // Read-only or full disk: work without the cache.
      }
    },
  };
}

function prune(dir: string): void {
  pruneLeastRecentlyUsed(dir, MAX_ENTRIES, (name) => name.endsWith('.bin') || name.endsWith('.json'));
}

/**
 * Removes from `dir` the entries (files for which `isEntry` holds) beyond the `keep` most recently
 * used, by modification time (readers touch what they use). Shared by the caches on disk.
 */
export function pruneLeastRecentlyUsed(dir: string, keep: number, isEntry: (name: string) => boolean): void {
  const entries: { name: string; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!isEntry(name)) continue;
    try {
      entries.push({ name, used: statSync(join(dir, name)).mtimeMs });
    } catch {
      // gone meanwhile
    }
  }
  if (entries.length <= keep) return;
  entries.sort((a, b) => b.used - a.used);
  for (const e of entries.slice(keep)) rmSync(join(dir, e.name), { force: true });
}
