// `npm run bench`: Communiqué's CLI and language server against generated inputs, with
// textlint + textlint-rule-prh and cspell as peers in the same run. Prints a markdown table
// and writes bench/RESULTS.md. Targets are reported PASS/FAIL; a miss never fails the process.
//
//   node bench/run.mjs [--runs N] [--budget SECONDS] [--no-lsp] [--no-profile] [--no-build] [--no-write]
//                      [--baseline REF | --no-baseline]
//
// The previous build (--baseline, by default the commit the last RESULTS.md was built from) is
// built in a git worktree of its own and measured in the same run, on the same host, beside the
// current one: the CLI on the 10 KB and 1 MB × 10,000 inputs and the language server, so that
// the comparison is a ratio measured minutes apart, not two absolute times from different days.
//
// Steps: build (scripts/build.mjs) and copy the CLI (dist/cli.js, the launcher, and
// dist/cli-main.js, the bundle it runs) and dist/server.js into bench/.build/ (others may rebuild
// dist/ at any time; the copy is what is measured); generate the inputs
// (bench/generate.mjs, deterministic, cached in bench/.data/); time every tool on every input
// under /usr/bin/time (wall time from the parent, process start included; peak RSS from %M);
// count recall against each report's answer key; drive the language server (bench/lsp.mjs);
// profile the CLI once on 1 MB × 10,000 terms (node --cpu-prof).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem, release, type as osType } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DATA, ROOT, generate } from './generate.mjs';
import { runLsp, percentile } from './lsp.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    budget: { type: 'string', default: '60' },
    'no-lsp': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs));
/** A peer is skipped on an input when one run would take longer than this (projected from 1 MB). */
const PEER_BUDGET_S = Number(opts.budget);
/** A measurement whose first run takes longer than this is not repeated. */
const REPEAT_LIMIT_MS = 15_000;
const BUILD = join(ROOT, 'bench/.build');
const NM = join(ROOT, 'node_modules');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const benchStart = performance.now();
const log = (s) => process.stderr.write(s + '\n');
const loadBefore = loadavg();

// ---------------------------------------------------------------------------------------
// Build and inputs

function gitInfo() {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  return { commit: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain', '--', 'server', 'cli', 'scripts', 'vocabulary').length > 0 };
}

/** The tree as the build reads it (others may change it at any time). */
const git = gitInfo();
if (!opts['no-build']) {
  log('building (node scripts/build.mjs) …');
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) {
    console.error(`build failed:\n${b.stdout}\n${b.stderr}`);
    process.exit(1);
  }
  mkdirSync(BUILD, { recursive: true });
  for (const f of ['cli.js', 'cli.js.map', 'cli-main.js', 'cli-main.js.map', 'server.js', 'server.js.map', 'server-main.js', 'server-main.js.map', 'builtin-pack.json'])
    copyFileSync(join(ROOT, 'dist', f), join(BUILD, f));
}
/** The previous build, built from `ref` in a worktree kept in the temporary folder between runs. */
function buildBaseline(ref) {
  const commit = spawnSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  if (!commit) return { error: `no such commit: ${ref}` };
  const dir = join(tmpdir(), `communique-baseline-${commit}`);
  if (!existsSync(join(dir, 'package.json'))) {
    const w = spawnSync('git', ['worktree', 'add', '--detach', '--force', dir, commit], { cwd: ROOT, encoding: 'utf8' });
    if (w.status !== 0) return { error: `git worktree: ${w.stderr.trim()}` };
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(NM, join(dir, 'node_modules'), 'dir');
  if (!existsSync(join(dir, 'dist/server.js'))) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
    if (b.status !== 0) return { error: `build of ${commit} failed: ${b.stderr.trim().split('\n').slice(0, 3).join(' ')}` };
  }
  return { commit, cli: join(dir, 'dist/cli.js'), server: join(dir, 'dist/server.js') };
}
const previousCommit = (() => {
  if (opts['no-baseline']) return undefined;
  if (opts.baseline) return opts.baseline;
  try {
    return /built from ([0-9a-f]{7,40})/.exec(readFileSync(join(ROOT, 'bench/RESULTS.md'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
})();
let baseline;
if (previousCommit) {
  log(`building the previous build (${previousCommit}) for a rerun beside this one …`);
  baseline = buildBaseline(previousCommit);
  if (baseline.error) log(`  previous build unavailable: ${baseline.error}`);
}

const CLI = join(BUILD, 'cli.js');
/** The command line itself, which the launcher (CLI) runs; absent in a --no-build copy made before there was a launcher. */
const CLI_MAIN = join(BUILD, 'cli-main.js');
const SERVER = join(BUILD, 'server.js');
/** The server itself, which its launcher (SERVER) runs. */
const SERVER_MAIN = join(BUILD, 'server-main.js');
log('generating inputs (bench/generate.mjs) …');
const manifest = generate({ quiet: true });

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(NM, pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
};
const communiqueVersion = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout.trim();
const bundleHash = (f) => createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 12);
const versions = {
  communique: `${communiqueVersion} (built from ${git.commit}${git.dirty ? ' with uncommitted changes in server/, cli/, scripts/ or vocabulary/' : ''}; measured bundles ${existsSync(CLI_MAIN) ? `cli-main.js ${bundleHash(CLI_MAIN)}` : `cli.js ${bundleHash(CLI)}`}, ${existsSync(SERVER_MAIN) ? `server-main.js ${bundleHash(SERVER_MAIN)}` : `server.js ${bundleHash(SERVER)}`})`,
  textlint: version('textlint'),
  'textlint-rule-prh': version('textlint-rule-prh'),
  prh: version('prh'),
  cspell: version('cspell'),
  node: process.version,
};

// Peer configuration in a temporary folder. prh escapes "-" as "\-" and then compiles with
// the u flag, which rejects that escape: one literal pattern with a hyphen makes the whole
// dictionary fail to load (prh/prh#34, unreleased fix). Those patterns are given to textlint
// as /regular expressions/, as the prh maintainer suggests there; the pairs stay the same.
const TMP = mkdtempSync(join(tmpdir(), 'communique-bench-'));
process.env.COMMUNIQUE_CACHE_DIR = join(TMP, 'cache');
const peerConfig = {};
for (const size of [100, 1000, 10000]) {
  const prh = readFileSync(join(DATA, `vocab/prh-${size}.yml`), 'utf8');
  let rewritten = 0;
  const forTextlint = prh.replace(/^(\s+- )(".*")$/gm, (line, lead, quoted) => {
    const p = JSON.parse(quoted);
    if (!p.includes('-')) return line;
    rewritten++;
    return lead + JSON.stringify('/' + p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '/');
  });
  writeFileSync(join(TMP, `prh-${size}.yml`), forTextlint);
  writeFileSync(join(TMP, `textlintrc-${size}.json`), JSON.stringify({ rules: { prh: { rulePaths: [join(TMP, `prh-${size}.yml`)] } } }));
  peerConfig[size] = { hyphenPatterns: rewritten };
}

// ---------------------------------------------------------------------------------------
// Measuring one process

const OUT = join(TMP, 'out');
mkdirSync(OUT, { recursive: true });
let seq = 0;

/** Runs a command under /usr/bin/time; wall time measured here, process start included. */
function measure(args, { cwd = DATA, timeoutMs = 900_000, env = process.env } = {}) {
  const id = seq++;
  const outPath = join(OUT, `${id}.out`);
  const errPath = join(OUT, `${id}.err`);
  const rssPath = join(OUT, `${id}.rss`);
  const outFd = openSync(outPath, 'w');
  const errFd = openSync(errPath, 'w');
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssPath, process.execPath, ...args]] : [process.execPath, args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', outFd, errFd], timeout: timeoutMs, env });
  const ms = performance.now() - t;
  closeSync(outFd);
  closeSync(errFd);
  // /usr/bin/time writes "max RSS (KB) user (s) system (s)" on its last line.
  const [rssKB, user, sys] = TIME && existsSync(rssPath) ? readFileSync(rssPath, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, rssKB, cpuMs: (user + sys) * 1000, status: r.status, signal: r.signal, error: r.error?.message, outPath, errPath };
}

const readOut = (m) => readFileSync(m.outPath, 'utf8');
const readErr = (m) => readFileSync(m.errPath, 'utf8');

// ---------------------------------------------------------------------------------------
// Tools: how to run each, and the spans (UTF-16 offsets) of what it reported

const isSingleWord = (form) => /^\p{L}+$/u.test(form);

const TOOLS = {
  communique: {
    label: 'Communiqué',
    args: (report, size, variant) => [
      CLI,
      'check',
      '--format',
      'json',
      ...(variant === 'no-builtin' ? ['--no-builtin'] : []),
      '--vocab',
      variant === 'prh' ? `vocab/prh-${size}.yml` : `vocab/pack-${size}.yaml`,
      `reports/${report}.md`,
    ],
    // Its caches are the bench's own (COMMUNIQUE_CACHE_DIR, empty at the start), so the first run
    // of each vocabulary pays for parsing and compiling it (and the first run of all, for compiling
    // the CLI without a code cache); `no-cache` uses neither.
    env: (variant) => (variant === 'no-cache' ? { ...process.env, COMMUNIQUE_NO_CACHE: '1' } : process.env),
    ok: (m) => m.status === 0 || m.status === 1,
    spans: (out) => JSON.parse(out).flatMap((f) => f.findings.map((x) => [x.offset.start, x.offset.end])),
  },
  previous: {
    label: 'previous build',
    args: (report, size) => [baseline.cli, 'check', '--format', 'json', '--vocab', `vocab/pack-${size}.yaml`, `reports/${report}.md`],
    env: () => process.env,
    ok: (m) => m.status === 0 || m.status === 1,
    spans: (out) => JSON.parse(out).flatMap((f) => f.findings.map((x) => [x.offset.start, x.offset.end])),
  },
  textlint: {
    label: 'textlint + prh',
    args: (report, size) => [
      join(NM, 'textlint/bin/textlint.js'),
      '--config',
      join(TMP, `textlintrc-${size}.json`),
      '--rules-base-directory',
      NM,
      '--format',
      'json',
      `reports/${report}.md`,
    ],
    ok: (m) => m.status === 0 || m.status === 1,
    // prh reports one character at the match's start; its fix carries the whole match.
    spans: (out) => JSON.parse(out).flatMap((f) => f.messages.map((x) => [x.range?.[0] ?? x.index, Math.max(x.range?.[1] ?? x.index + 1, x.fix?.range?.[1] ?? 0)])),
  },
  cspell: {
    label: 'cspell',
    args: (report, size) => [
      join(NM, 'cspell/bin.mjs'),
      'lint',
      '--no-progress',
      '--no-summary',
      '--no-color',
      '--no-cache',
      '--no-config-search',
      '--config',
      `vocab/cspell-${size}.json`,
      '--report',
      'flagged',
      '--reporter',
      '@cspell/cspell-json-reporter',
      `reports/${report}.md`,
    ],
    ok: (m) => m.status === 0 || m.status === 1,
    spans: (out) => {
      const j = JSON.parse(out);
      if (j.error?.length) throw new Error(j.error.map((e) => e.message).join('; '));
      return j.issues.map((x) => [x.offset, x.offset + (x.length ?? x.text.length)]);
    },
  },
};

function recall(spans, plants, size) {
  spans.sort((a, b) => a[0] - b[0]);
  const maxEnd = [];
  let m = -1;
  for (const s of spans) maxEnd.push((m = Math.max(m, s[1])));
  const found = (p) => {
    // Last span starting before the plant ends; any earlier span reaching into the plant overlaps it.
    let lo = 0;
    let hi = spans.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] < p.offset + p.length) ((idx = mid), (lo = mid + 1));
      else hi = mid - 1;
    }
    return idx >= 0 && maxEnd[idx] > p.offset;
  };
  const inVocab = plants.filter((p) => p.term < size);
  const hit = inVocab.filter(found);
  const single = inVocab.filter((p) => isSingleWord(p.form));
  const singleHit = single.filter(found);
  const missed = inVocab.filter((p) => !found(p));
  const show = (list) => list.slice(0, 8).map((p) => `${p.form} (line ${p.line})`);
  return {
    n: inVocab.length,
    found: hit.length,
    single: single.length,
    singleFound: singleHit.length,
    missed: show(missed),
    missedSingle: show(missed.filter((p) => isSingleWord(p.form))),
    issues: spans.length,
  };
}

// ---------------------------------------------------------------------------------------
// The matrix

const reportBytes = (r) => manifest.reports[r].bytes;
const keys = {};
const keyOf = (r) => (keys[r] ??= JSON.parse(readFileSync(join(DATA, `reports/${r}.key.json`), 'utf8')).plants);

const CELLS = [
  { report: 'report-10kb', size: 10000 },
  { report: 'report-100kb', size: 10000 },
  { report: 'report-1mb', size: 100 },
  { report: 'report-1mb', size: 1000 },
  { report: 'report-1mb', size: 10000 },
  { report: 'report-10mb', size: 10000 },
];
const results = [];

function runCell(cell, tool, variant) {
  const t = TOOLS[tool];
  const label = `${t.label}${variant ? ` (${variant})` : ''} on ${cell.report} × ${cell.size}`;
  const runs = [];
  let failure;
  let rec;
  for (let r = 0; r < RUNS; r++) {
    const m = measure(t.args(cell.report, cell.size, variant), { env: t.env?.(variant) ?? process.env });
    if (!t.ok(m)) {
      failure = `exit ${m.status ?? m.signal ?? m.error}: ${readErr(m).trim().split('\n').slice(0, 2).join(' ').slice(0, 160)}`;
      break;
    }
    if (r === 0) {
      try {
        rec = recall(t.spans(readOut(m)), keyOf(cell.report), cell.size);
      } catch (e) {
        const lines = readErr(m)
          .trim()
          .split('\n')
          .filter((l) => l.trim() && !/^\s+at /.test(l));
        const err = (lines.filter((l) => /error/i.test(l)).length ? lines.filter((l) => /error/i.test(l)) : lines).slice(0, 2).join(' ');
        failure = `exit ${m.status}, unreadable output (${e.message.slice(0, 60)})${err ? `: ${err.slice(0, 200)}` : ''}`;
        break;
      }
    }
    runs.push(m);
    if (m.ms > REPEAT_LIMIT_MS) break;
  }
  const ms = runs.length
    ? percentile(
        runs.map((x) => x.ms),
        50,
      )
    : NaN;
  const rssKB = runs.length
    ? percentile(
        runs.map((x) => x.rssKB),
        50,
      )
    : NaN;
  const cpuMs = runs.length
    ? percentile(
        runs.map((x) => x.cpuMs),
        50,
      )
    : NaN;
  const res = { ...cell, tool, variant, runs: runs.length, ms, cpuMs, rssKB, mbps: reportBytes(cell.report) / 1e6 / (ms / 1000), recall: rec, failure };
  log(`  ${label}: ${failure ? `FAILED ${failure}` : `${fmtMs(ms)} (n=${runs.length}, CPU ${fmtMs(cpuMs)}), RSS ${fmtMB(rssKB)}, recall ${rec.found}/${rec.n}`}`);
  results.push(res);
  return res;
}

function skipCell(cell, tool, reason) {
  log(`  ${TOOLS[tool].label} on ${cell.report} × ${cell.size}: skipped (${reason})`);
  results.push({ ...cell, tool, skipped: reason });
}

const fmtMs = (ms) => (Number.isNaN(ms) ? '—' : ms >= 100 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${ms.toFixed(1)} ms`);
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtMB = (kb) => (Number.isNaN(kb) ? '—' : `${(kb / 1024).toFixed(0)} MB`);

log('baseline: node -e 0');
const nodeRuns = Array.from({ length: 5 }, () => measure(['-e', '0']));
const nodeMs = percentile(
  nodeRuns.map((m) => m.ms),
  50,
);
const nodeRssKB = percentile(
  nodeRuns.map((m) => m.rssKB),
  50,
);
log(`  node -e 0: ${fmtMs(nodeMs)}`);
log('floor: bench/floor.cjs on 1 MB × 10,000 (read both files, NFC, lower case, one pass; no checking)');
const floorRuns = Array.from({ length: 5 }, () => measure([join(ROOT, 'bench/floor.cjs'), 'reports/report-1mb.md', 'vocab/pack-10000.yaml']));
const floorFailed = floorRuns.filter((m) => m.status !== 0).map((m) => ({ failure: `exit ${m.status ?? m.signal ?? m.error}: ${readErr(m).trim().slice(0, 160)}` }))[0];
const floorMs = percentile(
  floorRuns.map((m) => m.ms),
  50,
);
log(`  floor: ${floorFailed ? `failed: ${floorFailed.failure}` : fmtMs(floorMs)}`);

log('CLI matrix …');
for (const cell of CELLS) {
  runCell(cell, 'communique');
  for (const peer of ['textlint', 'cspell']) {
    if (cell.report === 'report-10mb') {
      const at1mb = results.find((r) => r.tool === peer && r.report === 'report-1mb' && r.size === cell.size);
      if (!at1mb || at1mb.failure || at1mb.skipped) {
        skipCell(cell, peer, 'failed on 1 MB');
        continue;
      }
      // Start-up plus the per-byte cost seen between 100 KB and 1 MB, extended to 10 MB.
      const at100k = results.find((r) => r.tool === peer && r.report === 'report-100kb' && r.size === cell.size);
      const perByte =
        at100k && !at100k.failure ? Math.max(0, (at1mb.ms - at100k.ms) / (reportBytes('report-1mb') - reportBytes('report-100kb'))) : at1mb.ms / reportBytes('report-1mb');
      const projected = (at1mb.ms + perByte * (reportBytes(cell.report) - reportBytes('report-1mb'))) / 1000;
      if (projected > PEER_BUDGET_S) {
        skipCell(cell, peer, `projected ${Math.round(projected)} s per run (from 100 KB and 1 MB) > ${PEER_BUDGET_S} s budget`);
        continue;
      }
    }
    runCell(cell, peer);
  }
}
// The previous build on the same inputs, run alternately with this one so that both meet the
// same load on the machine.
const previousCells = [];
if (baseline && !baseline.error) {
  log(`previous build (${baseline.commit}) beside this one, alternately …`);
  for (const cell of [
    { report: 'report-10kb', size: 10000 },
    { report: 'report-1mb', size: 10000 },
  ]) {
    const current = runCell(cell, 'communique', 'again');
    const previous = runCell(cell, 'previous');
    previousCells.push({ cell, current, previous });
  }
}
log('Communiqué variants on 1 MB × 10,000 …');
const cqPrh = runCell({ report: 'report-1mb', size: 10000 }, 'communique', 'prh');
const cqNoBuiltin = runCell({ report: 'report-1mb', size: 10000 }, 'communique', 'no-builtin');
const cqNoCache = runCell({ report: 'report-1mb', size: 10000 }, 'communique', 'no-cache');

// ---------------------------------------------------------------------------------------
// Where the CLI's time goes: one --cpu-prof run, self time per function (source-mapped)

function profile() {
  const dir = join(TMP, 'prof');
  mkdirSync(dir, { recursive: true });
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, ...TOOLS.communique.args('report-1mb', 10000)];
  // The CLI's code cache is kept per set of Node flags: a first run with these writes it, and the
  // second, profiled, runs from it as users' runs do.
  spawnSync(process.execPath, args, { cwd: DATA, stdio: ['ignore', 'ignore', 'ignore'] });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
  const t = performance.now();
  spawnSync(process.execPath, args, { cwd: DATA, stdio: ['ignore', 'ignore', 'ignore'] });
  const wallMs = performance.now() - t;
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return undefined;
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const dt = prof.timeDeltas.reduce((a, b) => a + b, 0) / prof.timeDeltas.length / 1000; // ms per sample
  // Samples in the launcher and in the bundle it runs, each through its own source map.
  const maps = new Map();
  for (const bundle of [CLI, CLI_MAIN]) {
    try {
      maps.set(`/${bundle.replace(/^.*\//, '')}`, new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8'))));
    } catch {
      // profiled without source positions
    }
  }
  const self = new Map();
  let total = 0;
  for (const n of prof.nodes) {
    const ms = (n.hitCount ?? 0) * dt;
    total += ms;
    if (!ms) continue;
    const cf = n.callFrame;
    let where = cf.url ? cf.url.replace(/^file:\/\//, '').replace(ROOT + '/', '') : '';
    const map = maps.get(cf.url.slice(cf.url.lastIndexOf('/')));
    if (map && cf.lineNumber >= 0) {
      const e = map.findEntry(cf.lineNumber, cf.columnNumber);
      if (e?.originalSource) where = `${e.originalSource.replace(/^(\.\.\/)+/, '').replace(/^webpack:\/\//, '')}:${e.originalLine + 1}`;
    } else if (cf.lineNumber >= 0 && where) where += `:${cf.lineNumber + 1}`;
    const name = `${cf.functionName || '(anonymous)'}${where ? ` — ${where}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  const areas = new Map();
  for (const [name, ms] of self) areas.set(area(name), (areas.get(area(name)) ?? 0) + ms);
  return { wallMs, sampledMs: total, top, areas: [...areas.entries()].sort((a, b) => b[1] - a[1]) };
}

/** Which part of the work a profiled function belongs to. */
function area(name) {
  const [fn, where = ''] = name.split(' — ');
  if (/automaton\.ts/.test(where)) return fn === 'search' ? 'checking: automaton search' : 'vocabulary: automaton construction (add, build)';
  if (/js-yaml|node_modules\/yaml|vocabulary\/load\.ts|vocabularyFiles|pack-validator|ajv/.test(where)) return 'vocabulary: reading, parsing, validating, merging';
  if (/vocabulary\/(compile|index|prh|snapshot|tbx)\.ts/.test(where)) return 'vocabulary: compiling forms';
  if (/cli\/src\/(format|sarif)|LineIndex|lines\.ts/.test(where) || /^(stringify|JSON)/.test(fn)) return 'output (JSON, positions)';
  if (/server\/src\/core|markdown-it|linkify|mdurl|uc\.micro|punycode/.test(where)) return 'checking: document model, folding, rules';
  if (/^\((garbage collector)\)$/.test(fn)) return 'garbage collection';
  if (/^\((idle|program)\)$/.test(fn)) return 'idle / program (outside JS)';
  return 'Node start-up, module loading, other';
}

let prof;
if (!opts['no-profile']) {
  log('profiling the CLI on 1 MB × 10,000 (node --cpu-prof) …');
  prof = profile();
}

let lsp;
if (!opts['no-lsp']) {
  log('language server …');
  try {
    lsp = await runLsp({ serverPath: SERVER, log });
  } catch (e) {
    lsp = { error: e.message };
    log(`  language server failed: ${e.message}`);
  }
  if (baseline && !baseline.error) {
    log(`language server of the previous build (${baseline.commit}) …`);
    try {
      baseline.lsp = await runLsp({ serverPath: baseline.server, log });
    } catch (e) {
      baseline.lsp = { error: e.message };
    }
  }
}

rmSync(TMP, { recursive: true, force: true });
const benchSeconds = (performance.now() - benchStart) / 1000;
const loadAfter = loadavg();

// ---------------------------------------------------------------------------------------
// Report

const find = (tool, report, size, variant) => results.find((r) => r.tool === tool && r.report === report && r.size === size && r.variant === variant);
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const sizeLabel = { 'report-10kb': '10 KB', 'report-100kb': '100 KB', 'report-1mb': '1 MB', 'report-10mb': '10 MB' };

function toolCells(r, cq, peerKind) {
  if (!r) return ['—', '—', '—', '—', ...(peerKind ? ['—'] : [])];
  if (r.skipped) return [`skipped: ${r.skipped}`, '', '', '', ...(peerKind ? [''] : [])];
  if (r.failure) return [`error: ${r.failure.replace(/\|/g, '\\|')}`, '', '', '', ...(peerKind ? [''] : [])];
  const n = r.runs < RUNS ? ` (n=${r.runs})` : '';
  let rec;
  if (peerKind === 'cspell') rec = `${pct(r.recall.singleFound, r.recall.single)} of ${r.recall.single} single-word (${pct(r.recall.found, r.recall.n)} of all)`;
  else rec = `${pct(r.recall.found, r.recall.n)} (${r.recall.found}/${r.recall.n})`;
  const cells = [`${fmtMs(r.ms)}${n}${Number.isNaN(r.cpuMs) ? '' : ` (CPU ${fmtS(r.cpuMs)})`}`, r.mbps >= 1 ? r.mbps.toFixed(2) : r.mbps.toPrecision(2), fmtMB(r.rssKB), rec];
  if (peerKind) cells.push(cq && !cq.failure ? `${(r.ms / cq.ms).toFixed(1)}×` : '—');
  return cells;
}

const header = ['input', 'terms', 'Communiqué', 'MB/s', 'RSS', 'recall', 'textlint + prh', 'MB/s', 'RSS', 'recall', '× CQ', 'cspell', 'MB/s', 'RSS', 'recall', '× CQ'];
const rows = CELLS.map((c) => {
  const cq = find('communique', c.report, c.size);
  return [
    sizeLabel[c.report],
    c.size.toLocaleString('en-US'),
    ...toolCells(cq),
    ...toolCells(find('textlint', c.report, c.size), cq, 'textlint'),
    ...toolCells(find('cspell', c.report, c.size), cq, 'cspell'),
  ];
});
const mdTable = (h, rs) => [`| ${h.join(' | ')} |`, `| ${h.map(() => '---').join(' | ')} |`, ...rs.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const cliTable = mdTable(header, rows);

const cq1m = [100, 1000, 10000].map((s) => find('communique', 'report-1mb', s));
const cq10k = cq1m[2];
const tl10k = find('textlint', 'report-1mb', 10000);
const cs10k = find('cspell', 'report-1mb', 10000);
const verdict = (ok) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');
const targets = [];
targets.push(`- node -e 0 (process start alone): ${fmtMs(nodeMs)}, RSS ${fmtMB(nodeRssKB)} (median of 5)`);
targets.push(
  `- floor, \`bench/floor.cjs\` on 1 MB × 10,000 (reads the report and the pack, NFC, lower case, one pass over the characters; parses nothing, checks nothing): ${floorFailed ? `failed: ${floorFailed.failure}` : `${fmtMs(floorMs)}, ${fmtMs(floorMs - nodeMs)} over \`node -e 0\``} (median of 5)`,
);
if (cq10k && !cq10k.failure) {
  targets.push(
    `- **${verdict(cq10k.ms <= 100)}** CLI checks 1 MB against 10,000 terms in ≤ 100 ms wall, process start included: ${fmtMs(cq10k.ms)} (${fmtMs(cq10k.ms - nodeMs)} over \`node -e 0\`; CPU ${fmtMs(cq10k.cpuMs)}), with the pack's compiled vocabulary in the cache (written by the bench's first run with that pack); with no cache at all (\`COMMUNIQUE_NO_CACHE=1\`) ${cqNoCache.failure ? `failed: ${cqNoCache.failure}` : fmtMs(cqNoCache.ms)}`,
  );
  const flat = cq1m.every((r) => r && !r.failure) ? cq1m[2].ms / cq1m[0].ms : NaN;
  targets.push(
    `- **${verdict(Number.isNaN(flat) ? undefined : flat <= 1.25)}** time flat in the vocabulary's size (1 MB × 100 / 1,000 / 10,000 terms: ${cq1m.map((r) => fmtMs(r?.ms ?? NaN)).join(' / ')} wall, CPU ${cq1m.map((r) => fmtMs(r?.cpuMs ?? NaN)).join(' / ')}; 10,000 ÷ 100 = ${flat.toFixed(2)}× wall; "flat" taken as ≤ 1.25×)`,
  );
  for (const [peer, r] of [
    ['textlint + prh', tl10k],
    ['cspell', cs10k],
  ]) {
    if (!r || r.failure || r.skipped) {
      targets.push(`- **n/a ** recall ≥ ${peer}: ${peer} ${r?.failure ? 'failed' : 'did not run'} on 1 MB × 10,000`);
    } else if (peer === 'cspell') {
      const a = cq10k.recall.singleFound / cq10k.recall.single;
      const b = r.recall.singleFound / r.recall.single;
      targets.push(
        `- **${verdict(a >= b)}** recall ≥ cspell on the ${r.recall.single} single-word plants cspell can express (1 MB × 10,000): Communiqué ${pct(cq10k.recall.singleFound, cq10k.recall.single)}, cspell ${pct(r.recall.singleFound, r.recall.single)}; cspell cannot express the ${r.recall.n - r.recall.single} multi-word plants (${pct(r.recall.found, r.recall.n)} of all)`,
      );
    } else {
      const a = cq10k.recall.found / cq10k.recall.n;
      const b = r.recall.found / r.recall.n;
      targets.push(
        `- **${verdict(a >= b)}** recall ≥ ${peer} (1 MB × 10,000, all ${r.recall.n} plants): Communiqué ${pct(cq10k.recall.found, cq10k.recall.n)}, ${peer} ${pct(r.recall.found, r.recall.n)}`,
      );
    }
  }
}
const allRecall = results.filter((r) => r.tool === 'communique' && r.recall && !r.failure);
const cqMissed = allRecall.flatMap((r) => r.recall.missed);
const missedBy = (tool, field) => [...new Set(results.filter((r) => r.tool === tool && r.recall).flatMap((r) => r.recall[field]))].slice(0, 5);

let previousSection = '';
if (baseline && !baseline.error) {
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
  const prow = (what, a, b, fmt = fmtMs) => [what, fmt(a), fmt(b), ratio(a, b)];
  const prows = previousCells.map(({ cell, current, previous }) =>
    prow(`CLI, ${sizeLabel[cell.report]} × ${cell.size.toLocaleString('en-US')} terms (wall, median of ${RUNS})`, current.ms, previous.ms),
  );
  const P = baseline.lsp;
  if (lsp && !lsp.error && P && !P.error) {
    prows.push(
      prow('server spawn → first diagnostics, built-in vocabulary', lsp.coldBuiltin.totalMs, P.coldBuiltin.totalMs),
      prow('server spawn → first diagnostics, 10,000-term pack', lsp.coldPack.totalMs, P.coldPack.totalMs),
      prow('edit → diagnostics p95, 300 KB, built-in vocabulary', lsp.editingBuiltin.edits.p95, P.editingBuiltin.edits.p95),
      prow('edit → diagnostics p95, 300 KB, 10,000-term pack', lsp.editingPack.edits.p95, P.editingPack.edits.p95),
      prow('hover p95, built-in vocabulary', lsp.editingBuiltin.hover.p95, P.editingBuiltin.hover.p95),
      prow('server RSS after the 300 KB session, built-in vocabulary', lsp.editingBuiltin.memory.rssKB, P.editingBuiltin.memory.rssKB, fmtMB),
      prow('server RSS, 10,000-term pack + 50 open reports', lsp.memory.after.rssKB, P.memory.after.rssKB, fmtMB),
    );
  } else if (P?.error) prows.push(['language server of the previous build', `error: ${P.error}`, '', '']);
  previousSection = mdTable(['measurement', `this build (${git.commit}${git.dirty ? ', with changes' : ''})`, `previous build (${baseline.commit})`, 'this ÷ previous'], prows);
}

let lspSection = '';
if (lsp && !lsp.error) {
  const L = lsp;
  const ms = (v) => fmtMs(v);
  const trio = (s) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
  const rssMB = L.memory.after.rssKB / 1024;
  const lrows = [
    [
      'spawn → first diagnostics, 10 KB report (median of 5)',
      `${ms(L.coldBuiltin.totalMs)} (initialize ${ms(L.coldBuiltin.initializeMs)}, open → diagnostics ${ms(L.coldBuiltin.openToDiagnosticsMs)})`,
      `${ms(L.coldPack.totalMs)} (initialize ${ms(L.coldPack.initializeMs)}, open → diagnostics ${ms(L.coldPack.openToDiagnosticsMs)}); the first start, before the pack's compiled vocabulary is cached, ${ms(L.coldPack.all[0])}`,
      '≤ 300 ms',
      `${verdict(L.coldBuiltin.totalMs <= 300)} / ${verdict(L.coldPack.totalMs <= 300)}`,
    ],
    [
      `edit → diagnostics p50 / p95 / p99, 300 KB report, debounceMs 0`,
      `${trio(L.editingBuiltin.edits)} (n=${L.editingBuiltin.edits.n})`,
      `${trio(L.editingPack.edits)} (n=${L.editingPack.edits.n})`,
      'p95 ≤ 20 ms',
      `${verdict(L.editingBuiltin.edits.p95 <= 20)} / ${verdict(L.editingPack.edits.p95 <= 20)}`,
    ],
    [
      `edit → diagnostics p50 / p95 with the default debounce (200 ms), reported apart`,
      `${ms(L.editingBuiltin.debounced.p50)} / ${ms(L.editingBuiltin.debounced.p95)} (n=${L.editingBuiltin.debounced.n})`,
      `${ms(L.editingPack.debounced.p50)} / ${ms(L.editingPack.debounced.p95)} (n=${L.editingPack.debounced.n})`,
      '(debounce + check)',
      '',
    ],
    ['open → diagnostics, 300 KB report', ms(L.editingBuiltin.openMs), ms(L.editingPack.openMs), '', ''],
    [
      'hover p50 / p95 / p99 (half on planted forms)',
      `${trio(L.editingBuiltin.hover)} (${L.editingBuiltin.hover.nonEmpty}/${L.editingBuiltin.hover.n} non-empty)`,
      `${trio(L.editingPack.hover)} (${L.editingPack.hover.nonEmpty}/${L.editingPack.hover.n} non-empty)`,
      'p95 ≤ 10 ms',
      `${verdict(L.editingBuiltin.hover.p95 <= 10)} / ${verdict(L.editingPack.hover.p95 <= 10)}`,
    ],
    [
      'completion p50 / p95 / p99 (half after "Resolution No. " and the like)',
      `${trio(L.editingBuiltin.completion)} (${L.editingBuiltin.completion.nonEmpty}/${L.editingBuiltin.completion.n} non-empty)`,
      `${trio(L.editingPack.completion)} (${L.editingPack.completion.nonEmpty}/${L.editingPack.completion.n} non-empty)`,
      'p95 ≤ 10 ms',
      `${verdict(L.editingBuiltin.completion.p95 <= 10)} / ${verdict(L.editingPack.completion.p95 <= 10)}`,
    ],
    [
      'server RSS at 0, 100, … edits of the 300 KB report',
      L.editingBuiltin.rssDuringEdits.map((x) => fmtMB(x.rssKB)).join(' → '),
      L.editingPack.rssDuringEdits.map((x) => fmtMB(x.rssKB)).join(' → '),
      '',
      '',
    ],
    [
      'server RSS / VmHWM after the 300 KB editing session',
      `${fmtMB(L.editingBuiltin.memory.rssKB)} / ${fmtMB(L.editingBuiltin.memory.hwmKB)}`,
      `${fmtMB(L.editingPack.memory.rssKB)} / ${fmtMB(L.editingPack.memory.hwmKB)}`,
      '',
      '',
    ],
    [
      `server RSS / VmHWM, 10,000-term workspace pack + ${L.memory.docs} open 100 KB reports`,
      '—',
      `${fmtMB(L.memory.after.rssKB)} / ${fmtMB(L.memory.after.hwmKB)} (pack loaded, nothing open: ${fmtMB(L.memory.baseline.rssKB)}; all ${L.memory.docs} checked in ${ms(L.memory.allCheckedMs)})`,
      'RSS ≤ 150 MB',
      verdict(rssMB <= 150),
    ],
  ];
  lspSection = mdTable(['language server (stdio)', 'built-in vocabulary', '10,000-term workspace pack', 'target', 'built-in / pack'], lrows);
  targets.push(
    `- **${verdict(L.coldBuiltin.totalMs <= 300)}** / **${verdict(L.coldPack.totalMs <= 300)}** server cold start (spawn → first diagnostics, 10 KB report) ≤ 300 ms: built-in vocabulary ${ms(L.coldBuiltin.totalMs)} / 10,000-term workspace pack ${ms(L.coldPack.totalMs)}`,
  );
  targets.push(
    `- **${verdict(L.editingBuiltin.edits.p95 <= 20)}** / **${verdict(L.editingPack.edits.p95 <= 20)}** edit → diagnostics p95 ≤ 20 ms (300 KB report, debounceMs 0): built-in ${ms(L.editingBuiltin.edits.p95)} (p50 ${ms(L.editingBuiltin.edits.p50)}, p99 ${ms(L.editingBuiltin.edits.p99)}, n=${L.editingBuiltin.edits.n}) / 10,000-term pack ${ms(L.editingPack.edits.p95)} (n=${L.editingPack.edits.n}); the debounce, 200 ms by default, comes on top (measured with it: p50 ${ms(L.editingBuiltin.debounced.p50)})`,
  );
  targets.push(
    `- **${verdict(Math.max(L.editingBuiltin.hover.p95, L.editingPack.hover.p95) <= 10)}** hover p95 ≤ 10 ms: ${ms(L.editingBuiltin.hover.p95)} (built-in), ${ms(L.editingPack.hover.p95)} (10,000-term pack)`,
  );
  targets.push(
    `- **${verdict(Math.max(L.editingBuiltin.completion.p95, L.editingPack.completion.p95) <= 10)}** completion p95 ≤ 10 ms: ${ms(L.editingBuiltin.completion.p95)} (built-in), ${ms(L.editingPack.completion.p95)} (10,000-term pack)`,
  );
  targets.push(
    `- **${verdict(rssMB <= 150)}** server memory ≤ 150 MB with the 10,000-term pack and 50 open 100 KB reports: VmRSS ${fmtMB(L.memory.after.rssKB)}, VmHWM ${fmtMB(L.memory.after.hwmKB)}`,
  );
} else if (lsp?.error) {
  lspSection = `Language server: error: ${lsp.error}`;
}

// The pair check (`communique compare`): in one process, warm, on a 100 KB and a 1 MB pair, and the
// command line on the 1 MB pair beside `check` of its translation (bench/pairs.ts). New this round:
// the previous build has no pair check to measure beside it, and no peer compares two drafts.
let pairSection = '';
{
  log('pair check (bench/pairs.ts) …');
  const b = spawnSync(process.execPath, ['scripts/build.mjs', '--bundle', 'bench/pairs.ts', 'bench/.build/pairs.js'], { cwd: ROOT, encoding: 'utf8' });
  const r = b.status === 0 ? spawnSync(process.execPath, ['bench/.build/pairs.js', '--json', '--cli', join(BUILD, 'cli.js')], { cwd: ROOT, encoding: 'utf8' }) : b;
  try {
    const p = JSON.parse(r.stdout);
    const row = (name, x) => [name, `${(x.bytes / 1000).toFixed(0)} KB`, String(x.findings), fmtMs(x.cold), fmtMs(x.p50), fmtMs(x.p95), String(x.n)];
    pairSection = [
      mdTable(
        ['pair (Vietnamese original, English translation)', 'target size', 'findings', 'first compare', 'warm p50', 'warm p95', 'runs'],
        [row('100 KB', p['100kb']), row('1 MB', p['1mb'])],
      ),
      '',
      `Command line, 1 MB pair (median of 3, process start included): \`compare\` ${fmtMs(p.cli.compare)}, \`check\` of the translation alone ${fmtMs(p.cli.check)} (${(p.cli.compare / p.cli.check).toFixed(2)}×: compare checks both sides' prose and aligns them).`,
    ].join('\n');
    targets.push(`- **${verdict(p['100kb'].p95 <= 50)}** aligning and comparing two 100 KB reports, warm, p95 ≤ 50 ms: ${fmtMs(p['100kb'].p95)} (p50 ${fmtMs(p['100kb'].p50)})`);
  } catch {
    pairSection = `(failed: ${(r.stderr || r.stdout || '').slice(0, 400)})`;
  }
}

const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown').trim();
const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || String(cpus().length);
const v = manifest.vocab;
const r1 = manifest.reports;
const machine = [
  `- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- machine: ${nproc} CPUs (nproc), ${cpuModel}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${osType()} ${release()}`,
  `- load average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${loadAfter.map((x) => x.toFixed(2)).join(' / ')} — other work on the machine inflates every figure, the peers' as much as Communiqué's`,
  `- versions: ${Object.entries(versions)
    .map(([k, x]) => `${k} ${x}`)
    .join(', ')}`,
  `- the bench took ${benchSeconds.toFixed(0)} s (\`npm run bench\`; ${RUNS} runs per measurement, median; a run over ${REPEAT_LIMIT_MS / 1000} s is not repeated)`,
];

const inputs = [
  `- reports (\`bench/.data/reports\`, from the ${manifest.sentences.en} English and ${manifest.sentences.vi} Vietnamese seed sentences, one planted wrong variant about every 2,000 characters): ${Object.entries(
    r1,
  )
    .map(([k, x]) => `${k.replace('report-', '')} ${x.bytes.toLocaleString('en-US')} B, ${x.plants} plants (${x.singleWordPlants} single-word)`)
    .join('; ')}`,
  `- vocabularies (nested: the 100 and 1,000 are prefixes of the 10,000): ${Object.values(v)
    .map((x) => `${x.terms.toLocaleString('en-US')} terms / ${x.wrongForms.toLocaleString('en-US')} wrong forms (${x.singleWordForms} single-word)`)
    .join('; ')}; kinds at 10,000: ${Object.entries(v[10000].byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
  `- the same wrong → expected pairs in three forms: Communiqué pack (\`pack-N.yaml\`), prh dictionary (\`prh-N.yml\`), cspell \`flagWords\` (\`cspell-N.json\`). cspell checks single words, so only the ${v[10000].singleWordForms} single-word variants are flagWords; the ${v[10000].multiWordForms.toLocaleString('en-US')} multi-word variants (e.g. ${manifest.examples['en-body'][0].wrong[0]}, ${manifest.examples['vi-term'][0].wrong[0]}) cannot be expressed, and cspell's recall is counted against the single-word plants only`,
  `- recall: a plant counts as found when a reported issue's span overlaps it (same line and columns); plants of terms beyond the vocabulary's size are not counted for the 100- and 1,000-term rows`,
  `- textlint: \`textlint --config <tmp>/textlintrc.json --rules-base-directory node_modules --format json\` with \`{ rules: { prh: { rulePaths: [prh-N.yml] } } }\`. prh ${versions.prh} escapes \`-\` as \`\\-\` and compiles with the \`u\` flag, which rejects that escape: any literal pattern with a hyphen makes the whole dictionary fail to load (prh/prh#34). The ${peerConfig[10000].hyphenPatterns} hyphenated patterns (of the 10,000) are given to textlint as \`/…/\` patterns instead, as the maintainer suggests there`,
  `- cspell: \`cspell lint --no-progress --no-summary --no-cache --no-config-search --config cspell-N.json --report flagged --reporter @cspell/cspell-json-reporter\` (only flagged words are reported, not every unknown word; its default English dictionaries stay on). cspell 10 needs Node ≥ 22.18, so 9.8.0 (the newest for Node 20) is pinned`,
  `- Communiqué: \`node bench/.build/cli.js check --format json --vocab pack-N.yaml FILE\` (built-in pack on, as a user runs it: its rules find more than the plants). Same input: with the prh dictionary as \`--vocab\` ${cqPrh.failure ? `failed: ${cqPrh.failure}` : `${fmtMs(cqPrh.ms)}, recall ${pct(cqPrh.recall.found, cqPrh.recall.n)}`}; with \`--no-builtin\` ${cqNoBuiltin.failure ? `failed: ${cqNoBuiltin.failure}` : `${fmtMs(cqNoBuiltin.ms)}, RSS ${fmtMB(cqNoBuiltin.rssKB)}, recall ${pct(cqNoBuiltin.recall.found, cqNoBuiltin.recall.n)}`}`,
  `- wall time is the median of the runs, measured around the process (start included); CPU is the user + system time of the same runs (\`/usr/bin/time\` %U + %S), less sensitive than wall time to other load on the machine; throughput is the input's bytes (1 MB = 10⁶ B) over the wall time; RSS is the peak (\`/usr/bin/time\` %M); × CQ is the peer's wall time over Communiqué's on the same input`,
];
inputs.push(`- Communiqué missed: ${cqMissed.length ? [...new Set(cqMissed)].slice(0, 6).join('; ') : 'nothing'}`);
inputs.push(`- textlint + prh missed: ${missedBy('textlint', 'missed').join('; ') || 'nothing'}`);
inputs.push(`- cspell missed, single-word plants (examples): ${missedBy('cspell', 'missedSingle').join('; ') || 'nothing'}`);

let profSection = '';
if (prof) {
  profSection = [
    `One \`node --cpu-prof\` run of the CLI on 1 MB × 10,000 terms (${fmtMs(prof.wallMs)} wall, ${fmtMs(prof.sampledMs)} sampled); self time by function, source-mapped:`,
    '',
    mdTable(
      ['self time', 'share', 'function — source'],
      prof.top.map(([name, ms]) => [fmtMs(ms), `${((100 * ms) / prof.sampledMs).toFixed(1)}%`, name.replace(/\|/g, '\\|')]),
    ),
    '',
    'The same samples by area:',
    '',
    mdTable(
      ['self time', 'share', 'area'],
      prof.areas.map(([name, ms]) => [fmtMs(ms), `${((100 * ms) / prof.sampledMs).toFixed(1)}%`, name]),
    ),
  ].join('\n');
}

const out = [
  '# Communiqué benchmark results',
  '',
  'Generated by `npm run bench` (bench/run.mjs); inputs from bench/generate.mjs (seeded, identical bytes on every run).',
  '',
  '## Machine',
  '',
  ...machine,
  '',
  '## Command line: Communiqué, textlint + textlint-rule-prh, cspell (same inputs, same wrong → expected pairs)',
  '',
  cliTable,
  '',
  ...inputs,
  '',
  '## Language server',
  '',
  lspSection || '(not run)',
  '',
  '## Pair check',
  '',
  pairSection,
  '',
  '## Against the previous build (same host, same run)',
  '',
  previousSection || '(not run: --no-baseline, or the previous build could not be built)',
  '',
  '## Targets',
  '',
  ...targets,
  '',
  '## Where the CLI spends its time',
  '',
  profSection || '(not profiled)',
  '',
].join('\n');

console.log(out);
if (!opts['no-write']) {
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), out);
  log(`wrote bench/RESULTS.md (${benchSeconds.toFixed(0)} s)`);
}
