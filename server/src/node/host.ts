// The language server's host on the desktop: vocabulary files on disk, the pack-file cache
// under the user's cache folder.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerHost } from '../lsp/host';
import { diskVocabularyCache } from './packCache';
import { projectRootFor, readProject } from './project';
import { readLayer } from './vocabularyFiles';

export function nodeHost(): ServerHost {
  return {
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => (path.startsWith('/') ? pathToFileURL(path).href : path),
    resolve: (folder, path) => (isAbsolute(path) || !folder ? path : resolve(folder, path)),
    // The same lookup and reading as the command line's (node/project.ts): one workspace, one set of findings.
    project: async (reportPath, stopAt) => {
      const root = projectRootFor(dirname(reportPath), stopAt);
      return root ? readProject(root) : undefined;
    },
    relative: (folder, path) => relative(folder, path).split(sep).join('/'),
    readLayer: async (path, overlay) => readLayer(path, path.startsWith('/') ? '/' : dirname(path), overlay),
    async readReport(uri, maxBytes) {
      if (!uri.startsWith('file:')) return { skipped: 'not a file' };
      const path = fileURLToPath(uri);
      try {
        if (statSync(path).size > maxBytes) return { skipped: 'larger than communique.maxDocumentSize' };
        return { bytes: readFileSync(path) };
      } catch (e) {
        return { skipped: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, missing: true };
      }
    },
    packCache: diskVocabularyCache(),
    rulesDocs: rulesDocsBeside(),
  };
}

/** docs/rules/ of the package this bundle belongs to (dist/ → ..), for editors other than VS Code. */
function rulesDocsBeside(): string | undefined {
  for (const dir of [join(__dirname, '..'), join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')]) {
    const docs = join(dir, 'docs', 'rules');
    if (existsSync(docs)) return `${pathToFileURL(docs).href}/`;
  }
  return undefined;
}
