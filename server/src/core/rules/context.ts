import type { BlockAnalysis } from '../analyze';
import type { Finding } from '../findings';
import type { ReportDocument } from '../text/document';
import type { CompiledVocabulary } from '../vocabulary/compile';

/** What every rule sees: the parsed report, each block's analysis, the vocabulary and the report's date. */
export interface RuleContext {
  text: string;
  document: ReportDocument;
  blocks: BlockAnalysis[];
  vocab: CompiledVocabulary;
  /** YYYY-MM-DD: front matter, else the setting, else today. */
  reportDate: string;
}

/** A rule is a pure function from the context to findings (severity is set later from the settings). */
export type Rule = (ctx: RuleContext) => Omit<Finding, 'severity'>[];

/** Keeps the capitalisation of the first letter of what it replaces. */
export function matchCase(replacement: string, written: string): string {
  const first = written.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
