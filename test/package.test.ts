// `npm run package` makes an installable .vsix: bundles with source maps (desktop and web), the
// pack and its schema, the grammar and snippets, and no node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers';

/** File names in a zip archive, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a zip end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

test('the .vsix holds the bundles (desktop and web), the vocabulary pack and schema, and no node_modules', () => {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'communique-vsix-'));
  try {
    const out = join(dir, 'communique.vsix');
    // The bundles were just built by the test command; package them as they are.
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const names = zipEntries(readFileSync(out));
    for (const expected of [
      'extension/package.json',
      'extension/dist/client.js',
      'extension/dist/client.js.map',
      'extension/dist/server.js',
      'extension/dist/server.js.map',
      'extension/dist/server-main.js',
      'extension/dist/server-main.js.map',
      'extension/dist/cli.js',
      'extension/dist/cli-main.js',
      'extension/dist/cli-main.js.map',
      'extension/dist/builtin-pack.json',
      'extension/dist/web/client.js',
      'extension/dist/web/client.js.map',
      'extension/dist/web/server.js',
      'extension/dist/web/server.js.map',
      'extension/vocabulary/pack.schema.json',
      'extension/schemas/config.schema.json',
      'extension/docs/rules/README.md',
      'extension/docs/rules/citation/type-mismatch.md',
      'extension/docs/rules/text/unchecked.md',
      'extension/vocabulary/builtin/documents.yaml',
      'extension/vocabulary/builtin/offices/state.yaml',
      'extension/syntaxes/communique.injection.tmLanguage.json',
      'extension/snippets/communique.code-snippets',
      'extension/readme.md',
    ]) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
    assert.deepEqual(
      names.filter((n) => n.includes('node_modules') || n.includes('/src/') || n.includes('/test/')),
      [],
    );
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.browser, './dist/web/client.js');
    // The project configuration has its own schema, and is not validated as a pack.
    const yamlValidation = manifest.contributes.yamlValidation as { fileMatch: string[]; url: string }[];
    assert.deepEqual(yamlValidation.find((v) => v.url === './schemas/config.schema.json')?.fileMatch, ['.communique/config.yaml', '.communique/config.yml']);
    assert.ok(yamlValidation.find((v) => v.url === './vocabulary/pack.schema.json')?.fileMatch.includes('!**/.communique/config.yaml'));
    assert.notEqual(manifest.capabilities.virtualWorkspaces.supported, false, 'vscode.dev and github.dev open virtual workspaces');
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    for (const contributed of [
      ...manifest.contributes.grammars,
      ...manifest.contributes.snippets,
      ...manifest.contributes.yamlValidation.map((y: { url: string }) => ({ path: y.url })),
    ]) {
      assert.ok(names.includes(`extension/${contributed.path.replace(/^\.\//, '')}`), `${contributed.path} is packaged`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the web bundles load no Node built-in and carry the built-in pack', () => {
  const root = repoRoot();
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const bundle of ['dist/web/client.js', 'dist/web/server.js']) {
    const code = readFileSync(join(root, bundle), 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    assert.deepEqual(
      required.filter((r) => builtins.has(r) || builtins.has(r.split('/')[0]!)),
      [],
      bundle,
    );
    assert.doesNotMatch(code, /\b__dirname\b|\b__filename\b/, `${bundle}: Node's module globals`);
  }
  // The client needs only the vscode module; the server is a worker script (no module system at all).
  const client = readFileSync(join(root, 'dist/web/client.js'), 'utf8');
  assert.deepEqual([...new Set([...client.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))], ['vscode']);
  const server = readFileSync(join(root, 'dist/web/server.js'), 'utf8');
  assert.match(server, /^"use strict";\s*\(\(\)\s*=>\s*\{/, 'an immediately invoked function');
  assert.match(server, /34-NQ\/TW/, 'the built-in pack is inside');
});

test('every bundle is ASCII, so that V8 keeps its source at one byte a character', () => {
  const root = repoRoot();
  for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/web/client.js', 'dist/web/server.js']) {
    const code = readFileSync(join(root, bundle), 'utf8');
    const at = code.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${bundle}: non-ASCII ${JSON.stringify(code.slice(Math.max(0, at - 30), at + 10))}`);
  }
  // That the escapes keep their meaning (Đ in the citation grammar) is what every other test checks:
  // the test files are bundled by the same build.
});
