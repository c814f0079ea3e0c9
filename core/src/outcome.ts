// From what the rules say to what a reader sees: a finding's severity (the report's own
// settings over the editor's or the command line's, by rule or category), whether it is disabled
// or suppressed by a comment, and its texts rendered in the reader's language. Shared by the
// report check (check.ts) and the pair check (compare.ts).

import type { Finding, Severity, SeveritySetting } from './findings';
import { textIn } from './messages/message';
import { ruleById } from './rules/registry';
import type { RawFinding } from './rules/rule';
import type { ReportDocument } from './text/document';
import type { Lang } from './types';

/**
 * The language a finding at an offset is written in: the one configured, else that of its
 * paragraph (as hovers are), else the report's.
 */
export function messageLanguages(document: ReportDocument, setting: 'auto' | Lang | undefined): (offset: number) => Lang {
  if (setting === 'en' || setting === 'vi') return () => setting;
  const blocks = document.blocks;
  const fallback: Lang = document.frontMatter?.lang ?? blocks[0]?.lang ?? 'en';
  return (offset) => {
    // The last block starting at or before the offset (blocks are in document order).
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const b = found >= 0 ? blocks[found] : undefined;
    return b && offset <= b.end ? b.lang : fallback;
  };
}

export function renderFinding(f: RawFinding, severity: Severity, lang: Lang): Finding {
  const { related, ...rest } = f;
  return {
    ...rest,
    severity,
    message: textIn(f.message, lang),
    fixes: f.fixes.map((x) => ({ ...x, title: textIn(x.title, lang) })),
    ...(related ? { related: related.map((r) => ({ ...r, message: textIn(r.message, lang) })) } : {}),
  };
}

/** The first of the settings (most specific first: the report's, then the editor's or CLI's) that names the rule or its category. */
export function severityOf(ruleId: string, ...layers: (Record<string, SeveritySetting> | undefined)[]): SeveritySetting {
  for (const settings of layers) {
    const configured = settings?.[ruleId] ?? settings?.[ruleId.split('/')[0] + '/*'];
    if (configured) return configured;
  }
  return ruleById(ruleId)?.defaultSeverity ?? 'warning';
}

/** A disable list names rule ids, or whole categories as `citation/*` or `citation`. */
export function isDisabled(ruleId: string, disabled: Set<string>): boolean {
  if (disabled.size === 0) return false;
  const category = ruleId.split('/')[0]!;
  return disabled.has(ruleId) || disabled.has(`${category}/*`) || disabled.has(category) || disabled.has('*');
}

export function isSuppressed(f: RawFinding, doc: ReportDocument, text: string): boolean {
  if (doc.suppressions.length === 0) return false;
  const applies = (rules: string[]): boolean => rules.length === 0 || isDisabled(f.ruleId, new Set(rules));
  let disabledHere = false;
  for (const s of doc.suppressions) {
    if (s.start > f.start) break;
    if (s.kind === 'disable-next-line') {
      const commentLineEnd = text.indexOf('\n', s.end);
      if (commentLineEnd < 0) continue;
      const nextLineEnd = text.indexOf('\n', commentLineEnd + 1);
      if (f.start > commentLineEnd && (nextLineEnd < 0 || f.start <= nextLineEnd) && applies(s.rules)) return true;
    } else if (applies(s.rules)) {
      disabledHere = s.kind === 'disable';
    }
  }
  return disabledHere;
}
