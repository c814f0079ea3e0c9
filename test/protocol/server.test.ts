// The bundled server, started as a separate process and driven over stdio as an editor would.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { codes, open, startServer, type TestServer } from './lspClient';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

describe('language server over stdio', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  const text = 'The Politburo issued Resolution No. 32-CT/TW in 2019.\n\nUnder the Ministry Politic, 🇻🇳 Bộ Chính Trị met.\n';

  test('publishes diagnostics on open, with UTF-16 ranges and the document version', async () => {
    const uri = 'file:///report-open.md';
    const waiting = server.diagnostics(uri);
    await open(server, uri, text);
    const p = await waiting;
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p.diagnostics), ['citation/type-mismatch', 'title/non-canonical', 'title/non-canonical']);
    const vi = p.diagnostics.find((d) => String(d.message).includes('Bộ Chính Trị'))!;
    // Line 2: "Under the Ministry Politic, " is 28 units, the flag emoji 4, then a space.
    assert.deepEqual(vi.range, { start: { line: 2, character: 33 }, end: { line: 2, character: 45 } });
    const mismatch = p.diagnostics.find((d) => d.code === 'citation/type-mismatch')!;
    assert.equal(mismatch.severity, 1);
    assert.equal(mismatch.source, 'communique');
  });

  test('incremental edits update the diagnostics, and no older version is published after a newer one', async () => {
    const uri = 'file:///report-edit.md';
    await open(server, uri, text);
    await server.diagnostics(uri);
    // Five quick edits: the debounce coalesces them; the last one fixes the citation.
    for (let v = 2; v <= 6; v++) {
      const replacement = v === 6 ? 'Directive' : `Resolution${' '.repeat(v - 1)}`.slice(0, 10);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 21 }, end: { line: 0, character: v === 2 ? 31 : 31 } }, text: replacement }],
      });
    }
    const p = await server.diagnostics(uri, (d) => d.version === 6);
    assert.deepEqual(codes(p.diagnostics), ['title/non-canonical', 'title/non-canonical']);
    const versions = server.published.filter((d) => d.uri === uri).map((d) => d.version!);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `versions published in order: ${versions.join(',')}`,
    );
    assert.ok(versions.length <= 3, `debounced: ${versions.length} publications for 6 versions`);
  });

  test('quick fixes and fix-all come back as workspace edits that repair the text', async () => {
    const uri = 'file:///report-fix.md';
    const waiting = server.diagnostics(uri);
    await open(server, uri, text);
    const { diagnostics } = await waiting;
    const mismatch = diagnostics.find((d) => d.code === 'citation/type-mismatch') as Diagnostic;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: mismatch.range,
      context: { diagnostics: [mismatch], only: ['quickfix'] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.kind, 'quickfix');
    const fixed = applyEdits(text, (preferred.edit as WorkspaceEdit).changes![uri]!);
    assert.match(fixed, /issued Directive No\. 32-CT\/TW/);

    const all = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.communique');
    assert.equal(
      applyEdits(text, (all[0]!.edit as WorkspaceEdit).changes![uri]!),
      'The Politburo issued Directive No. 32-CT/TW in 2019.\n\nUnder the Politburo, 🇻🇳 Bộ Chính trị met.\n',
    );
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///report-close.md';
    await open(server, uri, text);
    await server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const cleared = server.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
  });

  test('plain text is checked as plain text: indentation is not code', async () => {
    const uri = 'file:///report.txt';
    const waiting = server.diagnostics(uri);
    await open(server, uri, 'Intro.\n\n    Indented: the Ministry Politic met.\n', 'plaintext');
    assert.deepEqual(codes((await waiting).diagnostics), ['title/non-canonical']);
  });
});

describe('settings and workspace vocabulary', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'communique-ws-'));
    mkdirSync(join(dir, '.communique'));
    writeFileSync(
      join(dir, '.communique', 'house.yaml'),
      'terms:\n  - id: house-term\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: house style guide\n    confidence: high\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('rule severities from the settings are honoured', async () => {
    const server = await startServer({ settings: { rules: { 'citation/type-mismatch': 'off', 'title/non-canonical': 'hint' } } });
    try {
      const uri = 'file:///settings.md';
      const waiting = server.diagnostics(uri);
      await open(server, uri, 'Resolution No. 32-CT/TW and the Ministry Politic.');
      const { diagnostics } = await waiting;
      assert.deepEqual(codes(diagnostics), ['title/non-canonical']);
      assert.equal(diagnostics[0]!.severity, 4);
    } finally {
      await server.stop();
    }
  });

  test('didChangeConfiguration is registered only with a client that takes its dynamic registration', async () => {
    // eglot 1.9 warns about a registration it did not ask for; such clients send the notification unasked.
    for (const dynamicRegistration of [undefined, false, true]) {
      const server = await startServer({
        workspaceCapabilities: dynamicRegistration === undefined ? {} : { didChangeConfiguration: { dynamicRegistration } },
      });
      try {
        // The registration follows `initialized`; a published check comes after it.
        const uri = 'file:///registration.md';
        const waiting = server.diagnostics(uri);
        await open(server, uri, 'Resolution No. 32-CT/TW.');
        await waiting;
        assert.deepEqual(server.registered, dynamicRegistration ? ['workspace/didChangeConfiguration'] : [], `dynamicRegistration: ${dynamicRegistration}`);
      } finally {
        await server.stop();
      }
    }
  });

  test('workspace packs are watched through a client that takes the registration and does not watch them itself', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'communique-watch-'));
    const cases: [string, Record<string, unknown>, unknown, boolean][] = [
      ['Neovim 0.9+, eglot, Helix', { didChangeWatchedFiles: { dynamicRegistration: true } }, undefined, true],
      ['the VS Code client (synchronize.fileEvents)', { didChangeWatchedFiles: { dynamicRegistration: true } }, { watchesFiles: true }, false],
      ['Neovim 0.7', {}, undefined, false],
    ];
    try {
      for (const [client, workspaceCapabilities, initializationOptions, registers] of cases) {
        const server = await startServer({ rootPath: ws, workspaceCapabilities, initializationOptions });
        try {
          const uri = `file://${ws}/report.md`;
          const first = server.diagnostics(uri);
          await open(server, uri, 'Its foreign relation works grew.\n');
          assert.deepEqual((await first).diagnostics, []);
          const watchers = server.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
          assert.deepEqual(
            watchers.map((r) => r.registerOptions),
            registers ? [{ watchers: [{ globPattern: '**/.communique/*.{yaml,yml,tbx}' }] }] : [],
            client,
          );
          if (!registers) continue;
          // What the client then sends when a pack is written on disk: the vocabulary is reloaded.
          mkdirSync(join(ws, '.communique'), { recursive: true });
          writeFileSync(
            join(ws, '.communique/house.yaml'),
            'terms:\n  - id: house-term\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: house style guide\n    confidence: high\n',
          );
          const reloaded = server.diagnostics(uri, (p) => p.diagnostics.length > 0);
          await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${ws}/.communique/house.yaml`, type: 1 }] });
          assert.deepEqual(codes((await reloaded).diagnostics), ['term/non-canonical'], client);
          rmSync(join(ws, '.communique'), { recursive: true, force: true });
        } finally {
          await server.stop();
        }
      }
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  test('a workspace pack adds terms; a broken pack is reported on its YAML and the last good vocabulary stays', async () => {
    const server = await startServer({ rootPath: dir });
    try {
      const uri = `file://${dir}/report.md`;
      const first = server.diagnostics(uri);
      await open(server, uri, 'Its foreign relation works grew.\n');
      assert.deepEqual(codes((await first).diagnostics), ['term/non-canonical']);

      const packUri = `file://${dir}/.communique/house.yaml`;
      writeFileSync(join(dir, '.communique', 'house.yaml'), 'terms:\n  - id: house-term\n    name: { en: external relations }\n    colour: red\n');
      const packProblems = server.diagnostics(packUri, (p) => p.diagnostics.length > 0);
      const recheck = server.diagnostics(uri, (p) => p.version === 1);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      const problems = (await packProblems).diagnostics;
      assert.ok(
        problems.some((d) => d.code === 'vocab/schema' && d.range.start.line === 3 && /colour/.test(String(d.message))),
        JSON.stringify(problems),
      );
      assert.deepEqual(codes((await recheck).diagnostics), ['term/non-canonical'], 'the last good vocabulary is still in force');

      writeFileSync(join(dir, '.communique', 'house.yaml'), 'terms: []\n');
      const cleared = server.diagnostics(packUri, (p) => p.diagnostics.length === 0);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      await cleared;
    } finally {
      await server.stop();
    }
  });

  test('editing a pack open in the editor updates the open reports before it is saved', async () => {
    writeFileSync(join(dir, '.communique', 'house.yaml'), 'terms: []\n');
    const server = await startServer({ rootPath: dir });
    try {
      const uri = `file://${dir}/live.md`;
      const first = server.diagnostics(uri);
      await open(server, uri, 'Its foreign relation works grew.\n');
      assert.deepEqual(codes((await first).diagnostics), []);

      const packUri = `file://${dir}/.communique/house.yaml`;
      const flagged = server.diagnostics(uri, (p) => p.diagnostics.length > 0);
      const started = Date.now();
      await open(
        server,
        packUri,
        'terms:\n  - id: house-term\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: house style guide\n    confidence: high\n',
        'yaml',
      );
      assert.deepEqual(codes((await flagged).diagnostics), ['term/non-canonical']);
      assert.ok(Date.now() - started < 1000, `updated within a second (${Date.now() - started} ms)`);

      const problems = server.diagnostics(packUri, (p) => p.diagnostics.length > 0);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: packUri, version: 2 },
        contentChanges: [{ text: 'terms:\n  - id: house-term\n    name: [unclosed\n' }],
      });
      const syntax = (await problems).diagnostics;
      assert.equal(syntax[0]!.code, 'vocab/syntax');
      // The report is not re-flagged differently: the last good vocabulary is still in force.
      const still = server.published.filter((p) => p.uri === uri).pop()!;
      assert.deepEqual(codes(still.diagnostics), ['term/non-canonical']);
    } finally {
      await server.stop();
    }
  });
});

describe('limits and trust', () => {
  test('a document over the size limit is not checked, and the server says so once', async () => {
    const server = await startServer({ settings: { maxDocumentSize: 1000 } });
    const messages: string[] = [];
    server.connection.onNotification('window/showMessage', (p: unknown) => {
      messages.push((p as { message: string }).message);
    });
    try {
      const uri = 'file:///big.md';
      const published = server.diagnostics(uri);
      await open(server, uri, 'Resolution No. 32-CT/TW. '.repeat(100));
      assert.deepEqual((await published).diagnostics, []);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: 'Resolution No. 32-CT/TW. '.repeat(101) }],
      });
      await server.diagnostics(uri, (p) => p.version === 2);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0]!, /larger than communique\.maxDocumentSize/);
    } finally {
      await server.stop();
    }
  });

  test('findings past the cap are summed up in one notice', async () => {
    const server = await startServer({ settings: { maxFindings: 2 } });
    try {
      const uri = 'file:///many.md';
      const published = server.diagnostics(uri);
      await open(server, uri, 'Resolution No. 32-CT/TW. '.repeat(5));
      const { diagnostics } = await published;
      assert.equal(diagnostics.length, 3);
      assert.equal(diagnostics[2]!.code, 'communique/limit');
      assert.match(String(diagnostics[2]!.message), /3 more findings are not shown/);
    } finally {
      await server.stop();
    }
  });

  test("an untrusted workspace's own packs are not loaded", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-untrusted-'));
    mkdirSync(join(dir, '.communique'));
    writeFileSync(
      join(dir, '.communique', 'p.yaml'),
      'terms:\n  - id: t\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: s\n    confidence: high\n',
    );
    for (const trusted of [false, true]) {
      const server = await startServer({ rootPath: dir, initializationOptions: { trusted } });
      try {
        const uri = `file://${dir}/r.md`;
        const published = server.diagnostics(uri);
        await open(server, uri, 'Its foreign relation works grew.');
        assert.deepEqual(codes((await published).diagnostics), trusted ? ['term/non-canonical'] : []);
      } finally {
        await server.stop();
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('document links', () => {
  test('a citation links to its source when the pack gives one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-links-'));
    mkdirSync(join(dir, '.communique'));
    writeFileSync(
      join(dir, '.communique', 'docs.yaml'),
      'documents:\n  - id: nq-99\n    type: resolution\n    number: "99"\n    symbol: 99-NQ/TW\n    title: { en: A test resolution }\n    source: test\n    source_url: https://example.org/99\n    confidence: high\n  - id: nq-98\n    type: resolution\n    number: "98"\n    symbol: 98-NQ/TW\n    title: { en: A resolution without a link }\n    source: house notes\n    confidence: high\n',
    );
    const server = await startServer({ rootPath: dir });
    try {
      const uri = `file://${dir}/r.md`;
      const published = server.diagnostics(uri);
      await open(server, uri, 'See Resolution No. 99-NQ/TW and Resolution No. 98-NQ/TW.');
      await published;
      const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as {
        target: string;
        range: { start: { character: number }; end: { character: number } };
      }[];
      // 98-NQ/TW names its source in words only: no link.
      assert.deepEqual(
        links.map((l) => [l.target, l.range.start.character, l.range.end.character]),
        [['https://example.org/99', 19, 27]],
      );
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
