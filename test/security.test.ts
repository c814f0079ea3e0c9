// What SECURITY.md promises, tested: no network, no evaluation of code, vocabulary patterns
// matched literally (never as regular expressions).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildVocabulary } from '../core/src/vocabulary';
import { check, repoRoot } from './helpers';

const root = repoRoot();
const blocker = join(root, 'test/fixtures/security/no-network.cjs');

test('the CLI checks reports with every network API blocked, and tries none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-net-'));
  const log = join(dir, 'network.log');
  try {
    const r = spawnSync(process.execPath, ['--require', blocker, join(root, 'dist/cli.js'), 'check', '--format', 'sarif', join(root, 'examples/sample-report.md')], {
      encoding: 'utf8',
      env: { ...process.env, COMMUNIQUE_NETWORK_LOG: log },
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).runs[0].results.length, 8);
    assert.equal(existsSync(log), false, existsSync(log) ? readFileSync(log, 'utf8') : '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the language server works over stdio with every network API blocked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-net-'));
  const log = join(dir, 'network.log');
  const child = spawn(process.execPath, ['--require', blocker, join(root, 'dist/server.js'), '--stdio'], { env: { ...process.env, COMMUNIQUE_NETWORK_LOG: log } });
  try {
    const send = (m: object): void => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    let out = '';
    const published = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics: ${out}`)), 10_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('publishDiagnostics')) {
          clearTimeout(timer);
          resolve(out);
        }
      });
    });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: 'initialized', params: {} });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///r.md', languageId: 'markdown', version: 1, text: 'The Ministry Politic met.' } } });
    assert.match(await published, /title\/non-canonical/);
    assert.equal(existsSync(log), false, existsSync(log) ? readFileSync(log, 'utf8') : '');
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped bundles contain no eval and no Function constructor', () => {
  for (const bundle of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/client.js', 'dist/web/client.js', 'dist/web/server.js']) {
    const code = readFileSync(join(root, bundle), 'utf8');
    assert.doesNotMatch(code, /new Function\s*\(/, `${bundle}: new Function`);
    assert.doesNotMatch(code, /(?<![.\w$])eval\s*\(/, `${bundle}: eval`);
  }
});

test('vocabulary forms are literals: regular-expression syntax matches only itself, in linear time', () => {
  const pack = {
    name: 'hostile',
    files: [
      {
        path: 'hostile.yaml',
        text: 'terms:\n  - id: t\n    name: { en: safe form }\n    wrong: ["(a+)+$", "a.*b", "[x-z]"]\n    source: test\n    confidence: low\n',
      },
    ],
  };
  const vocab = buildVocabulary([pack], false).compiled!;
  const hostile = `${'a'.repeat(50_000)}! a and b; (a+)+$ here, and [x-z] there.`;
  const started = performance.now();
  const found = check(hostile, {}, vocab);
  assert.ok(performance.now() - started < 2000, 'no catastrophic backtracking');
  assert.deepEqual(
    found.map((f) => hostile.slice(f.start, f.end)),
    ['(a+)+$', '[x-z]'],
  );
});

test('a pack file is data: YAML tags that would construct code are refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-tags-'));
  try {
    const file = join(dir, 'p.yaml');
    writeFileSync(file, 'terms:\n  - id: t\n    name: { en: !!js/function "function () { process.exit(7) }" }\n    source: s\n    confidence: high\n');
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'vocab', 'validate', file], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /p\.yaml:3:\d+ (error|warning) vocab\//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
