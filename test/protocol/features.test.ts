// Hover, completion, document links and Communiqué's own requests, over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionList, DocumentLink, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { CitationItem, DocumentItem } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from './lspClient';

describe('editor features over stdio', () => {
  let server: TestServer;
  const uri = 'file:///features.md';
  const text = [
    '---',
    'date: 2024-11-05',
    '---',
    'The Politburo passed Resolution No. 34-NQ/TW; General Secretary To Lam spoke.',
    '',
    'Party diplomacy matters. The Ministry Politic met.',
    '',
    '```',
    'Resolution No. ',
    '```',
    '',
    'Resolution No. ',
    '',
    'Directive ',
    '',
    'Minister of Fo',
    '',
    'We walked to the ',
  ].join('\n');

  before(async () => {
    server = await startServer();
    const first = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
  });
  after(async () => server.stop());

  const hover = async (line: number, character: number): Promise<string | undefined> => {
    const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
    return h ? (h.contents as MarkupContent).value : undefined;
  };
  const complete = async (line: number, character: number): Promise<string[]> => {
    const r = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionList | null;
    return (r?.items ?? []).map((i) => i.label);
  };

  test('hover on a citation shows the document with its source and confidence', async () => {
    const value = await hover(3, 40);
    assert.match(value!, /\*\*34-NQ\/TW\*\* · Resolution \(Nghị quyết\) · Politburo · 9 January 2023/);
    assert.match(value!, /Source: .*confidence: \*\*high\*\*/);
  });

  test('hover on a title shows the holder on the report date and the holders', async () => {
    const value = await hover(3, 50);
    assert.match(value!, /\*\*General Secretary\*\* — \*Tổng Bí thư\*/);
    assert.match(value!, /On 5 November 2024: To Lam/);
    assert.match(value!, /Nguyen Phu Trong.*– 19 July 2024/);
  });

  test('hover on a pillar shows its role; on a wrong form, why it is wrong; on prose, nothing', async () => {
    assert.match((await hover(5, 3))!, /Pillar 1 of 3[\s\S]*Core role in strategic orientation/);
    assert.match((await hover(5, 32))!, /\*\*Politburo\*\*[\s\S]*is a wrong form/);
    assert.equal(await hover(5, 17), undefined);
  });

  test('in a Vietnamese paragraph, hovers are in Vietnamese: labels, dates, and the names and texts the vocabulary has', async () => {
    const vi = 'file:///vi.md';
    const line = 'Bộ Chính trị ban hành Nghị quyết số 34-NQ/TW; Tổng Bí thư Tô Lâm phát biểu.';
    const first = server.diagnostics(vi);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: vi, languageId: 'markdown', version: 1, text: `---\ndate: 2024-11-05\n---\n${line}\n` },
    });
    await first;
    const at = async (word: string): Promise<string> => {
      const h = (await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: vi },
        position: { line: 3, character: line.indexOf(word) + 1 },
      })) as Hover | null;
      return h ? (h.contents as MarkupContent).value : '';
    };
    const citation = await at('34-NQ/TW');
    assert.match(citation, /\*\*34-NQ\/TW\*\* · Nghị quyết \(Resolution\) · Bộ Chính trị · 9\/1\/2023/);
    assert.match(citation, /Nguồn: .*độ tin cậy: \*\*cao\*\*/);
    const title = await at('Tổng Bí thư');
    assert.match(title, /^\*\*Tổng Bí thư\*\* — \*General Secretary\*/);
    assert.match(title, /Ngày 5\/11\/2024: Tô Lâm/);
    assert.match(title, /Những người giữ chức:[\s\S]*Nguyễn Phú Trọng \(Nguyen Phu Trong\): 19\/1\/2011 – 19\/7\/2024/);
    assert.match(title, /Tô Lâm \(To Lam\): 3\/8\/2024 – nay/);
    const body = await at('Bộ Chính trị');
    assert.match(body, /^\*\*Bộ Chính trị\*\* — \*Politburo\*/);
    assert.doesNotMatch(body, /Source|confidence/);
  });

  test('completion after "Resolution No. " offers the resolutions; after "Directive " the directives', async () => {
    const resolutions = await complete(11, 15);
    assert.ok(resolutions.includes('34-NQ/TW') && resolutions.includes('59-NQ/TW'), resolutions.join());
    assert.ok(!resolutions.includes('32-CT/TW'));
    const directives = await complete(13, 10);
    for (const d of ['12-CT/TW', '25-CT/TW', '32-CT/TW']) assert.ok(directives.includes(d), directives.join());
    assert.ok(
      directives.every((d) => /-CT\/TW$/.test(d)),
      directives.join(),
    );
  });

  test('completion offers titles by prefix, and nothing in code or ordinary prose', async () => {
    assert.ok((await complete(15, 14)).includes('Minister of Foreign Affairs'));
    assert.deepEqual(await complete(8, 15), []);
    assert.deepEqual(await complete(17, 17), []);
  });

  test('document links, and the documents and citations requests', async () => {
    const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
    assert.ok(Array.isArray(links));
    const docs = (await server.connection.sendRequest('communique/documents', { uri, style: 'full' })) as DocumentItem[];
    const r34 = docs.find((d) => d.symbol === '34-NQ/TW')!;
    assert.match(r34.citation, /^Resolution No\. 34-NQ\/TW of the Politburo, dated 9 January 2023, on a number of major orientations/);
    const vi = (await server.connection.sendRequest('communique/documents', { uri, style: 'vietnamese' })) as DocumentItem[];
    assert.equal(vi.find((d) => d.symbol === '34-NQ/TW')!.citation, 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị');
    const cites = (await server.connection.sendRequest('communique/citations', { uri })) as CitationItem[];
    assert.deepEqual(
      cites.map((c) => [c.text, c.status, c.range.start.line]),
      [['Resolution No. 34-NQ/TW', 'known', 3]],
    );
  });
});
