// The language server's V8 code cache (server/src/node/start.ts → launch.ts → dist/server-main.js),
// through dist/server.js as editors start it: a session with no cache writes one at exit, the next
// session starts from it (without writing it again) and publishes the same diagnostics; none with
// COMMUNIQUE_NO_CACHE=1. The cache file's own checks (damage, owners, pruning) are the command
// line's, tested in test/cli/codeCache.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { open, startServer } from './lspClient';

const work = mkdtempSync(join(tmpdir(), 'communique-server-code-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));
const codeDir = (cacheDir: string): string => join(cacheDir, 'communique', 'code');
const files = (cacheDir: string): string[] => (existsSync(codeDir(cacheDir)) ? readdirSync(codeDir(cacheDir)).sort() : []);

/** One editing session: the diagnostics of a report, then shutdown and exit. */
async function session(cacheDir: string, noCache = ''): Promise<Diagnostic[]> {
  const server = await startServer({ env: { COMMUNIQUE_CACHE_DIR: cacheDir, COMMUNIQUE_NO_CACHE: noCache, NODE_OPTIONS: '' } });
  try {
    const uri = 'file:///code-cache/report.md';
    const published = server.diagnostics(uri);
    await open(server, uri, 'The Politburo adopted Resolution No. 32-CT/TW. The Ministry Politic met.\n');
    return (await published).diagnostics;
  } finally {
    await server.stop();
  }
}

test('a session with no code cache writes one at exit; the next starts from it and publishes the same', async () => {
  const dir = join(work, 'cache');
  const first = await session(dir);
  assert.equal(first.length, 2);
  const names = files(dir);
  assert.equal(names.length, 1, names.join(', '));
  assert.match(names[0]!, /^[0-9a-f]{16}-server-[0-9a-f]{16}\.bin$/);
  const file = join(codeDir(dir), names[0]!);
  const written = statSync(file);
  assert.ok(written.size > 100_000, `${written.size} bytes of bytecode`);
  const bytes = readFileSync(file);
  const longAgo = new Date(Date.now() - 30 * 86_400_000);
  utimesSync(file, longAgo, longAgo);

  assert.deepEqual(await session(dir), first);
  const after = statSync(file);
  assert.equal(after.ino, written.ino, 'accepted, so not written again');
  assert.deepEqual(readFileSync(file), bytes);
  assert.ok(after.mtimeMs > longAgo.getTime() + 1000, 'marked as used');
  assert.deepEqual(files(dir), names);
});

test('COMMUNIQUE_NO_CACHE=1: no code cache is read or written', async () => {
  const dir = join(work, 'off');
  assert.equal((await session(dir, '1')).length, 2);
  assert.deepEqual(files(dir), []);
});
