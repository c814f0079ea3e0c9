// One workspace, one set of findings: a project with a configuration, packs and suppressions
// gives the same findings through the command line and through the language server, on every
// draft of the corpus; and the editor's side of the configuration (its problems, the last good
// one, excluded reports, links to the rule pages).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers';
import { open, startServer } from './lspClient';

const root = repoRoot();
const work = mkdtempSync(join(tmpdir(), 'communique-parity-'));
const corpus = join(root, 'test/corpus');
const drafts = readdirSync(corpus)
  .filter((f) => /^\d{3}-.*\.md$/.test(f))
  .sort();

const CONFIG = [
  'vocabulary: [../glossary/house.yaml]',
  'rules:',
  '  citation/unknown: off',
  '  term/*: error',
  '  text/spacing: hint',
  'reportDate: 2025-03-01',
  'exclude: ["reports/drafts/**"]',
].join('\n');
const HOUSE = `terms:
  - id: house-blue-economy
    name: { en: blue economy }
    wrong: [{ form: blueish economy, fix: blue economy }]
    source: { publisher: House style, title: House glossary, date: 2025-01-01, url: "https://example.org/house" }
    confidence: high
`;
const LOCAL = `bodies:
  - id: house-desk
    name: { en: Asia Desk }
    wrong: [{ form: Asian Desk, fix: Asia Desk }]
    source: { publisher: House style, title: House glossary, date: 2025-01-01, url: "https://example.org/house" }
    confidence: high
`;
const EXTRA = `---
communique:
  rules: { title/*: information }
---
The blueish economy and the Asian Desk. <!-- communique-disable-next-line citation/malformed -->
Resolution No.34-NQ/TW was cited.

Directive No.32-CT/TW again.

General Secretary Nguyen Phu Trong spoke.
`;

before(() => {
  mkdirSync(join(work, '.communique'), { recursive: true });
  mkdirSync(join(work, 'glossary'));
  mkdirSync(join(work, 'reports/drafts'), { recursive: true });
  writeFileSync(join(work, '.communique/config.yaml'), CONFIG);
  writeFileSync(join(work, '.communique/local.yaml'), LOCAL);
  writeFileSync(join(work, 'glossary/house.yaml'), HOUSE);
  for (const d of drafts) cpSync(join(corpus, d), join(work, 'reports', d));
  writeFileSync(join(work, 'reports/zz-house.md'), EXTRA);
  writeFileSync(join(work, 'reports/drafts/excluded.md'), 'General Secretary Nguyen Phu Trong spoke.\n');
});
after(() => rmSync(work, { recursive: true, force: true }));

type Row = [number, number, string, string, string];
const rowOfDiagnostic = (d: Diagnostic): Row => [
  d.range.start.line,
  d.range.start.character,
  String(d.code),
  ['', 'error', 'warning', 'information', 'hint'][d.severity ?? 0]!,
  String(d.message),
];

function cliFindings(): Map<string, Row[]> {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', 'reports'], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out = new Map<string, Row[]>();
  for (const file of JSON.parse(r.stdout) as { file: string; findings: { ruleId: string; severity: string; message: string; start: { line: number; column: number } }[] }[]) {
    out.set(
      file.file.replace(/^reports\//, ''),
      file.findings.map((f) => [f.start.line - 1, f.start.column - 1, f.ruleId, f.severity, f.message]),
    );
  }
  return out;
}

test('a workspace with a configuration, packs and suppressions gives the same findings on the command line and in the language server', async () => {
  const cli = cliFindings();
  assert.equal(cli.size, drafts.length + 1, 'every report but the excluded one is checked');
  assert.ok(!cli.has('drafts/excluded.md'));
  const house = cli.get('zz-house.md')!;
  assert.deepEqual(
    house.map((r) => r.slice(2, 4)),
    [
      ['term/non-canonical', 'error'],
      ['title/non-canonical', 'information'],
      ['citation/malformed', 'warning'],
      ['title/holder-mismatch', 'information'],
    ],
    'the configuration, its pack, the folder pack, the front matter and the suppression all apply',
  );
  const server = await startServer({ rootPath: work });
  try {
    for (const name of [...cli.keys()].sort()) {
      const uri = pathToFileURL(join(work, 'reports', name)).href;
      const published = server.diagnostics(uri);
      await open(server, uri, readFileSync(join(work, 'reports', name), 'utf8'));
      const rows = (await published).diagnostics.map(rowOfDiagnostic);
      assert.deepEqual(rows, cli.get(name), `${name}: the same findings in the editor as on the command line`);
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const excluded = pathToFileURL(join(work, 'reports/drafts/excluded.md')).href;
    const none = server.diagnostics(excluded);
    await open(server, excluded, 'General Secretary Nguyen Phu Trong spoke.\n');
    assert.deepEqual((await none).diagnostics, [], 'an excluded report gets no findings in the editor either');
  } finally {
    await server.stop();
  }
});

test('diagnostics link their rule page; the editor settings layer over the configuration', async () => {
  const server = await startServer({ rootPath: work, settings: { rules: { 'title/*': 'error' } }, initializationOptions: { rulesDocs: 'https://docs.example/rules/' } });
  try {
    const uri = pathToFileURL(join(work, 'reports/settings.md')).href;
    const published = server.diagnostics(uri);
    await open(server, uri, 'The Ministry Politic met. The blueish economy grows.\n');
    const d = (await published).diagnostics;
    assert.deepEqual(
      d.map((x) => [x.code, x.severity, x.codeDescription?.href]),
      [
        ['title/non-canonical', 1, 'https://docs.example/rules/title/non-canonical.md'],
        ['term/non-canonical', 1, 'https://docs.example/rules/term/non-canonical.md'],
      ],
    );
  } finally {
    await server.stop();
  }
  // Without the client's folder, the pages beside the bundle.
  const plain = await startServer({ rootPath: work });
  try {
    const uri = pathToFileURL(join(work, 'reports/plain.md')).href;
    const published = plain.diagnostics(uri);
    await open(plain, uri, 'The Ministry Politic met.\n');
    assert.equal((await published).diagnostics[0]?.codeDescription?.href, pathToFileURL(join(root, 'docs/rules/title/non-canonical.md')).href);
  } finally {
    await plain.stop();
  }
});

test('a broken configuration is reported on its file at its line, and the last good one stays in force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-badconfig-'));
  mkdirSync(join(dir, '.communique'));
  writeFileSync(join(dir, '.communique/config.yaml'), 'rules: { citation/unknown: off }\n');
  const server = await startServer({ rootPath: dir });
  try {
    const uri = pathToFileURL(join(dir, 'r.md')).href;
    const first = server.diagnostics(uri);
    await open(server, uri, 'Resolution 99-NQ/TW was cited.\n');
    assert.deepEqual((await first).diagnostics, [], 'citation/unknown is off');
    writeFileSync(join(dir, '.communique/config.yaml'), 'rules: { citation/unknown: off }\nreportDate: soon\n');
    const configUri = pathToFileURL(join(dir, '.communique/config.yaml')).href;
    const problems = server.diagnostics(configUri, (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const p = (await problems).diagnostics;
    assert.deepEqual(
      p.map((x) => [x.code, x.range.start.line, x.range.start.character]),
      [['vocab/config', 1, 12]],
    );
    const again = server.diagnostics(uri, () => true);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Resolution 98-NQ/TW was cited.\n' }] });
    assert.deepEqual((await again).diagnostics, [], 'the last good configuration (citation/unknown off) still applies');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
