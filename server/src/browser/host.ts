// The language server's host on the web (vscode.dev, github.dev, a web worker): no file
// system of its own, so vocabulary files are read by the client through `vscode.workspace.fs`
// (PACK_STAT_REQUEST, PACK_READ_REQUEST; also reports for Check Workspace), and files are
// named by their URIs. No pack-file
// cache: only the built-in pack is large, and it comes parsed.

import type { Connection } from 'vscode-languageserver';
import { MAX_VOCAB_FILE_BYTES, type VocabProblem } from '@communique/core';
import type { ServerHost } from '../lsp/host';
import { PACK_READ_REQUEST, PACK_STAT_REQUEST, type PackReadResult, type PackStatResult } from '../lsp/protocol';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

export function browserHost(connection: Connection): ServerHost {
  const stat = (uri: string): Promise<PackStatResult> => connection.sendRequest(PACK_STAT_REQUEST, { uri });
  const read = (uri: string): Promise<PackReadResult> => connection.sendRequest(PACK_READ_REQUEST, { uri });
  /** Per folder, its `.communique` pack (or none): asked once, until files change. */
  const workspacePacks = new Map<string, Promise<string | undefined>>();

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
    resolve(folder, path) {
      if (HAS_SCHEME.test(path) || !folder) return path;
      // Relative to the folder; an absolute path names a file of the folder's file system.
      try {
        return new URL(path, folder.endsWith('/') ? folder : `${folder}/`).href;
      } catch {
        return path;
      }
    },
    workspacePack(folder) {
      let pack = workspacePacks.get(folder);
      if (!pack) {
        const local = `${folder.replace(/\/$/, '')}/.communique`;
        pack = stat(local).then(
          (r) => (r.type === 'directory' && r.files.length > 0 ? local : undefined),
          () => undefined,
        );
        workspacePacks.set(folder, pack);
      }
      return pack;
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
      const files = info.type === 'file' ? [{ uri: path, size: info.size }] : [...info.files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
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
          problems.push(io(`The file is ${Math.round(file.size / 1024 / 1024)} MB; a vocabulary file may be at most ${MAX_VOCAB_FILE_BYTES / 1024 / 1024} MB: split the pack into several files.`, file.uri));
          continue;
        }
        const r = await read(file.uri).catch((e: Error): PackReadResult => ({ error: e.message }));
        if ('error' in r) problems.push(io(`Cannot read ${file.uri}: ${r.error}`, file.uri));
        else sources.push({ path: file.uri, text: r.text });
      }
      return { layer: { name: path, files: sources }, problems };
    },
    refresh: () => workspacePacks.clear(),
  };
}
