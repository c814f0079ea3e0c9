// The front matter of a report: its date, its language, the original it translates and its own settings (rules disabled,
// severities), each problem located at its line. Read once per text of the front matter.

import { parse as parseYaml } from 'yaml';
import { msg } from '../messages/message';
import { isValidDay } from '../time';
import { detachedCopy } from './copies';
import type { FrontMatter } from './document';

/** Where a Markdown report's front matter (YAML between two `---` lines at its start) ends, and its YAML. */
export function frontMatterAt(text: string): { end: number; yaml: string } | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text.length > 100_000 ? text.slice(0, 100_000) : text);
  return m ? { end: m[0].length, yaml: m[1] ?? '' } : undefined;
}

/**
 * Front matter already read, by its whole text (it always starts the document, so its offsets
 * are the same): it rarely changes while the report below it is edited, and YAML parsing it
 * again on every keystroke cost more than a paragraph's check. Treated as read-only.
 */
const frontMatters = new Map<string, FrontMatter>();

export function readFrontMatter(text: string, start: number, end: number, yamlText: string): FrontMatter {
  const key = text.slice(start, end);
  const known = frontMatters.get(key);
  if (known) return known;
  // A copy through JSON (it is plain data): its strings would otherwise be slices that keep
  // this version of the whole document alive.
  const fm = JSON.parse(JSON.stringify(readFrontMatterAnew(text, start, end, yamlText))) as FrontMatter;
  if (frontMatters.size >= 64) frontMatters.clear();
  frontMatters.set(detachedCopy(key), fm);
  return fm;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function readFrontMatterAnew(text: string, start: number, end: number, yamlText: string): FrontMatter {
  const fm: FrontMatter = { start, end, disable: [], problems: [] };
  const whole = { start, end: Math.min(end, text.indexOf('\n', start) >= 0 ? text.indexOf('\n', start) : end) };
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 10 });
  } catch (e) {
    fm.problems.push({ ...whole, message: msg('frontmatter.yaml', { error: (e as Error).message.split('\n')[0]! }) });
    return fm;
  }
  if (data === null || data === undefined) return fm;
  if (typeof data !== 'object' || Array.isArray(data)) {
    fm.problems.push({ ...whole, message: msg('frontmatter.mapping') });
    return fm;
  }
  const record = data as Record<string, unknown>;
  const locate = (key: string): { start: number; end: number } => {
    const m = new RegExp(`^${key}\\s*:.*$`, 'm').exec(yamlText);
    if (!m) return whole;
    const base = text.indexOf(yamlText, start);
    return base < 0 ? whole : { start: base + m.index, end: base + m.index + m[0].length };
  };
  if (record.date !== undefined) {
    const d = String(record.date);
    if (isValidDay(d)) fm.date = d;
    else fm.problems.push({ ...locate('date'), message: msg('frontmatter.date', { written: d }) });
  }
  if (record.lang !== undefined) {
    if (record.lang === 'en' || record.lang === 'vi') fm.lang = record.lang;
    else fm.problems.push({ ...locate('lang'), message: msg('frontmatter.lang', { written: String(record.lang) }) });
  }
  if (record['translation-of'] !== undefined) {
    const at = locate('translation-of');
    const value = record['translation-of'];
    if (typeof value === 'string' && value.trim() !== '') {
      fm.translationOf = value.trim();
      fm.translationOfAt = at;
    } else fm.problems.push({ ...at, message: msg('frontmatter.translation-of', { key: 'translation-of', written: JSON.stringify(value) ?? String(value) }) });
  }
  const settings = record.communique;
  if (settings !== undefined) {
    const disable = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>).disable : undefined;
    if (Array.isArray(disable) && disable.every((r) => typeof r === 'string')) fm.disable = disable as string[];
    else if (disable !== undefined || typeof settings !== 'object') {
      fm.problems.push({ ...locate('communique'), message: msg('frontmatter.communique') });
    }
    const rules = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>).rules : undefined;
    if (rules !== undefined) {
      if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
        fm.problems.push({
          ...locate('communique'),
          message: msg('frontmatter.rules'),
        });
      } else {
        fm.rules = {};
        for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
          if (typeof value === 'string' && SEVERITIES.has(value)) fm.rules[id] = value as NonNullable<FrontMatter['rules']>[string];
          else {
            // Located at the value's own line: "    text/spacing: loud".
            const m = new RegExp(`^\\s*["']?${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']?\\s*:.*$`, 'm').exec(yamlText);
            const base = text.indexOf(yamlText, start);
            const at = m && base >= 0 ? { start: base + m.index + (m[0].length - m[0].trimStart().length), end: base + m.index + m[0].length } : locate('communique');
            fm.problems.push({
              ...at,
              message: msg('frontmatter.severity', { written: String(value), rule: id }),
            });
          }
        }
      }
    }
  }
  return fm;
}
