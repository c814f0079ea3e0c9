// The vocabulary in the editor, over stdio: Go to Definition from a mention to its entry (a
// workspace pack at its line, the built-in pack as communique-vocabulary:/builtin/<file>, whose
// text communique/vocabularySource serves), Find All References across the workspace's reports
// (open ones and those Check Workspace read; English and Vietnamese names alike), Document
// Symbols, the "Add to the workspace vocabulary" code actions (and the finding leaving once the
// pack changes), and completion, hover, definition and rename in pack files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, MarkupContent, Position, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers';
import { codes, open, startServer, type TestServer } from './lspClient';

const dir = mkdtempSync(join(tmpdir(), 'communique-vocab-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (rel: string, text: string): string => {
  const full = join(dir, rel);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return pathToFileURL(full).href;
};

const PACK = [
  '# The desk vocabulary.',
  'bodies:',
  '  - id: desk-committee',
  '    name: { en: Desk Committee, vi: Ban Biên tập }',
  '    source: "Desk style guide"',
  '    confidence: medium',
  'documents:',
  '  - id: desk-plan-2024',
  '    type: plan',
  '    number: "7"',
  '    symbol: 7-KH/TW',
  '    issuer: desk-committee',
  '    title: { en: The desk plan }',
  '    source: "Desk style guide"',
  '    confidence: medium',
  '',
].join('\n');
const packUri = write('.communique/vocabulary.yaml', PACK);
const OTHER_PACK = ['titles:', '  - id: desk-chief', '    name: { en: Desk Chief }', '    body: desk-committee', '    source: "Desk style guide"', '    confidence: low', ''].join(
  '\n',
);
const otherPackUri = write('.communique/more.yaml', OTHER_PACK);

const REPORT_A = [
  '---',
  'date: 2024-11-05',
  '---',
  '# Overview',
  '',
  'The Politburo passed Resolution No. 34-NQ/TW; General Secretary To Lam spoke.',
  '',
  '## Plans',
  '',
  'The Desk Committee issued Plan No. 7-KH/TW. State diplomacy and people-to-people diplomacy matter.',
  '',
  'Doi Moi goes on.',
  '',
].join('\n');
const REPORT_B = ['---', 'date: 2024-11-05', '---', 'Bộ Chính trị ban hành Nghị quyết số 34-NQ/TW.', '', 'The Politburo met again.', ''].join('\n');
const reportA = write('reports/a.md', REPORT_A);
const reportB = write('reports/b.md', REPORT_B);

/** The 0-based line of the first line of a file that contains `needle`, and the column of `needle`. */
function lineOf(text: string, needle: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not found`);
  return { line, character: lines[line]!.indexOf(needle) };
}
const builtinFile = (file: string): string => readFileSync(join(repoRoot(), 'vocabulary/builtin', file), 'utf8');
const at = (text: string, needle: string, plus = 1): Position => {
  const p = lineOf(text, needle);
  return { line: p.line, character: p.character + plus };
};

describe('the vocabulary in the editor, over stdio', () => {
  let server: TestServer;
  const request = <T>(method: string, params: unknown): Promise<T> => server.connection.sendRequest(method, params) as Promise<T>;
  const definition = (uri: string, position: Position) => request<Location | null>('textDocument/definition', { textDocument: { uri }, position });

  before(async () => {
    server = await startServer({
      rootPath: dir,
      workspaceCapabilities: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    });
    const first = server.diagnostics(reportA);
    await open(server, reportA, REPORT_A);
    await first;
  });
  after(async () => server.stop());

  test('initialize announces definition, references, document symbols and rename (with prepare)', () => {
    const caps = server.initializeResult.capabilities;
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });

  test('Go to Definition on a built-in citation, title, person, body, framing member and term: communique-vocabulary:/builtin/<file> at the entry', async () => {
    const cases: [string, string, string][] = [
      ['34-NQ/TW', 'documents.yaml', 'id: nq-34-tw-2023'],
      ['General Secretary', 'offices/party.yaml', 'id: general-secretary\n'],
      ['To Lam', 'people.yaml', 'id: to-lam'],
      ['Politburo', 'bodies.yaml', 'id: politburo'],
      ['State diplomacy', 'framings.yaml', 'id: state-diplomacy'],
      ['Doi Moi', 'terms.yaml', 'id: doi-moi'],
    ];
    for (const [mention, file, entry] of cases) {
      const loc = await definition(reportA, at(REPORT_A, mention));
      assert.ok(loc, mention);
      assert.equal(loc.uri, `communique-vocabulary:/builtin/${file}`, mention);
      const text = builtinFile(file);
      const want = lineOf(text, entry.replace('\n', ''));
      // The line of the id (for a title, the exact entry: `id: general-secretary` alone on its line).
      const exact = text.split('\n').findIndex((l) => l.trim() === `- ${entry.trim()}` || l.trim() === entry.trim());
      assert.equal(loc.range.start.line, exact >= 0 ? exact : want.line, mention);
      assert.equal(text.split('\n')[loc.range.start.line]!.slice(loc.range.start.character, loc.range.end.character), entry.trim().slice(4), mention);
    }
  });

  test('a term that is also a pillar goes to one of its entries; prose goes nowhere', async () => {
    const loc = await definition(reportA, at(REPORT_A, 'people-to-people diplomacy'));
    assert.ok(loc && /^communique-vocabulary:\/builtin\/(terms|framings)\.yaml$/.test(loc.uri));
    assert.equal(await definition(reportA, at(REPORT_A, 'passed')), null);
  });

  test('communique/vocabularySource serves the built-in file as written; anything else is null', async () => {
    const r = await request<{ text: string } | null>('communique/vocabularySource', { uri: 'communique-vocabulary:/builtin/documents.yaml' });
    assert.equal(r?.text, builtinFile('documents.yaml'));
    const nested = await request<{ text: string } | null>('communique/vocabularySource', { uri: 'communique-vocabulary:/builtin/offices/party.yaml' });
    assert.equal(nested?.text, builtinFile('offices/party.yaml'));
    for (const uri of ['communique-vocabulary:/builtin/../../package.json', 'communique-vocabulary:/builtin/none.yaml', 'file:///etc/passwd', 42]) {
      assert.equal(await request('communique/vocabularySource', { uri }), null, String(uri));
    }
  });

  test('Go to Definition on a workspace entry (citation and body) opens the pack at its line', async () => {
    const doc = await definition(reportA, at(REPORT_A, '7-KH/TW'));
    assert.deepEqual(doc, {
      uri: packUri,
      range: { start: lineOf(PACK, 'desk-plan-2024'), end: { ...lineOf(PACK, 'desk-plan-2024'), character: lineOf(PACK, 'desk-plan-2024').character + 'desk-plan-2024'.length } },
    });
    const body = await definition(reportA, at(REPORT_A, 'Desk Committee'));
    assert.equal(body?.uri, packUri);
    assert.equal(body?.range.start.line, lineOf(PACK, 'id: desk-committee').line);
  });

  test('Find All References: the open report and those Check Workspace read, English and Vietnamese names alike', async () => {
    await request('communique/checkFiles', { uris: [reportA, reportB], run: 1, last: true });
    const refs = await request<Location[]>('textDocument/references', {
      textDocument: { uri: reportA },
      position: at(REPORT_A, 'Politburo'),
      context: { includeDeclaration: false },
    });
    const got = refs.map((l) => `${l.uri === reportA ? 'a' : l.uri === reportB ? 'b' : l.uri}:${l.range.start.line}:${l.range.start.character}`).sort();
    assert.deepEqual(got, ['a:5:4', 'b:3:0', 'b:5:4']);
    // A citation's references: the same document cited in both reports, in both languages.
    const cites = await request<Location[]>('textDocument/references', { textDocument: { uri: reportA }, position: at(REPORT_A, '34-NQ'), context: { includeDeclaration: true } });
    assert.deepEqual(
      cites
        .filter((l) => l.uri.startsWith('file:'))
        .map((l) => [l.uri, l.range.start.line])
        .sort(),
      [
        [reportA, 5],
        [reportB, 3],
      ],
    );
    assert.ok(
      cites.some((l) => l.uri === 'communique-vocabulary:/builtin/documents.yaml'),
      'the declaration',
    );
  });

  test('an open report overrides what is on disk', async () => {
    const uri = reportB;
    const edited = REPORT_B.replace('The Politburo met again.', 'Nobody met.');
    const first = server.diagnostics(uri);
    await open(server, uri, edited);
    await first;
    const refs = await request<Location[]>('textDocument/references', {
      textDocument: { uri: reportA },
      position: at(REPORT_A, 'Politburo'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      refs.filter((l) => l.uri === reportB).map((l) => l.range.start.line),
      [3],
    );
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('Document Symbols: headings holding the citations, people, bodies and titles under them', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: reportA } });
    const outline = (list: DocumentSymbol[], depth = 0): string[] => list.flatMap((s) => [`${'  '.repeat(depth)}${s.kind}:${s.name}`, ...outline(s.children ?? [], depth + 1)]);
    assert.deepEqual(outline(symbols), [
      '15:Overview',
      '  2:Politburo',
      '  1:Resolution No. 34-NQ/TW',
      '  7:General Secretary',
      '  19:To Lam',
      '  15:Plans',
      '    2:Desk Committee',
      '    1:Plan No. 7-KH/TW',
    ]);
    const overview = symbols[0]!;
    assert.equal(overview.range.start.line, 3);
    assert.ok(overview.range.end.line >= 9, 'a heading spans its section');
  });

  test('code actions of one kind only: a quick fix request gets no refactoring, a fix-all request no addition', async () => {
    const text = 'In 2024 the Politburo issued Resolution No. 47-NQ/TW. The popular diplomacy grew, as people-to-people diplomacy should.\n';
    const uri = write('reports/kinds.md', text);
    const got = server.diagnostics(uri);
    await open(server, uri, text);
    await got;
    const kinds = async (only: string[] | undefined, range: { start: Position; end: Position }) => {
      const list = (await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } })).filter((a) =>
        a.title.startsWith('Add'),
      );
      return list.map((a) => a.kind).sort();
    };
    const sel = { start: { line: 0, character: text.indexOf('popular') }, end: { line: 0, character: text.indexOf('popular') + 'popular diplomacy'.length } };
    assert.deepEqual(await kinds(undefined, sel), ['refactor.rewrite', 'refactor.rewrite']);
    assert.deepEqual(await kinds(['quickfix'], sel), []);
    assert.deepEqual(await kinds(['refactor'], sel), ['refactor.rewrite', 'refactor.rewrite']);
    const cite = { start: { line: 0, character: text.indexOf('47-NQ') }, end: { line: 0, character: text.indexOf('47-NQ') } };
    assert.deepEqual(await kinds(['quickfix'], cite), ['quickfix']);
    assert.deepEqual(await kinds(['source.fixAll'], cite), []);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  describe('Add to the workspace vocabulary', () => {
    const REPORT_C = [
      '---',
      'date: 2024-11-05',
      '---',
      'In 2024 the Politburo issued Resolution No. 45-NQ/TW.',
      '',
      'The popular diplomacy grew, as people-to-people diplomacy should.',
      '',
    ].join('\n');
    const reportC = write('reports/c.md', REPORT_C);
    let unknown: { diagnostics: { code?: string | number; range: { start: Position; end: Position } }[] };

    before(async () => {
      const got = server.diagnostics(reportC);
      await open(server, reportC, REPORT_C);
      unknown = await got;
      assert.deepEqual(codes(unknown.diagnostics as never), ['citation/unknown']);
    });

    const actions = (range: { start: Position; end: Position }, diagnostics: unknown[] = []) =>
      request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reportC }, range, context: { diagnostics } });

    test('a citation/unknown quick fix writes a prefilled entry into the pack and puts the cursor on its title', async () => {
      const d = unknown.diagnostics[0]!;
      const list = await actions(d.range, [d]);
      const add = list.find((a) => a.title === 'Add 45-NQ/TW to the workspace vocabulary');
      assert.ok(add, list.map((a) => a.title).join(', '));
      assert.equal(add.kind, 'quickfix');
      const changes = (add.edit as WorkspaceEdit).documentChanges!;
      assert.equal(changes.length, 1, 'the pack exists: no CreateFile');
      const edit = changes[0] as TextDocumentEdit;
      assert.equal(edit.textDocument.uri, packUri);
      const newText = (edit.edits[0] as { newText: string }).newText;
      assert.match(
        newText,
        /- id: nq-45-tw-2024\n\s+type: resolution\n\s+number: "45"\n\s+symbol: 45-NQ\/TW\n\s+issuer: politburo\n\s+date: "2024"\n\s+title:\n\s+en: Resolution No. 45-NQ\/TW/,
      );
      // Applied as the client would: the file on disk, then the watcher's notification.
      const lines = PACK.split('\n');
      const { start } = edit.edits[0]!.range;
      const offset = lines.slice(0, start.line).reduce((n, l) => n + l.length + 1, 0) + start.character;
      const updated = PACK.slice(0, offset) + newText + PACK.slice(offset);
      assert.ok(updated.startsWith('# The desk vocabulary.'), 'comments kept');
      assert.equal(add.command?.command, 'communique.vocabulary.revealEntry');
      const [uri, line, character] = add.command!.arguments as [string, number, number];
      assert.equal(uri, packUri);
      assert.ok(updated.split('\n')[line]!.slice(character).startsWith('Resolution No. 45-NQ/TW'));
      const cleared = server.diagnostics(reportC, (p) => !codes(p.diagnostics).includes('citation/unknown'), 15_000);
      writeFileSync(fileURLToPath(packUri), updated);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      await cleared;
      const loc = await definition(reportC, at(REPORT_C, '45-NQ/TW'));
      assert.equal(loc?.uri, packUri);
      assert.equal(loc?.range.start.line, line - 7, 'the id, seven lines above the title');
    });

    test('on a selection: "Add as a term…" and "Add as a wrong form of …"; typed into the open pack, the wrong form is found at once', async () => {
      const p = lineOf(REPORT_C, 'popular diplomacy');
      const range = { start: p, end: { line: p.line, character: p.character + 'popular diplomacy'.length } };
      const list = await actions(range);
      const titles = list.map((a) => a.title);
      assert.ok(titles.includes('Add “popular diplomacy” as a term…'), titles.join(', '));
      const wrong = list.find((a) => a.title.startsWith('Add “popular diplomacy” as a wrong form of'));
      assert.ok(wrong, titles.join(', '));
      // The pack opened in the editor and the edit typed into it (didChange): reports update while the pack is unsaved.
      const onDisk = readFileSync(fileURLToPath(packUri), 'utf8');
      const edit = ((wrong.edit as WorkspaceEdit).documentChanges![0] as TextDocumentEdit).edits[0]!;
      await open(server, packUri, onDisk, 'yaml');
      const found = server.diagnostics(reportC, (d) => d.diagnostics.some((x) => x.range.start.line === p.line && x.range.start.character === p.character), 15_000);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: packUri, version: 2 },
        contentChanges: [{ range: edit.range, text: (edit as { newText: string }).newText }],
      });
      await found;
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: packUri } });
    });

    test('sent back to the server (editors other than VS Code), the reveal command opens the pack there through window/showDocument', async () => {
      const other = mkdtempSync(join(tmpdir(), 'communique-show-'));
      const s = await startServer({ rootPath: other, windowCapabilities: { showDocument: { support: true } } });
      try {
        const shown = new Promise<unknown>((resolve) =>
          s.connection.onRequest('window/showDocument', (p: unknown) => {
            resolve(p);
            return { success: true };
          }),
        );
        await s.connection.sendRequest('workspace/executeCommand', { command: 'communique.vocabulary.revealEntry', arguments: [packUri, 12, 10] });
        assert.deepEqual(await shown, { uri: packUri, takeFocus: true, selection: { start: { line: 12, character: 10 }, end: { line: 12, character: 10 } } });
      } finally {
        await s.stop();
        rmSync(other, { recursive: true, force: true });
      }
    });

    test("the titles follow the editor's language; an untrusted workspace is offered no addition (its packs are not read)", async () => {
      const text = REPORT_C.replace('45-NQ/TW', '46-NQ/TW');
      const uri = write('reports/d.md', text);
      const titlesWith = async (options: Parameters<typeof startServer>[0]): Promise<string[]> => {
        const s = await startServer({ rootPath: dir, workspaceCapabilities: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } }, ...options });
        try {
          const got = s.diagnostics(uri);
          await open(s, uri, text);
          const d = (await got).diagnostics.find((x) => x.code === 'citation/unknown');
          if (!d) return [];
          const list = (await s.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d] },
          })) as CodeAction[];
          return list.map((a) => a.title);
        } finally {
          await s.stop();
        }
      };
      assert.ok((await titlesWith({ locale: 'vi' })).includes('Thêm 46-NQ/TW vào bộ từ vựng của không gian làm việc'));
      assert.deepEqual(
        (await titlesWith({ initializationOptions: { trusted: false } })).filter((t) => t.startsWith('Add')),
        [],
      );
    });

    test('a pack with YAML errors is not edited: the action is shown disabled, with the reason, to a client that can show it', async () => {
      const other = mkdtempSync(join(tmpdir(), 'communique-broken-'));
      mkdirSync(join(other, '.communique'));
      writeFileSync(join(other, '.communique/vocabulary.yaml'), 'terms: [\n');
      const s = await startServer({ rootPath: other, workspaceCapabilities: { workspaceEdit: { documentChanges: true } } });
      try {
        const uri = pathToFileURL(join(other, 'r.md')).href;
        const got = s.diagnostics(uri, (p) => codes(p.diagnostics).includes('citation/unknown'));
        await open(s, uri, REPORT_C);
        const d = (await got).diagnostics.find((x) => x.code === 'citation/unknown')!;
        const list = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        assert.deepEqual(
          list.filter((a) => a.title.startsWith('Add')),
          [],
          'left out for a client that cannot show it disabled',
        );
      } finally {
        await s.stop();
      }
      const s2 = await startServer({
        rootPath: other,
        workspaceCapabilities: { workspaceEdit: { documentChanges: true } },
        textDocumentCapabilities: { codeAction: { disabledSupport: true } },
      });
      try {
        const uri = pathToFileURL(join(other, 'r.md')).href;
        const got = s2.diagnostics(uri, (p) => codes(p.diagnostics).includes('citation/unknown'));
        await open(s2, uri, REPORT_C);
        const d = (await got).diagnostics.find((x) => x.code === 'citation/unknown')!;
        const list = (await s2.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        const add = list.find((a) => a.title === 'Add 45-NQ/TW to the workspace vocabulary');
        assert.ok(add, list.map((a) => a.title).join(', '));
        assert.equal(add.edit, undefined);
        assert.match(add.disabled?.reason ?? '', /^Cannot add to .*vocabulary\.yaml: the file has YAML errors; fix them first\.$/);
      } finally {
        await s2.stop();
        rmSync(other, { recursive: true, force: true });
      }
    });

    test('an absent pack is created (CreateFile, then the text with its header), and the finding leaves once it is open with the entry', async () => {
      const other = mkdtempSync(join(tmpdir(), 'communique-new-'));
      const s = await startServer({ rootPath: other, workspaceCapabilities: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
      try {
        const uri = pathToFileURL(join(other, 'r.md')).href;
        writeFileSync(fileURLToPath(uri), REPORT_C);
        const got = s.diagnostics(uri);
        await open(s, uri, REPORT_C);
        const d = (await got).diagnostics[0]!;
        const list = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        const add = list.find((a) => a.title === 'Add 45-NQ/TW to the workspace vocabulary')!;
        const [create, text] = (add.edit as WorkspaceEdit).documentChanges! as [{ kind: string; uri: string }, TextDocumentEdit];
        const newPack = pathToFileURL(join(other, '.communique/vocabulary.yaml')).href;
        assert.deepEqual([create.kind, create.uri], ['create', newPack]);
        const newText = (text.edits[0] as { newText: string }).newText;
        assert.match(newText, /^# The workspace vocabulary of Communiqué[\s\S]*documents:\n {2}- id: nq-45-tw-2024/);
        // Applied as VS Code applies it: the file created empty, then opened with the edit, unsaved.
        // The new project folder is found, the pack read from the editor, and the finding leaves.
        mkdirSync(join(other, '.communique'));
        writeFileSync(fileURLToPath(newPack), '');
        const cleared = s.diagnostics(uri, (p) => !codes(p.diagnostics).includes('citation/unknown'), 15_000);
        await open(s, newPack, newText, 'yaml');
        await cleared;
      } finally {
        await s.stop();
        rmSync(other, { recursive: true, force: true });
      }
    });
  });

  describe('in pack files', () => {
    before(async () => {
      await open(server, otherPackUri, OTHER_PACK, 'yaml');
    });

    test('completion of ids in a reference field, and of enumerated values', async () => {
      const text = OTHER_PACK.replace('body: desk-committee', 'body: po');
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: otherPackUri, version: 2 }, contentChanges: [{ text }] });
      const ids = await request<CompletionList>('textDocument/completion', { textDocument: { uri: otherPackUri }, position: at(text, 'body: po', 'body: po'.length) });
      assert.ok(ids.items.some((i) => i.label === 'politburo' && i.detail === 'Politburo'));
      assert.ok(ids.items.every((i) => i.label.startsWith('po')));
      const conf = await request<CompletionList>('textDocument/completion', { textDocument: { uri: otherPackUri }, position: at(text, 'confidence: low', 'confidence: '.length) });
      assert.deepEqual(conf.items.map((i) => i.label).sort(), ['high', 'low', 'medium']);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: otherPackUri, version: 3 }, contentChanges: [{ text: OTHER_PACK }] });
    });

    test('hover on an id shows the entry it names; definition goes to it in the other pack', async () => {
      const h = await request<Hover | null>('textDocument/hover', { textDocument: { uri: otherPackUri }, position: at(OTHER_PACK, 'desk-committee') });
      assert.match((h!.contents as MarkupContent).value, /\*\*Desk Committee\*\* — body `desk-committee`, defined in .*vocabulary\.yaml:3/);
      const loc = await definition(otherPackUri, at(OTHER_PACK, 'desk-committee'));
      assert.equal(loc?.uri, packUri);
      assert.equal(loc?.range.start.line, lineOf(PACK, 'id: desk-committee').line);
    });

    test('rename of an id across the packs; an invalid, a taken or a built-in id is refused with a located message', async () => {
      const position = at(OTHER_PACK, 'desk-committee');
      const prepared = await request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: otherPackUri }, position });
      assert.equal(prepared.placeholder, 'desk-committee');
      const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: otherPackUri }, position, newName: 'editorial-board' });
      const changed = Object.fromEntries(Object.entries(edit.changes!).map(([u, edits]) => [u, edits.map((e) => `${e.range.start.line}:${e.newText}`)]));
      assert.deepEqual(changed, {
        [packUri]: [`${lineOf(PACK, 'id: desk-committee').line}:editorial-board`, `${lineOf(PACK, 'issuer: desk-committee').line}:editorial-board`],
        [otherPackUri]: [`${lineOf(OTHER_PACK, 'body: desk-committee').line}:editorial-board`],
      });
      const refused = async (newName: string, where = position, uri = otherPackUri): Promise<string> => {
        try {
          await request('textDocument/rename', { textDocument: { uri }, position: where, newName });
        } catch (e) {
          return (e as Error).message;
        }
        return 'not refused';
      };
      assert.match(await refused('Editorial Board'), /“Editorial Board” is not a valid id/);
      assert.match(await refused('politburo'), /The id `politburo` is already used in bodies \(communique-vocabulary:\/builtin\/bodies\.yaml:\d+\)/);
      await open(server, packUri, readFileSync(fileURLToPath(packUri), 'utf8'), 'yaml');
      const current = readFileSync(fileURLToPath(packUri), 'utf8');
      assert.match(await refused('new-id', at(current, 'politburo'), packUri), /`politburo` is defined in the built-in vocabulary, which is read-only/);
      assert.match(await refused('new-id', at(current, 'Desk style guide'), packUri), /Only an entry's id, or a reference to one, can be renamed/);
      const builtinBodies = 'communique-vocabulary:/builtin/bodies.yaml';
      const bodies = builtinFile('bodies.yaml');
      assert.match(await refused('new-id', at(bodies, 'id: politburo', 5), builtinBodies), /`politburo` is defined in the built-in vocabulary/);
      // In the built-in pack's documents too: definition, and hover on a reference.
      const loc = await definition(builtinBodies, at(bodies, 'id: politburo', 5));
      assert.equal(loc?.uri, builtinBodies);
      assert.equal(loc?.range.start.line, lineOf(bodies, 'id: politburo').line);
    });
  });
});
