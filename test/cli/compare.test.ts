// `communique compare SOURCE TARGET`, run as CI runs it: findings located in the target, each
// pointing at the original's sentence (pretty, JSON, SARIF relatedLocations), exit codes as
// `check`, usage errors.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { repoRoot } from '../helpers';

const root = repoRoot();
const CLI = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'communique-compare-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: work, timeout: 60_000, env: { ...process.env, LC_ALL: 'C' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ORIGINAL = `---
date: 2024-05-10
lang: vi
---
# Quan hệ Việt Nam – Nhật Bản

Ngày 27/11/2023, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện. Kim ngạch thương mại tăng 5,5%.

Bộ Chính trị đã ban hành Nghị quyết số 34-NQ/TW về đối ngoại.
`;
const FAITHFUL = `---
date: 2024-05-10
lang: en
translation-of: ./original.vi.md
---
# Vietnam–Japan relations

On November 27, 2023, the two countries upgraded ties to a Comprehensive Strategic Partnership. Trade grew by 5.5%.

The Politburo issued Resolution No. 34-NQ/TW on external affairs.
`;
const SLIPPED = FAITHFUL.replace('5.5%', '6.5%').replace('The Politburo', 'The Secretariat');
writeFileSync(join(work, 'original.vi.md'), ORIGINAL);
writeFileSync(join(work, 'faithful.en.md'), FAITHFUL);
writeFileSync(join(work, 'slipped.en.md'), SLIPPED);

test('a faithful translation: exit 0, no finding', () => {
  const r = cli(['compare', 'original.vi.md', 'faithful.en.md']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 errors, 0 warnings/);
});

test('pretty: each finding in the target, then the original it was compared with; exit 1 on errors', () => {
  const r = cli(['compare', 'original.vi.md', 'slipped.en.md']);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    /^slipped\.en\.md:8:\d+ error parallel\/number The original gives 5,5% here; the translation says 6\.5%\. \(fix: 5\.5\)\n {2}original\.vi\.md:7:\d+ \(original\)$/m,
  );
  assert.match(r.stdout, /^slipped\.en\.md:10:5 error parallel\/name .*Bộ Chính trị.*Secretariat.*\(fix: Politburo\)$/m);
});

test('json: the original as file, positions and offsets', () => {
  const r = cli(['compare', '--format', 'json', 'original.vi.md', 'slipped.en.md']);
  const [file] = JSON.parse(r.stdout) as {
    file: string;
    findings: { ruleId: string; original: { file: string; start: { line: number }; offset: { start: number; end: number } } }[];
  }[];
  assert.equal(file!.file, 'slipped.en.md');
  const number = file!.findings.find((f) => f.ruleId === 'parallel/number')!;
  assert.equal(number.original.file, 'original.vi.md');
  assert.equal(number.original.start.line, 7);
  assert.ok(ORIGINAL.slice(number.original.offset.start, number.original.offset.end).includes('5,5%'));
});

test('sarif: valid 2.1.0, the target as artifact, the original as a related location', () => {
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  const validate = ajv.compile(schema);
  const r = cli(['compare', '--format', 'sarif', 'original.vi.md', 'slipped.en.md']);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assert.ok(validate(log), ajv.errorsText(validate.errors));
  const results = log.runs[0]!.results!;
  assert.ok(results.length >= 2);
  for (const result of results) {
    assert.equal(result.locations![0]!.physicalLocation!.artifactLocation!.uri, 'slipped.en.md');
    const related = result.relatedLocations![0]!.physicalLocation!;
    assert.equal(related.artifactLocation!.uri, 'original.vi.md');
    assert.ok(related.region!.startLine! >= 1);
  }
  const ids = log.runs[0]!.tool.driver.rules!.map((x) => x.id);
  for (const id of ['parallel/number', 'parallel/date', 'parallel/citation', 'parallel/name', 'parallel/term', 'parallel/member', 'parallel/missing'])
    assert.ok(ids.includes(id), id);
});

test('usage: two files, readable; the severity settings of the target apply', () => {
  assert.equal(cli(['compare', 'original.vi.md']).status, 2);
  const missing = cli(['compare', 'nothing.md', 'slipped.en.md']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read nothing\.md/);
  writeFileSync(join(work, 'quiet.en.md'), SLIPPED.replace('translation-of:', 'communique: { rules: { parallel/*: off } }\ntranslation-of:'));
  const quiet = cli(['compare', 'original.vi.md', 'quiet.en.md']);
  assert.equal(quiet.status, 0, quiet.stdout);
});

test('the sample pair that npm start compares: its three planted discrepancies, nothing else', () => {
  const r = spawnSync(process.execPath, [CLI, 'compare', '--format', 'json', 'examples/sample-original.vi.md', 'examples/sample-translation.en.md'], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, LC_ALL: 'C' },
  });
  assert.equal(r.status, 1, r.stderr);
  const target = readFileSync(join(root, 'examples/sample-translation.en.md'), 'utf8');
  const [file] = JSON.parse(r.stdout) as { findings: { ruleId: string; offset: { start: number; end: number } }[] }[];
  assert.deepEqual(
    file!.findings.map((f) => `${f.ruleId} ${target.slice(f.offset.start, f.offset.end).slice(0, 20)}`),
    ['parallel/name Secretariat', 'parallel/number 6', 'parallel/member Party diplomacy and '],
  );
});
