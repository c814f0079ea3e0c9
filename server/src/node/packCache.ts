// The pack-file cache on disk (see PackFileCache): one JSON file per pack file read without
// problems, under the user's cache folder. Turned off with COMMUNIQUE_NO_CACHE=1. A cache that
// cannot be written is simply not used.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PackFileCache } from '../core/vocabulary';

export function diskPackCache(): PackFileCache | undefined {
  if (process.env.COMMUNIQUE_NO_CACHE === '1') return undefined;
  const dir = join(process.env.COMMUNIQUE_CACHE_DIR || process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'communique', 'packs');
  return {
    get(key) {
      try {
        return readFileSync(join(dir, `${key}.json`), 'utf8');
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
        renameSync(tmp, join(dir, `${key}.json`));
      } catch {
        // Read-only or full disk: work without the cache.
      }
    },
  };
}
