// The language server driven over stdio as an editor drives it (vscode-languageserver-protocol):
//   - cold start: spawn → initialize → didOpen → first publishDiagnostics;
//   - 500 single-character edits at random places in a 300 KB report, each timed from the
//     didChange to the diagnostics of that version, with debounceMs 0 (workspace/configuration);
//     then a few edits with the default 200 ms debounce, reported apart;
//   - hover and completion latency;
//   - resident memory with the 10,000-term vocabulary as a workspace pack and 50 open 100 KB reports.
//
// Usage: node bench/lsp.mjs [path/to/server.js]   (default bench/.build/server.js); prints JSON.

import { spawn } from 'node:child_process';
import { mulberry32 } from './generate.mjs';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DATA, ROOT } from './generate.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

export const EDITS = Number(process.env.BENCH_EDITS ?? 500);
/** Edits with the 10,000-term pack: as many as with the built-in one, so that both p95s are as steady. */
export const PACK_EDITS = Number(process.env.BENCH_PACK_EDITS ?? 500);
const DEBOUNCED_EDITS = 20;
const HOVERS = 300;
const COMPLETIONS = 300;

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const median = (v) => percentile(v, 50);

function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { rssKB: kb('VmRSS'), hwmKB: kb('VmHWM') };
  } catch {
    return { rssKB: NaN, hwmKB: NaN };
  }
}

/** Line/character of a UTF-16 offset. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Starts the server; `settings` is what workspace/configuration answers (mutable). */
async function start(serverPath, { root, settings }) {
  const t0 = performance.now();
  // BENCH_SERVER_NODE_ARGS: Node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.predicate(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ params: p, at });
      }
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('communique/status', () => undefined);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  let exited;
  const diagnostics = (uri, predicate = () => true, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`the server exited (${exited}); stderr: ${stderr.slice(-1000)}`));
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)), timeoutMs);
      waiters.push({ uri, predicate, resolve: (r) => (clearTimeout(timer), resolve(r)), reject: (e) => (clearTimeout(timer), reject(e)) });
    });
  // A server that dies fails the waiting measurement at once instead of after the timeout.
  child.once('exit', (code, signal) => {
    exited = signal ?? `code ${code}`;
    for (const w of waiters.splice(0)) w.reject(new Error(`the server exited (${exited}) while waiting for diagnostics; stderr: ${stderr.slice(-1000)}`));
  });
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false } },
      },
    },
  });
  const initialized = performance.now();
  await connection.sendNotification('initialized', {});
  return {
    t0,
    initializeMs: initialized - t0,
    child,
    connection,
    diagnostics,
    stderr: () => stderr,
    async stop() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
      connection.dispose();
    },
  };
}

const open = (server, uri, text, version = 1) => server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });

/** Workspaces under bench/.data/lsp: one without a pack, one with the 10,000-term pack. */
export function workspaces() {
  const plain = join(DATA, 'lsp/ws-builtin');
  const packed = join(DATA, 'lsp/ws-10000');
  rmSync(plain, { recursive: true, force: true });
  mkdirSync(plain, { recursive: true });
  mkdirSync(join(packed, '.communique'), { recursive: true });
  copyFileSync(join(DATA, 'vocab/pack-10000.yaml'), join(packed, '.communique/terms.yaml'));
  return { plain, packed };
}

export async function coldStart(serverPath, root, text, runs) {
  const results = [];
  for (let r = 0; r < runs; r++) {
    const server = await start(serverPath, { root, settings: { debounceMs: 0 } });
    const uri = pathToFileURL(join(root, 'cold.md')).href;
    const waiting = server.diagnostics(uri);
    const sent = performance.now();
    await open(server, uri, text);
    const { at, params } = await waiting;
    results.push({ totalMs: at - server.t0, initializeMs: server.initializeMs, openToDiagnosticsMs: at - sent, diagnostics: params.diagnostics.length });
    await server.stop();
  }
  return {
    runs,
    totalMs: median(results.map((r) => r.totalMs)),
    initializeMs: median(results.map((r) => r.initializeMs)),
    openToDiagnosticsMs: median(results.map((r) => r.openToDiagnosticsMs)),
    all: results.map((r) => Math.round(r.totalMs)),
    diagnostics: results[0].diagnostics,
  };
}

export async function editsHoverCompletion(serverPath, root, text, key, log, edits) {
  const settings = { debounceMs: 0 };
  const server = await start(serverPath, { root, settings });
  const uri = pathToFileURL(join(root, 'edited.md')).href;
  let version = 1;
  const first = server.diagnostics(uri);
  const sentOpen = performance.now();
  await open(server, uri, text, version);
  const opened = await first;
  const openMs = opened.at - sentOpen;
  const rng = mulberry32(0xed17);

  // Hover and completion on the unedited text: half at planted forms, half anywhere.
  const hoverMs = [];
  let hoverHits = 0;
  for (let i = 0; i < HOVERS; i++) {
    const p = i % 2 === 0 ? key.plants[Math.floor(rng() * key.plants.length)] : undefined;
    const position = p ? { line: p.line - 1, character: p.column - 1 + Math.floor(p.length / 2) } : positionAt(text, Math.floor(rng() * text.length));
    const t = performance.now();
    const h = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hoverMs.push(performance.now() - t);
    if (h) hoverHits++;
  }
  const completionMs = [];
  let completionItems = 0;
  let completionNonEmpty = 0;
  // Half right after a citation's type word ("Resolution No. ", "Nghị quyết số "), where
  // documents are offered; half at the end of a word anywhere in the prose, as while typing.
  const citationEnds = [...text.matchAll(/(?:Resolution|Directive|Conclusion|Nghị quyết|Chỉ thị|Kết luận) (?:No\.|số) /gu)].map((m) => m.index + m[0].length);
  for (let i = 0; i < COMPLETIONS; i++) {
    let offset = Math.floor(rng() * text.length);
    if (i % 2 === 0 && citationEnds.length > 0) offset = citationEnds[Math.floor(rng() * citationEnds.length)];
    else while (offset < text.length && /[\p{L}]/u.test(text[offset])) offset++;
    const t = performance.now();
    const c = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(text, offset) });
    completionMs.push(performance.now() - t);
    const items = c?.items?.length ?? (Array.isArray(c) ? c.length : 0);
    completionItems += items;
    if (items > 0) completionNonEmpty++;
  }

  // 500 single-character edits at random places in the prose (after the front matter).
  const bodyStart = text.indexOf('\n# ') + 1;
  let doc = text;
  const letters = 'etaoinshrdlu ,';
  const editMs = [];
  const edit = async () => {
    const offset = bodyStart + Math.floor(rng() * (doc.length - bodyStart));
    const ch = letters[Math.floor(rng() * letters.length)];
    const pos = positionAt(doc, offset);
    doc = doc.slice(0, offset) + ch + doc.slice(offset);
    version++;
    const v = version;
    const waiting = server.diagnostics(uri, (p) => p.version === v);
    const t = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
    const { at } = await waiting;
    return at - t;
  };
  const rssDuringEdits = [{ edits: 0, rssKB: procStatus(server.child.pid).rssKB }];
  for (let i = 0; i < edits; i++) {
    editMs.push(await edit());
    if ((i + 1) % 100 === 0) {
      rssDuringEdits.push({ edits: i + 1, rssKB: procStatus(server.child.pid).rssKB });
      log(`  lsp: ${i + 1}/${edits} edits, p50 so far ${median(editMs).toFixed(1)} ms, server RSS ${(rssDuringEdits.at(-1).rssKB / 1024).toFixed(0)} MB`);
    }
  }

  // The default debounce (200 ms), reported apart: a few edits after switching the setting.
  settings.debounceMs = 200;
  const recheck = server.diagnostics(uri);
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { communique: settings } });
  await recheck;
  const debouncedMs = [];
  for (let i = 0; i < DEBOUNCED_EDITS; i++) debouncedMs.push(await edit());

  const memory = procStatus(server.child.pid);
  await server.stop();
  const stats = (v) => ({ n: v.length, p50: percentile(v, 50), p95: percentile(v, 95), p99: percentile(v, 99), max: Math.max(...v) });
  return {
    bytes: Buffer.byteLength(text),
    openMs,
    diagnosticsOnOpen: opened.params.diagnostics.length,
    edits: stats(editMs),
    debounced: { debounceMs: 200, ...stats(debouncedMs) },
    hover: { ...stats(hoverMs), nonEmpty: hoverHits },
    completion: { ...stats(completionMs), items: completionItems, nonEmpty: completionNonEmpty },
    memory,
    rssDuringEdits,
  };
}

export async function memoryWithDocs(serverPath, root, docs) {
  const server = await start(serverPath, { root, settings: { debounceMs: 0 } });
  // One tiny document first, so that the pack is loaded before the baseline is taken.
  const warmUri = pathToFileURL(join(root, 'warm.md')).href;
  const warm = server.diagnostics(warmUri);
  await open(server, warmUri, '# Warm-up\n\nA sentence.\n');
  await warm;
  await new Promise((r) => setTimeout(r, 300));
  const baseline = procStatus(server.child.pid);
  const t = performance.now();
  const waits = [];
  docs.forEach((d, i) => {
    const uri = pathToFileURL(join(root, `docs/doc-${String(i + 1).padStart(2, '0')}.md`)).href;
    waits.push(server.diagnostics(uri));
    void open(server, uri, d);
  });
  await Promise.all(waits);
  const allCheckedMs = performance.now() - t;
  await new Promise((r) => setTimeout(r, 1000));
  const after = procStatus(server.child.pid);
  await server.stop();
  return { docs: docs.length, docBytes: docs.reduce((s, d) => s + Buffer.byteLength(d), 0), baseline, after, allCheckedMs };
}

export async function runLsp({ serverPath = join(ROOT, 'bench/.build/server.js'), coldRuns = 5, log = () => undefined } = {}) {
  const ws = workspaces();
  const read = (rel) => readFileSync(join(DATA, rel), 'utf8');
  const small = read('reports/report-10kb.md');
  log('  lsp: cold start (built-in vocabulary)');
  const coldBuiltin = await coldStart(serverPath, ws.plain, small, coldRuns);
  log('  lsp: cold start (10,000-term workspace pack)');
  const coldPack = await coldStart(serverPath, ws.packed, small, coldRuns);
  const report300 = read('reports/report-300kb.md');
  const key300 = JSON.parse(read('reports/report-300kb.key.json'));
  log('  lsp: edits, hover, completion (300 KB, built-in vocabulary)');
  const editingBuiltin = await editsHoverCompletion(serverPath, ws.plain, report300, key300, log, EDITS);
  log('  lsp: edits, hover, completion (300 KB, 10,000-term workspace pack)');
  const editingPack = await editsHoverCompletion(serverPath, ws.packed, report300, key300, log, PACK_EDITS);
  log('  lsp: memory (10,000-term pack, 50 × 100 KB open)');
  const docs = Array.from({ length: 50 }, (_, i) => read(`lsp/docs/doc-${String(i + 1).padStart(2, '0')}.md`));
  const memory = await memoryWithDocs(serverPath, ws.packed, docs);
  return { coldBuiltin, coldPack, editingBuiltin, editingPack, memory };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const serverPath = process.argv[2] ?? join(ROOT, 'bench/.build/server.js');
  const result = await runLsp({ serverPath, log: (s) => process.stderr.write(s + '\n') });
  console.log(JSON.stringify(result, null, 1));
}
