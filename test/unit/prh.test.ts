// textlint-rule-prh dictionaries as vocabulary layers, and the export back to prh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { buildVocabulary, builtinVocabulary } from '../../core/src/vocabulary';
import { vocabularyToPrh } from '../../core/src/vocabulary/prh';
import { check } from '../helpers';

const layer = (text: string) => ({ name: 'dict.yml', files: [{ path: 'dict.yml', text }] });

test('a prh dictionary is a layer of wrong-to-expected terms', () => {
  const dict =
    'version: 1\nrules:\n  - expected: Politburo\n    patterns:\n      - Ministry Politic\n      - Politic Bureau\n    prh: machine translation\n  - expected: Bộ Ngoại giao\n    pattern: Bộ Ngoại Giao\n';
  const built = buildVocabulary([layer(dict)], false);
  assert.deepEqual(built.problems, []);
  const text = 'The Ministry Politic met; Bộ Ngoại Giao; the Politic Bureau.';
  const found = check(text, {}, built.compiled);
  assert.deepEqual(
    found.map((f) => [f.ruleId, text.slice(f.start, f.end), f.fixes[0]!.edits[0]!.newText]),
    [
      ['term/non-canonical', 'Ministry Politic', 'Politburo'],
      ['term/non-canonical', 'Bộ Ngoại Giao', 'Bộ Ngoại giao'],
      ['term/non-canonical', 'Politic Bureau', 'Politburo'],
    ],
  );
  assert.match(found[0]!.message, /machine translation/);
});

test('regular-expression patterns and imports are reported as located warnings and skipped', () => {
  const dict = 'version: 1\nimports:\n  - other.yml\nrules:\n  - expected: Politburo\n    patterns:\n      - Ministry Politic\n      - /Polit[a-z]+ Bureau/\n';
  const built = buildVocabulary([layer(dict)], false);
  assert.ok(built.compiled, 'warnings do not keep the layer out');
  assert.deepEqual(
    built.problems.map((p) => [p.line, p.severity, p.ruleId]),
    [
      [3, 'warning', 'vocab/prh'],
      [8, 'warning', 'vocab/prh'],
    ],
  );
});

test('a rule without expected is a located error', () => {
  const built = buildVocabulary([layer('rules:\n  - pattern: x\n')], false);
  assert.equal(built.compiled, undefined);
  assert.deepEqual(
    built.problems.map((p) => [p.line, p.ruleId]),
    [[2, 'vocab/prh']],
  );
});

test('export and re-import keep every context-free wrong form and its fix', () => {
  const exported = vocabularyToPrh(builtinVocabulary().vocabulary);
  const rules = (parse(exported) as { rules: { expected: string; patterns: string[] }[] }).rules;
  assert.ok(rules.some((r) => r.expected === 'Politburo' && r.patterns.includes('Ministry Politic')));
  assert.ok(!rules.some((r) => r.patterns.includes('Central Foreign Affairs Commission')), 'context-dependent forms are left out');
  const reimported = buildVocabulary([layer(exported)], false).compiled!;
  const text = 'The Ministry Politic discussed national renewable and development.';
  assert.deepEqual(
    check(text, {}, reimported).map((f) => f.fixes[0]!.edits[0]!.newText),
    check(text).map((f) => f.fixes[0]!.edits[0]!.newText),
  );
});
