// Reading vocabulary layers from disk for the Node adapters (CLI and language server).
// The core never touches the file system.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isConfigFile, MAX_VOCAB_FILE_BYTES, PACK_FILE, type LayerSource, type SourceFile, type VocabProblem } from '@communique/core';

/**
 * A file read from disk, keyed by a hash of its bytes; its text is decoded only when asked for,
 * which a vocabulary restored from the cache never does (a 4 MB pack: some 20 ms saved).
 */
function lazyText(path: string, bytes: Buffer): SourceFile {
  let text: string | undefined;
  return {
    path,
    key: `sha1-${createHash('sha1').update(bytes).digest('hex')}-${bytes.length}`,
    get text(): string {
      return (text ??= bytes.toString('utf8'));
    },
  };
}

/** The pack files of a folder and of its subfolders (a pack laid out by kind), in path order; hidden folders and a project's config.yaml are skipped. */
export function packFilesIn(folder: string, depth = 0): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth < 4 && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...packFilesIn(path, depth + 1));
    } else if (PACK_FILE.test(entry.name) && !isConfigFile(path)) out.push(path);
  }
  return out;
}

/**
 * One layer per path: a YAML or TBX file, or a folder whose YAML and TBX files form one pack. `overlay`
 * holds the text of files open in an editor, which wins over what is saved on disk.
 */
export function readLayer(path: string, base = process.cwd(), overlay?: ReadonlyMap<string, string>): { layer?: LayerSource; problems: VocabProblem[] } {
  const full = resolve(base, path);
  const io = (message: string): VocabProblem => ({ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message });
  let files: string[];
  try {
    const stat = statSync(full);
    files = stat.isDirectory() ? packFilesIn(full) : [full];
  } catch (e) {
    return { problems: [io(`Cannot read the vocabulary ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)] };
  }
  if (files.length === 0) return { problems: [io(`The folder ${path} has no .yaml or .tbx files.`)] };
  const problems: VocabProblem[] = [];
  const sources = [];
  for (const file of files) {
    try {
      const open = overlay?.get(file);
      // Refused by size before it is read: a 50 MB file never reaches memory. (The loader
      // reports the same limit, with its message, for text that comes from an editor.)
      if (open === undefined && statSync(file).size > MAX_VOCAB_FILE_BYTES) {
        problems.push({
          ...io(
            `The file is ${Math.round(statSync(file).size / 1024 / 1024)} MB; a vocabulary file may be at most ${MAX_VOCAB_FILE_BYTES / 1024 / 1024} MB: split the pack into several files.`,
          ),
          file,
        });
        continue;
      }
      sources.push(open !== undefined ? { path: file, text: open } : lazyText(file, readFileSync(file)));
    } catch (e) {
      problems.push(io(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
    }
  }
  return { layer: { name: path, files: sources }, problems };
}
