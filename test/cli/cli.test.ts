// The `communique` command line, run as a separate process exactly as CI pipelines run it:
// exit codes, the pretty / JSON / SARIF output contracts, inputs (files, globs, standard
// input, plain text), vocabulary layering, report front matter and suppression comments,
// `vocab validate`, and the sample report's planted mistakes.
//
// Built by `node scripts/build.mjs --tests` into out/test/cli/cli.test.js; it runs the
// bundled dist/cli.js that ships.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';

// ---------------------------------------------------------------------------------------
// Harness

function findRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'communique') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json named "communique" above ${__dirname}`);
    dir = parent;
  }
}

const root = findRoot();
const CLI = join(root, 'dist', 'cli.js');
const SAMPLE = 'examples/sample-report.md';
const work = mkdtempSync(join(tmpdir(), 'communique-cli-'));

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs --tests first`);
});
after(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` (default: the temp dir); standard input is `input` (default: empty). */
function cli(args: string[], opts: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    cwd: opts.cwd ?? work,
    timeout: 60_000,
    env: { ...process.env, LC_ALL: 'C' },
  }); // English help and errors, whatever the caller's locale
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a fixture under the temp dir (creating folders) and returns its relative path. */
function write(rel: string, text: string): string {
  const full = join(work, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, 'utf8');
  return rel;
}

function show(r: Run): string {
  return `exit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

interface JsonPos {
  line: number;
  column: number;
}
interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  start: JsonPos;
  end: JsonPos;
  offset: { start: number; end: number };
  fixes: { title: string; preferred: boolean; edits: { start: JsonPos; end: JsonPos; newText: string }[] }[];
}
interface JsonFile {
  file: string;
  findings: JsonFinding[];
}

function json(args: string[], opts: { cwd?: string; input?: string } = {}): { run: Run; files: JsonFile[] } {
  const run = cli(['check', '--format', 'json', ...args], opts);
  assert.ok(run.status === 0 || run.status === 1, show(run));
  return { run, files: JSON.parse(run.stdout) as JsonFile[] };
}

/** 1-based line and column, counted in UTF-16 code units, of an offset into `text`. */
function posOf(text: string, offset: number): JsonPos {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The offset of a 1-based line/column (UTF-16 code units) in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i]!.length + 1;
  return offset + column - 1;
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture has no ${JSON.stringify(needle)}`);
  return posOf(text, i).line;
}

const PRETTY_LINE =
  /^(?<path>\S+?):(?<line>\d+):(?<col>\d+) (?<severity>error|warning|information|hint) (?<rule>(?:citation|title|term|framing|fact|text|vocab)\/[a-z][a-z-]*) (?<message>.+?)(?: \(fix: (?<fix>.+)\))?$/;
const SUMMARY_LINE = /^\d+ errors?, \d+ warnings?, \d+ notes? in \d+ files?$/;

interface PrettyLine {
  path: string;
  line: number;
  col: number;
  severity: string;
  rule: string;
  message: string;
  fix: string | undefined;
}

/** Parses pretty output, asserting that every line but the last has the finding form and the last is the summary. */
function pretty(stdout: string): { findings: PrettyLine[]; summary: string } {
  assert.ok(stdout.endsWith('\n'), 'pretty output ends with a newline');
  const lines = stdout.slice(0, -1).split('\n');
  const summary = lines.pop()!;
  assert.match(summary, SUMMARY_LINE);
  const findings = lines.map((l) => {
    const m = PRETTY_LINE.exec(l);
    assert.ok(m?.groups, `not a finding line: ${JSON.stringify(l)}`);
    const g = m.groups;
    return { path: g.path!, line: Number(g.line), col: Number(g.col), severity: g.severity!, rule: g.rule!, message: g.message!, fix: g.fix };
  });
  return { findings, summary };
}

// Small reports used throughout.
const CLEAN = 'In early 2023 the Politburo passed Resolution No. 34-NQ/TW, its first comprehensive resolution on foreign affairs since 1988.\n';
const WITH_ERROR = 'Officials pointed to Resolution No. 32-CT/TW as the basis for consultations.\n';
const WITH_WARNING = 'The Ministry Politic met on Monday.\n';

const PACK_TERM = `terms:
  - id: blue-economy
    name:
      en: blue economy
    wrong:
      - form: "azure economy"
        lang: en
        reason: "Not the accepted English term."
    source: "test fixture"
    confidence: high
`;

// ---------------------------------------------------------------------------------------

describe('exit codes', () => {
  test('exit 0 for a clean file, with an all-zero summary', () => {
    const f = write('exit/clean.md', CLEAN);
    const r = cli(['check', f]);
    assert.equal(r.status, 0, show(r));
    assert.equal(r.stdout, '0 errors, 0 warnings, 0 notes in 1 file\n');
    assert.equal(r.stderr, '');
  });

  test('exit 1 for an error-level finding (Resolution … -CT/TW is citation/type-mismatch)', () => {
    const f = write('exit/error.md', WITH_ERROR);
    const r = cli(['check', f]);
    assert.equal(r.status, 1, show(r));
    const { findings, summary } = pretty(r.stdout);
    assert.ok(
      findings.some((x) => x.rule === 'citation/type-mismatch' && x.severity === 'error'),
      show(r),
    );
    assert.match(summary, /^1 error, /);
  });

  test('exit 0 with only warnings and no --max-warnings', () => {
    const f = write('exit/warning.md', WITH_WARNING);
    const r = cli(['check', f]);
    assert.equal(r.status, 0, show(r));
    const { findings } = pretty(r.stdout);
    assert.deepEqual(
      findings.map((x) => `${x.severity} ${x.rule}`),
      ['warning title/non-canonical'],
    );
  });

  test('exit 1 when warnings exceed --max-warnings 0, exit 0 when they are within the limit', () => {
    const f = write('exit/warning.md', WITH_WARNING);
    const over = cli(['check', '--max-warnings', '0', f]);
    assert.equal(over.status, 1, show(over));
    assert.match(over.stdout, /^0 errors, 1 warning, 0 notes in 1 file$/m);
    const at = cli(['check', '--max-warnings', '1', f]);
    assert.equal(at.status, 0, show(at));
    // A clean file stays 0 under --max-warnings 0.
    const clean = cli(['check', '--max-warnings', '0', write('exit/clean.md', CLEAN)]);
    assert.equal(clean.status, 0, show(clean));
  });

  test('exit 2 for an unknown command, with usage on stderr', () => {
    const r = cli(['frobnicate', 'x.md']);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /Unknown command: frobnicate/);
    assert.match(r.stderr, /Usage:/);
    assert.equal(r.stdout, '');
  });

  test('exit 2 for a bad --format', () => {
    const r = cli(['check', '--format', 'xml', write('exit/clean.md', CLEAN)]);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /--format must be pretty, json or sarif, not "xml"/);
    assert.equal(r.stdout, '');
  });

  test('exit 2 for a bad --date; a well-formed date is accepted', () => {
    const f = write('exit/clean.md', CLEAN);
    for (const bad of ['2024-13-01', '2024-02-30', '2023-02-29', '24-11-05', '5 November 2024', '2024-11-5', '']) {
      const r = cli(['check', '--date', bad, f]);
      assert.equal(r.status, 2, `--date ${JSON.stringify(bad)}\n${show(r)}`);
      assert.match(r.stderr, /--date must be a date written YYYY-MM-DD/);
      assert.equal(r.stdout, '');
    }
    const ok = cli(['check', '--date', '2024-11-05', f]);
    assert.equal(ok.status, 0, show(ok));
    assert.equal(ok.stderr, '');
  });

  test('exit 2 for a bad --lang; en and vi are accepted', () => {
    const f = write('exit/clean.md', CLEAN);
    const r = cli(['check', '--lang', 'fr', f]);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /--lang must be en or vi, not "fr"/);
    for (const lang of ['en', 'vi']) assert.equal(cli(['check', '--lang', lang, f]).status, 0, lang);
  });

  test('exit 2 for a bad --max-warnings or an unknown option', () => {
    const f = write('exit/clean.md', CLEAN);
    for (const args of [['--max-warnings', 'many'], ['--max-warnings', '-1'], ['--no-such-option']]) {
      const r = cli(['check', ...args, f]);
      assert.equal(r.status, 2, `${args.join(' ')}\n${show(r)}`);
      assert.match(r.stderr, /^communique: /);
    }
  });

  test('exit 2 when no file is given', () => {
    const r = cli(['check']);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /check needs at least one file, folder, glob or -/);
    const bare = cli([]);
    assert.equal(bare.status, 2, show(bare));
  });

  test('exit 2 for a missing file, even next to a readable one with findings', () => {
    const f = write('exit/error.md', WITH_ERROR);
    const r = cli(['check', 'exit/no-such-file.md']);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /cannot read exit\/no-such-file\.md: ENOENT/);
    const mixed = cli(['check', f, 'exit/no-such-file.md']);
    assert.equal(mixed.status, 2, show(mixed));
    assert.match(mixed.stdout, /^exit\/error\.md:1:\d+ error citation\/type-mismatch /m, 'the readable file is still checked');
  });

  test('exit 2 for a glob that matches nothing', () => {
    const r = cli(['check', 'exit/nothing-here/**/*.md']);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /no files match exit\/nothing-here\/\*\*\/\*\.md/);
    assert.equal(r.stdout, '');
  });

  test('exit 2 for a --vocab file with a YAML syntax error; stderr names file:line:col', () => {
    const pack = write(
      'exit/bad-syntax.yaml',
      ['terms:', '  - id: blue-economy', '    name:', '      en: "blue" economy', '    source: test', '    confidence: high', ''].join('\n'),
    );
    const r = cli(['check', '--vocab', pack, write('exit/clean.md', CLEAN)]);
    assert.equal(r.status, 2, show(r));
    // The stray scalar `economy` after the quoted "blue": line 4, column 18.
    assert.match(r.stderr, /bad-syntax\.yaml:4:18 error vocab\/syntax YAML syntax: /);
    assert.match(r.stderr, /the vocabulary is invalid \(1 problem\); nothing was checked/);
    assert.equal(r.stdout, '', 'nothing is checked with an invalid vocabulary');
  });

  test('exit 2 for an unknown field in a --vocab file, at its line and column', () => {
    const pack = write(
      'exit/unknown-field.yaml',
      ['terms:', '  - id: blue-economy', '    name:', '      en: blue economy', '    source: test', '    confidence: high', '    colour: blue', ''].join('\n'),
    );
    const r = cli(['check', '--vocab', pack, write('exit/clean.md', CLEAN)]);
    assert.equal(r.status, 2, show(r));
    const problems = r.stderr.split('\n').filter((l) => / error vocab\//.test(l));
    assert.equal(problems.length, 1, r.stderr);
    assert.match(problems[0]!, /unknown-field\.yaml:7:5 error vocab\/schema Unknown field `colour`/);
    assert.equal(r.stdout, '');
  });

  test('exit 2 for a --vocab path that does not exist', () => {
    const r = cli(['check', '--vocab', 'exit/no-such-pack.yaml', write('exit/clean.md', CLEAN)]);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /no-such-pack\.yaml:1:1 error vocab\/io .*ENOENT/);
  });
});

describe('pretty output', () => {
  const text = [
    '# Documents',
    '',
    'Officials cited Resolution No. 32-CT/TW and Resolution No. 99-NQ/TW.',
    '',
    'The Ministry Politic met; the national renewable and development went on.',
    '',
  ].join('\n');

  test('every finding line is path:line:col severity rule-id message (fix: …), then the summary', () => {
    const f = write('pretty/report.md', text);
    const r = cli(['check', f]);
    assert.equal(r.status, 1, show(r));
    const { findings, summary } = pretty(r.stdout);
    assert.deepEqual(
      findings.map((x) => `${x.path}:${x.line} ${x.severity} ${x.rule}`),
      [
        'pretty/report.md:3 error citation/type-mismatch',
        'pretty/report.md:3 information citation/unknown',
        'pretty/report.md:5 warning title/non-canonical',
        'pretty/report.md:5 warning term/non-canonical',
      ],
    );
    assert.equal(summary, '1 error, 2 warnings, 1 note in 1 file');
    // Findings with a quick fix show it; an unknown citation has none.
    assert.deepEqual(
      findings.map((x) => x.fix),
      ['Directive', undefined, 'Politburo', 'national renewal and development'],
    );
  });

  test('the exact line:col of a known finding (1-based)', () => {
    const f = write('pretty/report.md', text);
    const r = cli(['check', f]);
    const lines = r.stdout.split('\n');
    const politic = lines.find((l) => l.includes('title/non-canonical'));
    assert.ok(politic, show(r));
    // "The " is 4 characters, so “Ministry Politic” starts at column 5 of line 5.
    assert.ok(politic.startsWith('pretty/report.md:5:5 warning title/non-canonical “Ministry Politic” should be “Politburo”'), politic);
    assert.ok(politic.endsWith(' (fix: Politburo)'), politic);
    const mismatch = lines.find((l) => l.includes('citation/type-mismatch'));
    // "Officials cited " is 16 characters.
    assert.ok(mismatch?.startsWith('pretty/report.md:3:17 error citation/type-mismatch '), mismatch);
  });

  test('the summary counts files without findings', () => {
    const a = write('pretty/report.md', text);
    const b = write('pretty/clean.md', CLEAN);
    const r = cli(['check', a, b]);
    assert.equal(pretty(r.stdout).summary, '1 error, 2 warnings, 1 note in 2 files');
  });
});

describe('--format json', () => {
  test('file, ruleId, 1-based start/end, offsets and fixes', () => {
    const text = 'Intro.\n\nOfficials pointed to Resolution No. 32-CT/TW as the basis.\n';
    const f = write('json/report.md', text);
    const { run, files } = json([f]);
    assert.equal(run.status, 1);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.file, 'json/report.md');
    const findings = files[0]!.findings;
    assert.deepEqual(
      findings.map((x) => x.ruleId),
      ['citation/type-mismatch'],
    );
    const m = findings[0]!;
    assert.equal(m.severity, 'error');
    assert.match(m.message, /32-CT\/TW/);
    assert.equal(text.slice(m.offset.start, m.offset.end), 'Resolution No. 32-CT/TW');
    assert.deepEqual(m.start, { line: 3, column: 22 });
    assert.deepEqual(m.end, { line: 3, column: 45 });
    assert.deepEqual(m.start, posOf(text, m.offset.start));
    assert.deepEqual(m.end, posOf(text, m.offset.end));
    assert.equal(m.fixes.length, 1);
    const fix = m.fixes[0]!;
    assert.equal(fix.preferred, true);
    assert.match(fix.title, /Directive/);
    assert.deepEqual(fix.edits, [{ start: { line: 3, column: 22 }, end: { line: 3, column: 32 }, newText: 'Directive' }]);
  });

  test('a finding at the very start of a file is at line 1, column 1', () => {
    const f = write('json/first.md', 'Ministry Politic statements are machine translations.\n');
    const { files } = json([f]);
    const [m] = files[0]!.findings;
    assert.ok(m);
    assert.deepEqual([m.ruleId, m.start, m.end], ['title/non-canonical', { line: 1, column: 1 }, { line: 1, column: 17 }]);
    assert.deepEqual(
      m.fixes[0]!.edits.map((e) => e.newText),
      ['Politburo'],
    );
  });

  test('one entry per file, in order, including files without findings', () => {
    const a = write('json/a.md', CLEAN);
    const b = write('json/b.md', WITH_WARNING);
    const { run, files } = json([a, b]);
    assert.equal(run.status, 0);
    assert.deepEqual(
      files.map((x) => [x.file, x.findings.length]),
      [
        ['json/a.md', 0],
        ['json/b.md', 1],
      ],
    );
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schema uses these three formats; ajv-formats is not installed, so check them here.
  // A URI (reference) holds only RFC 3986 characters, with well-formed percent escapes.
  const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri', (s: string) => {
    if (!URI_CHARS.test(s) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  const validate = ajv.compile(schema);

  function sarif(args: string[], opts: { cwd?: string; input?: string } = {}): { run: Run; log: Sarif.Log } {
    const run = cli(['check', '--format', 'sarif', ...args], opts);
    assert.ok(run.status === 0 || run.status === 1, show(run));
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const valid = validate(log);
    assert.ok(valid, `SARIF does not validate:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    return { run, log };
  }

  // Line 3: a flag (2 code points, 4 UTF-16 units), Vietnamese in NFC, an emoji (1 code point,
  // 2 units), then the finding. Line 5: Vietnamese text before a Politburo name in the wrong
  // case. Line 7: an emoji, then "Bộ Ngoại giao" in decomposed Unicode (NFD).
  const emojiLine = '🇻🇳 Hà Nội 😀 cites Resolution No. 32-CT/TW today.';
  const viLine = '😀 Theo Bộ Chính Trị, Hà Nội.';
  const nfdLine = 'Ông 😀 nói: ' + 'Bộ Ngoại giao'.normalize('NFD') + ' đã làm.';
  const unicodeText = `Intro.\n\n${emojiLine}\n\n${viLine}\n\n${nfdLine}\n`;

  test('validates against the SARIF 2.1.0 schema (sample report, several files, standard input, no results)', () => {
    const abs = join(work, write('sarif/unicode.md', unicodeText));
    const { log } = sarif([join(root, SAMPLE), abs, 'sarif/unicode.md', '-'], { input: WITH_WARNING });
    assert.equal(log.version, '2.1.0');
    assert.ok((log.runs[0]!.results ?? []).length >= 10);
    const empty = sarif([write('sarif/clean.md', CLEAN)]);
    assert.equal(empty.run.status, 0);
    assert.deepEqual(empty.log.runs[0]!.results, []);
  });

  test('one run; driver "communique" describes every rule the results use', () => {
    const { run, log } = sarif([SAMPLE], { cwd: root });
    assert.equal(run.status, 1);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'communique');
    const rules = driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const r of rules) {
      assert.match(r.id, /^(citation|title|term|framing|fact|text|parallel|vocab)\/[a-z][a-z-]*$/);
      assert.ok(r.shortDescription?.text && r.shortDescription.text.length > 0, `${r.id} has a short description`);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration?.level ?? ''), `${r.id} has a default level`);
    }
    const results = log.runs[0]!.results ?? [];
    assert.equal(results.length, 8);
    for (const res of results) {
      assert.ok(res.ruleId && ids.includes(res.ruleId), `rule ${res.ruleId} is described`);
      if (res.ruleIndex !== undefined) assert.equal(rules[res.ruleIndex]?.id, res.ruleId, 'ruleIndex points at the rule');
    }
    const level = (id: string): string | undefined => rules.find((r) => r.id === id)?.defaultConfiguration?.level;
    assert.equal(level('citation/type-mismatch'), 'error');
    assert.equal(level('citation/unknown'), 'note');
    assert.equal(level('title/non-canonical'), 'warning');
  });

  test('results: ruleId, level, message.text and a 1-based region that matches the text', () => {
    const sample = readFileSync(join(root, SAMPLE), 'utf8');
    const { log } = sarif([SAMPLE], { cwd: root });
    const { files } = json([SAMPLE], { cwd: root });
    const results = log.runs[0]!.results ?? [];
    assert.equal(results.length, files[0]!.findings.length);
    const severityToLevel: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    results.forEach((res, i) => {
      const finding = files[0]!.findings[i]!;
      assert.equal(res.ruleId, finding.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level ?? ''), `level ${res.level}`);
      assert.equal(res.level, severityToLevel[finding.severity]);
      assert.ok(res.message.text && res.message.text.length > 0);
      const loc = res.locations?.[0]?.physicalLocation;
      assert.equal(loc?.artifactLocation?.uri, SAMPLE);
      const region = loc!.region!;
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(region[k]) && region[k]! >= 1, `${k} is 1-based`);
      const start = offsetOf(sample, region.startLine!, region.startColumn!);
      const end = offsetOf(sample, region.endLine!, region.endColumn!);
      assert.deepEqual([start, end], [finding.offset.start, finding.offset.end], `region of ${res.ruleId}`);
    });
    assert.equal(results.find((r) => r.ruleId === 'citation/type-mismatch')?.level, 'error');
    assert.equal(results.find((r) => r.ruleId === 'citation/unknown')?.level, 'note');
  });

  test('columns are UTF-16 code units, after emoji and Vietnamese text', () => {
    const f = write('sarif/unicode.md', unicodeText);
    const { log } = sarif([f]);
    const results = log.runs[0]!.results ?? [];
    const regions = results.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.region!] as const);
    const find = (id: string): Sarif.Region => {
      const hit = regions.find(([rule]) => rule === id);
      assert.ok(hit, `no ${id} in ${JSON.stringify(results.map((r) => r.ruleId))}`);
      return hit[1];
    };

    // 🇻🇳(4) + ' '(1) + 'Hà'(2) + ' '(1) + 'Nội'(3) + ' '(1) + 😀(2) + ' '(1) + 'cites'(5) + ' '(1) = 21 units.
    const mismatch = find('citation/type-mismatch');
    assert.equal(emojiLine.indexOf('Resolution'), 21);
    assert.equal([...emojiLine.slice(0, 21)].length, 18, 'code points would give another column');
    assert.deepEqual([mismatch.startLine, mismatch.startColumn, mismatch.endLine, mismatch.endColumn], [3, 22, 3, 22 + 'Resolution No. 32-CT/TW'.length]);

    // 😀(2) + ' Theo '(6) = 8 units: “Bộ Chính Trị” starts at column 9 and is 12 units long.
    const caps = find('title/non-canonical');
    assert.deepEqual([caps.startLine, caps.startColumn, caps.endLine, caps.endColumn], [5, 9, 5, 21]);

    // 'Ông '(4) + 😀(2) + ' nói: '(6) = 12 units; NFD 'Bộ Ngoại' is B o ̣ ̂ + ' ' + N g o a ̣ i = 11 units.
    const nfd = find('text/unicode-normalization');
    assert.deepEqual([nfd.startLine, nfd.startColumn, nfd.endLine, nfd.endColumn], [7, 13, 7, 24]);
    assert.equal(nfdLine.slice(12, 23), 'Bộ Ngoại'.normalize('NFD'));
  });

  test('a quick fix is carried in fixes, as a replacement of the finding’s text', () => {
    const f = write('sarif/unicode.md', unicodeText);
    const { log } = sarif([f]);
    const { files } = json([f]);
    const results = log.runs[0]!.results ?? [];
    // Every finding with a fix (and only those) carries `fixes`.
    assert.deepEqual(
      results.map((r) => (r.fixes ?? []).length),
      files[0]!.findings.map((x) => x.fixes.length),
    );
    const mismatch = results.find((r) => r.ruleId === 'citation/type-mismatch');
    const change = mismatch?.fixes?.[0]?.artifactChanges[0];
    assert.ok(change, JSON.stringify(mismatch));
    assert.equal(change.artifactLocation.uri, 'sarif/unicode.md');
    assert.ok(mismatch.fixes![0]!.description?.text, 'the fix is described');
    const [rep] = change.replacements;
    assert.ok(rep);
    assert.equal(rep.insertedContent?.text, 'Directive');
    const d = rep.deletedRegion;
    assert.deepEqual([d.startLine, d.startColumn, d.endLine, d.endColumn], [3, 22, 3, 22 + 'Resolution'.length]);

    const caps = results.find((r) => r.ruleId === 'title/non-canonical');
    assert.equal(caps?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent?.text, 'Bộ Chính trị');
  });

  test('artifact URIs: relative paths stay relative (percent-encoded), absolute ones become file URIs, stdin is named', () => {
    const rel = write('sarif/sub dir/report #1.md', WITH_WARNING);
    const abs = join(work, rel);
    const { log } = sarif([rel, abs, '-'], { input: WITH_WARNING });
    const uris = (log.runs[0]!.results ?? []).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    assert.equal(uris.length, 3);
    // A space would make the reference invalid and '#' would start a fragment.
    assert.equal(uris[0], 'sarif/sub%20dir/report%20%231.md');
    assert.equal(uris[0]!.split('/').map(decodeURIComponent).join('/'), rel);
    assert.equal(uris[1], pathToFileURL(abs).href);
    assert.ok(uris[2] && uris[2] !== uris[0] && uris[2] !== uris[1], `stdin has its own uri: ${uris[2]}`);
  });
});

describe('inputs', () => {
  test('check - reads standard input (as Markdown)', () => {
    const r = cli(['check', '-'], { input: 'Intro.\n\nThe Ministry Politic met.\n\n```\nthe Ministry Politic in code\n```\n' });
    assert.equal(r.status, 0, show(r));
    const { findings, summary } = pretty(r.stdout);
    assert.deepEqual(
      findings.map((x) => `${x.path}:${x.line}:${x.col} ${x.rule}`),
      ['<stdin>:3:5 title/non-canonical'],
    );
    assert.equal(summary, '0 errors, 1 warning, 0 notes in 1 file');
    const err = cli(['check', '-'], { input: WITH_ERROR });
    assert.equal(err.status, 1, show(err));
  });

  test('a glob checks every matching file, sorted, once, and skips node_modules', () => {
    write('globs/docs/a.md', WITH_WARNING);
    write('globs/docs/sub/b.md', WITH_ERROR);
    write('globs/docs/sub/deeper/c.md', CLEAN);
    write('globs/docs/notes.txt', WITH_ERROR);
    write('globs/docs/node_modules/pkg/readme.md', WITH_ERROR);
    const cwd = join(work, 'globs');
    const { run, files } = json(['docs/**/*.md', 'docs/a.md'], { cwd });
    assert.equal(run.status, 1);
    assert.deepEqual(
      files.map((x) => x.file),
      ['docs/a.md', 'docs/sub/b.md', 'docs/sub/deeper/c.md'],
    );
    assert.deepEqual(
      files.map((x) => x.findings.map((y) => y.ruleId)),
      [['title/non-canonical'], ['citation/type-mismatch'], []],
    );

    const r = cli(['check', 'docs/**/*.md'], { cwd });
    assert.match(r.stdout, /^docs\/a\.md:1:5 warning title\/non-canonical /m);
    assert.match(r.stdout, /^docs\/sub\/b\.md:1:22 error citation\/type-mismatch /m);
    assert.match(r.stdout, /in 3 files\n$/);
  });

  test('a .txt file is plain text: an indented line is prose there, but code in .md', () => {
    const text = 'Intro line.\n\n    The Ministry Politic met.\n';
    const txt = write('plain/indented.txt', text);
    const md = write('plain/indented.md', text);
    const { files } = json([txt, md]);
    assert.deepEqual(
      files.map((x) => [x.file, x.findings.map((y) => `${y.ruleId}@${y.start.line}:${y.start.column}`)]),
      [
        ['plain/indented.txt', ['title/non-canonical@3:9']],
        ['plain/indented.md', []],
      ],
    );
  });

  test('Markdown code (fenced and inline), URLs and front matter are not checked; plain text is', () => {
    const text = [
      '---',
      'title: The Ministry Politic',
      '---',
      '',
      'See `Resolution No. 32-CT/TW` and https://example.com/Ministry-Politic.',
      '',
      '```',
      'Resolution No. 32-CT/TW',
      '```',
      '',
    ].join('\n');
    const md = json([write('plain/code.md', text)]);
    assert.equal(md.run.status, 0, show(md.run));
    assert.deepEqual(md.files[0]!.findings, []);
    const txt = json([write('plain/code.txt', text)]);
    assert.equal(txt.run.status, 1, show(txt.run));
    assert.ok(txt.files[0]!.findings.some((x) => x.ruleId === 'citation/type-mismatch' && x.start.line === 8));
  });
});

describe('--vocab layering', () => {
  test('a pack adding a term makes its wrong variant a term/non-canonical finding with the fix', () => {
    const pack = write('vocab/blue.yaml', PACK_TERM);
    const f = write('vocab/blue.md', 'Vietnam promotes the azure economy at sea.\n');
    const without = cli(['check', f]);
    assert.equal(pretty(without.stdout).findings.length, 0, 'the built-in pack does not know the term');
    const r = cli(['check', '--vocab', pack, f]);
    assert.equal(r.status, 0, show(r));
    const { findings } = pretty(r.stdout);
    assert.equal(findings.length, 1, show(r));
    assert.deepEqual([findings[0]!.line, findings[0]!.col, findings[0]!.severity, findings[0]!.rule, findings[0]!.fix], [1, 22, 'warning', 'term/non-canonical', 'blue economy']);
    assert.match(findings[0]!.message, /“azure economy” should be “blue economy”/);
  });

  test('a pack overrides a built-in body by id', () => {
    const override = (extraWrong: string[]): string =>
      [
        'bodies:',
        '  - id: politburo',
        '    name:',
        '      en: Politburo',
        '      vi: Bộ Chính trị',
        '    wrong:',
        ...extraWrong.flatMap((form) => [`      - form: "${form}"`, '        lang: en', '        reason: "Mistranslation."']),
        '    source: "test fixture"',
        '    confidence: high',
        '',
      ].join('\n');
    const f = write('vocab/politburo.md', 'The Politics Bureau met. The Ministry Politic met.\n');

    const builtinOnly = cli(['check', f]);
    assert.deepEqual(
      pretty(builtinOnly.stdout).findings.map((x) => x.col),
      [30],
      'built in: only “Ministry Politic”',
    );

    const extended = write('vocab/politburo-extended.yaml', override(['Ministry Politic', 'Politics Bureau']));
    const r = cli(['check', '--vocab', extended, f]);
    assert.equal(r.status, 0, show(r));
    assert.deepEqual(
      pretty(r.stdout).findings.map((x) => `${x.col} ${x.rule} ${x.fix}`),
      ['5 title/non-canonical Politburo', '30 title/non-canonical Politburo'],
    );

    // Overriding replaces the entry: a wrong form left out of the override is no longer flagged.
    const replaced = write('vocab/politburo-replaced.yaml', override(['Politics Bureau']));
    const r2 = cli(['check', '--vocab', replaced, f]);
    assert.deepEqual(
      pretty(r2.stdout).findings.map((x) => x.col),
      [5],
      show(r2),
    );
  });

  test('--no-builtin with a tiny pack uses that pack alone', () => {
    const pack = write('vocab/blue.yaml', PACK_TERM);
    const f = write('vocab/mixed.md', 'The Ministry Politic spoke of the azure economy and of Resolution No. 34-NQ/TW.\n');
    const withBuiltin = json(['--vocab', pack, f]);
    assert.deepEqual(
      withBuiltin.files[0]!.findings.map((x) => x.ruleId),
      ['title/non-canonical', 'term/non-canonical'],
    );
    const alone = json(['--no-builtin', '--vocab', pack, f]);
    assert.deepEqual(
      alone.files[0]!.findings.map((x) => x.ruleId),
      ['term/non-canonical', 'citation/unknown'],
      'no built-in bodies; 34-NQ/TW is no longer known',
    );
  });

  test('a folder of YAML files is one layer; later --vocab layers override earlier ones', () => {
    write('vocab/folder/a.yaml', PACK_TERM);
    write(
      'vocab/folder/b.yaml',
      ['terms:', '  - id: green-growth', '    name:', '      en: green growth', '    wrong: ["verdant growth"]', '    source: test', '    confidence: high', ''].join('\n'),
    );
    const f = write('vocab/folder.md', 'The azure economy and verdant growth.\n');
    const r = json(['--vocab', 'vocab/folder', f]);
    assert.deepEqual(
      r.files[0]!.findings.map((x) => x.fixes[0]?.edits[0]?.newText),
      ['blue economy', 'green growth'],
    );
    // A later layer redefining blue-economy without the wrong form switches it off.
    const later = write('vocab/later.yaml', ['terms:', '  - id: blue-economy', '    name:', '      en: blue economy', '    source: test', '    confidence: high', ''].join('\n'));
    const r2 = json(['--vocab', 'vocab/folder', '--vocab', later, f]);
    assert.deepEqual(
      r2.files[0]!.findings.map((x) => x.fixes[0]?.edits[0]?.newText),
      ['green growth'],
    );
  });
});

describe('--date, front matter and suppression comments', () => {
  test('front matter communique.disable suppresses that rule only', () => {
    const body = 'Officials pointed to Resolution No. 32-CT/TW as the basis.\n';
    const plain = cli(['check', write('fm/plain.md', body)]);
    assert.equal(plain.status, 1, show(plain));
    const disabled = write('fm/disabled.md', `---\ndate: 2024-11-05\ncommunique: { disable: [citation/type-mismatch] }\n---\n\n${body}`);
    const r = cli(['check', disabled]);
    assert.equal(r.status, 0, show(r));
    assert.equal(r.stdout, '0 errors, 0 warnings, 0 notes in 1 file\n');
    // Other rules still run.
    const other = write('fm/other.md', `---\ncommunique: { disable: [citation/type-mismatch] }\n---\n\n${body}\nThe Ministry Politic met.\n`);
    const r2 = cli(['check', other]);
    assert.equal(r2.status, 0, show(r2));
    assert.deepEqual(
      pretty(r2.stdout).findings.map((x) => `${x.line} ${x.rule}`),
      ['7 title/non-canonical'],
    );
  });

  test('<!-- communique-disable-next-line RULE --> suppresses only the next line', () => {
    const text = [
      'A: Resolution No. 32-CT/TW here.',
      '<!-- communique-disable-next-line citation/type-mismatch -->',
      'B: Resolution No. 32-CT/TW here.',
      'C: Resolution No. 32-CT/TW here.',
      '',
    ].join('\n');
    const r = cli(['check', write('fm/next-line.md', text)]);
    assert.equal(r.status, 1, show(r));
    assert.deepEqual(
      pretty(r.stdout).findings.map((x) => `${x.line}:${x.col} ${x.rule}`),
      ['1:4 citation/type-mismatch', '4:4 citation/type-mismatch'],
    );
    // Naming another rule suppresses nothing.
    const other = cli(['check', write('fm/next-line-other.md', text.replace('next-line citation/type-mismatch', 'next-line term/non-canonical'))]);
    assert.deepEqual(
      pretty(other.stdout).findings.map((x) => x.line),
      [1, 3, 4],
    );
  });

  test('<!-- communique-disable RULE --> … <!-- communique-enable RULE --> suppresses that rule in between', () => {
    const text = [
      'A: Resolution No. 32-CT/TW here.',
      '',
      '<!-- communique-disable citation/type-mismatch -->',
      '',
      'B: Resolution No. 32-CT/TW here. The Ministry Politic met.',
      '',
      '<!-- communique-enable citation/type-mismatch -->',
      '',
      'C: Resolution No. 32-CT/TW here.',
      '',
    ].join('\n');
    const r = cli(['check', write('fm/range.md', text)]);
    assert.deepEqual(
      pretty(r.stdout).findings.map((x) => `${x.line} ${x.rule}`),
      ['1 citation/type-mismatch', '5 title/non-canonical', '9 citation/type-mismatch'],
    );
  });

  test('unusable front matter date and lang are reported at their lines (also when --date is given)', () => {
    const text = '---\ndate: 2024-13-45\nlang: fr\n---\n\nThe Politburo met.\n';
    const r = cli(['check', '--date', '2024-11-05', write('fm/bad.md', text)]);
    assert.equal(r.status, 0, show(r));
    assert.deepEqual(
      pretty(r.stdout).findings.map((x) => `${x.line}:${x.col} ${x.severity} ${x.rule}`),
      ['2:1 warning text/front-matter', '3:1 warning text/front-matter'],
    );
    assert.match(r.stdout, /"2024-13-45"/);
    assert.equal(cli(['check', '--max-warnings', '1', 'fm/bad.md']).status, 1);
  });
});

describe('vocab validate', () => {
  test('valid paths: exit 0 and "valid"', () => {
    const pack = write('validate/blue.yaml', PACK_TERM);
    const r = cli(['vocab', 'validate', join(root, 'vocabulary/builtin'), pack]);
    assert.equal(r.status, 0, show(r));
    assert.match(r.stdout, /: valid\n$/);
    assert.ok(r.stdout.includes('validate/blue.yaml'), r.stdout);
    assert.equal(r.stderr, '');
  });

  test('broken files: exit 2 with every problem located at file:line:col', () => {
    const syntax = write('validate/syntax.yaml', ['terms:', '  - id: x-term', '    name:', '      en: "x" term', ''].join('\n'));
    const schema = write('validate/schema.yaml', ['terms:', '  - id: y-term', '    name:', '      en: y term', '    confidence: certain', '    colour: red', ''].join('\n'));
    const r = cli(['vocab', 'validate', syntax, schema]);
    assert.equal(r.status, 2, show(r));
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    for (const l of lines) assert.match(l, /^\S+\.yaml:\d+:\d+ error vocab\/[a-z-]+ \S/, l);
    const located = lines.map((l) => l.replace(/^.*\/(?=[a-z]+\.yaml:)/, ''));
    assert.ok(
      located.some((l) => l.startsWith('syntax.yaml:4:15 error vocab/syntax ')),
      r.stderr,
    );
    assert.ok(
      located.some((l) => l.startsWith('schema.yaml:2:5 error vocab/schema Missing required field `source`')),
      r.stderr,
    );
    assert.ok(
      located.some((l) => l.startsWith('schema.yaml:5:17 error vocab/schema ') && l.includes('confidence')),
      r.stderr,
    );
    assert.ok(
      located.some((l) => l.startsWith('schema.yaml:6:5 error vocab/schema Unknown field `colour`')),
      r.stderr,
    );
  });

  test('a duplicate id in one layer and a reference to a missing entry are located', () => {
    const entry = ['terms:', '  - id: same-term', '    name: {en: same term}', '    source: test', '    confidence: high', ''].join('\n');
    write('validate/dup/a.yaml', entry);
    write('validate/dup/b.yaml', entry);
    const dup = cli(['vocab', 'validate', 'validate/dup']);
    assert.equal(dup.status, 2, show(dup));
    assert.match(dup.stderr, /dup\/b\.yaml:2:9 error vocab\/duplicate-id The id `same-term`/);

    const ref = write(
      'validate/ref.yaml',
      [
        'documents:',
        '  - id: d-one',
        '    type: resolution',
        '    number: "1"',
        '    issuer: nobody',
        '    title: {en: A title}',
        '    source: test',
        '    confidence: high',
        '',
      ].join('\n'),
    );
    const r = cli(['vocab', 'validate', ref]);
    assert.equal(r.status, 2, show(r));
    assert.match(r.stderr, /ref\.yaml:2:9 error vocab\/unknown-reference `issuer: nobody`/);
  });

  test('vocab validate needs a path; a missing path is exit 2', () => {
    const none = cli(['vocab', 'validate']);
    assert.equal(none.status, 2, show(none));
    assert.match(none.stderr, /vocab validate needs at least one path/);
    const missing = cli(['vocab', 'validate', 'validate/nope.yaml']);
    assert.equal(missing.status, 2, show(missing));
    assert.match(missing.stderr, /validate\/nope\.yaml:1:1 error vocab\/io /);
  });
});

describe('the sample report', () => {
  const sample = readFileSync(join(root, SAMPLE), 'utf8');

  test('exits 1 and finds exactly the 8 planted mistakes', () => {
    const r = cli(['check', SAMPLE], { cwd: root });
    assert.equal(r.status, 1, show(r));
    assert.equal(r.stderr, '');
    assert.equal(pretty(r.stdout).findings.length, 8);

    // The HTML comment lists eight mistakes.
    const comment = sample.slice(sample.indexOf('<!--'), sample.indexOf('-->'));
    assert.equal(comment.match(/^\d+\. /gm)?.length, 8);

    const { files } = json([SAMPLE], { cwd: root });
    const found = files[0]!.findings.map((f) => `${f.ruleId} | ${sample.slice(f.offset.start, f.offset.end).normalize('NFC')}`).sort();
    assert.deepEqual(
      found,
      [
        'citation/type-mismatch | Resolution No. 32-CT/TW', // 1. a CT symbol cited as a resolution
        'citation/unknown | 99-NQ/TW', // 2. a resolution symbol that does not exist
        'title/non-canonical | Ministry Politic', // 3. machine translation of the Politburo
        'title/non-canonical | Central Foreign Affairs Commission', // 4. the Chinese commission's name
        'term/non-canonical | national renewable and development', // 5. renewable for renewal
        'framing/incomplete | three pillars: Party diplomacy and State diplomacy', // 6. incomplete pillars
        'text/unicode-normalization | Bộ Ngoại', // 7. NFD
        'title/non-canonical | Bộ Chính Trị', // 8. capitalisation
      ].sort(),
    );
    const nfd = files[0]!.findings.find((f) => f.ruleId === 'text/unicode-normalization')!;
    const raw = sample.slice(nfd.offset.start, nfd.offset.end);
    assert.notEqual(raw, raw.normalize('NFC'), 'the NFD finding covers decomposed text');
    assert.equal(files[0]!.findings.find((f) => f.ruleId === 'citation/type-mismatch')!.severity, 'error');
  });

  test('leaves the look-alikes alone', () => {
    const { files } = json([SAMPLE], { cwd: root });
    const lines = new Set(files[0]!.findings.map((f) => f.start.line));
    const lineText = sample.split('\n');
    const fenceStart = lineOf(sample, '```text');
    const fenceEnd = fenceStart + lineText.slice(fenceStart).findIndex((l) => l.startsWith('```')) + 1;
    const commentStart = lineOf(sample, '<!--');
    const commentEnd = lineOf(sample, '-->');
    const frontMatterEnd = lineText.indexOf('---', 1) + 1;
    const quiet: [string, number[]][] = [
      ['Resolution 2334 (UN Security Council)', [lineOf(sample, 'Resolution 2334')]],
      ['inline code `32-NQ/TW`', [lineOf(sample, '`32-NQ/TW`')]],
      ["China's Central Foreign Affairs Commission", [lineOf(sample, "China's Central Foreign Affairs Commission")]],
      ['the fenced code block', range(fenceStart, fenceEnd)],
      ['the HTML comment', range(commentStart, commentEnd)],
      ['the front matter', range(1, frontMatterEnd)],
      ['the source URL', [lineOf(sample, 'Source: https://')]],
    ];
    assert.ok(fenceEnd > fenceStart + 1 && lineText[fenceStart]!.includes('Ministry Politic'), 'the code block holds a wrong form');
    for (const [what, ls] of quiet) {
      for (const l of ls) assert.ok(!lines.has(l), `a finding on line ${l} (${what}): ${JSON.stringify(files[0]!.findings.filter((f) => f.start.line === l))}`);
    }
    // The complete Vietnamese three pillars share a line with two planted mistakes; no framing finding there.
    const viPillars = lineOf(sample, 'Đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân');
    assert.deepEqual(
      files[0]!.findings.filter((f) => f.start.line === viPillars).map((f) => f.ruleId),
      ['title/non-canonical', 'text/unicode-normalization'],
    );
    // The correct citations on the directive line are not flagged: only the two planted ones are.
    const directiveLine = lineOf(sample, 'Directive No. 32-CT/TW');
    assert.deepEqual(
      files[0]!.findings.filter((f) => f.start.line === directiveLine).map((f) => sample.slice(f.offset.start, f.offset.end)),
      ['Resolution No. 32-CT/TW', '99-NQ/TW'],
    );
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('vocab stats', () => {
  test('counts the built-in pack by kind and confidence, and its facts by publisher', () => {
    const r = cli(['vocab', 'stats', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as {
      kinds: Record<string, { entries: number; high: number; medium: number; low: number }>;
      holdings: number;
      levels: number;
      publishers: [string, number][];
      withUrl: number;
      facts: number;
    };
    for (const row of Object.values(stats.kinds)) assert.equal(row.high + row.medium + row.low, row.entries);
    assert.ok(stats.kinds.titles!.entries >= 13 && stats.kinds.partnerships!.entries >= 40 && stats.holdings >= 100 && stats.levels >= 50);
    assert.equal(stats.withUrl, stats.facts, 'every built-in fact has a source URL');
    assert.ok(!stats.publishers.some(([p]) => p === '(in words)'));
    const pretty = cli(['vocab', 'stats']);
    assert.match(pretty.stdout, /^kind +entries +high +medium +low\n/);
    assert.match(pretty.stdout, /facts by publisher:\n +\d+ {2}\S/);
  });

  test('a house pack whose source is a sentence is counted under "(in words)"; bad arguments exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-stats-'));
    const pack = join(dir, 'house.yaml');
    writeFileSync(pack, 'terms:\n  - id: house-term\n    name: { en: house term }\n    source: our style guide\n    confidence: medium\n');
    const r = cli(['vocab', 'stats', '--format', 'json', '--no-builtin', '--vocab', pack]);
    assert.equal(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as { kinds: Record<string, { entries: number; medium: number }>; publishers: [string, number][] };
    assert.deepEqual(stats.kinds.terms, { entries: 1, high: 0, medium: 1, low: 0 });
    assert.deepEqual(stats.publishers, [['(in words)', 1]]);
    assert.equal(cli(['vocab', 'stats', '--format', 'xml']).status, 2);
    assert.equal(cli(['vocab', 'stats', 'file.yaml']).status, 2);
    rmSync(dir, { recursive: true, force: true });
  });
});
