// Shared by the tests: the repository root (tests run from out/test/…) and quick checks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkText, type CheckOptions } from '../core/src/check';
import type { Finding } from '../core/src/findings';
import { builtinVocabulary } from '../core/src/vocabulary';
import type { CompiledVocabulary } from '../core/src/vocabulary/compile';

export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'communique') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}

export const TODAY = '2024-11-05';

export function check(text: string, options: CheckOptions = {}, vocab: CompiledVocabulary = builtinVocabulary()): Finding[] {
  return checkText(text, vocab, { today: TODAY, ...options }).findings;
}

/** Findings of one rule as [rule, the text they cover] pairs, for readable assertions. */
export function covered(text: string, findings: Finding[], ruleId?: string): string[] {
  return findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));
}

export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes[index];
  if (!fix) throw new Error(`no fix ${index} on ${finding.ruleId}`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
