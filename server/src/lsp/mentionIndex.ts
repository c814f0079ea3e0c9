// Which entity each report checked from disk mentions, and where: filled by Check Workspace (and
// its re-checks when files or the vocabulary change), read by Find All References. Open
// reports are not read from here: their own latest check counts.

import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entityMentions, type CheckResult } from '@communique/core';

export class MentionIndex {
  /** Per report URI: entity key → the ranges that mention it. */
  private readonly byUri = new Map<string, Map<string, Range[]>>();

  set(doc: TextDocument, result: CheckResult): void {
    this.byUri.set(doc.uri, rangesByKey(doc, result));
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Every indexed mention of the entity `key`, but those of reports in `except`. */
  find(key: string, except: (uri: string) => boolean): { uri: string; range: Range }[] {
    const out: { uri: string; range: Range }[] = [];
    for (const [uri, keys] of this.byUri) {
      if (except(uri)) continue;
      for (const range of keys.get(key) ?? []) out.push({ uri, range });
    }
    return out;
  }
}

/** A report's mentions, grouped by entity. */
export function rangesByKey(doc: TextDocument, result: CheckResult): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const m of entityMentions(result)) {
    const range = { start: doc.positionAt(m.start), end: doc.positionAt(m.end) };
    const list = out.get(m.key);
    if (list) list.push(range);
    else out.set(m.key, [range]);
  }
  return out;
}
