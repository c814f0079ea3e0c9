// Recall and precision of every rule over test/corpus/: drafts with planted mistakes and an
// answer key, and correct drafts full of look-alikes (see test/corpus/README.md).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../core/src/check';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { repoRoot } from '../helpers';

interface KeyEntry {
  rule: string;
  text: string;
  occurrence?: number;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const dir = join(repoRoot(), 'test/corpus');
const drafts = readdirSync(dir)
  .filter((f) => /^\d{3}-.*\.md$/.test(f))
  .sort();

/** Offsets of the n-th (1-based) occurrence of `needle`, or of every occurrence when n is undefined. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) out.push(k);
  return out;
}

test('the corpus has at least 30 drafts in both languages, each with a key', () => {
  assert.ok(drafts.length >= 30, `${drafts.length} drafts`);
  const vi = drafts.filter((d) => /^lang: vi$/m.test(readFileSync(join(dir, d), 'utf8')));
  assert.ok(vi.length >= 10, `${vi.length} Vietnamese drafts`);
  for (const d of drafts) assert.ok(readdirSync(dir).includes(d.replace(/\.md$/, '.key.yaml')), `${d} has a key`);
});

test('recall and precision per rule are at least 0.95 overall', () => {
  const vocab = builtinVocabulary();
  const tallies = new Map<string, Tally>();
  const tally = (rule: string): Tally => tallies.get(rule) ?? tallies.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
  const misses: string[] = [];
  for (const draft of drafts) {
    const text = readFileSync(join(dir, draft), 'utf8');
    const key = (parse(readFileSync(join(dir, draft.replace(/\.md$/, '.key.yaml')), 'utf8')) as { expected: KeyEntry[] | null }).expected ?? [];
    const findings = checkText(text, vocab, { syntax: 'markdown' }).findings;
    const unmatched = [...findings];
    for (const entry of key) {
      const starts = occurrences(text, entry.text);
      const allowed = entry.occurrence ? [starts[entry.occurrence - 1]] : starts;
      const i = unmatched.findIndex((f) => f.ruleId === entry.rule && allowed.includes(f.start) && f.end - f.start === entry.text.length);
      if (i >= 0) {
        tally(entry.rule).tp++;
        unmatched.splice(i, 1);
      } else {
        tally(entry.rule).fn++;
        misses.push(`${draft}: missed ${entry.rule} “${entry.text}”`);
      }
    }
    for (const f of unmatched) {
      tally(f.ruleId).fp++;
      misses.push(`${draft}: unexpected ${f.ruleId} “${text.slice(f.start, f.end)}”`);
    }
  }

  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((t, [, x]) => ({ tp: t.tp + x.tp, fp: t.fp + x.fp, fn: t.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  const ratio = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));
  const lines = ['rule                          planted  found  false+  recall  precision'];
  for (const [rule, t] of [...rows, ['overall', total] as [string, Tally]]) {
    lines.push(
      `${rule.padEnd(30)}${String(t.tp + t.fn).padStart(7)}${String(t.tp).padStart(7)}${String(t.fp).padStart(8)}  ${ratio(t.tp, t.tp + t.fn)}   ${ratio(t.tp, t.tp + t.fp)}`,
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
  if (misses.length) console.log(misses.join('\n'));

  const recall = total.tp / (total.tp + total.fn);
  const precision = total.tp / (total.tp + total.fp);
  assert.ok(recall >= 0.95, `overall recall ${recall.toFixed(3)} < 0.95`);
  assert.ok(precision >= 0.95, `overall precision ${precision.toFixed(3)} < 0.95`);
  // Every rule of the design is exercised by the corpus.
  for (const rule of [
    'citation/type-mismatch',
    'citation/unknown',
    'citation/malformed',
    'citation/issuer-mismatch',
    'citation/date-mismatch',
    'citation/superseded',
    'title/non-canonical',
    'title/outdated',
    'title/holder-mismatch',
    'term/non-canonical',
    'term/inconsistent',
    'framing/incomplete',
    'framing/order',
    'framing/naming',
    'fact/congress-date',
    'fact/milestone',
    'text/unicode-normalization',
    'text/spacing',
  ]) {
    const t = tallies.get(rule);
    assert.ok(t && t.tp + t.fn >= 3, `${rule} has at least 3 planted instances in the corpus`);
  }
});
