// The extension in a real extension host: the scenarios of the code-server suite, through
// VS Code's API (as in lsp-sample: getDiagnostics and the execute*Provider commands).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const report = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'report.md');

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openReport(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(report());
  return vscode.window.showTextDocument(doc);
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} in the report`);
  return doc.positionAt(at + delta);
}

export const scenarios: [string, () => Promise<void>][] = [
  [
    'diagnostics appear with their rule ids',
    async () => {
      await openReport();
      const diagnostics = await until('diagnostics', () => {
        const d = vscode.languages.getDiagnostics(report());
        return d.length >= 2 ? d : undefined;
      });
      const codes = diagnostics.map((d) => String(d.code)).sort();
      assert.deepEqual(codes, ['citation/type-mismatch', 'title/non-canonical']);
    },
  ],
  [
    'hover shows the holder on the report date',
    async () => {
      const editor = await openReport();
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', report(), positionOf(editor.document, 'General Secretary', 3));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /On 5 November 2024: To Lam/);
    },
  ],
  [
    'a quick fix changes the text',
    async () => {
      const editor = await openReport();
      const position = positionOf(editor.document, 'Politic', 2);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        report(),
        new vscode.Range(position, position),
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === 'Replace with “Politburo”');
      assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.getText(), /Under the Politburo, the agencies met\./);
    },
  ],
  [
    'completion after "Resolution No. " lists the resolutions',
    async () => {
      const editor = await openReport();
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit((e) => e.insert(end, '\nResolution No. '));
      const at = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', report(), at);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('34-NQ/TW'), labels.join(', '));
    },
  ],
  [
    'a snippet inserts the three pillars',
    async () => {
      const editor = await openReport();
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Three pillars (English)' });
      assert.match(editor.document.getText(), /Party diplomacy, State diplomacy and people-to-people diplomacy/);
    },
  ],
  [
    'Insert Citation writes the chosen document in the configured style',
    async () => {
      const editor = await openReport();
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('communique.insertCitation', { symbol: '34-NQ/TW' });
      assert.match(editor.document.getText(), /Resolution No\. 34-NQ\/TW/);
    },
  ],
];
