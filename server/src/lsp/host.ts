// What the language server needs from where it runs, which is only how vocabulary files (and,
// for Check Workspace, reports that are not open) are found and read: on the desktop from disk (server/src/node/host.ts), on the web through the
// client's `vscode.workspace.fs` (server/src/browser/host.ts). Everything else the server does
// is the same in both, and server/src/server.ts imports no Node API.

import type { FoundProject, LayerSource, VocabProblem, VocabularyCache } from '@communique/core';

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
  /**
   * The project a report belongs to: the nearest `.communique/` folder from the report's folder
   * upward, not above `stopAt` (its workspace folder) nor a repository root; its configuration
   * read and its `vocabulary:` paths resolved; `root` the folder that holds it.
   */
  project(reportPath: string, stopAt: string | undefined): Promise<{ root: string; found: FoundProject; problems: VocabProblem[] } | undefined>;
  /** `path` relative to `folder`, with forward slashes (`../…` when outside it). */
  relative(folder: string, path: string): string;
  /** One layer: a YAML file, or a folder whose YAML files form one pack. `overlay`: the text of files open in the editor. */
  readLayer(path: string, overlay: ReadonlyMap<string, string>): Promise<{ layer?: LayerSource; problems: VocabProblem[] }>;
  /**
   * The text of a report that is not open (Check Workspace), refused above `maxBytes`:
   * `skipped` says why it was not read, `missing` that it is gone or unreadable.
   */
  readReport(uri: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { text: string } | { skipped: string; missing?: boolean }>;
  /** The rule pages (docs/rules/ beside the bundle) as a URI ending in a slash, if the host knows where they are. */
  rulesDocs?: string;
  /** Where parsed pack files are kept between runs, if anywhere. */
  packCache?: VocabularyCache;
  /** Files changed (watched files, Reload Vocabulary): forget anything remembered about them. */
  refresh?(): void;
}
