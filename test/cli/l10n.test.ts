// The command line's help and usage errors follow the locale (LC_ALL, LC_MESSAGES, LANG): in
// Vietnamese under vi…, in English otherwise. Runs the bundled dist/cli.js as a process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { usage } from '../../cli/src/usage';
import { repoRoot } from '../helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'communique-l10n-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI with the environment less every locale variable, plus `locale`. */
function cli(args: string[], locale: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k === 'LANG' || k === 'LANGUAGE' || k.startsWith('LC_')) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: { ...env, ...locale }, timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help is Vietnamese under LANG=vi_VN.UTF-8, English under LANG=en_US.UTF-8 and with no locale set', () => {
  const vi = cli(['--help'], { LANG: 'vi_VN.UTF-8' });
  assert.equal(vi.status, 0, vi.stderr);
  assert.equal(vi.stdout, `${usage('vi')}\n`);
  assert.match(vi.stdout, /^Cách dùng:\n {2}communique check \[tùy chọn\] FILE\|FOLDER\|GLOB\|-\.\.\.\n/);
  assert.match(vi.stdout, /\n\nMã thoát: 0 /);
  for (const locale of [{ LANG: 'en_US.UTF-8' }, {}] as Record<string, string>[]) {
    const en = cli(['--help'], locale);
    assert.equal(en.status, 0, en.stderr);
    assert.equal(en.stdout, `${usage('en')}\n`, JSON.stringify(locale));
    assert.match(en.stdout, /^Usage:\n/);
  }
  // No command: the usage on standard output, exit 2, in the locale's language too.
  const bare = cli([], { LANG: 'vi_VN.UTF-8' });
  assert.equal(bare.status, 2);
  assert.equal(bare.stdout, `${usage('vi')}\n`);
});

test('LC_ALL, then LC_MESSAGES, then LANG decide', () => {
  assert.match(cli(['help'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' }).stdout, /^Cách dùng:/);
  assert.match(cli(['help'], { LANG: 'vi_VN.UTF-8', LC_ALL: 'C' }).stdout, /^Usage:/);
  assert.match(cli(['-h'], { LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' }).stdout, /^Cách dùng:/);
});

test('a usage error under vi is Vietnamese, with the Vietnamese usage, exit 2 and nothing on standard output', () => {
  const unknown = cli(['frobnicate', 'x.md'], { LANG: 'vi_VN.UTF-8' });
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.equal(unknown.stderr, `communique: Lệnh không xác định: frobnicate x.md\n\n${usage('vi')}\n`);

  const format = cli(['check', '--format', 'xml', 'x.md'], { LANG: 'vi_VN.UTF-8' });
  assert.equal(format.status, 2);
  assert.match(format.stderr, /^communique: --format phải là pretty, json hoặc sarif, không phải "xml"\n\nCách dùng:\n/);
  assert.doesNotMatch(format.stderr, /Usage:|must be/);

  const none = cli(['check'], { LC_ALL: 'vi_VN.UTF-8' });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^communique: lệnh check cần ít nhất một tệp, thư mục, mẫu glob hoặc - \(đầu vào chuẩn\)\n/);

  // An error of Node's argument parser, said in Vietnamese too.
  const option = cli(['rules', '--frobnicate'], { LANG: 'vi_VN.UTF-8' });
  assert.equal(option.status, 2);
  assert.match(option.stderr, /^communique: Tùy chọn không xác định: '--frobnicate'/);
  assert.match(option.stderr, /\n\nCách dùng:\n/);
});

test('the same usage errors in English under LANG=en_US.UTF-8 and with no locale set', () => {
  for (const locale of [{ LANG: 'en_US.UTF-8' }, {}] as Record<string, string>[]) {
    const format = cli(['check', '--format', 'xml', 'x.md'], locale);
    assert.equal(format.status, 2);
    assert.equal(format.stderr, `communique: --format must be pretty, json or sarif, not "xml"\n\n${usage('en')}\n`);
    const option = cli(['rules', '--frobnicate'], locale);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /^communique: Unknown option '--frobnicate'/);
  }
});
