// The command line and the project configuration: found from the report upward, applied,
// printed with its sources; a broken one stops the run with its location; folders, binary files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { RULES } from '@communique/core';
import { repoRoot } from '../helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'communique-config-'));
after(() => rmSync(work, { recursive: true, force: true }));

function write(rel: string, text: string | Buffer): void {
  mkdirSync(dirname(join(work, rel)), { recursive: true });
  writeFileSync(join(work, rel), text);
}
function cli(args: string[], cwd = work): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LC_ALL: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REPORT = 'General Secretary Nguyen Phu Trong met the press. Resolution 99-NQ/TW was cited.\n';

test('the nearest configuration applies to the reports below it: severities, report date, exclusions', () => {
  write('p/.git/HEAD', 'ref: refs/heads/main\n');
  write('p/.communique/config.yaml', 'rules: { citation/unknown: off }\nreportDate: 2023-06-01\nexclude: ["old/**"]\n');
  write('p/reports/a.md', REPORT);
  write('p/old/b.md', REPORT);
  const r = cli(['check', '--format', 'json', 'p']);
  const files = JSON.parse(r.stdout) as { file: string; findings: { ruleId: string }[] }[];
  assert.deepEqual(
    files.map((f) => f.file),
    ['p/reports/a.md'],
    'old/ is excluded',
  );
  // Nguyen Phu Trong was General Secretary on 2023-06-01, and citation/unknown is off.
  assert.deepEqual(files[0]!.findings, []);
  assert.equal(r.status, 0);
  // Named on the command line, an excluded report says why it is not checked.
  const named = cli(['check', 'p/old/b.md']);
  assert.match(named.stderr, /p\/old\/b\.md is not checked: excluded by p\/\.communique\/config\.yaml/);
  // Flags layer over the configuration; --no-config leaves it out.
  assert.match(cli(['check', '--date', '2025-06-01', 'p/reports/a.md']).stdout, /title\/holder-mismatch/);
  assert.match(cli(['check', '--no-config', 'p/reports/a.md']).stdout, /citation\/unknown/);
});

test('the project folder’s packs are read, as in the editor', () => {
  write(
    'q/.communique/house.yaml',
    'terms:\n  - id: house-blue\n    name: { en: blue economy }\n    wrong: [{ form: blueish economy, fix: blue economy }]\n    source: { publisher: House, title: Glossary, date: 2025-01-01, url: "https://example.org/g" }\n    confidence: high\n',
  );
  write('q/r.md', 'The blueish economy grows.\n');
  assert.match(cli(['check', 'q/r.md']).stdout, /term\/non-canonical “blueish economy” should be “blue economy”/);
});

test('a broken configuration stops the run with its file, line and column (exit 2)', () => {
  write('bad/.communique/config.yaml', 'rules:\n  citation/unknown: loud\n');
  write('bad/r.md', REPORT);
  const r = cli(['check', 'bad/r.md']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\/\.communique\/config\.yaml:2:21 error vocab\/config The severity of citation\/unknown is one of error, warning, information, hint, off, not “loud”/);
  assert.match(r.stderr, /nothing was checked/);
  assert.equal(r.stdout, '');
});

test('config print shows what applies to a file and where each value comes from', () => {
  const r = cli(['config', 'print', 'p/reports/a.md']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /configuration: p\/\.communique\/config\.yaml/);
  assert.match(r.stdout, /reportDate\s+2023-06-01\s+p\/\.communique\/config\.yaml:2/);
  assert.match(r.stdout, /citation\/unknown\s+off\s+p\/\.communique\/config\.yaml:1/);
  assert.match(r.stdout, /citation\/type-mismatch\s+error\s+default/);
  const flagged = JSON.parse(cli(['config', 'print', '--format', 'json', '--date', '2025-01-01', 'p/reports/a.md']).stdout) as { reportDate: { value: string; from: string } };
  assert.deepEqual(flagged.reportDate, { value: '2025-01-01', from: '--date' });
  assert.match(cli(['config', 'print', 'p/old/b.md']).stdout, /not checked: excluded/);
});

test('rules lists the registry, also as JSON', () => {
  const rows = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { id: string; defaultSeverity: string; docs: string }[];
  assert.deepEqual(
    rows.map((r) => r.id),
    RULES.map((r) => r.id),
  );
  assert.equal(rows[0]!.docs, `docs/rules/${rows[0]!.id}.md`);
  assert.match(cli(['rules']).stdout, /^citation\/date-mismatch\s+error\s+/m);
});

test('a binary file is not checked and says so once; bytes that are not UTF-8 are located', () => {
  write('bin/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  write('bin/latin.md', Buffer.concat([Buffer.from('The Politburo met in Hà Nội.\nCaf'), Buffer.from([0xe9]), Buffer.from(' crème.\n')]));
  const r = cli(['check', 'bin/image.md', 'bin/latin.md']);
  assert.equal(
    r.stdout,
    'bin/image.md:1:1 warning text/unchecked Not checked: it is a binary file (it contains NUL bytes), not a report.\n' +
      'bin/latin.md:2:4 warning text/unchecked Not checked: a byte here is not valid UTF-8 and was read as “\uFFFD”; save the file as UTF-8.\n' +
      '0 errors, 2 warnings, 0 notes in 2 files\n',
  );
});
