// A TBX term base as a vocabulary layer of the language server: in the workspace's
// .communique/ folder (alone, without YAML beside it) and as a `communique.vocabulary.paths`
// entry; a broken term base open in the editor is reported on it and the last good
// vocabulary stays in force.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers';
import { codes, open, startServer } from './lspClient';

const FIXTURES = join(repoRoot(), 'test/fixtures/tbx');
const message = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const fixes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`);

describe('TBX term bases in the language server', () => {
  let ws: string;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'communique-tbx-ws-'));
    mkdirSync(join(ws, '.communique'));
    copyFileSync(join(FIXTURES, 'basic-2008.tbx'), join(ws, '.communique', 'glossary.tbx'));
    mkdirSync(join(ws, 'terms'));
    copyFileSync(join(FIXTURES, 'basic-2019.tbx'), join(ws, 'terms', 'multilateral.tbx'));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  test('a .tbx file in .communique/ is a layer: deprecated terms are flagged with the fix, hovers show the definition', async () => {
    const server = await startServer({ rootPath: ws });
    try {
      const uri = `file://${ws}/report.md`;
      const text = 'They agreed an all-round strategic partnership.\n';
      const first = server.diagnostics(uri);
      await open(server, uri, text);
      const { diagnostics } = await first;
      assert.deepEqual(fixes(diagnostics), ['0:15 term/non-canonical']);
      assert.match(message(diagnostics[0]!), /should be “comprehensive strategic partnership”/);
      const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as {
        title: string;
      }[];
      assert.ok(
        actions.some((a) => a.title === 'Replace with “comprehensive strategic partnership”'),
        JSON.stringify(actions),
      );
      const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } })) as Hover | null;
      const value = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      assert.match(value, /comprehensive strategic partnership/);
      assert.match(value, /A framework of bilateral relations that covers politics, defence, economics and culture\./);
      assert.match(value, /Machine translation of đối tác chiến lược toàn diện/);

      // The term base open in the editor, broken before it is saved: reported on it; the report keeps its finding.
      const tbxUri = `file://${ws}/.communique/glossary.tbx`;
      const good = readFileSync(join(ws, '.communique', 'glossary.tbx'), 'utf8');
      const problems = server.diagnostics(tbxUri, (p) => p.diagnostics.length > 0);
      await open(server, tbxUri, good.replace('<term>all-round strategic partnership</term>', '<term>all-round strategic partnership</tig>'), 'xml');
      const reported = (await problems).diagnostics;
      assert.deepEqual(fixes(reported), ['30:49 vocab/syntax']);
      assert.match(message(reported[0]!), /the closing tag <\/tig> does not match the open element <term>/);
      const still = server.published.filter((p) => p.uri === uri).pop()!;
      assert.deepEqual(codes(still.diagnostics), ['term/non-canonical'], 'the last good vocabulary is still in force');

      // Corrected in the editor: the problem goes away, and the edit applies before it is saved.
      const cleared = server.diagnostics(tbxUri, (p) => p.diagnostics.length === 0);
      const rechecked = server.diagnostics(uri, (p) => p.diagnostics.length === 0);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: tbxUri, version: 2 },
        contentChanges: [{ text: good.replace('deprecatedTerm-admn-sts</termNote>\n            <note>Machine', 'admittedTerm-admn-sts</termNote>\n            <note>Machine') }],
      });
      await cleared;
      await rechecked;
    } finally {
      await server.stop();
    }
  });

  test('a .tbx file in communique.vocabulary.paths is a layer', async () => {
    const server = await startServer({ rootPath: ws, settings: { vocabulary: { paths: ['terms/multilateral.tbx'] } } });
    try {
      const uri = `file://${ws}/paths.md`;
      const first = server.diagnostics(uri);
      await open(server, uri, 'Vietnam was a temporary member of the UN Security Council.\n');
      const { diagnostics } = await first;
      assert.deepEqual(fixes(diagnostics), ['0:14 term/non-canonical']);
      assert.match(message(diagnostics[0]!), /should be “non-permanent member of the UN Security Council”/);
    } finally {
      await server.stop();
    }
  });
});
