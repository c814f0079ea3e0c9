// The Vocabulary view's requests over stdio: communique/vocabularyTree (the vocabulary in force for
// a report or the workspace, in the client's display language, with layers, overrides, citations in
// the configured style and origins), communique/vocabularyChanged after a reload, and
// communique/mentions (open reports and those Check Workspace read).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import type { TreeEntry, TreeFolder, TreeNode, VocabularyTree } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from './lspClient';

const dir = mkdtempSync(join(tmpdir(), 'communique-vocab-view-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (rel: string, text: string): string => {
  const full = join(dir, rel);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return pathToFileURL(full).href;
};

const HOUSE = `bodies:
  - id: politburo
    name: { en: Political Bureau, vi: Bộ Chính trị }
    variants: { en: [Politburo] }
    source: house style
    confidence: high
`;
const SETTINGS_PACK = `terms:
  - id: desk-term
    name: { en: desk term, vi: thuật ngữ ban biên tập }
    source: desk style
    confidence: high
`;
const housePack = write('.communique/house.yaml', HOUSE);
write('packs/desk.yaml', SETTINGS_PACK);
const report = write('report.md', '---\ndate: 2024-11-05\n---\nThe Politburo adopted Resolution No. 34-NQ/TW.\n\nBộ Chính trị ban hành Nghị quyết số 34-NQ/TW.\n');
const other = write('notes/other.md', 'The Political Bureau met; Resolution 34 was read.\n');

const find = (nodes: TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined => {
  for (const n of nodes) {
    if (pred(n)) return n;
    const inner = find(n.type === 'folder' ? n.children : (n.children ?? []), pred);
    if (inner) return inner;
  }
  return undefined;
};
const root = (tree: VocabularyTree, key: string): TreeFolder => tree.roots.find((r) => r.key === key)!;

describe('communique/vocabularyTree and communique/mentions', () => {
  let server: TestServer;
  const changed: number[] = [];
  before(async () => {
    server = await startServer({ rootPath: dir, settings: { vocabulary: { paths: ['packs/desk.yaml'] }, citationStyle: 'full' } });
    server.connection.onNotification('communique/vocabularyChanged', () => void changed.push(Date.now()));
  });
  after(async () => server.stop());

  const tree = (params: unknown = {}): Promise<VocabularyTree> => server.connection.sendRequest('communique/vocabularyTree', params);

  test("without a report, the workspace's vocabulary: built-in, settings and workspace layers; the overridden built-in entry listed beside the workspace's", async () => {
    const t = await tree();
    assert.equal(t.lang, 'en');
    assert.deepEqual(
      t.layers.map((l) => l.kind),
      ['built-in', 'settings', 'workspace'],
    );
    const bodies = root(t, 'bodies').children as TreeEntry[];
    const winner = bodies.find((e) => e.id === 'politburo' && !e.overriddenBy)!;
    assert.equal(winner.label, 'Political Bureau');
    assert.equal(winner.layerKind, 'workspace');
    assert.deepEqual(winner.overrides, ['built-in']);
    assert.deepEqual(winner.origin, { uri: housePack, line: 1, character: 8 });
    const shadowed = bodies.find((e) => e.id === 'politburo' && e.overriddenBy)!;
    assert.equal(shadowed.label, 'Politburo');
    assert.equal(shadowed.overriddenBy, 'workspace');
    assert.match(shadowed.origin!.uri, /^communique-vocabulary:\/builtin\/.+\.yaml$/);
    const desk = find(t.roots, (n) => n.type === 'entry' && n.id === 'desk-term') as TreeEntry;
    assert.equal(desk.layerKind, 'settings');
    assert.equal(desk.origin!.uri, pathToFileURL(join(dir, 'packs/desk.yaml')).href);
  });

  test("documents by issuer (the issuer's name as the vocabulary in force gives it) and year; the citation in communique.citationStyle, or the style asked for", async () => {
    const t = await tree({ uri: report });
    const issuer = root(t, 'documents').children.find((f) => f.label === 'Political Bureau') as TreeFolder;
    assert.ok(
      issuer,
      root(t, 'documents')
        .children.map((f) => f.label)
        .join(', '),
    );
    const year = issuer.children.find((f) => f.label === '2023') as TreeFolder;
    const d = year.children.find((e) => e.label === '34-NQ/TW') as TreeEntry;
    assert.match(d.citation!, /^Resolution No\. 34-NQ\/TW of the Political Bureau, dated 9 January 2023, on /);
    assert.match(d.hover, /\*\*34-NQ\/TW\*\*/);
    const short = await tree({ uri: report, style: 'short' });
    assert.equal((find(short.roots, (n) => n.type === 'entry' && n.id === d.id) as TreeEntry).citation, 'Resolution No. 34-NQ/TW');
  });

  test('mentions: in the open report (as edited) and in a report Check Workspace read from disk, English and Vietnamese names alike', async () => {
    const opened = server.diagnostics(report);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: report,
        languageId: 'markdown',
        version: 1,
        text: '---\ndate: 2024-11-05\n---\nThe Politburo adopted Resolution No. 34-NQ/TW.\n\nBộ Chính trị ban hành Nghị quyết số 34-NQ/TW.\n',
      },
    });
    await opened;
    // Before Check Workspace: the open report only.
    const before = (await server.connection.sendRequest('communique/mentions', { section: 'bodies', id: 'politburo' })) as Location[];
    assert.deepEqual(
      before.map((l) => [l.uri, l.range.start.line, l.range.start.character, l.range.end.character]),
      [
        [report, 3, 4, 13],
        [report, 5, 0, 12],
      ],
    );
    await server.connection.sendRequest('communique/checkFiles', { uris: [report, other], run: 1, last: true });
    const bodies = (await server.connection.sendRequest('communique/mentions', { section: 'bodies', id: 'politburo' })) as Location[];
    assert.deepEqual(
      bodies.map((l) => [l.uri, l.range.start.line, l.range.start.character]),
      [
        [other, 0, 4],
        [report, 3, 4],
        [report, 5, 0],
      ],
    );
    const documents = (await server.connection.sendRequest('communique/mentions', { section: 'documents', id: 'nq-34-tw-2023' })) as Location[];
    assert.deepEqual(
      documents.map((l) => [l.uri, l.range.start.line]),
      [
        [other, 0],
        [report, 3],
        [report, 5],
      ],
    );
    // Bad input: nothing, not an error.
    assert.deepEqual(await server.connection.sendRequest('communique/mentions', { section: 'nonsense', id: 'politburo' }), []);
    assert.deepEqual(await server.connection.sendRequest('communique/mentions', { section: 'bodies' }), []);
  });

  test('a pack changed on disk: the server says the vocabulary changed, and the tree has the new entry', async () => {
    const count = changed.length;
    writeFileSync(join(dir, '.communique/house.yaml'), `${HOUSE}terms:\n  - id: brand-new\n    name: { en: brand-new term }\n    source: house style\n    confidence: high\n`);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: housePack, type: 2 }] });
    const deadline = Date.now() + 10_000;
    while (changed.length === count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(changed.length > count, 'communique/vocabularyChanged after the reload');
    const t = await tree({ uri: report });
    const added = find(t.roots, (n) => n.type === 'entry' && n.id === 'brand-new') as TreeEntry;
    assert.equal(added.label, 'brand-new term');
    assert.equal(added.layerKind, 'workspace');
  });
});

describe('communique/vocabularyTree in Vietnamese', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ locale: 'vi' });
  });
  after(async () => server.stop());

  test("the client's display language: section names, labels, descriptions, hovers; the built-in pack alone without a workspace", async () => {
    const t = (await server.connection.sendRequest('communique/vocabularyTree', {})) as VocabularyTree;
    assert.equal(t.lang, 'vi');
    assert.deepEqual(
      t.roots.map((r) => r.label),
      ['Văn bản', 'Chức danh', 'Cơ quan', 'Nhân vật', 'Thuật ngữ', 'Quan hệ đối tác'],
    );
    assert.deepEqual(
      t.layers.map((l) => l.kind),
      ['built-in'],
    );
    const politburo = root(t, 'documents').children.find((f) => f.label === 'Bộ Chính trị') as TreeFolder;
    const d = find(politburo.children, (n) => n.type === 'entry' && n.label === '34-NQ/TW') as TreeEntry;
    assert.equal(d.citation, 'Resolution No. 34-NQ/TW', 'the default style: short');
    assert.match(d.hover, /Nghị quyết \(Resolution\) · Bộ Chính trị · 9\/1\/2023/);
  });
});
