// Random edit sequences through the bundled server, as an editor sends them: it never
// crashes, every published range lies inside its document, the diagnostics after the last
// edit equal a fresh check of the final text, and a document's diagnostics do not depend on
// the other documents open beside it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from './lspClient';

const RUNS = Number(process.env.COMMUNIQUE_PROPERTY_RUNS_LSP ?? 12);

const fragment = fc.constantFrom(
  'Resolution No. 32-CT/TW',
  'the Ministry Politic',
  'Bộ Chính Trị',
  'three pillars: Party diplomacy and State diplomacy',
  'General Secretary Nguyen Phu Trong',
  'policies.Since',
  '\n\n',
  '\n',
  ' ',
  '`code`',
  '# ',
  '> ',
  'Bộ Ngoại giao'.normalize('NFD'),
  '🇻🇳',
  'x',
);
const text = fc.array(fragment, { maxLength: 30 }).map((a) => a.join(''));
const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fragment }), { minLength: 1, maxLength: 10 });

function offsetAt(t: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = t.indexOf('\n', offset) + 1;
  return offset + character;
}
function positionAt(t: string, offset: number): { line: number; character: number } {
  const before = t.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
const summary = (ds: Diagnostic[]): string => JSON.stringify(ds.map((d) => [d.code, d.range, d.message]));

describe('random edits through the server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ settings: { debounceMs: 0 } });
  });
  after(async () => server.stop());

  test('incremental edits end where a fresh check of the final text ends, with every range inside', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, edits, async (initial, changes) => {
        const uri = `file:///prop-${n++}.md`;
        let current = initial;
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: current } });
        let version = 1;
        for (const e of changes) {
          const at = current.length === 0 ? 0 : e.at % (current.length + 1);
          const end = Math.min(current.length, at + e.remove);
          // Keep surrogate pairs whole, as an editor does.
          if (/[\uDC00-\uDFFF]/.test(current[at] ?? '') || /[\uDC00-\uDFFF]/.test(current[end] ?? '')) continue;
          const range = { start: positionAt(current, at), end: positionAt(current, end) };
          current = current.slice(0, at) + e.insert + current.slice(end);
          version++;
          await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.insert }] });
        }
        const last = await server.diagnostics(uri, (p) => p.version === version);
        for (const d of last.diagnostics) {
          const s = offsetAt(current, d.range.start.line, d.range.start.character);
          const e = offsetAt(current, d.range.end.line, d.range.end.character);
          assert.ok(s >= 0 && s <= e && e <= current.length, `${String(d.code)} inside the document`);
        }
        const fresh = `file:///prop-${n++}-fresh.md`;
        const check = server.diagnostics(fresh);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'markdown', version: 1, text: current } });
        assert.equal(summary(last.diagnostics), summary((await check).diagnostics));
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      }),
      { numRuns: RUNS },
    );
  });

  test("a document's diagnostics do not depend on the other open documents", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.array(text, { maxLength: 3 }), async (mine, others) => {
        const alone = `file:///alone-${n}.md`;
        const first = server.diagnostics(alone);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: alone, languageId: 'markdown', version: 1, text: mine } });
        const a = (await first).diagnostics;
        for (const [i, other] of others.entries()) {
          const uri = `file:///other-${n}-${i}.md`;
          const p = server.diagnostics(uri);
          await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: other } });
          await p;
        }
        const again = `file:///again-${n++}.md`;
        const second = server.diagnostics(again);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: again, languageId: 'markdown', version: 1, text: mine } });
        assert.equal(summary((await second).diagnostics), summary(a));
      }),
      { numRuns: RUNS },
    );
  });
});
