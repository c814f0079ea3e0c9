// Scores a blind set: drafts written by someone who saw only the README's rule table and the
// sourced facts. Each draft NN-slug.md has a key NN-slug.key.yaml listing its planted mistakes
// as { rule, text, occurrence? }, `text` a short stretch of the draft at the mistake.
//
// A key entry is found when a finding of the same rule overlaps that stretch (the writer could
// not know each rule's exact span). Precision counts the findings that match a key entry against
// every error and warning; unmatched information-level findings (an unknown document) are not
// counted as false alarms. Usage: node scripts/score-blind.mjs FOLDER [--json]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { printScore } from './score-report.mjs';

const dir = process.argv[2];
const asJson = process.argv.includes('--json');
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const drafts = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && !/^[A-Z]/.test(f))
  .sort();
const perRule = new Map();
const row = (rule) => perRule.get(rule) ?? perRule.set(rule, { keys: 0, found: 0, findings: 0, right: 0 }).get(rule);
const misses = [];
const falseAlarms = [];
let keys = 0,
  found = 0,
  counted = 0,
  right = 0;

for (const draft of drafts) {
  const text = readFileSync(join(dir, draft), 'utf8');
  const key = parse(readFileSync(join(dir, draft.replace(/\.md$/, '.key.yaml')), 'utf8')) ?? {};
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', join(dir, draft)], { encoding: 'utf8', env: { ...process.env, COMMUNIQUE_NO_CACHE: '1' } });
  const findings = JSON.parse(r.stdout)[0]?.findings ?? [];
  const spans = findings.map((f) => ({ ...f, s: f.offset?.start ?? f.start, e: f.offset?.end ?? f.end }));
  const used = new Set();
  for (const entry of key.expected ?? []) {
    keys++;
    const stat = row(entry.rule);
    stat.keys++;
    const at = [];
    for (let k = text.indexOf(entry.text); k >= 0; k = text.indexOf(entry.text, k + 1)) at.push(k);
    const starts = entry.occurrence ? [at[entry.occurrence - 1]] : at;
    const hit = spans.findIndex((f, i) => !used.has(i) && f.ruleId === entry.rule && starts.some((k) => k !== undefined && f.s < k + entry.text.length && f.e > k));
    if (hit >= 0) {
      used.add(hit);
      found++;
      stat.found++;
    } else misses.push(`${draft}: ${entry.rule} “${entry.text}”${entry.why ? ` — ${entry.why}` : ''}`);
  }
  spans.forEach((f, i) => {
    const matched = used.has(i);
    if (!matched && f.severity === 'information') return;
    counted++;
    row(f.ruleId).findings++;
    if (matched) {
      right++;
      row(f.ruleId).right++;
    } else falseAlarms.push(`${draft}: ${f.ruleId} “${text.slice(f.s, f.e)}” — ${f.message}`);
  });
}
printScore({ unit: { n: drafts.length, name: 'drafts' }, planted: 'planted mistakes', keys, found, counted, right, perRule, misses, falseAlarms }, asJson);
