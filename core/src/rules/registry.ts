// The one list of rules: every rules/<category>/<name>.ts, gathered at build time
// (`communique:rules`, scripts/build.mjs). The checker, SARIF, `communique rules`, the docs and
// the tests all read it.

import definitions from 'communique:rules';
import { CATEGORIES, type PairRuleDefinition, type ReportRuleDefinition, type RuleDefinition } from './rule';
import type { Severity } from '../findings';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

/** By category (citations first), then severity (errors first), then id. */
export const RULES: readonly RuleDefinition[] = [...definitions].sort(
  (a, b) =>
    CATEGORIES.indexOf(a.id.split('/')[0] as never) - CATEGORIES.indexOf(b.id.split('/')[0] as never) ||
    SEVERITY_ORDER.indexOf(a.defaultSeverity) - SEVERITY_ORDER.indexOf(b.defaultSeverity) ||
    // Code-unit order: localeCompare would load ICU's collator at start-up (some 7 ms).
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

const BY_ID = new Map(RULES.map((r) => [r.id as string, r]));

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

export const BLOCK_RULES = RULES.filter((r): r is ReportRuleDefinition => r.scope === 'block');
export const DOCUMENT_RULES = RULES.filter((r): r is ReportRuleDefinition => r.scope === 'document');
export const PAIR_RULES = RULES.filter((r): r is PairRuleDefinition => r.scope === 'pair');
