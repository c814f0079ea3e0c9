// What applies to one report, layer over layer, and where each value came from (for
// `communique config print` and the editor's status): defaults, then the project configuration,
// then the editor's settings or the command line's flags. The report's front matter comes last,
// inside the check (check.ts).

import picomatch from 'picomatch/posix';
import type { CheckOptions } from '../check';
import type { SeveritySetting } from '../findings';
import type { Lang } from '../types';
import type { LanguageSetting, ProjectConfig } from './project';

/** A value and where it was set: "default", ".communique/config.yaml:4", "setting communique.rules", "--date". */
export interface FromSource<T> {
  value: T;
  from: string;
}

/** Settings or flags that layer over the project configuration; unset ones leave it alone. */
export interface Overrides {
  /** What to call this layer's values in `from`: "setting communique.rules", "--vocab". */
  names: { packs: string; rules: string; reportDate: string; language: string; messageLanguage: string };
  /** Pack paths, resolved. */
  packs?: string[];
  rules?: Record<string, SeveritySetting>;
  reportDate?: string;
  language?: LanguageSetting;
  messageLanguage?: LanguageSetting;
}

/** A project configuration found for a report, with its paths resolved by the adapter. */
export interface FoundProject {
  config: ProjectConfig;
  /** The configuration's `vocabulary:` entries, resolved against its folder. */
  vocabulary: string[];
  /** The project folder's own packs (`.communique/` when it holds pack files). */
  packFolder?: string;
  /** How the configuration file is named in `from` (a path relative to the working folder, or a URI). */
  displayName: string;
}

export interface EffectiveConfig {
  /** Packs layered over the built-in one, in order. */
  packs: FromSource<string>[];
  rules: Record<string, FromSource<SeveritySetting>>;
  reportDate?: FromSource<string>;
  language: FromSource<LanguageSetting>;
  messageLanguage: FromSource<LanguageSetting>;
  include?: FromSource<string[]>;
  exclude: FromSource<string[]>;
  /** The configuration in force, if any. */
  configFile?: string;
}

export function effectiveConfig(project: FoundProject | undefined, overrides?: Overrides): EffectiveConfig {
  const c = project?.config;
  const at = (key: string): string => (c?.origins[key] ? `${project!.displayName}:${c.origins[key]!.line}` : 'default');
  const out: EffectiveConfig = {
    packs: (project?.vocabulary ?? []).map((value) => ({ value, from: at('vocabulary') })),
    rules: {},
    language: { value: c?.language ?? 'auto', from: at('language') },
    messageLanguage: { value: c?.messageLanguage ?? 'auto', from: at('messageLanguage') },
    exclude: { value: c?.exclude ?? [], from: at('exclude') },
    ...(c?.include ? { include: { value: c.include, from: at('include') } } : {}),
    ...(c?.reportDate ? { reportDate: { value: c.reportDate, from: at('reportDate') } } : {}),
    ...(project ? { configFile: project.displayName } : {}),
  };
  for (const [id, value] of Object.entries(c?.rules ?? {})) out.rules[id] = { value, from: at(`rules.${id}`) };
  if (overrides) {
    for (const value of overrides.packs ?? []) out.packs.push({ value, from: overrides.names.packs });
    for (const [id, value] of Object.entries(overrides.rules ?? {})) out.rules[id] = { value, from: overrides.names.rules };
    if (overrides.reportDate) out.reportDate = { value: overrides.reportDate, from: overrides.names.reportDate };
    if (overrides.language && overrides.language !== 'auto') out.language = { value: overrides.language, from: overrides.names.language };
    if (overrides.messageLanguage && overrides.messageLanguage !== 'auto') out.messageLanguage = { value: overrides.messageLanguage, from: overrides.names.messageLanguage };
  }
  // The project folder's own packs come last, as the workspace's packs always have.
  if (project?.packFolder) out.packs.push({ value: project.packFolder, from: `${project.displayName.replace(/[^/\\]*$/, '')}*.yaml` });
  return out;
}

/** The options of a check under this configuration. */
export function checkOptionsOf(e: EffectiveConfig): Pick<CheckOptions, 'date' | 'lang' | 'rules' | 'messageLanguage'> {
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, v] of Object.entries(e.rules)) rules[id] = v.value;
  return {
    ...(e.reportDate ? { date: e.reportDate.value } : {}),
    ...(e.language.value !== 'auto' ? { lang: e.language.value as Lang } : {}),
    ...(e.messageLanguage.value !== 'auto' ? { messageLanguage: e.messageLanguage.value as Lang } : {}),
    rules,
  };
}

const matchers = new Map<string, (path: string) => boolean>();
const matcherOf = (globs: string[]): ((path: string) => boolean) => {
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    m = globs.length === 0 ? () => false : picomatch(globs, { dot: true });
    if (matchers.size > 100) matchers.clear();
    matchers.set(key, m);
  }
  return m;
};

/**
 * Whether a report is left out by the configuration: `relativePath` is its path from the project
 * folder, with forward slashes. Outside the project folder nothing is left out.
 */
export function isExcluded(e: EffectiveConfig, relativePath: string | undefined): boolean {
  if (relativePath === undefined || relativePath.startsWith('../')) return false;
  if (e.include && !matcherOf(e.include.value)(relativePath)) return true;
  return matcherOf(e.exclude.value)(relativePath);
}
