// `npm run package` makes an installable .vsix: bundles with source maps, the pack and its
// schema, the grammar and snippets, and no node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

test('the .vsix holds the bundles, the vocabulary pack and schema, and no node_modules', () => {
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
      'extension/dist/cli.js',
      'extension/vocabulary/pack.schema.json',
      'extension/vocabulary/builtin/documents.yaml',
      'extension/syntaxes/communique.injection.tmLanguage.json',
      'extension/snippets/communique.code-snippets',
      'extension/readme.md',
    ]) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
    assert.deepEqual(names.filter((n) => n.includes('node_modules') || n.includes('/src/') || n.includes('/test/')), []);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.main, './dist/client.js');
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    for (const contributed of [...manifest.contributes.grammars, ...manifest.contributes.snippets, ...manifest.contributes.yamlValidation.map((y: { url: string }) => ({ path: y.url }))]) {
      assert.ok(names.includes(`extension/${contributed.path.replace(/^\.\//, '')}`), `${contributed.path} is packaged`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
