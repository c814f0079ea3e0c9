// The project configuration: read with located problems, layered under settings and flags, and
// its include/exclude globs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CONFIG_KEYS,
  checkOptionsOf,
  decodeReport,
  effectiveConfig,
  isConfigFile,
  isExcluded,
  isProjectPackFile,
  parseProjectConfig,
  reportSyntax,
  type Overrides,
} from '@communique/core';
import { repoRoot } from '../helpers';

const FLAGS: Overrides['names'] = { packs: '--vocab', rules: '--rule', reportDate: '--date', language: '--lang', messageLanguage: '--message-language' };

test('a configuration is read key by key, with where each key was set', () => {
  const { config, problems } = parseProjectConfig(
    ['vocabulary: [../glossary/house.yaml]', 'rules:', '  citation/unknown: off', '  term: error', 'reportDate: 2024-11-05', 'language: vi', 'exclude: ["drafts/**"]'].join('\n'),
    '.communique/config.yaml',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config.vocabulary, ['../glossary/house.yaml']);
  assert.deepEqual(config.rules, { 'citation/unknown': 'off', 'term/*': 'error' });
  assert.equal(config.reportDate, '2024-11-05');
  assert.equal(config.language, 'vi');
  assert.deepEqual(config.exclude, ['drafts/**']);
  assert.equal(config.origins['rules.citation/unknown']?.line, 3);
  assert.equal(config.origins.reportDate?.line, 5);
});

test('problems are located at their line and column, and unknown rules only warn', () => {
  const text = ['rules:', '  citation/unknown: loud', '  citation/nonsense: off', 'reportDate: 2024-13-45', 'colour: blue', 'language: fr'].join('\n');
  const { problems } = parseProjectConfig(text, 'c.yaml');
  const at = problems.map((p) => [p.line, p.column, p.severity ?? 'error', p.message.slice(0, 30)]);
  assert.deepEqual(
    at.map(([line, column, severity]) => [line, column, severity]),
    [
      [2, 21, 'error'],
      [3, 3, 'warning'],
      [4, 13, 'error'],
      [5, 1, 'error'],
      [6, 11, 'error'],
    ],
  );
  assert.match(problems[0]!.message, /one of error, warning, information, hint, off, not “loud”/);
  assert.match(problems[3]!.message, /Unknown key “colour”/);
  assert.ok(problems.every((p) => p.ruleId === 'vocab/config'));
  assert.equal(parseProjectConfig('rules: [\n', 'c.yaml').problems[0]?.ruleId, 'vocab/config');
  assert.match(parseProjectConfig('- a\n- b\n', 'c.yaml').problems[0]!.message, /a map of keys/);
  assert.deepEqual(parseProjectConfig('', 'c.yaml').problems, []);
});

test('settings and flags layer over the configuration, and say where each value came from', () => {
  const { config } = parseProjectConfig('rules: { citation/unknown: off, term/*: error }\nreportDate: 2024-11-05\n', '.communique/config.yaml');
  const project = { config, vocabulary: ['/p/glossary.yaml'], packFolder: '/p/.communique', displayName: '.communique/config.yaml' };
  const alone = effectiveConfig(project);
  assert.deepEqual(
    alone.packs.map((p) => p.value),
    ['/p/glossary.yaml', '/p/.communique'],
  );
  assert.equal(alone.reportDate?.from, '.communique/config.yaml:2');
  assert.equal(alone.rules['citation/unknown']?.from, '.communique/config.yaml:1');
  const layered = effectiveConfig(project, { names: FLAGS, packs: ['/x/extra.yaml'], reportDate: '2025-01-01', rules: { 'citation/unknown': 'hint' } });
  // Configuration packs, then the flags' (or settings'), then the project folder's own.
  assert.deepEqual(
    layered.packs.map((p) => p.value),
    ['/p/glossary.yaml', '/x/extra.yaml', '/p/.communique'],
  );
  assert.deepEqual(layered.reportDate, { value: '2025-01-01', from: '--date' });
  assert.deepEqual(checkOptionsOf(layered), { date: '2025-01-01', rules: { 'citation/unknown': 'hint', 'term/*': 'error' } });
  assert.equal(effectiveConfig(undefined).language.from, 'default');
});

test('include and exclude are globs from the project folder; outside it nothing is excluded', () => {
  const { config } = parseProjectConfig('include: ["reports/**"]\nexclude: ["reports/drafts/**"]\n', 'c.yaml');
  const e = effectiveConfig({ config, vocabulary: [], displayName: 'c.yaml' });
  assert.equal(isExcluded(e, 'reports/a.md'), false);
  assert.equal(isExcluded(e, 'reports/drafts/a.md'), true);
  assert.equal(isExcluded(e, 'notes/a.md'), true);
  assert.equal(isExcluded(e, '../elsewhere/a.md'), false);
});

test('one module decides which files are reports, packs and the configuration', () => {
  for (const ext of ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn']) assert.equal(reportSyntax(`a/b.${ext}`), 'markdown', ext);
  assert.equal(reportSyntax('file:///a/B.TXT'), 'plaintext');
  assert.equal(reportSyntax('a.yaml'), undefined);
  assert.equal(isConfigFile('/w/.communique/config.yaml'), true);
  assert.equal(isConfigFile('/w/notes/config.yaml'), false);
  assert.equal(isProjectPackFile('file:///w/.communique/house.yaml'), true);
  assert.equal(isProjectPackFile('/w/.communique/config.yml'), false);
  assert.equal(isProjectPackFile('/w/.communique/sub/house.yaml'), false);
});

test('bytes: a binary file is refused, bytes that are not UTF-8 are located, UTF-8 passes', () => {
  assert.ok('binary' in decodeReport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a])));
  assert.ok('binary' in decodeReport(Uint8Array.from({ length: 4000 }, (_, i) => ((i * 97 + 200) % 256) | 0x80)));
  const latin = decodeReport(Buffer.concat([Buffer.from('Việt Nam: caf'), Buffer.from([0xe9]), Buffer.from(' ok')]));
  assert.ok('text' in latin);
  assert.equal(latin.text, 'Việt Nam: caf\uFFFD ok');
  assert.deepEqual(
    latin.unchecked.map((u) => [u.start, u.end]),
    [[13, 14]],
  );
  const fine = decodeReport(Buffer.from('Bộ Chính trị 😀'));
  assert.ok('text' in fine && fine.unchecked.length === 0 && fine.text === 'Bộ Chính trị 😀');
  // Overlong and surrogate encodings are not UTF-8.
  const overlong = decodeReport(Buffer.concat([Buffer.from('a'.repeat(100)), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('b')]));
  assert.ok('text' in overlong && overlong.unchecked.length === 1 && overlong.unchecked[0]!.start === 100);
});

test("the configuration's schema (for the editor) and its reader (for the checks) take the same keys and values", () => {
  const schema = JSON.parse(readFileSync(join(repoRoot(), 'schemas/config.schema.json'), 'utf8')) as {
    properties: Record<string, { enum?: string[]; additionalProperties?: { enum: string[] } }>;
  };
  assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
  assert.deepEqual(schema.properties.language?.enum, ['auto', 'en', 'vi']);
  assert.deepEqual(schema.properties.rules?.additionalProperties?.enum, ['error', 'warning', 'information', 'hint', 'off']);
});
