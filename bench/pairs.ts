// The pair check (`communique compare`) on a 100 KB and a 1 MB pair: the translation-pair corpus's
// Vietnamese originals and English translations, repeated in order until each side reaches the
// size. In one process, warm (JIT and the analysis caches of both sides hot, as in the editor
// after a first check): aligning and comparing, p50 / p95 of 40 runs; then the command line on the
// 1 MB pair beside `communique check` of its translation alone. Run by `npm run bench` (its
// "Pair check" table) or alone: node scripts/build.mjs --bundle bench/pairs.ts bench/.build/pairs.js
// && node bench/.build/pairs.js [--json] [--cli PATH].

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnalysisCache, builtinVocabulary, compareTexts } from '@communique/core';

const root = process.cwd();
const asJson = process.argv.includes('--json');
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? process.argv[cliAt + 1]! : join(root, 'dist/cli.js');
const corpus = join(root, 'test/corpus/pairs');
const out = join(root, 'bench/.data/pairs');
mkdirSync(out, { recursive: true });

const body = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const pairs = readdirSync(corpus)
  .filter((f) => f.endsWith('.key.yaml'))
  .sort()
  .map((k) => k.replace(/\.key\.yaml$/, ''))
  .filter((p) => /translation-of: \.\/[^\n]*\.vi\.md/.test(readFileSync(join(corpus, `${p}.en.md`), 'utf8')))
  .map((p) => ({ vi: body(readFileSync(join(corpus, `${p}.vi.md`), 'utf8')), en: body(readFileSync(join(corpus, `${p}.en.md`), 'utf8')) }));

function pairOf(bytes: number): { source: string; target: string } {
  let source = '---\nlang: vi\ndate: 2025-06-01\n---\n';
  let target = '---\nlang: en\ndate: 2025-06-01\n---\n';
  for (let i = 0; Buffer.byteLength(target) < bytes; i++) {
    const p = pairs[i % pairs.length]!;
    source += p.vi + '\n';
    target += p.en + '\n';
  }
  return { source, target };
}

const vocab = builtinVocabulary();
const results: Record<string, unknown> = {};
for (const [name, bytes] of [
  ['100kb', 100_000],
  ['1mb', 1_000_000],
] as const) {
  const { source, target } = pairOf(bytes);
  writeFileSync(join(out, `pair-${name}.vi.md`), source);
  writeFileSync(join(out, `pair-${name}.en.md`), target);
  const sourceCache = new AnalysisCache();
  const targetCache = new AnalysisCache();
  let findings = 0;
  const t0 = performance.now();
  findings = compareTexts(source, target, vocab, { sourceCache, targetCache }).findings.length;
  const cold = performance.now() - t0;
  const runs: number[] = [];
  const n = name === '100kb' ? 40 : 10;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    compareTexts(source, target, vocab, { sourceCache, targetCache });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const pct = (q: number): number => runs[Math.min(runs.length - 1, Math.ceil((q / 100) * runs.length) - 1)]!;
  results[name] = { bytes: Buffer.byteLength(target), findings, cold, p50: pct(50), p95: pct(95), n };
}

/** Median wall time of three runs of the command line (process start included). */
function wall(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [cli, ...args], { cwd: out, encoding: 'utf8', env: { ...process.env, COMMUNIQUE_NO_CACHE: '1' } });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1]!;
}
results.cli = { compare: wall(['compare', '--format', 'json', 'pair-1mb.vi.md', 'pair-1mb.en.md']), check: wall(['check', '--format', 'json', 'pair-1mb.en.md']) };

if (asJson) console.log(JSON.stringify(results));
else {
  for (const name of ['100kb', '1mb']) {
    const r = results[name] as { bytes: number; findings: number; cold: number; p50: number; p95: number; n: number };
    console.log(`${name}: ${r.bytes} bytes, ${r.findings} findings; first ${r.cold.toFixed(1)} ms; warm p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (n=${r.n})`);
  }
  const c = results.cli as { compare: number; check: number };
  console.log(`CLI, 1 MB: compare ${c.compare.toFixed(0)} ms, check of the translation ${c.check.toFixed(0)} ms (${(c.compare / c.check).toFixed(2)}×)`);
}
