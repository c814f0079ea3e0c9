// The language server's host on the desktop: vocabulary files on disk, the pack-file cache
// under the user's cache folder.

import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerHost } from '../lsp/host';
import { diskPackCache } from './packCache';
import { readLayer } from './vocabularyFiles';

export function nodeHost(): ServerHost {
  return {
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => (path.startsWith('/') ? pathToFileURL(path).href : path),
    resolve: (folder, path) => (isAbsolute(path) || !folder ? path : resolve(folder, path)),
    workspacePack: async (folder) => {
      const local = join(folder, '.communique');
      return existsSync(local) && readdirSync(local).some((f) => /\.ya?ml$/i.test(f)) ? local : undefined;
    },
    readLayer: async (path, overlay) => readLayer(path, path.startsWith('/') ? '/' : dirname(path), overlay),
    packCache: diskPackCache(),
  };
}
