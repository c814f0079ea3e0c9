// Whole workspaces and the report's own references, over stdio: communique/checkFiles
// (files checked from disk, their diagnostics while they are opened, closed and re-checked,
// cancellation), communique/references and the statuses of communique/citations.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { CheckFilesResult, CitationItem, ReferencesResult } from '../../server/src/lsp/protocol';
import { codes, startServer, type TestServer } from './lspClient';

/** Writes files under `root` (folders made as needed) and returns their URIs. */
const writerIn =
  (root: string) =>
  (rel: string, text: string): string => {
    const full = join(root, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return pathToFileURL(full).href;
  };

const dir = mkdtempSync(join(tmpdir(), 'communique-ws-'));
const write = writerIn(dir);
after(() => rmSync(dir, { recursive: true, force: true }));

/** The latest diagnostics published for `uri` (undefined: none yet). */
const latest = (server: TestServer, uri: string): PublishDiagnosticsParams | undefined => server.published.filter((p) => p.uri === uri).at(-1);

describe('communique/checkFiles', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ rootPath: dir });
  });
  after(async () => server.stop());

  const a = write('a.md', '---\ndate: 2024-11-05\n---\nThe Politburo adopted Resolution No. 32-CT/TW.\n');
  const b = write('notes/b.txt', 'In Hanoi, the Ministry Politic met.\n');
  const clean = write('clean.md', 'Nothing to see here.\n');
  const missing = pathToFileURL(join(dir, 'missing.md')).href;

  test('files that are not open are read from disk and their diagnostics published; unreadable ones are skipped', async () => {
    const got = Promise.all([server.diagnostics(a), server.diagnostics(b), server.diagnostics(clean)]);
    const r = (await server.connection.sendRequest('communique/checkFiles', { uris: [a, b, clean, missing], run: 1, last: true })) as CheckFilesResult;
    assert.equal(r.checked, 4);
    assert.equal(r.cancelled, false);
    assert.deepEqual(r.counts, { error: 1, warning: 1, information: 0, hint: 0 });
    assert.deepEqual(
      r.skipped.map((s) => [s.uri, /cannot read/.test(s.reason)]),
      [[missing, true]],
    );
    const [da, db, dc] = await got;
    assert.deepEqual(codes(da.diagnostics), ['citation/type-mismatch']);
    assert.equal(da.diagnostics[0]!.range.start.line, 3);
    assert.deepEqual(codes(db.diagnostics), ['title/non-canonical']);
    assert.deepEqual(dc.diagnostics, []);
  });

  test('opened, a checked file shows its editor text; closed, it goes back to what is on disk instead of being cleared', async () => {
    const opened = server.diagnostics(a, (p) => p.version === 1);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: a, languageId: 'markdown', version: 1, text: 'Directive No. 32-CT/TW, and the Ministry Politic.\n' },
    });
    assert.deepEqual(codes((await opened).diagnostics), ['title/non-canonical']);
    // Checked again while open: the editor's text counts and nothing from disk is published over it.
    const before = server.published.length;
    const r = (await server.connection.sendRequest('communique/checkFiles', { uris: [a], run: 2 })) as CheckFilesResult;
    assert.deepEqual(r.counts, { error: 0, warning: 1, information: 0, hint: 0 });
    assert.equal(server.published.slice(before).filter((p) => p.uri === a).length, 0);
    const closed = server.diagnostics(a);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    assert.deepEqual(codes((await closed).diagnostics), ['citation/type-mismatch']);
  });

  test('an unchecked file that is closed is cleared as before', async () => {
    const other = write('other.md', 'The Ministry Politic met.\n');
    const opened = server.diagnostics(other);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: 'The Ministry Politic met.\n' } });
    assert.equal((await opened).diagnostics.length, 1);
    const closed = server.diagnostics(other);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    assert.deepEqual((await closed).diagnostics, []);
  });

  test('the last batch of a run clears files of earlier runs that it did not check (deleted, excluded)', async () => {
    const cleared = server.diagnostics(b, (p) => p.diagnostics.length === 0);
    await server.connection.sendRequest('communique/checkFiles', { uris: [a], run: 3 });
    assert.equal(latest(server, b)!.diagnostics.length, 1, 'not before the last batch');
    await server.connection.sendRequest('communique/checkFiles', { uris: [clean], run: 3, last: true });
    await cleared;
    assert.equal(latest(server, a)!.diagnostics.length, 1, 'a was checked in this run: kept');
  });

  test('cancelling the request stops it between two files', async (t) => {
    const paragraph = 'The Politburo adopted Resolution No. 32-CT/TW, and the Ministry Politic met in Hanoi. '.repeat(20);
    const uris = Array.from({ length: 300 }, (_, i) => write(`many/r${String(i).padStart(3, '0')}.md`, `${paragraph}\n\n${paragraph}\n`));
    const source = new CancellationTokenSource();
    const firstPublished = server.diagnostics(uris[0]!);
    const request = server.connection.sendRequest('communique/checkFiles', { uris, run: 4 }, source.token) as Promise<CheckFilesResult>;
    await firstPublished;
    source.cancel();
    const r = await request.catch((e: Error) => e);
    const published = new Set(server.published.filter((p) => uris.includes(p.uri)).map((p) => p.uri));
    // Either the partial result comes back or the request is reported cancelled; either way it stopped early.
    if (!(r instanceof Error)) {
      assert.equal(r.cancelled, true);
      assert.ok(r.checked < uris.length, `checked ${r.checked}`);
    } else {
      assert.match(r.message, /cancel/i);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = new Set(server.published.filter((p) => uris.includes(p.uri)).map((p) => p.uri));
    assert.ok(after.size < uris.length, `${after.size} of ${uris.length} files were still checked`);
    assert.ok(after.size >= published.size);
    t.diagnostic(`${r instanceof Error ? r.message : `checked ${r.checked}`}; ${after.size} of ${uris.length} files published`);
  });
});

describe('files checked from disk, when they or the vocabulary change on disk (workspace/didChangeWatchedFiles)', () => {
  let server: TestServer;
  const ws = mkdtempSync(join(tmpdir(), 'communique-watched-'));
  const put = writerIn(ws);
  const changed = (...changes: [string, 1 | 2 | 3][]): Promise<void> =>
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([uri, type]) => ({ uri, type })) });
  const c = put('c.md', 'The Politburo adopted Resolution No. 32-CT/TW.\n');
  const d = put('d.md', 'The Ministry Politic met.\n');
  const e = put('e.md', 'The Ministry Politic met.\n');
  before(async () => {
    server = await startServer({ rootPath: ws });
    const got = Promise.all([server.diagnostics(c), server.diagnostics(d)]);
    await server.connection.sendRequest('communique/checkFiles', { uris: [c, d], run: 1, last: true });
    const [dc, dd] = await got;
    assert.deepEqual(codes(dc.diagnostics), ['citation/type-mismatch']);
    assert.deepEqual(codes(dd.diagnostics), ['title/non-canonical']);
  });
  after(async () => {
    await server.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  test('a checked report changed on disk is checked again; one deleted is cleared', async () => {
    put('c.md', 'Directive No. 32-CT/TW was issued. Its foreign relation works grew.\n');
    const recheckedC = server.diagnostics(c, (p) => p.diagnostics.length === 0);
    await changed([c, 2]);
    await recheckedC;
    rmSync(join(ws, 'd.md'));
    const clearedD = server.diagnostics(d, (p) => p.diagnostics.length === 0);
    await changed([d, 3]);
    await clearedD;
  });

  test('a report Check Workspace did not read is left alone when it changes', async () => {
    const before = server.published.length;
    await changed([e, 2]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      server.published.slice(before).map((p) => p.uri),
      [],
    );
  });

  test('a workspace pack changed on disk re-checks the reports read from disk with the new vocabulary', async () => {
    const pack = put(
      '.communique/house.yaml',
      'terms:\n  - id: house-term\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: house style guide\n    confidence: high\n',
    );
    const recheckedC = server.diagnostics(c, (p) => p.diagnostics.length > 0);
    await changed([pack, 1]);
    assert.deepEqual(codes((await recheckedC).diagnostics), ['term/non-canonical']);
    // Deleted, it no longer counts: the report is clean again.
    rmSync(join(ws, '.communique/house.yaml'));
    const cleanAgain = server.diagnostics(c, (p) => p.diagnostics.length === 0);
    await changed([pack, 3]);
    await cleanAgain;
  });
});

describe('communique/references and communique/citations', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ rootPath: dir });
  });
  after(async () => server.stop());

  const open = async (uri: string, text: string, languageId = 'markdown'): Promise<void> => {
    const first = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 7, text } });
    await first;
  };

  test('references: an edit that appends the section in the report language, at the version checked', async () => {
    const uri = 'file:///refs-en.md';
    const text = '---\ndate: 2025-06-01\n---\nResolution No. 34-NQ/TW and Resolution No. 22-NQ/TW; Resolution No. 99-NQ/TW.\n';
    await open(uri, text);
    const r = (await server.connection.sendRequest('communique/references', { uri })) as ReferencesResult;
    assert.equal(r.version, 7);
    assert.deepEqual([r.known, r.unknown, r.replaced, r.lang], [2, 1, false, 'en']);
    assert.deepEqual(r.edit.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
    const lines = r.edit.newText.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['', '## Documents cited', '']);
    assert.match(lines[3]!, /^- \*\*34-NQ\/TW\*\* — Resolution on a number of major orientations .* \(Politburo, 9 January 2023\)$/);
    assert.match(lines[4]!, /^- \*\*22-NQ\/TW\*\* — .*; superseded by 59-NQ\/TW$/);
    assert.ok(lines.includes('- `Resolution No. 99-NQ/TW`'), r.edit.newText);
  });

  test('references: Vietnamese on request, and null for a report that cites nothing', async () => {
    const uri = 'file:///refs-vi.md';
    await open(uri, 'Directive No. 12-CT/TW.\n');
    const r = (await server.connection.sendRequest('communique/references', { uri, lang: 'vi' })) as ReferencesResult;
    assert.equal(r.lang, 'vi');
    assert.match(r.edit.newText, /## Văn bản được trích dẫn\n\n- \*\*12-CT\/TW\*\* — /);
    const none = 'file:///refs-none.md';
    await open(none, 'Nothing is cited.\n');
    assert.equal(await server.connection.sendRequest('communique/references', { uri: none }), null);
  });

  test('citations: status on the report date, the successor of a superseded document, a note on an unknown one', async () => {
    const uri = 'file:///cites.md';
    await open(uri, '---\ndate: 2025-06-01\n---\nNghị quyết số 22-NQ/TW về hội nhập quốc tế. Nghị quyết 32 nữa.\n');
    const cites = (await server.connection.sendRequest('communique/citations', { uri })) as CitationItem[];
    assert.deepEqual(
      cites.map((c) => [c.text, c.status, c.symbol, c.successor]),
      [
        ['Nghị quyết số 22-NQ/TW', 'superseded', '22-NQ/TW', '59-NQ/TW'],
        ['Nghị quyết 32', 'unknown', undefined, undefined],
      ],
    );
    assert.equal(cites[0]!.title, 'Nghị quyết về hội nhập quốc tế');
    assert.match(cites[1]!.note!, /Did you mean 32-CT\/TW/);
  });
});
