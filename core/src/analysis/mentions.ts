// What the analysis of one block holds: its folded text, its mentions (which entity, in which
// role, written how) and its citations; and how a rule picks mentions out of it.

import type { Citation } from '../citations/grammar';
import type { Block } from '../text/document';
import type { FoldedText } from '../text/fold';
import type { SurfaceForm } from '../vocabulary/compile';

export interface Mention {
  /** Source range. */
  start: number;
  end: number;
  /** Folded range within the block. */
  foldedStart: number;
  foldedEnd: number;
  form: SurfaceForm;
  /** The text as written, NFC, whitespace collapsed. */
  text: string;
  /** A Vietnamese form written without (or with other) diacritics. */
  diacriticsDiffer: boolean;
  /** Other entities the same words name ("people-to-people diplomacy": a term and a pillar). */
  alternatives: SurfaceForm[];
}

/** The form of a mention that names something of this kind and id prefix, if any. */
export function formOf(m: Mention, kind: SurfaceForm['kind'], idPrefix = ''): SurfaceForm | undefined {
  if (m.form.kind === kind && m.form.id.startsWith(idPrefix)) return m.form;
  return m.alternatives.find((f) => f.kind === kind && f.id.startsWith(idPrefix));
}

export interface BlockAnalysis {
  block: Block;
  folded: FoldedText;
  mentions: Mention[];
  citations: Citation[];
}

/** The mentions of a block whose folded range lies within [s, e) (mentions are sorted by start). */
export function mentionsBetween(mentions: Mention[], s: number, e: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.foldedStart < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.foldedStart < e; i++) if (mentions[i]!.foldedEnd <= e) out.push(mentions[i]!);
  return out;
}
