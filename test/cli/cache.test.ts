// The vocabulary cache on disk, through the command line as users run it: a pack is compiled
// once and restored afterwards with the same findings, a damaged entry is rebuilt, an edited pack
// is not served from the cache, and the folder keeps only the most recently used entries.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../helpers';

const CLI = join(repoRoot(), 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'communique-cache-'));
const cacheDir = join(work, 'cache');
/** Where diskVocabularyCache keeps its entries under COMMUNIQUE_CACHE_DIR. */
const entries = join(cacheDir, 'communique', 'packs');
after(() => rmSync(work, { recursive: true, force: true }));

const pack = join(work, 'house.yaml');
const report = join(work, 'report.md');
const PACK = 'terms:\n  - id: house\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: house style\n    confidence: high\n';
writeFileSync(pack, PACK);
writeFileSync(report, 'Its foreign relation works. The Ministry Politic met.\n');

function check(): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--vocab', pack, report], {
    encoding: 'utf8',
    env: { ...process.env, COMMUNIQUE_CACHE_DIR: cacheDir, COMMUNIQUE_NO_CACHE: '' },
  });
  return { status: r.status, stdout: r.stdout };
}
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.map((f) => f.ruleId);
const snapshots = (): string[] => readdirSync(entries).filter((f) => f.includes('-vocabulary-'));

test('a pack is compiled once, kept, and restored with the same findings; a damaged entry is rebuilt', () => {
  const first = check();
  assert.equal(first.status, 0, first.stdout); // warnings only
  assert.deepEqual(ruleIds(first.stdout), ['term/non-canonical', 'title/non-canonical']);
  assert.equal(snapshots().length, 1, 'the compiled vocabulary of the layers is kept');
  const [snapshot] = snapshots();
  const written = statSync(join(entries, snapshot!)).size;
  assert.ok(written > 1000);

  const second = check();
  assert.equal(second.stdout, first.stdout, 'restored from the cache, the same output');

  truncateSync(join(entries, snapshot!), 100);
  const third = check();
  assert.equal(third.stdout, first.stdout, 'a damaged entry is not used');
  assert.equal(statSync(join(entries, snapshot!)).size, written, 'and it is written again');

  writeFileSync(pack, PACK.replace('foreign relation works', 'Ministry of Relation'));
  const edited = check();
  assert.deepEqual(ruleIds(edited.stdout), ['title/non-canonical'], 'an edited pack is read anew, not served from the cache');
  assert.equal(snapshots().length, 2);
  writeFileSync(pack, PACK);
});

test('the cache keeps the 64 most recently used entries', () => {
  const old = new Date(Date.now() - 86_400_000);
  for (let i = 0; i < 70; i++) {
    const f = join(entries, `stale-${i}.bin`);
    writeFileSync(f, 'x');
    utimesSync(f, old, old);
  }
  // A new pack text: new entries are written, and the folder pruned after each.
  writeFileSync(pack, PACK.replace('house style', 'house style, 2026'));
  assert.equal(check().status, 0);
  const left = readdirSync(entries).filter((f) => f.endsWith('.bin'));
  assert.equal(left.length, 64);
  assert.ok(
    left.some((f) => f.includes('-vocabulary-')),
    'the entries just used are kept',
  );
  assert.ok(left.filter((f) => f.startsWith('stale-')).length < 70, 'the least recently used went');
});
