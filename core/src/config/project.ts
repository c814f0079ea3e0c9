// The project configuration, `.communique/config.yaml`: read with positions, checked key by key,
// so that every problem is located at its line. Finding the file is the adapters' work (disk for
// the CLI and the desktop server, the client's file system on the web).

import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { SeveritySetting } from '../findings';
import { ruleById } from '../rules/registry';
import { CATEGORIES } from '../rules/rule';
import { LineIndex } from '../text/lines';
import { isValidDay } from '../time';
import type { VocabProblem } from '../vocabulary/load';

export type LanguageSetting = 'auto' | 'en' | 'vi';

/** Where a value was set: a file and a 1-based line. */
export interface ConfigOrigin {
  file: string;
  line: number;
}

export interface ProjectConfig {
  /** The configuration file, as the adapter names it. */
  file: string;
  /** Extra packs, as written: relative to the configuration's folder (`.communique/`). */
  vocabulary: string[];
  rules: Record<string, SeveritySetting>;
  reportDate?: string;
  language?: LanguageSetting;
  messageLanguage?: LanguageSetting;
  /** Globs of reports, relative to the project folder (the one that holds `.communique/`). */
  include?: string[];
  exclude: string[];
  /** The line of each key that was set (`rules.citation/unknown` for a rule). */
  origins: Record<string, ConfigOrigin>;
}

/** The keys a configuration takes (schemas/config.schema.json describes the same; a test holds it). */
export const CONFIG_KEYS = ['vocabulary', 'rules', 'reportDate', 'language', 'messageLanguage', 'include', 'exclude'] as const;
const KEYS = CONFIG_KEYS;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const LANGUAGES = ['auto', 'en', 'vi'];
/** A configuration is a handful of lines; anything far larger is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export function emptyConfig(file: string): ProjectConfig {
  return { file, vocabulary: [], rules: {}, exclude: [], origins: {} };
}

/**
 * Reads a configuration. Problems are located; an invalid value is left out and the rest
 * applies — but adapters treat any error as "this configuration cannot be used" (the CLI exits 2,
 * the editor keeps the last good one), so that a typo never silently changes what is checked.
 */
export function parseProjectConfig(text: string, file: string): { config: ProjectConfig; problems: VocabProblem[] } {
  const config = emptyConfig(file);
  const problems: VocabProblem[] = [];
  const lines = new LineIndex(text);
  const at = (range: readonly number[] | null | undefined, message: string, severity?: 'warning'): void => {
    const s = lines.position(range?.[0] ?? 0);
    const e = lines.position(range?.[1] ?? range?.[0] ?? 0);
    problems.push({
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      ruleId: 'vocab/config',
      message,
      ...(severity ? { severity } : {}),
    });
  };
  const lineOf = (node: YamlNode | null | undefined): number => lines.position(node?.range?.[0] ?? 0).line + 1;
  if (text.length > MAX_CONFIG_BYTES) {
    at([0, 0], `The configuration is ${Math.round(text.length / 1024)} KB; a configuration has a few keys (at most ${MAX_CONFIG_BYTES / 1024} KB).`);
    return { config, problems };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  for (const e of doc.errors) at(e.pos, `YAML syntax: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { config, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems };
  if (!isMap(root)) {
    at(root.range, 'The configuration is a map of keys (vocabulary, rules, reportDate, language, messageLanguage, include, exclude).');
    return { config, problems };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    if (!(KEYS as readonly string[]).includes(key)) {
      at(keyNode.range, `Unknown key “${key}”; a configuration takes ${KEYS.join(', ')}.`);
      continue;
    }
    const origin = { file, line: lineOf(keyNode) };
    const strings = (what: string): string[] | undefined => {
      if (!isSeq(value) || !value.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value.length > 0)) {
        at(value?.range ?? keyNode.range, `${key} is a list of ${what}, e.g. ${key}: [${key === 'vocabulary' ? '../glossary/house.yaml' : '"drafts/**"'}]`);
        return undefined;
      }
      return value.items.map((i) => String((i as { value: unknown }).value));
    };
    const choice = (allowed: string[]): string | undefined => {
      const v = isScalar(value) ? value.value : undefined;
      if (typeof v === 'string' && allowed.includes(v)) return v;
      at(value?.range ?? keyNode.range, `${key} is one of ${allowed.join(', ')}${v !== undefined ? `, not “${String(v)}”` : ''}.`);
      return undefined;
    };
    switch (key) {
      case 'vocabulary':
      case 'include':
      case 'exclude': {
        const list = strings(key === 'vocabulary' ? 'pack paths' : 'globs');
        if (!list) break;
        if (key === 'vocabulary') config.vocabulary = list;
        else config[key] = list;
        config.origins[key] = origin;
        break;
      }
      case 'reportDate': {
        const v = isScalar(value) ? value.value : undefined;
        // YAML reads 2024-11-05 as a string with the core schema; a Date with others.
        const day = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
        if (day && isValidDay(day)) {
          config.reportDate = day;
          config.origins[key] = origin;
        } else at(value?.range ?? keyNode.range, `reportDate is a date, YYYY-MM-DD${v !== undefined ? `, not “${String(v)}”` : ''}.`);
        break;
      }
      case 'language':
      case 'messageLanguage': {
        const v = choice(LANGUAGES);
        if (v) {
          config[key] = v as LanguageSetting;
          config.origins[key] = origin;
          // Kept for configurations shared with later versions; said, not silently ignored.
          if (key === 'messageLanguage' && v !== 'en' && v !== 'auto')
            at(value?.range, 'messageLanguage: this version writes its messages in English only; the setting is kept for later versions.', 'warning');
        }
        break;
      }
      case 'rules':
        readRules(value, keyNode, config, at, lineOf);
        break;
    }
  }
  return { config, problems };
}

function readRules(
  value: YamlNode | null,
  keyNode: YamlNode,
  config: ProjectConfig,
  at: (range: readonly number[] | null | undefined, message: string, severity?: 'warning') => void,
  lineOf: (node: YamlNode | null | undefined) => number,
): void {
  if (!isMap(value)) {
    at(value?.range ?? keyNode.range, 'rules maps rule ids or categories to a severity, e.g. rules: { citation/unknown: off, term/*: error }');
    return;
  }
  for (const item of value.items) {
    const idNode = item.key as YamlNode;
    const id = isScalar(idNode) ? String(idNode.value) : '';
    const sev = isScalar(item.value as YamlNode) ? (item.value as { value: unknown }).value : undefined;
    const category = id.endsWith('/*') ? id.slice(0, -2) : id.includes('/') ? undefined : id;
    if (category !== undefined ? !(CATEGORIES as readonly string[]).includes(category) : !ruleById(id)) {
      // A warning: a rule of a newer version named in a shared configuration must not break an older one.
      at(idNode.range, `No rule “${id}”; \`communique rules\` lists them (a category is written citation/*).`, 'warning');
      continue;
    }
    if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) {
      at((item.value as YamlNode | null)?.range ?? idNode.range, `The severity of ${id} is one of ${SEVERITIES.join(', ')}${sev !== undefined ? `, not “${String(sev)}”` : ''}.`);
      continue;
    }
    const key = category !== undefined ? `${category}/*` : id;
    config.rules[key] = sev as SeveritySetting;
    config.origins[`rules.${key}`] = { file: config.file, line: lineOf(idNode) };
  }
}
