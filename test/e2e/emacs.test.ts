// Real-client test: eglot (Debian's Emacs 28.2 with elpa-eglot 1.9 and elpa-markdown-mode, in batch mode) drives
// the bundled server `node dist/server.js --stdio` on a report, through test/e2e/emacs/driver.el, configured as
// docs/editors.md says. The driver writes what the editor saw (Flymake's diagnostics, the hover eglot gives ElDoc,
// completion-at-point, the code actions eglot-code-actions offered and the text after applying the first one) as
// JSON; the assertions are here. Needs scripts/setup-e2e.sh (run first; it installs emacs-nox and the packages).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe } from 'node:test';
import { EDITOR_REPORT, resultChecks, runEditorDriver, type EditorRun } from './editorDriver';
import { root } from './harness';

interface EmacsDiagnostic {
  type: string; // Flymake's: eglot-error, eglot-warning, eglot-note
  text: string; // what Flymake shows
  code: string; // from the LSP diagnostic eglot attaches to the Flymake one
  severity: number; // LSP: 1 error, 2 warning, 3 information, 4 hint
  source: string;
  message: string;
  line: number; // 0-based
  col: number; // Emacs column (characters)
  end_col: number;
  covered: string; // the buffer text the diagnostic covers
}
interface DriverResult {
  error?: string;
  emacs?: string;
  eglot?: string;
  eglot_dir?: string;
  major_mode?: string;
  language_id?: string;
  diagnostics?: EmacsDiagnostic[];
  hover?: string | null;
  hover_error?: string;
  completion?: string[] | null;
  completion_error?: string;
  code_action_target?: { code: string; covered: string };
  code_actions?: string[] | false;
  code_action_default?: string;
  text_after_fix?: string;
  diagnostics_after_fix?: EmacsDiagnostic[];
  file_watch_registrations?: number;
  diagnostics_after_pack?: EmacsDiagnostic[];
  pack_error?: string;
  server_exit?: { status: string; code: number };
  shutdown_error?: string;
  warnings?: string[];
  server_stderr?: string;
  timings?: Record<string, number>;
  wall_ms?: number;
  log?: string[];
}

describe('Emacs 28 with eglot 1.9 and the bundled server', () => {
  let run: (EditorRun & { dir: string }) | undefined;
  let result: DriverResult = {};

  before(
    async () => {
      run = await runEditorDriver({
        name: 'Emacs',
        prefix: 'emacs-',
        command: 'emacs',
        args: ['--batch', '-Q', '-l', join(root, 'test/e2e/emacs/driver.el')],
        env: (dir) => ({ HOME: dir }), // no ~/.emacs.d of the machine's user (-Q reads no init file; package.el would still look there)
        // A workspace pack that flags nothing in the report, until the driver rewrites it.
        files: {
          '.communique/house.yaml':
            'terms:\n  - id: house-term\n    name: { en: foreign affairs }\n    wrong: ["foreign affair works"]\n    source: house style guide\n    confidence: high\n',
        },
      });
      result = JSON.parse(run.raw) as DriverResult;
    },
    { timeout: 25 * 60_000 },
  );

  const context = (): string =>
    `driver error: ${result.error ?? 'none'}\nlog: ${(result.log ?? []).join(' | ')}${result.server_stderr ? `\nserver stderr: ${result.server_stderr}` : ''}`;
  const check = resultChecks('emacs-', () => run);

  check('the driver ran every step in Emacs 28 with eglot 1.9 from ELPA, and the server shut down cleanly', () => {
    assert.match(result.emacs ?? '', /^28\.\d+/, context());
    assert.equal(result.eglot, '1.9', context());
    assert.match(result.eglot_dir ?? '', /^\/usr\/share\/emacs\/site-lisp\/elpa\/eglot-1\.9\//, 'eglot is the Debian package');
    assert.equal(result.major_mode, 'markdown-mode', 'report.md opens in markdown-mode');
    assert.equal(result.language_id, 'markdown', 'eglot sends the language id markdown');
    assert.equal(result.error, undefined, context());
    assert.equal(result.shutdown_error, undefined, 'the server answered shutdown');
    assert.deepEqual(result.server_exit, { status: 'exit', code: 0 }, `the server exited by itself after exit: ${context()}`);
  });

  check('eglot shows no warning (e.g. about a capability registration it did not ask for)', () => {
    assert.ok(Array.isArray(result.warnings), context());
    assert.deepEqual(result.warnings, []);
  });

  check('diagnostics reach Flymake with the rule ids as codes, and the severity set in eglot-workspace-configuration', () => {
    const diagnostics = result.diagnostics ?? [];
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    assert.deepEqual([...byCode.keys()].sort(), ['citation/type-mismatch', 'title/non-canonical'], context());
    const mismatch = byCode.get('citation/type-mismatch')!;
    assert.equal(mismatch.severity, 1, 'citation/type-mismatch is an error');
    assert.equal(mismatch.type, 'eglot-error');
    assert.equal(mismatch.source, 'communique');
    assert.deepEqual([mismatch.line, mismatch.col], [6, 22], 'on "Resolution No. 32-CT/TW" (0-based line 6, column 22)');
    assert.match(mismatch.covered, /^Resolution No\. 32-CT\/TW/);
    assert.match(mismatch.message, /CT is a directive/);
    assert.equal(mismatch.text, `communique [citation/type-mismatch]: ${mismatch.message}`, 'what Flymake shows');
    const title = byCode.get('title/non-canonical')!;
    // A warning by default; the driver's eglot-workspace-configuration (the one of docs/editors.md) makes it an
    // error, so this shows that the server read the settings eglot gave it.
    assert.equal(title.severity, 1, `title/non-canonical is an error as configured: ${JSON.stringify(title)}`);
    assert.equal(title.type, 'eglot-error');
    assert.deepEqual([title.line, title.col], [10, 14], 'on "Ministry Politic"');
    assert.equal(title.covered, 'Ministry Politic');
    assert.match(title.message, /should be “Politburo”/);
  });

  check('hover on 34-NQ/TW (what eglot gives ElDoc) describes the Politburo resolution', () => {
    assert.equal(result.hover_error, undefined, context());
    assert.equal(typeof result.hover, 'string', `hover: ${JSON.stringify(result.hover)}`);
    assert.match(result.hover!, /34-NQ\/TW/);
    assert.match(result.hover!, /Politburo/);
    assert.match(result.hover!, /9 January 2023/);
  });

  check('completion-at-point after "Resolution No. " offers 34-NQ/TW and no directive', () => {
    assert.equal(result.completion_error, undefined, context());
    const labels = result.completion ?? [];
    assert.ok(labels.includes('34-NQ/TW'), `completion: ${JSON.stringify(labels)}`);
    assert.ok(!labels.includes('32-CT/TW'), `completion: ${JSON.stringify(labels)}`);
  });

  check('eglot-code-actions on "Ministry Politic" offers the fix first and applies it', () => {
    assert.equal(result.code_action_target?.covered, 'Ministry Politic', context());
    const titles = result.code_actions;
    assert.ok(Array.isArray(titles) && titles.length > 0, `code actions offered: ${JSON.stringify(titles)}`);
    assert.equal(titles[0], 'Replace with “Politburo”', `code actions: ${JSON.stringify(titles)}`);
    assert.equal(result.code_action_default, titles[0], "the fix is what RET takes in eglot's prompt");
    const lines = (result.text_after_fix ?? '').split('\n');
    assert.equal(lines[10], 'In Hanoi, the Politburo met on Monday.', context());
    assert.equal(lines.filter((l) => l.includes('Ministry Politic')).length, 0);
    assert.equal(lines.length, EDITOR_REPORT.split('\n').length, 'no other line added or removed');
    assert.equal(lines[6], 'The Politburo adopted Resolution No. 32-CT/TW on external relations.', 'other lines untouched');
    const after = (result.diagnostics_after_fix ?? []).map((d) => d.code);
    assert.deepEqual(after, ['citation/type-mismatch'], `the server re-checked the fixed text: ${context()}`);
  });

  check('a workspace pack rewritten on disk is seen through the file watch eglot made for the server', () => {
    assert.equal(result.file_watch_registrations, 1, `eglot took the server's workspace/didChangeWatchedFiles registration: ${context()}`);
    assert.equal(result.pack_error, undefined, context());
    const term = (result.diagnostics_after_pack ?? []).find((d) => d.code === 'term/non-canonical');
    assert.ok(term, `diagnostics after the pack changed: ${JSON.stringify(result.diagnostics_after_pack)}`);
    assert.equal(term.covered, 'external relations');
    assert.match(term.message, /should be “foreign affairs”/);
  });
});
