// Real-client test: Neovim's built-in LSP client (Debian's Neovim 0.7.2, headless) drives the bundled server
// `node dist/server.js --stdio` on a report, through test/e2e/nvim/driver.lua. The driver writes what the editor
// saw (diagnostics in vim.diagnostic, hover, completion, the code actions offered and the text after applying the
// first one) as JSON; the assertions are here. Needs scripts/setup-e2e.sh (run first; it installs neovim).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe } from 'node:test';
import { EDITOR_REPORT, resultChecks, runEditorDriver, type EditorRun } from './editorDriver';
import { root } from './harness';

interface VimDiagnostic {
  code: string;
  severity: number; // vim.diagnostic.severity: 1 ERROR, 2 WARN, 3 INFO, 4 HINT
  source: string;
  message: string;
  lnum: number;
  col: number;
}
interface DriverResult {
  error?: string;
  nvim?: string;
  diagnostics?: VimDiagnostic[];
  hover?: string | null;
  hover_error?: string;
  completion?: string[];
  completion_error?: string;
  code_action_target?: { code: string };
  code_actions?: string[];
  lines_after_fix?: string[];
  diagnostics_after_fix?: VimDiagnostic[];
  definitions?: Record<string, { uri?: string; line?: number; entry_line?: string; error?: string }>;
  references?: { lnum: number; col: number; file: string }[];
  references_error?: string;
  server_exit?: { code: number; signal: number };
  timings?: Record<string, number>;
  wall_ms?: number;
  log?: string[];
}

describe('Neovim 0.7 built-in LSP client with the bundled server', () => {
  let run: (EditorRun & { dir: string }) | undefined;
  let result: DriverResult = {};

  before(
    async () => {
      run = await runEditorDriver({
        name: 'Neovim',
        prefix: 'nvim-',
        command: 'nvim',
        args: ['--headless', '--clean', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${join(root, 'test/e2e/nvim/driver.lua')}`],
      });
      result = JSON.parse(run.raw) as DriverResult;
    },
    { timeout: 25 * 60_000 },
  );

  const context = (): string => `driver error: ${result.error ?? 'none'}\nlog: ${(result.log ?? []).join(' | ')}`;
  const check = resultChecks('nvim-', () => run);

  check('the driver ran every step in Neovim 0.7 and the server shut down cleanly', () => {
    assert.match(result.nvim ?? '', /^NVIM v0\.\d+/, context());
    assert.equal(result.error, undefined, context());
    assert.deepEqual(result.server_exit, { code: 0, signal: 0 }, context());
  });

  check('diagnostics arrive in vim.diagnostic with the rule ids as codes and the right severities', () => {
    const diagnostics = result.diagnostics ?? [];
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    assert.deepEqual([...byCode.keys()].sort(), ['citation/type-mismatch', 'title/non-canonical'], context());
    const mismatch = byCode.get('citation/type-mismatch')!;
    assert.equal(mismatch.severity, 1, 'citation/type-mismatch is an error');
    assert.equal(mismatch.source, 'communique');
    assert.deepEqual([mismatch.lnum, mismatch.col], [6, 22], 'on "Resolution No. 32-CT/TW" (0-based line 6, byte 22)');
    assert.match(mismatch.message, /CT is a directive/);
    const title = byCode.get('title/non-canonical')!;
    assert.equal(title.severity, 2, 'title/non-canonical is a warning');
    assert.deepEqual([title.lnum, title.col], [10, 14], 'on "Ministry Politic"');
    assert.match(title.message, /should be “Politburo”/);
  });

  check('hover on 34-NQ/TW describes the Politburo resolution', () => {
    assert.equal(result.hover_error, undefined, context());
    assert.equal(typeof result.hover, 'string', `hover: ${JSON.stringify(result.hover)}`);
    assert.match(result.hover!, /34-NQ\/TW/);
    assert.match(result.hover!, /Politburo/);
    assert.match(result.hover!, /9 January 2023/);
  });

  check('completion after "Resolution No. " offers 34-NQ/TW and no directive', () => {
    assert.equal(result.completion_error, undefined, context());
    const labels = result.completion ?? [];
    assert.ok(labels.includes('34-NQ/TW'), `completion: ${JSON.stringify(labels)}`);
    assert.ok(!labels.includes('32-CT/TW'), `completion: ${JSON.stringify(labels)}`);
  });

  check('the first code action on the first diagnostic fixes it when Neovim applies it', () => {
    assert.equal(result.code_action_target?.code, 'citation/type-mismatch', context());
    const titles = result.code_actions ?? [];
    assert.match(titles[0] ?? '', /^(Change|Replace)\b/, `code actions: ${JSON.stringify(titles)}`);
    assert.equal(titles[0], 'Change “Resolution” to “Directive”');
    const lines = result.lines_after_fix ?? [];
    assert.equal(lines[6], 'The Politburo adopted Directive No. 32-CT/TW on external relations.', context());
    assert.equal(lines.filter((l) => l.includes('Resolution No. 32-CT/TW')).length, 0);
    assert.equal(lines.length, EDITOR_REPORT.split('\n').length - 1, 'no other line added or removed');
    const after = (result.diagnostics_after_fix ?? []).map((d) => d.code);
    assert.deepEqual(after, ['title/non-canonical'], `the server re-checked the fixed text: ${context()}`);
  });

  check('Go to Definition on a body and a citation gives their built-in entries, whose text the server serves', () => {
    const defs = result.definitions ?? {};
    assert.equal(defs.Politburo?.uri, 'communique-vocabulary:/builtin/bodies.yaml', context());
    assert.match(defs.Politburo?.entry_line ?? '', /- id: politburo$/);
    assert.equal(defs['34-NQ/TW']?.uri, 'communique-vocabulary:/builtin/documents.yaml', context());
    assert.match(defs['34-NQ/TW']?.entry_line ?? '', /- id: nq-34-tw-2023$/);
  });

  check('Find All References on "Politburo" fills the quickfix list with its mentions, its wrong form included', () => {
    assert.equal(result.references_error, undefined, context());
    const refs = (result.references ?? []).map((r) => [r.lnum, r.col]);
    // 1-based lines and columns: "The Politburo adopted …" (line 7), "In January 2023 the Politburo passed …" (line 9)
    // and "the Ministry Politic met" (line 11), a wrong name of the same body.
    assert.deepEqual(refs, [
      [7, 5],
      [9, 21],
      [11, 15],
    ]);
    assert.ok((result.references ?? []).every((r) => r.file.endsWith('report.md')));
  });
});
