// Scores a set of translation pairs through `communique compare`: each pair is NN-slug.vi.md,
// NN-slug.en.md and NN-slug.key.yaml ({ source, target, expected: [{ rule, text, occurrence? }] },
// `text` a short stretch of the target at the discrepancy).
//
// A key entry is found when a finding of the same rule overlaps that stretch, or — for
// parallel/missing and parallel/member, which are told at a sentence — starts on its line.
// Precision counts the findings that match a key entry against every error and warning.
// Usage: node scripts/score-pairs.mjs FOLDER [--json]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { printScore } from './score-report.mjs';

const dir = process.argv[2];
const asJson = process.argv.includes('--json');
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const keysFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.key.yaml'))
  .sort();
const perRule = new Map();
const row = (rule) => perRule.get(rule) ?? perRule.set(rule, { keys: 0, found: 0, findings: 0, right: 0 }).get(rule);
const misses = [];
const falseAlarms = [];
let keys = 0,
  found = 0,
  counted = 0,
  right = 0;
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

for (const keyFile of keysFiles) {
  const key = parse(readFileSync(join(dir, keyFile), 'utf8')) ?? {};
  const text = readFileSync(join(dir, key.target), 'utf8');
  const r = spawnSync(process.execPath, [cli, 'compare', '--format', 'json', join(dir, key.source), join(dir, key.target)], {
    encoding: 'utf8',
    env: { ...process.env, COMMUNIQUE_NO_CACHE: '1' },
  });
  if (r.status === 2 || !r.stdout) throw new Error(`${keyFile}: ${r.stderr}`);
  const findings = JSON.parse(r.stdout)[0]?.findings ?? [];
  const spans = findings.map((f) => ({ ...f, s: f.offset.start, e: f.offset.end }));
  const used = new Set();
  for (const entry of key.expected ?? []) {
    keys++;
    const stat = row(entry.rule);
    stat.keys++;
    const at = [];
    for (let k = text.indexOf(entry.text); k >= 0; k = text.indexOf(entry.text, k + 1)) at.push(k);
    if (at.length === 0) throw new Error(`${keyFile}: "${entry.text}" is not in ${key.target}`);
    const starts = entry.occurrence ? [at[entry.occurrence - 1]] : at;
    const sentenceLevel = entry.rule === 'parallel/missing' || entry.rule === 'parallel/member';
    const hit = spans.findIndex(
      (f, i) =>
        !used.has(i) &&
        f.ruleId === entry.rule &&
        starts.some((k) => k !== undefined && ((f.s < k + entry.text.length && f.e > k) || (sentenceLevel && lineOf(text, f.s) === lineOf(text, k)))),
    );
    if (hit >= 0) {
      used.add(hit);
      found++;
      stat.found++;
    } else misses.push(`${key.target}: ${entry.rule} “${entry.text}”${entry.why ? ` — ${entry.why}` : ''}`);
  }
  spans.forEach((f, i) => {
    const matched = used.has(i);
    if (!matched && f.severity === 'information') return;
    counted++;
    row(f.ruleId).findings++;
    if (matched) {
      right++;
      row(f.ruleId).right++;
    } else falseAlarms.push(`${key.target}: ${f.ruleId} “${text.slice(f.s, f.e).slice(0, 80)}” — ${f.message}`);
  });
}
printScore({ unit: { n: keysFiles.length, name: 'pairs' }, planted: 'planted discrepancies', keys, found, counted, right, perRule, misses, falseAlarms }, asJson);
