// Finding a report's project on disk, for the CLI and the desktop language server alike: the
// nearest `.communique/` folder from the report's folder upward (as .editorconfig and .vale.ini
// are found), stopping at the workspace folder, a repository root (a folder with .git) or the
// file system's root. Its config.yaml is the configuration; its other YAML and TBX files a pack.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES, emptyConfig, isProjectPackFile, MAX_CONFIG_BYTES, parseProjectConfig, PROJECT_FOLDER, type FoundProject, type VocabProblem } from '@communique/core';

export interface ProjectOnDisk {
  /** The folder that holds `.communique/`: globs in the configuration are relative to it. */
  root: string;
  found: FoundProject;
  problems: VocabProblem[];
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The folder holding the nearest `.communique/` above `dir` (inclusive), or undefined. */
export function projectRootFor(dir: string, stopAt?: string): string | undefined {
  let current = resolve(dir);
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    if (isDirectory(join(current, PROJECT_FOLDER))) return current;
    if (current === stop || existsSync(join(current, '.git'))) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Reads the project whose root is `root`. `displayBase`: the folder that names files in messages
 * and in `config print` (the working folder on the command line); without it, absolute paths
 * (the language server publishes problems by them).
 */
export function readProject(root: string, displayBase?: string): ProjectOnDisk {
  const folder = join(root, PROJECT_FOLDER);
  const configName = CONFIG_FILES.find((name) => existsSync(join(folder, name)));
  const configPath = join(folder, configName ?? CONFIG_FILES[0]);
  const displayName = displayBase === undefined ? configPath : relative(displayBase, configPath).split(sep).join('/') || configPath;
  let parsed: { config: FoundProject['config']; problems: VocabProblem[] } = { config: emptyConfig(displayName), problems: [] };
  if (configName) {
    try {
      const size = statSync(configPath).size;
      parsed =
        size > MAX_CONFIG_BYTES
          ? {
              config: emptyConfig(displayName),
              problems: [
                {
                  file: displayName,
                  line: 1,
                  column: 1,
                  endLine: 1,
                  endColumn: 1,
                  ruleId: 'vocab/config',
                  message: `The configuration is ${Math.round(size / 1024)} KB; a configuration has a few keys (at most ${MAX_CONFIG_BYTES / 1024} KB).`,
                },
              ],
            }
          : parseProjectConfig(readFileSync(configPath, 'utf8'), displayName);
    } catch (e) {
      parsed.problems.push({
        file: displayName,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        ruleId: 'vocab/io',
        message: `Cannot read the configuration: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      });
    }
  }
  const hasPacks = readdirSync(folder).some((name) => isProjectPackFile(join(folder, name)));
  return {
    root,
    problems: parsed.problems,
    found: {
      config: parsed.config,
      vocabulary: parsed.config.vocabulary.map((p) => resolve(folder, p)),
      ...(hasPacks ? { packFolder: folder } : {}),
      displayName,
    },
  };
}

/** A report's path from its project's root, with forward slashes (for include/exclude globs). */
export function projectRelative(root: string, file: string): string {
  return relative(root, resolve(file)).split(sep).join('/');
}
