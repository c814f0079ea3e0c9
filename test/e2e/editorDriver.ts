// What the headless-editor tests (Neovim, Emacs) share: the report they open, running the editor
// with its driver script against the bundled server, and keeping the driver's result when an
// assertion fails. Each driver reads CQ_SERVER_CMD, CQ_FILE, CQ_OUT and CQ_TIMEOUT_MS and writes
// what the editor saw as JSON to CQ_OUT; the assertions are in the tests.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { artifactsDir, clearArtifacts, root, runSetup, spawnGroup, stopGroup } from './harness';

/** Longest an editor may take for the whole driver. */
const WALL_MS = 90_000;

/** The report each editor opens: a type-mismatched citation, a known one, a mistranslated body, a line to complete. */
export const EDITOR_REPORT = [
  '---',
  'date: 2024-11-05',
  '---',
  '',
  '# Notes on the term',
  '',
  'The Politburo adopted Resolution No. 32-CT/TW on external relations.',
  '',
  'In January 2023 the Politburo passed Resolution No. 34-NQ/TW.',
  '',
  'In Hanoi, the Ministry Politic met on Monday.',
  '',
  'Resolution No. ',
  '',
].join('\n');

export interface EditorRun {
  /** The driver's JSON as written. */
  raw: string;
}

/**
 * Sets up the tools, writes the report into a temporary folder and runs `command args` there
 * (in its own process group, stopped afterwards with the server); fails with the editor's output
 * when the driver wrote no result. `env` adds to the driver's environment (given the folder);
 * `files` are written into the folder beside the report.
 */
export async function runEditorDriver(options: {
  name: string;
  prefix: string;
  command: string;
  args: string[];
  env?: (dir: string) => Record<string, string>;
  /** More files for the folder, by path relative to it. */
  files?: Record<string, string>;
}): Promise<EditorRun & { dir: string }> {
  clearArtifacts(options.prefix);
  runSetup();
  const server = join(root, 'dist/server.js');
  assert.ok(existsSync(server), `${server} missing: build first (node scripts/build.mjs --tests)`);
  const dir = mkdtempSync(join(tmpdir(), `communique-${options.prefix}`));
  const file = join(dir, 'report.md');
  const out = join(dir, 'result.json');
  writeFileSync(file, EDITOR_REPORT);
  for (const [rel, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const started = Date.now();
  const editor = spawnGroup(options.command, options.args, {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env?.(dir),
      CQ_SERVER_CMD: JSON.stringify([process.execPath, server, '--stdio']),
      CQ_FILE: file,
      CQ_OUT: out,
      CQ_TIMEOUT_MS: '15000',
    },
  });
  let output = '';
  editor.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  editor.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = await new Promise<{ code: number | null; timedOut: boolean }>((resolve) => {
    const timer = setTimeout(() => {
      void stopGroup(editor, 1000).then(() => resolve({ code: null, timedOut: true }));
    }, WALL_MS);
    editor.on('error', (e) => {
      clearTimeout(timer);
      output += `\ncould not start ${options.command}: ${e.message}`;
      resolve({ code: null, timedOut: false });
    });
    editor.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut: false });
    });
  });
  await stopGroup(editor, 1000); // the server, should it outlive the editor
  const raw = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (!raw) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${options.name} wrote no result (${exit.timedOut ? `killed after ${WALL_MS} ms` : `exit ${exit.code}`}, ${Date.now() - started} ms):\n${output}`);
  }
  if (exit.code !== 0) writeFileSync(join(artifactsDir(), `${options.prefix}output.txt`), output);
  return { raw, dir };
}

/**
 * `check(name, fn)`: a test over the driver's result; when any fails, the result is kept in
 * .test-artifacts/e2e/<prefix>result.json (registered as an `after` hook of the suite).
 */
export function resultChecks(prefix: string, run: () => (EditorRun & { dir: string }) | undefined): (name: string, fn: () => void) => void {
  let failed = false;
  after(() => {
    const r = run();
    if (failed && r?.raw) writeFileSync(join(artifactsDir(), `${prefix}result.json`), r.raw);
    if (r?.dir) rmSync(r.dir, { recursive: true, force: true });
  });
  return (name, fn) =>
    test(name, () => {
      try {
        fn();
      } catch (e) {
        failed = true;
        throw e;
      }
    });
}
