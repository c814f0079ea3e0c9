// What applies to a report in the editor: the `communique.*` settings (per document, from the
// client), over the project configuration (`.communique/config.yaml`, found as the command line
// finds it). A configuration with errors is reported on its file and the last good one for that
// project stays in force.

import type { Connection } from 'vscode-languageserver';
import { effectiveConfig, isBlocking, isExcluded, type EffectiveConfig, type FoundProject, type Overrides, type VocabProblem } from '@communique/core';
import type { ServerHost } from './host';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

/** What a report is checked with. */
export interface ReportConfig {
  settings: Settings;
  effective: EffectiveConfig;
  /** Set when the project configuration leaves the report out (`include`/`exclude`). */
  excludedBy?: string;
  /** The folder that holds the report's project folder (`.communique/`), as the host names it. */
  projectRoot?: string;
}

export const SETTING_NAMES: Overrides['names'] = {
  packs: 'setting communique.vocabulary.paths',
  rules: 'setting communique.rules',
  reportDate: 'setting communique.reportDate',
  language: 'setting communique.language',
  messageLanguage: 'setting communique.messageLanguage',
};

type Project = { root: string; found: FoundProject; problems: VocabProblem[] };

export class Configurations {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  /** Without workspace/configuration, the settings the client pushes. */
  private globalSettings: Settings = DEFAULT_SETTINGS;
  /** Per project root, the last configuration without errors. */
  private readonly lastGood = new Map<string, Project>();
  /** Per project root, the problems of its configuration as last read. */
  private readonly problemsByRoot = new Map<string, VocabProblem[]>();
  /** Per report folder, its project as read from disk (until files change: refresh). */
  private readonly projectsByDir = new Map<string, Promise<Project | undefined>>();
  configurationCapable = false;
  /** In an untrusted workspace, the workspace's own configuration and packs are not read. */
  trusted = true;
  folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
  ) {}

  /** Settings changed: forget them (and, when the client pushes them, take the new ones). */
  settingsChanged(pushed: unknown): void {
    this.settingsCache.clear();
    if (!this.configurationCapable) this.globalSettings = readSettings((pushed as { communique?: unknown } | undefined)?.communique);
  }

  forget(uri: string): void {
    this.settingsCache.delete(uri);
  }

  settingsFor(uri: string): Promise<Settings> {
    if (!this.configurationCapable) return Promise.resolve(this.globalSettings);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'communique' }).then(readSettings, () => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  /** Settings of many documents in one request (Check Workspace). */
  async settingsForMany(uris: string[]): Promise<Settings[]> {
    if (!this.configurationCapable) return uris.map(() => this.globalSettings);
    try {
      const raw = (await this.connection.workspace.getConfiguration(uris.map((scopeUri) => ({ scopeUri, section: 'communique' })))) as unknown[];
      return uris.map((_, i) => readSettings(raw[i]));
    } catch {
      return uris.map(() => DEFAULT_SETTINGS);
    }
  }

  /** The workspace folder a document belongs to (the innermost), as the host names it. */
  folderOf(uri: string): string | undefined {
    const path = this.host.pathOf(uri);
    if (path === undefined) return this.folders[0];
    return this.folders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  }

  /** Everything that applies to the report at `uri`. */
  async forReport(uri: string, settings?: Settings): Promise<ReportConfig> {
    const s = settings ?? (await this.settingsFor(uri));
    const folder = this.folderOf(uri);
    const path = this.host.pathOf(uri);
    const project = this.trusted && path !== undefined ? await this.projectOf(path, folder) : undefined;
    const effective = effectiveConfig(project?.found, {
      names: SETTING_NAMES,
      packs: s.vocabularyPaths.map((p) => this.host.resolve(folder, p)),
      rules: s.rules,
      ...(s.reportDate ? { reportDate: s.reportDate } : {}),
      language: s.language,
      messageLanguage: s.messageLanguage,
    });
    const excluded = project && path !== undefined && isExcluded(effective, this.host.relative(project.root, path));
    return { settings: s, effective, ...(excluded ? { excludedBy: project.found.displayName } : {}), ...(project ? { projectRoot: project.root } : {}) };
  }

  /** The project of a report, or the last good configuration of that project while its file has errors. */
  private async projectOf(path: string, folder: string | undefined): Promise<Project | undefined> {
    const dir = path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
    let pending = this.projectsByDir.get(dir);
    if (!pending) this.projectsByDir.set(dir, (pending = this.host.project(path, folder)));
    const read = await pending;
    if (!read) return undefined;
    this.problemsByRoot.set(read.root, read.problems);
    if (!read.problems.some(isBlocking)) {
      this.lastGood.set(read.root, read);
      return read;
    }
    const previous = this.lastGood.get(read.root);
    // No good configuration yet: the packs beside it still count, its settings do not.
    return previous ?? { ...read, found: { ...read.found, config: { ...read.found.config, vocabulary: [], rules: {}, exclude: [], origins: {} }, vocabulary: [] } };
  }

  /** Problems of every configuration read so far (published on their files). */
  problems(): VocabProblem[] {
    return [...this.problemsByRoot.values()].flat();
  }

  /** Files changed on disk: configurations are read again on next use. */
  refresh(): void {
    this.problemsByRoot.clear();
    this.projectsByDir.clear();
  }
}
