// A corpus of malformed vocabulary packs (test/fixtures/bad-packs): each is reported at its
// file, line and column with a message a pack author understands; the CLI exits 2 on them;
// the language server keeps the last good vocabulary. Each fixture says what it expects in
// its comments:
//
//   # expect: <ruleId> <line>:<column> <regex the message must match>          (an error)
//   # expect-warning: <ruleId> <line>:<column> <regex>                          (a warning)
//
// (in a TBX file: `<!-- expect: … -->`, `<!-- expect-warning: … -->`)
// and gets exactly those problems, no more. A fixture without expectations (accepted-*) must
// load without any problem. A folder is one layer of several files. The 50 MB file is
// generated here, in a temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildVocabulary } from '../../core/src/vocabulary';
import { MAX_VOCAB_FILE_BYTES, type VocabProblem } from '../../core/src/vocabulary/load';
import { readLayer } from '../../server/src/node/vocabularyFiles';
import { repoRoot } from '../helpers';
import { codes, startServer } from '../protocol/lspClient';

const root = repoRoot();
const dir = join(root, 'test/fixtures/bad-packs');
const cliPath = join(root, 'dist/cli.js');

interface Expectation {
  file: string;
  severity: 'error' | 'warning';
  ruleId: string;
  line: number;
  column: number;
  message: RegExp;
  text: string;
}

interface Fixture {
  name: string;
  path: string;
  files: string[];
  expectations: Expectation[];
}

function expectationsOf(file: string): Expectation[] {
  const text = readFileSync(file, 'utf8');
  const out: Expectation[] = [];
  for (const m of text.matchAll(/^(?:# |<!-- )expect(-warning)?: (\S+) (\d+):(\d+) (.*?)(?: -->)?\r?$/gm)) {
    out.push({ file, severity: m[1] ? 'warning' : 'error', ruleId: m[2]!, line: Number(m[3]), column: Number(m[4]), message: new RegExp(m[5]!), text: m[0].trim() });
  }
  assert.ok(!/^(?:# |<!-- )expect/m.test(text.replace(/^(?:# |<!-- )expect(-warning)?: \S+ \d+:\d+ .*$/gm, '')), `${file}: a malformed expect line`);
  return out;
}

const fixtures: Fixture[] = readdirSync(dir)
  .sort()
  .map((name) => {
    const path = join(dir, name);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .map((f) => join(path, f))
      : [path];
    return { name, path, files, expectations: files.flatMap(expectationsOf) };
  });

const show = (problems: VocabProblem[]): string =>
  problems.map((p) => `  ${basename(p.file)}:${p.line}:${p.column} ${p.severity ?? 'error'} ${p.ruleId} ${p.message}`).join('\n') || '  (no problems)';

/** The CLI's way: each path a layer read from disk, over the built-in pack. */
function load(path: string): { problems: VocabProblem[]; valid: boolean } {
  const read = readLayer(path);
  if (!read.layer) return { problems: read.problems, valid: false };
  const built = buildVocabulary([read.layer]);
  return { problems: [...read.problems, ...built.problems], valid: built.compiled !== undefined && read.problems.length === 0 };
}

/** Words a pack author should never have to decode: the validator's and the parser's own. */
const JARGON =
  /must have required property|instancePath|schemaPath|must NOT|must be (?:object|array|string|integer|number|boolean)\b|additionalProperties|minItems|minProperties|parseAllDocuments|Implicit (?:map )?keys|compact mappings|Excessive alias count|resource exhaustion|Maximum call stack|flow-(?:map|seq)|\bundefined\b|\bnull\b|\[object |\bNaN\b|Error\b/;

/** Matches each expectation with a distinct problem; returns what is left on either side. */
function match(expectations: Expectation[], problems: VocabProblem[]): { missing: Expectation[]; extra: VocabProblem[] } {
  const extra = [...problems];
  const missing: Expectation[] = [];
  for (const e of expectations) {
    const i = extra.findIndex(
      (p) => p.file === e.file && p.ruleId === e.ruleId && p.line === e.line && p.column === e.column && (p.severity ?? 'error') === e.severity && e.message.test(p.message),
    );
    if (i < 0) missing.push(e);
    else extra.splice(i, 1);
  }
  return { missing, extra };
}

test('the corpus has at least 40 malformed packs, and every fixture says what it expects', () => {
  const malformed = fixtures.filter((f) => f.expectations.some((e) => e.severity === 'error'));
  assert.ok(malformed.length >= 40, `${malformed.length} malformed packs`);
  for (const f of fixtures) {
    if (f.expectations.length === 0) assert.match(f.name, /^accepted-/, `${f.name} has no # expect line`);
    else assert.doesNotMatch(f.name, /^accepted-/, `${f.name} is accepted, yet expects problems`);
  }
});

describe('each malformed pack is located, explained, and keeps the vocabulary out', () => {
  for (const f of fixtures) {
    test(f.name, () => {
      const { problems, valid } = load(f.path);
      const { missing, extra } = match(f.expectations, problems);
      assert.ok(
        missing.length === 0 && extra.length === 0,
        `${f.name}\nexpected, not found:\n${missing.map((e) => `  ${e.text}`).join('\n') || '  -'}\nreported, not expected:\n${show(extra)}\nall reported:\n${show(problems)}`,
      );
      for (const p of problems) {
        assert.ok(p.line >= 1 && p.column >= 1, `1-based position: ${show([p])}`);
        assert.ok(p.endLine > p.line || (p.endLine === p.line && p.endColumn >= p.column), `the end is not before the start: ${show([p])} (end ${p.endLine}:${p.endColumn})`);
        assert.doesNotMatch(p.message, JARGON, `a message for pack authors: ${p.message}`);
        assert.match(p.message, /[.?]$/, `a sentence: ${p.message}`);
      }
      const errors = f.expectations.some((e) => e.severity === 'error');
      assert.equal(valid, !errors, errors ? 'an error keeps the layer out' : 'warnings alone do not keep the layer out');
    });
  }
});

describe('the CLI: `vocab validate` prints file:line:col severity rule message, and exits 2 on an error', () => {
  const sample = [
    'syntax-tab-indentation.yaml',
    'syntax-unclosed-quote.yaml',
    'unknown-field-terms.yaml',
    'date-impossible-day.yaml',
    'holders-same-person-overlap.yaml',
    'ref-person.yaml',
    'duplicate-id-across-files',
    'holders-different-people-overlap.yaml',
    'accepted-bom.yaml',
    'tbx-two-preferred.tbx',
    'tbx-entity-bomb.tbx',
    'tbx-only-deprecated.tbx',
    'accepted-tbx-2008-external-dtd.tbx',
  ];
  for (const name of sample) {
    test(name, () => {
      const f = fixtures.find((x) => x.name === name)!;
      const r = spawnSync(process.execPath, [cliPath, 'vocab', 'validate', f.path], { encoding: 'utf8' });
      const errors = f.expectations.filter((e) => e.severity === 'error').length;
      assert.equal(r.status, errors > 0 ? 2 : 0, `${r.stdout}${r.stderr}`);
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, f.expectations.length, r.stderr);
      for (const e of f.expectations) {
        const prefix = `${e.file}:${e.line}:${e.column} ${e.severity} ${e.ruleId} `;
        const line = lines.find((l) => l.startsWith(prefix));
        assert.ok(line, `${prefix}… in\n${r.stderr}`);
        assert.match(line.slice(prefix.length), e.message);
      }
      if (errors === 0) assert.match(r.stdout, /: valid\n$/);
      else assert.equal(r.stdout, '');
    });
  }

  test('check --vocab with a malformed pack checks nothing and exits 2', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'communique-bad-')), 'report.md');
    writeFileSync(report, 'The azure economy grew.\n');
    const r = spawnSync(process.execPath, [cliPath, 'check', '--vocab', join(dir, 'syntax-alias-bomb.yaml'), report], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /syntax-alias-bomb\.yaml:4:8 error vocab\/syntax .*aliases/);
    assert.match(r.stderr, /the vocabulary is invalid \(1 problem\); nothing was checked/);
    rmSync(join(report, '..'), { recursive: true, force: true });
  });
});

describe('a 50 MB pack', () => {
  let tmp: string;
  let big: string;
  const SIZE = 50 * 1024 * 1024;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'communique-big-'));
    big = join(tmp, 'big.yaml');
    // Pack-shaped: entries of a terms section, written a megabyte at a time.
    const fd = openSync(big, 'w');
    let written = 0;
    let n = 0;
    writeSync(fd, 'terms:\n');
    written += 7;
    while (written < SIZE) {
      let chunk = '';
      while (chunk.length < 1024 * 1024) {
        chunk += `  - id: generated-term-${n}\n    name: { en: generated term ${n} }\n    source: generated\n    confidence: low\n`;
        n++;
      }
      chunk = chunk.slice(0, Math.min(chunk.length, SIZE - written));
      writeSync(fd, chunk);
      written += chunk.length;
    }
    closeSync(fd);
    assert.equal(statSync(big).size, SIZE);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('is refused by its size, at 1:1, quickly and without parsing it', (t) => {
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { problems, valid } = load(big);
    const ms = performance.now() - started;
    const grown = (process.memoryUsage().heapUsed - heap) / 1024 / 1024;
    assert.equal(valid, false);
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`),
      ['1:1 vocab/io'],
      show(problems),
    );
    assert.match(problems[0]!.message, new RegExp(`The file is 50 MB; a vocabulary file may be at most ${MAX_VOCAB_FILE_BYTES / 1024 / 1024} MB: split the pack`));
    // Reading it is the cost (about 50 MB of text); a YAML parse would take seconds and gigabytes.
    t.diagnostic(`read and refused in ${ms.toFixed(0)} ms; heap grew by ${grown.toFixed(0)} MB`);
    assert.ok(ms < 1500, `refused in ${ms.toFixed(0)} ms`);
    assert.ok(grown < 200, `heap grew by ${grown.toFixed(0)} MB`);
  });

  test('the CLI refuses it within a 200 MB heap, with exit 2', (t) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', cliPath, 'vocab', 'validate', big], { encoding: 'utf8' });
    const ms = performance.now() - started;
    assert.equal(r.status, 2, r.stderr.slice(0, 2000));
    assert.match(r.stderr, /big\.yaml:1:1 error vocab\/io The file is 50 MB/);
    t.diagnostic(`the CLI exited 2 after ${ms.toFixed(0)} ms`);
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  });
});

describe('the language server keeps the last good vocabulary while a workspace pack is malformed', () => {
  const GOOD = 'terms:\n  - id: blue-economy\n    name: { en: blue economy }\n    wrong: [azure economy]\n    source: house style\n    confidence: high\n';
  // (A TBX text saved under a .yaml name is read as TBX: it starts with `<`.)
  const sequence = [
    'syntax-unclosed-bracket.yaml',
    'unknown-field-terms.yaml',
    'date-impossible-day.yaml',
    'holders-same-person-overlap.yaml',
    'ref-person.yaml',
    'syntax-alias-bomb.yaml',
    'tbx-mismatched-tag.tbx',
  ];
  let ws: string;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'communique-bad-ws-'));
    mkdirSync(join(ws, '.communique'));
    writeFileSync(join(ws, '.communique', 'pack.yaml'), GOOD);
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  test('each malformed pack gets its diagnostics; the report keeps the finding of the last good vocabulary', async () => {
    const server = await startServer({ rootPath: ws });
    try {
      const uri = `file://${ws}/report.md`;
      const packPath = join(ws, '.communique', 'pack.yaml');
      const packUri = `file://${packPath}`;
      const first = server.diagnostics(uri);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The azure economy grew.\n' } });
      assert.deepEqual(codes((await first).diagnostics), ['term/non-canonical'], 'the workspace pack is in force');

      const change = async (text: string | Buffer, packHasProblems: boolean) => {
        writeFileSync(packPath, text);
        const pack = server.diagnostics(packUri, (p) => p.diagnostics.length > 0 === packHasProblems);
        const report = server.diagnostics(uri);
        await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
        return { pack: (await pack).diagnostics, report: (await report).diagnostics };
      };

      for (const name of sequence) {
        const f = fixtures.find((x) => x.name === name)!;
        const { pack, report } = await change(readFileSync(f.path), true);
        assert.deepEqual(
          pack.map((d) => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`).sort(),
          f.expectations.map((e) => `${e.ruleId} ${e.line}:${e.column}`).sort(),
          `${name}: ${JSON.stringify(pack)}`,
        );
        assert.ok(pack.every((d) => d.severity === 1 && d.source === 'communique'));
        assert.deepEqual(codes(report), ['term/non-canonical'], `${name}: the last good vocabulary is still in force`);
      }

      // A pack with only a warning is in force: its layer replaces the one with blue-economy.
      const warned = await change(readFileSync(join(dir, 'holders-different-people-overlap.yaml')), true);
      assert.deepEqual(
        warned.pack.map((d) => [d.code, d.severity, d.range.start.line + 1]),
        [['vocab/holders', 2, 13]],
      );
      assert.deepEqual(codes(warned.report), [], 'the warned pack is in force');

      const good = await change(GOOD, false);
      assert.deepEqual(good.pack, []);
      assert.deepEqual(codes(good.report), ['term/non-canonical']);
    } finally {
      await server.stop();
    }
  });
});
