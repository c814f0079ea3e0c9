// The five seed articles contain real mistakes; these tests name which ones are found,
// and that nothing else in them is flagged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { check, repoRoot } from '../helpers';

const seed = (name: string): string => readFileSync(join(repoRoot(), 'test/fixtures/seeds', name), 'utf8');
const found = (text: string, date: string): string[] => check(text, { syntax: 'plaintext', date }).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);

test('seed 000 (VNA, 2021): "Directive No.32-CT/TW" and "national renewable and development"', () => {
  assert.deepEqual(found(seed('000_fff1017332994a40.txt'), '2021-01-27'), ['citation/malformed No.32-CT/TW', 'term/non-canonical national renewable and development']);
});

test('seed 001 (Nhan Dan, 2023): correct, nothing flagged', () => {
  assert.deepEqual(found(seed('001_74956e74ea2bdb1a.txt'), '2023-07-18'), []);
});

test('seed 002 (Lao Dong, Vietnamese, 2021): correct, nothing flagged', () => {
  assert.deepEqual(found(seed('002_9ef7c7b6ef6c8108.txt'), '2021-01-28'), []);
});

test('seed 003 (VNA, 2021): "till 2020 with a vision to 2045" (2030)', () => {
  assert.deepEqual(found(seed('003_d22784f3e7bf7da6.txt'), '2021-04-12'), ['fact/milestone 2020']);
});

test('seed 004 (CPV, 2024): the machine-translation artefacts and run-together sentences', () => {
  assert.deepEqual(found(seed('004_9bbe91801c7360b9.txt'), '2024-11-01'), [
    'title/non-canonical Central Foreign Affairs Commission',
    'title/non-canonical Foreign Office',
    "framing/naming people's diplomacy",
    "framing/naming People's diplomacy",
    'title/non-canonical Foreign Affairs Committee',
    'text/spacing State.Since',
    'title/non-canonical Ministry Politic',
    'text/spacing SecretariatThe',
    'title/non-canonical Foreign Affairs Committee',
    'text/ordinal-mistranslation Monday',
  ]);
});
