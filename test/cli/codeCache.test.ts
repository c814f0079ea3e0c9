// The command line's V8 code cache (cli/src/launch.ts, cli/src/codeCache.ts), through dist/cli.js
// as users run it: one file written by a run that had none, used (not written again) by the next
// with the same output; a damaged, truncated or rejected file replaced; nothing with
// COMMUNIQUE_NO_CACHE=1 or source maps on; a cache folder that cannot be written, or that others
// may write, never breaks a run; a bundle changed after the build never gets the build's cache;
// the folder pruned; worker threads and stack traces as without the launcher.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { encodeCodeCache, MAX_CODE_CACHE_FILES } from '../../server/src/node/codeCache';
import { repoRoot } from '../helpers';

const root = repoRoot();
const CLI = join(root, 'dist/cli.js');
const SAMPLE = join(root, 'examples/sample-report.md');
const work = mkdtempSync(join(tmpdir(), 'communique-code-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;
const posix = typeof process.getuid === 'function';

let fresh = 0;
/** A new, empty COMMUNIQUE_CACHE_DIR. */
const newCacheDir = (): string => join(work, `cache-${fresh++}`);
/** Where the code cache lives under a COMMUNIQUE_CACHE_DIR. */
const codeDir = (cacheDir: string): string => join(cacheDir, 'communique', 'code');
const files = (cacheDir: string): string[] => (existsSync(codeDir(cacheDir)) ? readdirSync(codeDir(cacheDir)).sort() : []);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cacheDir: string, extra: Record<string, string> = {}, node: string[] = [], launcher = CLI): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, COMMUNIQUE_CACHE_DIR: cacheDir, COMMUNIQUE_NO_CACHE: '', ...extra };
  // The cache file's name depends on Node's flags; these would also turn it off (source maps).
  if (!('NODE_OPTIONS' in extra)) delete env.NODE_OPTIONS;
  if (!('COMMUNIQUE_WORKERS' in extra)) delete env.COMMUNIQUE_WORKERS;
  delete env.CI;
  const r = spawnSync(process.execPath, [...node, launcher, ...args], { cwd: work, encoding: 'utf8', env, timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CHECK = ['check', '--format', 'json', '--date', '2024-11-05', SAMPLE];
/** The same check with no cache of any kind: what every run must print. */
let expected: Run;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs --tests first`);
  expected = cli(CHECK, newCacheDir(), { COMMUNIQUE_NO_CACHE: '1' });
  assert.equal(expected.status, 1, expected.stderr); // the sample has an error-level finding
  assert.equal((JSON.parse(expected.stdout) as { findings: unknown[] }[])[0]!.findings.length, 8);
});

const same = (r: Run, what: string): void => {
  assert.equal(r.stdout, expected.stdout, `${what}: output`);
  assert.equal(r.stderr, expected.stderr, `${what}: standard error`);
  assert.equal(r.status, expected.status, `${what}: exit code`);
};

/** The one cache file a check wrote in `cacheDir`. */
function onlyFile(cacheDir: string): string {
  const names = files(cacheDir);
  assert.equal(names.length, 1, names.join(', '));
  assert.match(names[0]!, /^[0-9a-f]{16}-check-[0-9a-f]{16}\.bin$/);
  return join(codeDir(cacheDir), names[0]!);
}

const longAgo = new Date(Date.now() - 30 * 86_400_000);

describe('the code cache', () => {
  test('a run with an empty cache folder writes one file, private to the user; the next run uses it and prints the same', () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir), 'first run');
    const file = onlyFile(dir);
    const written = statSync(file);
    assert.ok(written.size > 100_000, `${written.size} bytes of bytecode`);
    if (posix) {
      assert.equal(written.mode & 0o777, 0o600);
      assert.equal(statSync(codeDir(dir)).mode & 0o777, 0o700);
    }
    const bytes = readFileSync(file);
    utimesSync(file, longAgo, longAgo);

    same(cli(CHECK, dir), 'second run');
    const after = statSync(file);
    assert.equal(after.ino, written.ino, 'accepted, so not written again');
    assert.deepEqual(readFileSync(file), bytes);
    assert.ok(after.mtimeMs > longAgo.getTime() + 1000, 'marked as used');
    assert.equal(files(dir).length, 1);
  });

  test('a truncated, damaged or rejected file is not used, the output is the same, and the file is written again', () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir), 'first run');
    const file = onlyFile(dir);
    const good = readFileSync(file);

    truncateSync(file, 100);
    same(cli(CHECK, dir), 'truncated');
    assert.ok(statSync(file).size > 100_000, 'written again whole');

    // The same length with bytes changed in the middle: V8 does not checksum its cache (this would crash it).
    const damaged = Buffer.from(good);
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 256; i++) damaged[i]! ^= 0x5a;
    writeFileSync(file, damaged);
    same(cli(CHECK, dir), 'damaged');
    const rewritten = readFileSync(file);
    assert.notDeepEqual(rewritten, damaged, 'written again');
    assert.equal(rewritten.length > 100_000, true);

    // Intact as a file, but data V8 itself rejects (not a code cache of this V8).
    writeFileSync(file, encodeCodeCache(Buffer.alloc(4096, 0x41)));
    const before = statSync(file).ino;
    same(cli(CHECK, dir), 'rejected by V8');
    assert.notEqual(statSync(file).ino, before, 'written again');
    assert.ok(statSync(file).size > 100_000);
    assert.deepEqual(files(dir), [file.replace(/^.*\//, '')], 'no temporary file left');
  });

  test('COMMUNIQUE_NO_CACHE=1 writes nothing', () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir, { COMMUNIQUE_NO_CACHE: '1' }), 'no cache');
    assert.equal(existsSync(dir), false, existsSync(dir) ? readdirSync(dir, { recursive: true }).join(', ') : '');
  });

  test('with source maps on, no cache is used or written (Node maps only what it loads itself)', () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir, {}, ['--enable-source-maps']), '--enable-source-maps');
    same(cli(CHECK, dir, { NODE_OPTIONS: '--enable-source-maps' }), 'NODE_OPTIONS=--enable-source-maps');
    assert.deepEqual(files(dir), []);
  });

  test('each kind of command has its own file: what a run compiles depends on it', () => {
    const dir = newCacheDir();
    const version = cli(['--version'], dir);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    assert.equal(cli(['vocab', 'validate', join(root, 'vocabulary/builtin')], dir).status, 0);
    same(cli(CHECK, dir), 'check');
    assert.deepEqual(
      files(dir).map((f) => f.split('-')[1]),
      ['check', 'other', 'vocab'],
    );
    assert.equal(cli(['--version'], dir).stdout, version.stdout);
    assert.equal(files(dir).length, 3);
  });

  test('a cache folder that cannot be created or written does not break the run', () => {
    // Under a regular file: the folder cannot be made (ENOTDIR), whoever runs the test.
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, '');
    same(cli(CHECK, join(blocker, 'cache')), 'cache folder under a file');

    // The cache file's own name taken by a folder: nothing to read, and the renamed file cannot land.
    const dir = newCacheDir();
    same(cli(CHECK, dir), 'first run');
    const file = onlyFile(dir);
    rmSync(file);
    mkdirSync(join(file, 'occupied'), { recursive: true });
    same(cli(CHECK, dir), 'cache file is a folder');
    assert.deepEqual(files(dir), [file.replace(/^.*\//, '')], 'no temporary file left behind');

    // A read-only folder (root may write it anyway).
    const ro = newCacheDir();
    mkdirSync(codeDir(ro), { recursive: true, mode: 0o700 });
    chmodSync(codeDir(ro), 0o500);
    try {
      same(cli(CHECK, ro), 'read-only folder');
      if (!isRoot) assert.deepEqual(files(ro), []);
    } finally {
      chmodSync(codeDir(ro), 0o700);
    }
  });

  test('a folder or a file that others may write is neither trusted nor used', { skip: !posix && 'POSIX owners and modes' }, () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir), 'first run');
    const file = onlyFile(dir);
    const ino = statSync(file).ino;

    // A folder anyone may write: the file in it is not read (not marked as used) and nothing is written.
    chmodSync(codeDir(dir), 0o777);
    utimesSync(file, longAgo, longAgo);
    same(cli(CHECK, dir), 'world-writable folder');
    assert.equal(statSync(file).ino, ino, 'not written');
    assert.ok(Math.abs(statSync(file).mtimeMs - longAgo.getTime()) < 1000, 'not read (not marked as used)');
    chmodSync(codeDir(dir), 0o700);

    // A file others may write, in the user's own folder: not read, and replaced by a private one.
    chmodSync(file, 0o666);
    same(cli(CHECK, dir), 'group- and world-writable file');
    assert.notEqual(statSync(file).ino, ino, 'written again');
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  test('a folder another user owns is neither read nor written', { skip: !isRoot && 'needs root to give a folder away' }, () => {
    const dir = newCacheDir();
    same(cli(CHECK, dir), 'first run');
    const file = onlyFile(dir);
    const ino = statSync(file).ino;
    chownSync(codeDir(dir), 65534, 65534);
    utimesSync(file, longAgo, longAgo);
    same(cli(CHECK, dir), 'foreign folder');
    assert.equal(statSync(file).ino, ino, 'not written');
    assert.ok(Math.abs(statSync(file).mtimeMs - longAgo.getTime()) < 1000, 'not read (not marked as used)');

    // A file another user owns, in the user's folder: not read, replaced.
    chownSync(codeDir(dir), 0, 0);
    chownSync(file, 65534, 65534);
    same(cli(CHECK, dir), 'foreign file');
    assert.equal(statSync(file).uid, 0);
    assert.notEqual(statSync(file).ino, ino);
  });

  test(`the folder keeps the ${MAX_CODE_CACHE_FILES} most recently used files, and drops temporary files left by dead runs`, () => {
    const dir = newCacheDir();
    mkdirSync(codeDir(dir), { recursive: true, mode: 0o700 });
    for (let i = 0; i < MAX_CODE_CACHE_FILES + 4; i++) {
      const f = join(codeDir(dir), `${String(i).padStart(16, '0')}-check-0000000000000000.bin`);
      writeFileSync(f, 'old build', { mode: 0o600 });
      const t = new Date(longAgo.getTime() + i * 1000);
      utimesSync(f, t, t);
    }
    const deadTemp = join(codeDir(dir), 'x.bin.1.tmp');
    const liveTemp = join(codeDir(dir), 'x.bin.2.tmp');
    writeFileSync(deadTemp, '', { mode: 0o600 });
    utimesSync(deadTemp, longAgo, longAgo);
    writeFileSync(liveTemp, '', { mode: 0o600 });

    same(cli(CHECK, dir), 'run');
    const left = files(dir);
    const bins = left.filter((f) => f.endsWith('.bin'));
    assert.equal(bins.length, MAX_CODE_CACHE_FILES);
    assert.equal(bins.filter((f) => !f.startsWith('0000')).length, 1, "this build's file is kept");
    // The oldest went: the newest old ones are kept.
    for (let i = 0; i < 5; i++) assert.ok(!bins.includes(`${String(i).padStart(16, '0')}-check-0000000000000000.bin`), `old file ${i} pruned`);
    assert.ok(!left.includes('x.bin.1.tmp'), 'a temporary file of a run that died is removed');
    assert.ok(left.includes('x.bin.2.tmp'), "another run's fresh temporary file is left alone");
  });

  test('a bundle changed after the build never gets the build’s cache: it is loaded with require', () => {
    const dir = newCacheDir();
    assert.equal(cli(['--version'], dir).status, 0);
    const [cached] = files(dir);
    const ino = statSync(join(codeDir(dir), cached!)).ino;

    // The launcher beside a bundle of the same length that prints another version: V8 checks only the length.
    const copy = join(work, 'edited-dist');
    mkdirSync(copy, { recursive: true });
    copyFileSync(CLI, join(copy, 'cli.js'));
    const bundle = readFileSync(join(root, 'dist/cli-main.js'), 'utf8');
    const version = cli(['--version'], dir).stdout.trim();
    const other = version.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    const edited = bundle.replaceAll(JSON.stringify(version), JSON.stringify(other));
    assert.notEqual(edited, bundle);
    assert.equal(edited.length, bundle.length);
    writeFileSync(join(copy, 'cli-main.js'), edited);

    const r = cli(['--version'], dir, {}, [], join(copy, 'cli.js'));
    assert.equal(r.stdout.trim(), other, r.stderr);
    assert.deepEqual(files(dir), [cached], 'nothing written for it');
    assert.equal(statSync(join(codeDir(dir), cached!)).ino, ino);
  });

  test('stack traces name the bundle at its own lines, and with --enable-source-maps the TypeScript sources', () => {
    const dir = newCacheDir();
    const preload = join(work, 'throwing-stdout.cjs');
    writeFileSync(preload, "process.stdout.write = () => { throw new Error('injected'); };\n");
    let ino: number | undefined;
    for (const run of ['compiled, cache written at exit', 'from the cache']) {
      const r = cli(['--version'], dir, {}, ['--require', preload]);
      assert.equal(r.status, 2, run);
      const frame = /\((.*\/dist\/cli-main\.js):(\d+):(\d+)\)/.exec(r.stderr);
      assert.ok(frame, r.stderr);
      const line = readFileSync(frame[1]!, 'utf8').split('\n')[Number(frame[2]) - 1]!;
      assert.match(line, /process\.stdout\.write/, `${run}: ${frame[0]}: ${line}`);
      assert.match(line.slice(Number(frame[3]) - 1), /^write\(/, `${run}: ${frame[0]}: ${line}`);
      const [file] = files(dir);
      assert.ok(file, run);
      ino ??= statSync(join(codeDir(dir), file)).ino;
      assert.equal(statSync(join(codeDir(dir), file)).ino, ino, 'used the second time, not written again');
    }

    const mapped = cli(['--version'], dir, {}, ['--enable-source-maps', '--require', preload]);
    const source = /\((.*\/cli\/src\/main\.ts):(\d+):(\d+)\)/.exec(mapped.stderr);
    assert.ok(source, mapped.stderr);
    const line = readFileSync(source[1]!, 'utf8').split('\n')[Number(source[2]) - 1]!;
    assert.match(line.slice(Number(source[3]) - 1), /^write\(/);
  });
});

describe('worker threads under the launcher', () => {
  const reports = join(work, 'many');
  before(() => {
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    mkdirSync(reports, { recursive: true });
    for (let i = 0; i < 210; i++) writeFileSync(join(reports, `r${String(i).padStart(3, '0')}.md`), `${lines.slice(0, 8 + (i % (lines.length - 8))).join('\n')}\n`);
  });

  test('210 files on worker threads print what one thread prints, with and without a code cache', () => {
    const args = ['check', '--format', 'json', '--date', '2024-11-05', join(reports, '*.md')];
    const dir = newCacheDir();
    const one = cli(args, dir, { COMMUNIQUE_WORKERS: '0' });
    assert.equal(one.status, 1, one.stderr);
    assert.equal((JSON.parse(one.stdout) as unknown[]).length, 210);
    for (const run of ['cache written', 'from the cache']) {
      const two = cli(args, dir, { COMMUNIQUE_WORKERS: '2' });
      assert.equal(two.stdout, one.stdout, run);
      assert.equal(two.status, one.status);
      assert.equal(two.stderr, 'communique: 210 files on 2 worker threads\n', run);
    }
    // As many workers as the machine allows (none on one core): the same output.
    assert.equal(cli(args, dir).stdout, one.stdout);
    assert.equal(cli(args, newCacheDir(), { COMMUNIQUE_NO_CACHE: '1', COMMUNIQUE_WORKERS: '2' }).stdout, one.stdout);
    assert.equal(files(dir).length, 1);
  });
});

test('dist/cli-main.js runs as the main module, and does nothing when required', () => {
  const bundle = join(root, 'dist/cli-main.js');
  const direct = spawnSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' });
  assert.equal(direct.status, 0, direct.stderr);
  assert.match(direct.stdout, /^\d+\.\d+\.\d+\n$/);
  const required = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(bundle)}); process.stdout.write(typeof m.runCli)`, '--', '--version'], {
    encoding: 'utf8',
  });
  assert.equal(required.stdout, 'function', required.stderr);
});

test('a bin link to dist/cli.js finds the bundle, also with --preserve-symlinks-main', () => {
  const link = join(work, 'bin', 'communique');
  mkdirSync(join(work, 'bin'), { recursive: true });
  symlinkSync(CLI, link);
  const dir = newCacheDir();
  for (const node of [[], ['--preserve-symlinks-main']]) {
    const r = cli(['--version'], dir, {}, node, link);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  }
  assert.equal(files(dir).length, 2, 'each set of flags has its cache');
});
