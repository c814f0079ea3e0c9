// What a rule is. Each rule is one file, rules/<category>/<name>.ts, whose default export is
// its definition; the build lists every such file in the registry (rules/registry.ts), so a
// new rule needs no other source change.

import type { BlockAnalysis } from '../analysis/mentions';
import type { Finding, Fix, Severity } from '../findings';
import type { Message } from '../messages/message';
import type { ReportDocument, Unchecked } from '../text/document';
import type { CompiledVocabulary } from '../vocabulary/compile';
import type { PairContext } from '../parallel/context';

/** What every rule sees: the parsed report, each block's analysis, the vocabulary and the report's date. */
export interface RuleContext {
  text: string;
  document: ReportDocument;
  blocks: BlockAnalysis[];
  vocab: CompiledVocabulary;
  /** YYYY-MM-DD: front matter, else the setting, else today. */
  reportDate: string;
  /** What could not be read as prose (bytes that are not UTF-8, text nested too deep). */
  unchecked: Unchecked[];
}

/** A fix before its title is rendered. */
export interface RawFix extends Omit<Fix, 'title'> {
  title: Message;
}

/** A finding before the settings give it a severity and its texts are rendered. */
export interface RawFinding extends Omit<Finding, 'severity' | 'message' | 'fixes' | 'related'> {
  message: Message;
  fixes: RawFix[];
  related?: { start: number; end: number; message: Message }[];
}

/** A rule's check is a pure function from the context to findings. */
export type Rule = (ctx: RuleContext) => RawFinding[];

/** A pair rule compares a translation with its original (`communique compare`). */
export type PairRule = (ctx: PairContext) => RawFinding[];

export const CATEGORIES = ['citation', 'title', 'term', 'framing', 'fact', 'text', 'parallel'] as const;
export type Category = (typeof CATEGORIES)[number];

interface RuleFields {
  /** `<category>/<name>`, the same as the file's path under rules/ and its page under docs/rules/. */
  id: `${Category}/${string}`;
  /** error for a wrong fact, warning for a wrong form, information for what is only unknown. */
  defaultSeverity: Severity;
  /** One sentence, for SARIF, `communique rules` and the docs index. */
  summary: string;
  /** What it finds and what it leaves alone, with examples of the wording it reads. */
  description: string;
  /**
   * Short reports (Markdown, front matter allowed): each `wrong` one yields a finding of this
   * rule and each `right` one none (a test holds it). Written once, in the rule's page
   * (docs/rules/<category>/<name>.md, its `markdown wrong` and `markdown right` blocks), and
   * attached to the definition by the build. A pair rule's page also has a `markdown original`
   * block: its wrong and right examples are translations of it.
   */
  examples: { wrong: string[]; right: string[]; original?: string };
}

/** A rule of the report check. */
export interface ReportRuleDefinition extends RuleFields {
  /**
   * `block`: reads one block (paragraph, list item, heading) at a time, so its findings are cached
   * with the block and only edited blocks are read again; `document`: compares blocks with each
   * other and runs on every check.
   */
  scope: 'block' | 'document';
  check: Rule;
}

/** A rule of the pair check: compares aligned sentences of a translation and its original. */
export interface PairRuleDefinition extends RuleFields {
  scope: 'pair';
  compare: PairRule;
}

export type RuleDefinition = ReportRuleDefinition | PairRuleDefinition;

/** What a rule file writes: everything but the examples, which come from its page. */
export type RuleSource = Omit<ReportRuleDefinition, 'examples'> | Omit<PairRuleDefinition, 'examples'>;

/** Identity: gives a rule file's default export its type, and a place to look for the fields. */
export function defineRule(definition: RuleSource): RuleSource {
  return definition;
}

/** Keeps the capitalisation of the first letter of what it replaces. */
export function matchCase(replacement: string, written: string): string {
  const first = written.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
