// The pair check in the server, over stdio: a translation's original found through its front
// matter (`translation-of:`), by hand (communique/setOriginal) or by name (`X.en.md` ↔ `X.vi.md`);
// the pair's findings published with the report's own, pointing at the original's sentence;
// checked again when the original changes in the editor or on disk; a missing original told on
// its line; communique/alignedSource; the hover on a pair finding.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { AlignedSourceResult } from '../../server/src/lsp/protocol';
import { open, startServer, type TestServer } from './lspClient';

const dir = mkdtempSync(join(tmpdir(), 'communique-pairs-'));
const write = (rel: string, text: string): string => {
  const full = join(dir, rel);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return pathToFileURL(full).href;
};
const uriOf = (rel: string): string => pathToFileURL(join(dir, rel)).href;

const SOURCE = '---\ndate: 2024-11-05\nlang: vi\n---\nNăm 2023, kim ngạch thương mại song phương đạt 12 tỷ USD.\n\nHai bên nhất trí tăng cường hợp tác.\n';
const SOURCE_15 = SOURCE.replace('12 tỷ', '15 tỷ');
const TARGET_BODY = 'In 2023, two-way trade reached 15 billion USD.\n\nThe two sides agreed to strengthen cooperation.\n';
const target = (frontMatter: string): string => `---\ndate: 2024-11-05\nlang: en\n${frontMatter}---\n${TARGET_BODY}`;

const parallel = (p: PublishDiagnosticsParams): Diagnostic[] => p.diagnostics.filter((d) => String(d.code).startsWith('parallel/'));
const hasParallel = (p: PublishDiagnosticsParams): boolean => parallel(p).length > 0;
const noParallel = (p: PublishDiagnosticsParams): boolean => parallel(p).length === 0;

describe('the pair check in the editor', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ rootPath: dir });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a target with translation-of gets the pair’s findings, with relatedInformation on the original’s sentence', async () => {
    const source = write('declared/report.vi.md', SOURCE);
    const uri = write('declared/report.en.md', target('translation-of: ./report.vi.md\n'));
    const got = server.diagnostics(uri, hasParallel);
    await open(server, uri, target('translation-of: ./report.vi.md\n'));
    const d = parallel(await got);
    assert.deepEqual(
      d.map((x) => x.code),
      ['parallel/number'],
    );
    assert.equal(d[0]!.range.start.line, 5);
    const related = d[0]!.relatedInformation!;
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri, source);
    assert.deepEqual(related[0]!.location.range.start, { line: 4, character: 0 });
    assert.equal(related[0]!.message, "The original's sentence");
  });

  test('hover on a pair finding quotes the original’s sentence with a link to it; alignedSource answers with its range', async () => {
    const uri = uriOf('declared/report.en.md');
    const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 33 } })) as Hover | null;
    const value = (h?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /> Năm 2023, kim ngạch thương mại song phương đạt 12 tỷ USD\./);
    assert.ok(value.includes(`(${uriOf('declared/report.vi.md')}#L5)`), value);
    const aligned = (await server.connection.sendRequest('communique/alignedSource', { uri, position: { line: 7, character: 4 } })) as AlignedSourceResult;
    assert.equal(aligned?.uri, uriOf('declared/report.vi.md'));
    assert.deepEqual(aligned?.range.start, { line: 6, character: 0 });
    const none = await server.connection.sendRequest('communique/alignedSource', { uri: uriOf('declared/nothing.md'), position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  test('the original changed in the editor (didChange), then closed and changed on disk (didChangeWatchedFiles), checks the target again', async () => {
    const uri = uriOf('declared/report.en.md');
    const source = uriOf('declared/report.vi.md');
    // Opened with 15 as the translation says: the finding goes.
    const cleared = server.diagnostics(uri, noParallel);
    await open(server, source, SOURCE);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: source, version: 2 },
      contentChanges: [{ text: SOURCE_15 }],
    });
    await cleared;
    // Closed: the disk's text (12) counts again.
    const back = server.diagnostics(uri, hasParallel);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: source } });
    await back;
    // Changed on disk to 15: clean again.
    write('declared/report.vi.md', SOURCE_15);
    const again = server.diagnostics(uri, noParallel);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: source, type: 2 }] });
    await again;
    write('declared/report.vi.md', SOURCE);
    const restored = server.diagnostics(uri, hasParallel);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: source, type: 2 }] });
    await restored;
  });

  test('a missing original is one located diagnostic on the translation-of line, and nothing else breaks', async () => {
    const text = target('translation-of: ./gone.vi.md\n');
    const uri = write('missing/report.en.md', text);
    const got = server.diagnostics(uri);
    await open(server, uri, text);
    const p = await got;
    const d = p.diagnostics.filter((x) => x.code === 'text/front-matter');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.range.start.line, 3);
    assert.match(String(d[0]!.message), /The original \.\/gone\.vi\.md named here does not exist or cannot be read/);
    assert.deepEqual(parallel(p), []);
  });

  test('the pair found by name: report.en.md is compared with report.vi.md in its folder, unless the Vietnamese one declares an original', async () => {
    write('named/trade.vi.md', SOURCE);
    const uri = write('named/trade.en.md', target(''));
    const got = server.diagnostics(uri, hasParallel);
    await open(server, uri, target(''));
    const d = parallel(await got);
    assert.equal(d[0]!.relatedInformation![0]!.location.uri, uriOf('named/trade.vi.md'));

    // The Vietnamese file says it is the translation: the English one is the original, and has none.
    write('reversed/trade.vi.md', SOURCE.replace('lang: vi\n', 'lang: vi\ntranslation-of: ./trade.en.md\n'));
    const other = write('reversed/trade.en.md', target(''));
    const clean = server.diagnostics(other);
    await open(server, other, target(''));
    assert.deepEqual(parallel(await clean), []);
  });

  test('communique/setOriginal picks the original by hand, and null forgets it', async () => {
    const source = write('picked/original.md', SOURCE);
    const uri = write('picked/translation.md', target(''));
    const first = server.diagnostics(uri);
    await open(server, uri, target(''));
    assert.deepEqual(parallel(await first), []);
    const picked = server.diagnostics(uri, hasParallel);
    await server.connection.sendRequest('communique/setOriginal', { uri, original: source });
    assert.equal(parallel(await picked)[0]!.relatedInformation![0]!.location.uri, source);
    const forgotten = server.diagnostics(uri, noParallel);
    await server.connection.sendRequest('communique/setOriginal', { uri, original: null });
    await forgotten;
  });

  test('severity settings apply to parallel/ rules like any other (front matter communique.rules)', async () => {
    write('severity/r.vi.md', SOURCE);
    const text = target('communique:\n  rules:\n    parallel/*: off\n');
    const uri = write('severity/r.en.md', text);
    const got = server.diagnostics(uri);
    await open(server, uri, text);
    assert.deepEqual(parallel(await got), []);
  });
});
