// Grammar tests: runs the command-line tools of vscode-tmgrammar-test over the files in
// test/grammar (read from there, not bundled).
//   - test/grammar/*.md, *.txt: unit tests, source lines followed by `^` scope assertions (the
//     header line names the host scope: text.html.markdown or text.plain).
//   - test/grammar/snap/*.md: snapshot tests, compared with the .snap file beside each. After a
//     deliberate change of the grammar, regenerate them (and review the diff) with
//       node node_modules/vscode-tmgrammar-test/dist/snapshot.js --config package.json \
//         -g test/grammar/host/markdown.tmLanguage.json -g syntaxes/plaintext.tmLanguage.json \
//         -s text.html.markdown --updateSnapshot 'test/grammar/snap/*.md'
// The injection grammar and its injectTo come from package.json, as in VS Code. The hosts are
// given with -g: VS Code's Markdown grammar (a copy in test/grammar/host, see its README) and
// syntaxes/plaintext.tmLanguage.json (VS Code has no grammar for plain text).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers';

const root = repoRoot();
const HOSTS = ['test/grammar/host/markdown.tmLanguage.json', 'syntaxes/plaintext.tmLanguage.json'];
/** Scopes the tests need; "grammar not found" for any other (languages embedded in Markdown) is noise. */
const OWN_SCOPES = ['text.html.markdown', 'text.plain', 'text.communique.injection'];

/** The JS file of one of the package's commands, from its package.json `bin`. */
function bin(command: 'vscode-tmgrammar-test' | 'vscode-tmgrammar-snap'): string {
  const manifest = createRequire(join(root, 'package.json')).resolve('vscode-tmgrammar-test/package.json');
  const bins = JSON.parse(readFileSync(manifest, 'utf8')).bin as Record<string, string>;
  const file = bins[command];
  assert.ok(file, `vscode-tmgrammar-test has no ${command} command`);
  return join(dirname(manifest), file);
}

function run(command: Parameters<typeof bin>[0], args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [bin(command), '--config', 'package.json', ...HOSTS.flatMap((g) => ['-g', g]), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  const output = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((line) => !/^grammar not found for "/.test(line) || OWN_SCOPES.some((s) => line.includes(`"${s}"`)))
    .join('\n');
  return { status: r.status, output };
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

test('scope assertions in test/grammar/*.md and *.txt hold', () => {
  const cases = files('test/grammar', /\.(md|txt)$/);
  assert.ok(cases.some((f) => f.endsWith('.md')) && cases.some((f) => f.endsWith('.txt')), `test cases: ${cases.join(', ')}`);
  const r = run('vscode-tmgrammar-test', cases);
  assert.equal(r.status, 0, `vscode-tmgrammar-test failed:\n${r.output}`);
  for (const f of cases) assert.match(r.output, new RegExp(`✓ ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} run successfuly`), `${f} was run:\n${r.output}`);
});

test('snapshots in test/grammar/snap match', () => {
  const cases = files('test/grammar/snap', /\.md$/);
  assert.ok(cases.length > 0, 'snapshot test cases');
  // Without its .snap, the tool would write one and pass: a missing snapshot is a failure here.
  for (const f of cases)
    assert.ok(existsSync(join(root, `${f}.snap`)), `${f}.snap is missing: generate it with --updateSnapshot (see the top of test/grammar/grammar.test.ts) and review it`);
  const r = run('vscode-tmgrammar-snap', ['-s', 'text.html.markdown', ...cases]);
  assert.equal(r.status, 0, `vscode-tmgrammar-snap failed:\n${r.output}`);
  assert.doesNotMatch(r.output, /Generating snapshot|Updating snapshot/);
});

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { grammars?: Array<Record<string, unknown>> } };
const grammars = manifest.contributes?.grammars ?? [];

test('package.json injects the grammar into Markdown and plain text', () => {
  const injection = grammars.find((g) => g.scopeName === 'text.communique.injection');
  assert.deepEqual(injection?.injectTo, ['text.html.markdown', 'text.plain']);
});

// VS Code has no grammar for plain text: without this one, text.plain never exists and the
// injection does nothing in .txt reports. The tests above pass it with -g either way.
const PLAIN_TEXT_HOST = { language: 'plaintext', scopeName: 'text.plain', path: './syntaxes/plaintext.tmLanguage.json' };
const plainTextHost = grammars.find((g) => g.scopeName === 'text.plain');
if (plainTextHost) {
  test('package.json gives plain text a host grammar for the injection', () => {
    assert.deepEqual(plainTextHost, PLAIN_TEXT_HOST);
  });
} else {
  test.todo(`package.json gives plain text a host grammar for the injection: add ${JSON.stringify(PLAIN_TEXT_HOST)} to contributes.grammars`);
}
