// The checking core in one process, without process start or I/O: how long a first (cold)
// check of the 1 MB report takes, and then parse, analysis and whole checks once the JIT has
// warmed up (CPU time, min and median of 7). It tells the cost of the checker itself apart from
// what `npm run bench` measures around the command line. Run with `npm run bench:core [TERMS]`
// (100, 1000 or 10000; inputs from bench/generate.mjs).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlock, buildVocabulary, checkText, parseReport } from '@communique/core';

const data = join(process.cwd(), 'bench/.data');
const terms = process.argv[2] ?? '10000';
const vocab = buildVocabulary([{ name: 'pack', files: [{ path: 'pack.yaml', text: readFileSync(join(data, `vocab/pack-${terms}.yaml`), 'utf8') }] }]).compiled!;
const text = readFileSync(join(data, 'reports/report-1mb.md'), 'utf8');
const options = { syntax: 'markdown' as const, date: '2024-06-01' };

/** CPU milliseconds of `f` (this thread and V8's helper threads alike). */
function cpu(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

let findings = 0;
const cold = cpu(() => (findings = checkText(text, vocab, options).findings.length));
console.log(`1 MB × ${terms} terms: ${findings} findings; first check (cold) ${cold.toFixed(1)} ms CPU`);

const runs: Record<'parse' | 'analyse' | 'check', number[]> = { parse: [], analyse: [], check: [] };
for (let i = 0; i < 7; i++) {
  let doc = parseReport(text, 'markdown');
  runs.parse.push(cpu(() => (doc = parseReport(text, 'markdown'))));
  runs.analyse.push(cpu(() => doc.blocks.forEach((b) => analyzeBlock(text, b, vocab))));
  runs.check.push(cpu(() => checkText(text, vocab, options)));
}
for (const [what, ms] of Object.entries(runs)) {
  ms.sort((a, b) => a - b);
  console.log(`${what.padEnd(8)} warm: min ${ms[0]!.toFixed(1)} ms, median ${ms[3]!.toFixed(1)} ms CPU`);
}
