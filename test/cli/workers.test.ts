// `communique check` over many files: worker threads give exactly the single-thread output,
// and the progress bar is drawn only on a terminal outside CI. Runs the bundled dist/cli.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'communique-workers-'));
const sample = readFileSync(join(repoRoot(), 'examples/sample-report.md'), 'utf8');

/** The environment without CI and COMMUNIQUE_WORKERS, plus `extra`. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['CI', 'COMMUNIQUE_WORKERS']) if (!(k in extra)) delete e[k];
  return e;
}

function cli(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: env(extra), timeout: 120_000 });
  if (r.error) throw r.error;
  return r;
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs --tests first`);
  // 36 reports that differ from each other: the sample, cut at different lines, some as plain text,
  // some clean, one with a Vietnamese paragraph first.
  const lines = sample.split('\n');
  mkdirSync(join(work, 'reports/sub'), { recursive: true });
  for (let i = 0; i < 36; i++) {
    const cut = lines.slice(0, 10 + ((i * 7) % (lines.length - 10))).join('\n');
    const name = i % 5 === 0 ? `reports/sub/r${String(i).padStart(2, '0')}.txt` : `reports/r${String(i).padStart(2, '0')}.md`;
    const text = i % 9 === 0 ? 'Nothing to report.\n' : i % 4 === 0 ? `Bộ Chính trị đã ban hành Chỉ thị số 34-NQ/TW.\n\n${cut}\n` : `${cut}\n`;
    writeFileSync(join(work, name), text);
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('worker threads', () => {
  for (const format of ['pretty', 'json', 'sarif']) {
    test(`--format ${format}: the worker path prints exactly what one thread prints`, () => {
      const args = ['check', '--format', format, '--date', '2024-11-05', 'reports/**/*.md', 'reports/**/*.txt', 'missing.md'];
      const one = cli(args, { COMMUNIQUE_WORKERS: '0' });
      const three = cli(args, { COMMUNIQUE_WORKERS: '3' });
      assert.equal(one.status, 2, one.stderr); // missing.md cannot be read
      assert.ok(one.stdout.length > 1000, one.stdout);
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.status, one.status);
      // The forced run says it used workers (so this is not one thread twice); the other says nothing of it.
      assert.match(three.stderr, /^communique: 37 files on 3 worker threads$/m);
      assert.doesNotMatch(one.stderr, /worker/);
      assert.equal(three.stderr.replace(/^communique: \d+ files on \d+ worker threads\n/m, ''), one.stderr);
    });
  }

  test('files come out in input order: each glob sorted, then the next argument', () => {
    const r = cli(['check', '--format', 'json', 'reports/**/*.txt', 'reports/*.md'], { COMMUNIQUE_WORKERS: '2' });
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    const txt = files.filter((f) => f.endsWith('.txt'));
    const md = files.filter((f) => f.endsWith('.md'));
    assert.deepEqual(files, [...txt, ...md]);
    assert.deepEqual(txt, [...txt].sort());
    assert.deepEqual(md, [...md].sort());
    assert.equal(files.length, 36);
  });

  test('standard input among the files keeps its place', () => {
    const args = ['check', '--format', 'json', 'reports/r01.md', '-', 'reports/r02.md'];
    const input = 'The Ministry Politic met.\n';
    const one = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: env({ COMMUNIQUE_WORKERS: '0' }), input });
    const two = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: env({ COMMUNIQUE_WORKERS: '2' }), input });
    assert.equal(two.stdout, one.stdout);
    assert.deepEqual(
      (JSON.parse(one.stdout) as { file: string }[]).map((f) => f.file),
      ['reports/r01.md', '<stdin>', 'reports/r02.md'],
    );
  });
});

describe('progress bar', () => {
  const args = ['check', '--date', '2024-11-05', 'reports/**/*.md'];

  test('not drawn when standard error is not a terminal', () => {
    const r = cli(args);
    assert.doesNotMatch(r.stderr, /files|\r|\x1b/);
    assert.equal(r.stderr, '');
  });

  /** Runs the CLI with a pseudo-terminal for its standard streams (util-linux `script`); returns what the terminal got. */
  const inTerminal = (extra: Record<string, string>): string => {
    const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8', env: env(extra), timeout: 120_000 });
    if (r.error) throw r.error;
    return r.stdout;
  };

  test('drawn on a terminal, then erased before the summary', () => {
    const out = inTerminal({});
    assert.match(out, /\r\[#+-*\] \d+\/28 files/);
    assert.match(out, /\[#{30}\] 28\/28 files\r\x1b\[K/);
    assert.match(out, /in 28 files\r?\n$/);
  });

  test('not drawn on a terminal in CI', () => {
    const out = inTerminal({ CI: 'true' });
    assert.doesNotMatch(out, /\/28 files/);
    assert.match(out, /in 28 files\r?\n$/);
  });
});
