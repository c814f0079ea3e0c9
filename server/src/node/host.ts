// The language server's host on the desktop: vocabulary files on disk, the pack-file cache
// under the user's cache folder.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerHost } from '../lsp/host';
import { diskVocabularyCache } from './packCache';
import { PACK_FILE, readLayer } from './vocabularyFiles';

export function nodeHost(): ServerHost {
  return {
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => (path.startsWith('/') ? pathToFileURL(path).href : path),
    resolve: (folder, path) => (isAbsolute(path) || !folder ? path : resolve(folder, path)),
    workspacePack: async (folder) => {
      const local = join(folder, '.communique');
      return existsSync(local) && readdirSync(local).some((f) => PACK_FILE.test(f)) ? local : undefined;
    },
    readLayer: async (path, overlay) => readLayer(path, path.startsWith('/') ? '/' : dirname(path), overlay),
    async readReport(uri, maxBytes) {
      if (!uri.startsWith('file:')) return { skipped: 'not a file' };
      const path = fileURLToPath(uri);
      try {
        if (statSync(path).size > maxBytes) return { skipped: 'larger than communique.maxDocumentSize' };
        return { text: readFileSync(path, 'utf8') };
      } catch (e) {
        return { skipped: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, missing: true };
      }
    },
    packCache: diskVocabularyCache(),
  };
}
