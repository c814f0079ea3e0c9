// TBX term bases on the command line, run as a separate process like cli.test.ts:
// `check --vocab FILE.tbx`, `vocab validate` of a TBX file, `vocab import --from tbx|prh`
// (the YAML it writes is a valid pack that checks like its source) and
// `vocab export --format tbx` (the TBX it writes checks like the vocabulary it came from).

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers';

const root = repoRoot();
const CLI = join(root, 'dist', 'cli.js');
const FIXTURES = join(root, 'test/fixtures/tbx');
const work = mkdtempSync(join(tmpdir(), 'communique-tbx-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input = ''): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: work, timeout: 60_000, env: { ...process.env, COMMUNIQUE_NO_CACHE: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const show = (r: Run): string => `exit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

function write(rel: string, text: string): string {
  const full = join(work, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, 'utf8');
  return full;
}

/** Findings of `check --format json` as "line:column rule text → fix" lines. */
function findings(args: string[], report: string): string[] {
  const file = write(`reports/${Math.random().toString(36).slice(2)}.md`, report);
  const r = cli(['check', '--format', 'json', ...args, file]);
  assert.ok(r.status === 0 || r.status === 1, show(r));
  const [checked] = JSON.parse(r.stdout) as {
    findings: { ruleId: string; start: { line: number; column: number }; offset: { start: number; end: number }; fixes: { edits: { newText: string }[] }[] }[];
  }[];
  return checked!.findings.map((f) => `${f.start.line}:${f.start.column} ${f.ruleId} ${report.slice(f.offset.start, f.offset.end)} → ${f.fixes[0]?.edits[0]?.newText ?? '-'}`);
}

const REPORT = [
  'Vietnam joined UN peace-keeping mission forces in 2014 and was a temporary member of the UN Security Council in 2020.',
  '',
  'Việt Nam tham gia hoạt động giữ gìn hòa bình Liên hợp quốc; the Mekong sub-area; UN peacekeeping operations.',
  '',
].join('\n');

describe('check --vocab with a TBX term base', () => {
  test('a deprecated term is flagged with the preferred term as the fix (TBX 2019)', () => {
    assert.deepEqual(findings(['--vocab', join(FIXTURES, 'basic-2019.tbx')], REPORT), [
      '1:16 term/non-canonical UN peace-keeping mission forces → UN peacekeeping operations',
      '1:66 term/non-canonical temporary member of the UN Security Council → non-permanent member of the UN Security Council',
      '3:19 term/non-canonical hoạt động giữ gìn hòa bình Liên hợp quốc → hoạt động gìn giữ hòa bình Liên hợp quốc',
    ]);
    assert.deepEqual(findings([], REPORT), [], 'the built-in pack alone knows none of these');
  });

  test('pretty output names the preferred term and the note of the deprecated one (TBX-Basic 2008)', () => {
    const file = write('reports/partnership.md', 'They agreed an all-round strategic partnership.\n');
    const r = cli(['check', '--vocab', join(FIXTURES, 'basic-2008.tbx'), file]);
    assert.equal(r.status, 0, show(r));
    assert.match(
      r.stdout,
      /partnership\.md:1:16 warning term\/non-canonical “all-round strategic partnership” should be “comprehensive strategic partnership” \(Machine translation of đối tác chiến lược toàn diện\)\. \(fix: comprehensive strategic partnership\)/,
    );
  });

  test('a folder layer takes .tbx files beside .yaml ones; vocab validate accepts both', () => {
    write('folder/a.tbx', readFileSync(join(FIXTURES, 'dct-2019.tbx'), 'utf8'));
    write('folder/b.yaml', 'terms:\n  - id: blue-economy\n    name: { en: blue economy }\n    wrong: [azure economy]\n    source: test\n    confidence: high\n');
    assert.deepEqual(findings(['--vocab', join(work, 'folder')], 'The Mekong sub-area and the azure economy.\n'), [
      '1:5 term/non-canonical Mekong sub-area → Mekong Subregion',
      '1:29 term/non-canonical azure economy → blue economy',
    ]);
    const v = cli(['vocab', 'validate', join(work, 'folder'), join(FIXTURES, 'basic-2008.tbx')]);
    assert.equal(v.status, 0, show(v));
  });

  test('a malformed TBX file: located error, exit 2, nothing checked', () => {
    const bad = write(
      'bad/two-preferred.tbx',
      [
        '<?xml version="1.0"?>',
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
        '<text><body>',
        '<conceptEntry id="x"><langSec xml:lang="en">',
        '  <termSec><term>a</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>',
        '  <termSec><term>b</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>',
        '</langSec></conceptEntry>',
        '</body></text></tbx>',
        '',
      ].join('\n'),
    );
    const r = cli(['check', '--vocab', bad, write('reports/clean.md', 'Nothing here.\n')]);
    assert.equal(r.status, 2, show(r));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /two-preferred\.tbx:6:26 error vocab\/tbx A second preferred term in en: "b", after "a"/);
    const broken = write('bad/broken.tbx', '<?xml version="1.0"?>\n<martif xml:lang="en"><text><body>\n<termEntry><langSet xml:lang="en"><tig><term>x</tig>\n');
    const v = cli(['vocab', 'validate', broken]);
    assert.equal(v.status, 2, show(v));
    assert.match(v.stderr, /broken\.tbx:3:47 error vocab\/syntax XML syntax: the closing tag <\/tig> does not match the open element <term> \(line 3\)/);
  });
});

describe('vocab import', () => {
  test('--from tbx writes a valid YAML pack that checks exactly like the term base', () => {
    const out = join(work, 'imported/peacekeeping.yaml');
    mkdirSync(dirname(out), { recursive: true });
    const r = cli(['vocab', 'import', '--from', 'tbx', join(FIXTURES, 'basic-2019.tbx'), '-o', out]);
    assert.equal(r.status, 0, show(r));
    assert.match(r.stderr, /peacekeeping\.yaml: 2 terms imported from /);
    const yaml = readFileSync(out, 'utf8');
    assert.match(yaml, /^# Imported from basic-2019\.tbx by communique vocab import --from tbx\./);
    const pack = parse(yaml) as { terms: { id: string; name: Record<string, string>; source: string; confidence: string }[] };
    assert.deepEqual(
      pack.terms.map((t) => [t.id, t.name.en, t.confidence]),
      [
        ['peacekeeping', 'UN peacekeeping operations', 'high'],
        ['non-permanent-member', 'non-permanent member of the UN Security Council', 'high'],
      ],
    );
    const v = cli(['vocab', 'validate', out]);
    assert.equal(v.status, 0, show(v));
    assert.equal(v.stderr, '');
    assert.deepEqual(findings(['--vocab', out], REPORT), findings(['--vocab', join(FIXTURES, 'basic-2019.tbx')], REPORT));
  });

  test('--from prh writes the dictionary as a pack; without -o to standard output', () => {
    const dict = write('prh/dict.yml', 'version: 1\nrules:\n  - expected: Politburo\n    patterns: [Ministry Politic, Politic Bureau]\n    prh: machine translation\n');
    const r = cli(['vocab', 'import', '--from', 'prh', dict]);
    assert.equal(r.status, 0, show(r));
    const pack = parse(r.stdout) as { terms: { id: string; name: { en: string }; wrong: { form: string; fix: string; reason: string }[] }[] };
    assert.deepEqual(
      pack.terms.map((t) => [t.id, t.name.en, t.wrong.map((w) => w.form)]),
      [['prh-1', 'Politburo', ['Ministry Politic', 'Politic Bureau']]],
    );
    const out = write('prh/pack.yaml', r.stdout);
    assert.equal(cli(['vocab', 'validate', out]).status, 0);
    const text = 'The Politic Bureau met.\n';
    assert.deepEqual(findings(['--no-builtin', '--vocab', out], text), findings(['--no-builtin', '--vocab', dict], text));
    assert.deepEqual(findings(['--no-builtin', '--vocab', out], text), ['1:5 term/non-canonical Politic Bureau → Politburo']);
  });

  test('usage and input errors exit 2', () => {
    const yaml = write('prh/not-tbx.yaml', 'terms: []\n');
    const cases: [string[], RegExp][] = [
      [['vocab', 'import', join(FIXTURES, 'basic-2019.tbx')], /vocab import needs --from tbx or --from prh/],
      [['vocab', 'import', '--from', 'csv', yaml], /not "csv"/],
      [['vocab', 'import', '--from', 'tbx'], /vocab import takes one file \(got none\)/],
      [['vocab', 'import', '--from', 'tbx', yaml], /not-tbx\.yaml:1:1 error vocab\/tbx This file is not XML/],
      [['vocab', 'import', '--from', 'prh', yaml], /not-tbx\.yaml:1:1 error vocab\/prh This file is not a textlint-rule-prh dictionary/],
      [['vocab', 'import', '--from', 'prh', join(FIXTURES, 'basic-2019.tbx')], /use --from tbx/],
      [['vocab', 'import', '--from', 'tbx', join(work, 'nope.tbx')], /nope\.tbx:1:1 error vocab\/io Cannot read .*ENOENT/],
      [['vocab', 'export', '--format', 'csv'], /vocab export needs --format tbx or --format prh, not "csv"/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      assert.equal(r.status, 2, `${args.join(' ')}\n${show(r)}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });
});

describe('vocab export --format tbx', () => {
  const PACK = [
    'terms:',
    '  - id: blue-economy',
    '    name: { en: blue economy, vi: kinh tế biển xanh }',
    '    variants: { en: [ocean economy] }',
    '    wrong:',
    '      - form: azure economy',
    '        reason: Not the accepted term.',
    '      - form: kinh tế màu xanh dương',
    '    definition: { en: Sustainable use of ocean resources. }',
    '    source: house style',
    '    confidence: high',
    '',
  ].join('\n');

  test('writes a TBX-Basic term base that checks like the pack it came from, and re-imports to it', () => {
    const pack = write('export/pack.yaml', PACK);
    const r = cli(['vocab', 'export', '--format', 'tbx', '--no-builtin', '--vocab', pack]);
    assert.equal(r.status, 0, show(r));
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">/);
    assert.match(r.stdout, /<conceptEntry id="blue-economy">/);
    const tbx = write('export/pack.tbx', r.stdout);
    assert.equal(cli(['vocab', 'validate', tbx]).status, 0);
    const text = 'The azure economy, the ocean economy; kinh tế màu xanh dương.\n';
    const expected = ['1:5 term/non-canonical azure economy → blue economy', '1:39 term/non-canonical kinh tế màu xanh dương → kinh tế biển xanh'];
    assert.deepEqual(findings(['--no-builtin', '--vocab', pack], text), expected);
    assert.deepEqual(findings(['--no-builtin', '--vocab', tbx], text), expected);
    const back = cli(['vocab', 'import', '--from', 'tbx', tbx]);
    assert.equal(back.status, 0, show(back));
    const term = (parse(back.stdout) as { terms: unknown[] }).terms[0];
    assert.deepEqual(term, {
      id: 'blue-economy',
      name: { en: 'blue economy', vi: 'kinh tế biển xanh' },
      variants: { en: ['ocean economy'] },
      wrong: [
        { form: 'azure economy', lang: 'en', reason: 'Not the accepted term.' },
        { form: 'kinh tế màu xanh dương', lang: 'vi' },
      ],
      definition: { en: 'Sustainable use of ocean resources.' },
      source: 'house style',
      confidence: 'high',
    });
  });

  test('the built-in vocabulary exported as TBX, layered over itself, changes no finding of the sample report', () => {
    const r = cli(['vocab', 'export', '--format', 'tbx']);
    assert.equal(r.status, 0, show(r));
    const tbx = write('export/builtin.tbx', r.stdout);
    const sample = readFileSync(join(root, 'examples/sample-report.md'), 'utf8');
    const plain = findings([], sample);
    assert.ok(plain.length >= 8, plain.join('\n'));
    assert.deepEqual(findings(['--vocab', tbx], sample), plain);
    // Alone, the TBX still finds the wrong forms of bodies and titles.
    assert.ok(findings(['--no-builtin', '--vocab', tbx], 'The Ministry Politic met.\n').includes('1:5 term/non-canonical Ministry Politic → Politburo'));
  });
});
