// Which files are reports, which are vocabulary and which is the project configuration: the
// one place that decides, for the CLI, Check Workspace, the client's watchers and the web host.

import type { Syntax } from './text/document';

/** Extensions of Markdown reports (as VS Code's Markdown language claims them). */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn'] as const;
/** Extensions of plain-text reports. */
export const PLAINTEXT_EXTENSIONS = ['txt'] as const;
/** Every report file, as a glob (Check Workspace, the CLI's folders, the watchers). */
export const REPORT_GLOB = `**/*.{${[...MARKDOWN_EXTENSIONS, ...PLAINTEXT_EXTENSIONS].join(',')}}`;

/** The project folder's name: its configuration and its packs live in it. */
export const PROJECT_FOLDER = '.communique';
/** The project configuration inside the project folder. */
export const CONFIG_FILES = ['config.yaml', 'config.yml'] as const;
/** Pack files in a project folder (the configuration excepted), as a glob from the workspace root. */
export const PACK_GLOB = `**/${PROJECT_FOLDER}/*.{yaml,yml,tbx}`;
/** The files of a pack folder: YAML packs, prh dictionaries and TBX term bases. */
export const PACK_FILE = /\.(ya?ml|tbx)$/i;

const extensionOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1).split(/[?#]/)[0]!;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};
const nameOf = (path: string): string => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

/** The syntax of a report by its name; undefined for a file that is not a report. */
export function reportSyntax(path: string): Syntax | undefined {
  const ext = extensionOf(path.replace(/\\/g, '/'));
  if ((MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) return 'markdown';
  if ((PLAINTEXT_EXTENSIONS as readonly string[]).includes(ext)) return 'plaintext';
  return undefined;
}

/** Whether a path (or URI) is the project configuration, `.communique/config.yaml`. */
export function isConfigFile(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return (CONFIG_FILES as readonly string[]).includes(nameOf(p)) && p.slice(0, -nameOf(p).length - 1).endsWith(`/${PROJECT_FOLDER}`);
}

/** Whether a path (or URI) is a pack file of a project folder, `.communique/*.yaml|yml|tbx`, other than the configuration. */
export function isProjectPackFile(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  const name = nameOf(p);
  return PACK_FILE.test(name) && p.slice(0, -name.length - 1).endsWith(`/${PROJECT_FOLDER}`) && !isConfigFile(p);
}
