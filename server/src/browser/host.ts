// The language server's host on the web (vscode.dev, github.dev, a web worker): no file
// system of its own, so vocabulary files are read by the client through `vscode.workspace.fs`
// (PACK_STAT_REQUEST, PACK_READ_REQUEST; also reports for Check Workspace), and files are
// named by their URIs. No pack-file
// cache: only the built-in pack is large, and it comes parsed.

import type { Connection } from 'vscode-languageserver';
import { isConfigFile, isProjectPackFile, MAX_VOCAB_FILE_BYTES, parseProjectConfig, PROJECT_FOLDER, emptyConfig, type FoundProject, type VocabProblem } from '@communique/core';
import type { ServerHost } from '../lsp/host';
import { PACK_READ_REQUEST, PACK_STAT_REQUEST, type PackReadResult, type PackStatResult } from '../lsp/protocol';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

type ProjectFound = { root: string; found: FoundProject; problems: VocabProblem[] };

export function browserHost(connection: Connection): ServerHost {
  const stat = (uri: string): Promise<PackStatResult> => connection.sendRequest(PACK_STAT_REQUEST, { uri });
  const read = (uri: string): Promise<PackReadResult> => connection.sendRequest(PACK_READ_REQUEST, { uri });
  /** Per folder, its project (or none): asked once, until files change. */
  const projects = new Map<string, Promise<ProjectFound | undefined>>();
  const resolveIn = (folder: string | undefined, path: string): string => {
    if (HAS_SCHEME.test(path) || !folder) return path;
    // Relative to the folder; an absolute path names a file of the folder's file system.
    try {
      return new URL(path, folder.endsWith('/') ? folder : `${folder}/`).href;
    } catch {
      return path;
    }
  };
  /** The project whose `.communique/` is in `dir`, if it has one. */
  const projectIn = async (dir: string): Promise<ProjectFound | undefined> => {
    const folder = `${dir}/${PROJECT_FOLDER}`;
    const info = await stat(folder).catch((): PackStatResult => ({ type: 'missing' }));
    if (info.type !== 'directory') return undefined;
    const configUri = info.files.map((f) => f.uri).find(isConfigFile);
    let parsed: { config: FoundProject['config']; problems: VocabProblem[] } = { config: emptyConfig(configUri ?? `${folder}/config.yaml`), problems: [] };
    if (configUri) {
      const r = await read(configUri).catch((e: Error): PackReadResult => ({ error: e.message }));
      parsed =
        'error' in r
          ? { ...parsed, problems: [{ file: configUri, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message: `Cannot read the configuration: ${r.error}` }] }
          : parseProjectConfig(r.text, configUri);
    }
    const hasPacks = info.files.some((f) => isProjectPackFile(f.uri));
    return {
      root: dir,
      problems: parsed.problems,
      found: {
        config: parsed.config,
        vocabulary: parsed.config.vocabulary.map((p) => resolveIn(folder, p)),
        ...(hasPacks ? { packFolder: folder } : {}),
        displayName: parsed.config.file,
      },
    };
  };

  return {
    async readReport(uri, maxBytes) {
      const info = await stat(uri).catch((e: Error): PackStatResult => ({ type: 'error', message: e.message }));
      if (info.type === 'file' && info.size > maxBytes) return { skipped: 'larger than communique.maxDocumentSize' };
      if (info.type !== 'file') return { skipped: info.type === 'error' ? `cannot read it (${info.message})` : 'cannot read it', missing: true };
      const r = await read(uri).catch((e: Error): PackReadResult => ({ error: e.message }));
      return 'error' in r ? { skipped: `cannot read it (${r.error})`, missing: true } : { text: r.text };
    },
    pathOf: (uri) => (/^untitled:/i.test(uri) ? undefined : uri),
    uriOf: (path) => path,
    resolve: resolveIn,
    // As on the desktop (node/project.ts): the nearest .communique/ upward, within the workspace folder.
    async project(reportPath, stopAt) {
      const stop = stopAt?.replace(/\/$/, '');
      let dir = reportPath.slice(0, reportPath.lastIndexOf('/'));
      // Within the workspace folder only: on the web no repository root bounds the search.
      if (!stop || !(dir === stop || dir.startsWith(`${stop}/`))) return undefined;
      for (;;) {
        let found = projects.get(dir);
        if (!found) projects.set(dir, (found = projectIn(dir)));
        const project = await found;
        if (project) return project;
        if (dir === stop) return undefined;
        dir = dir.slice(0, dir.lastIndexOf('/'));
      }
    },
    relative(folder, path) {
      const base = folder.endsWith('/') ? folder : `${folder}/`;
      return path.startsWith(base) ? decodeURIComponent(path.slice(base.length)) : `../${path}`;
    },
    async readLayer(path, overlay) {
      const io = (message: string, file = path): VocabProblem => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message });
      if (!HAS_SCHEME.test(path)) return { problems: [io(`Cannot read the vocabulary ${path}: on the web a pack is named relative to the workspace folder.`)] };
      let info: PackStatResult;
      try {
        info = await stat(path);
      } catch (e) {
        return { problems: [io(`Cannot read the vocabulary ${path}: ${(e as Error).message}`)] };
      }
      if (info.type === 'missing') return { problems: [io(`Cannot read the vocabulary ${path}: it does not exist.`)] };
      if (info.type === 'error') return { problems: [io(`Cannot read the vocabulary ${path}: ${info.message}`)] };
      const files =
        info.type === 'file' ? [{ uri: path, size: info.size }] : info.files.filter((f) => !isConfigFile(f.uri)).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      if (files.length === 0) return { problems: [io(`The folder ${path} has no .yaml or .tbx files.`)] };
      const problems: VocabProblem[] = [];
      const sources = [];
      for (const file of files) {
        const open = overlay.get(file.uri);
        if (open !== undefined) {
          sources.push({ path: file.uri, text: open });
          continue;
        }
        // Refused by size before it is read, as on the desktop.
        if (file.size > MAX_VOCAB_FILE_BYTES) {
          problems.push(
            io(
              `The file is ${Math.round(file.size / 1024 / 1024)} MB; a vocabulary file may be at most ${MAX_VOCAB_FILE_BYTES / 1024 / 1024} MB: split the pack into several files.`,
              file.uri,
            ),
          );
          continue;
        }
        const r = await read(file.uri).catch((e: Error): PackReadResult => ({ error: e.message }));
        if ('error' in r) problems.push(io(`Cannot read ${file.uri}: ${r.error}`, file.uri));
        else sources.push({ path: file.uri, text: r.text });
      }
      return { layer: { name: path, files: sources }, problems };
    },
    refresh: () => projects.clear(),
  };
}
