// What the language server needs from where it runs, which is only how vocabulary files (and,
// for Check Workspace, reports that are not open) are found and read: on the desktop from disk (server/src/node/host.ts), on the web through the
// client's `vscode.workspace.fs` (server/src/browser/host.ts). Everything else the server does
// is the same in both, and server/src/server.ts imports no Node API.

import { type LayerSource, type VocabProblem, type VocabularyCache } from '@communique/core';

export interface ServerHost {
  /**
   * How the host names the file or folder at `uri`: a file path on the desktop, the URI itself
   * on the web. Undefined for what the host cannot read (on the desktop, anything not `file:`).
   */
  pathOf(uri: string): string | undefined;
  /** The URI of a file named as `pathOf` names it: where a vocabulary problem is published. */
  uriOf(path: string): string;
  /** A `communique.vocabulary.paths` entry, resolved against the workspace folder (named as `pathOf` names it). */
  resolve(folder: string | undefined, path: string): string;
  /** The folder's own pack, `<folder>/.communique`, when it holds YAML files. */
  workspacePack(folder: string): Promise<string | undefined>;
  /** One layer: a YAML file, or a folder whose YAML files form one pack. `overlay`: the text of files open in the editor. */
  readLayer(path: string, overlay: ReadonlyMap<string, string>): Promise<{ layer?: LayerSource; problems: VocabProblem[] }>;
  /**
   * The text of a report that is not open (Check Workspace), refused above `maxBytes`:
   * `skipped` says why it was not read, `missing` that it is gone or unreadable.
   */
  readReport(uri: string, maxBytes: number): Promise<{ text: string } | { skipped: string; missing?: boolean }>;
  /** Where parsed pack files are kept between runs, if anywhere. */
  packCache?: VocabularyCache;
  /** Files changed (watched files, Reload Vocabulary): forget anything remembered about them. */
  refresh?(): void;
}
