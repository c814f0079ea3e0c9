import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildVocabulary, builtinVocabulary } from '../../core/src/vocabulary';
import { loadPackFile } from '../../core/src/vocabulary/load';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromSnapshot } from '../../core/src/vocabulary/snapshot';
import { packFilesIn } from '../../server/src/node/vocabularyFiles';
import { check, repoRoot } from '../helpers';

const problemsOf = (text: string) => loadPackFile({ path: 'pack.yaml', text }).problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`);

test('the built-in pack loads, and every entity carries a source and a confidence', () => {
  const v = builtinVocabulary().vocabulary;
  assert.ok(v.documents.size >= 10 && v.bodies.size >= 10 && v.framings.has('three-pillars'));
  for (const section of [v.documents, v.bodies, v.titles, v.people, v.terms, v.framings, v.events, v.milestones]) {
    for (const entry of section.values()) {
      assert.ok(entry.source.length > 0, `${entry.id} has a source`);
      assert.ok(['high', 'medium', 'low'].includes(entry.confidence), `${entry.id} has a confidence`);
    }
  }
  const c71 = [...v.documents.values()].find((d) => d.type === 'conclusion' && d.number === '71');
  assert.equal(c71?.confidence, 'low', 'Conclusion 71 is unconfirmed in the fact sheet');
});

test('YAML syntax errors are located', () => {
  const [p] = problemsOf('terms:\n  - id: a\n    name: {en: "x"\n');
  assert.match(p!, /^\d+:\d+ vocab\/syntax YAML syntax/);
});

test('schema errors point at the offending key or value', () => {
  const text = [
    'terms:',
    '  - id: renewal',
    '    name: { en: national renewal }',
    '    source: seed 000',
    '    confidence: certain',
    '    colour: blue',
    '  - id: Bad Id',
    '    name: { en: x }',
    '    source: s',
    '    confidence: high',
    'documents:',
    '  - id: d1',
    '    type: resolution',
    '    number: 1',
    '    title: { en: t }',
    '    date: 2023-13-01',
    '    source: s',
    '    confidence: high',
  ].join('\n');
  assert.deepEqual(problemsOf(text), [
    '5:17 vocab/schema `confidence` must be one of: high, medium, low.',
    '6:5 vocab/schema Unknown field `colour`.',
    '7:9 vocab/schema `id` must be an id of lowercase letters, digits and hyphens.',
    '16:11 vocab/schema `date` must be a date written YYYY, YYYY-MM or YYYY-MM-DD.',
  ]);
});

test('missing required fields and unknown sections are named', () => {
  const problems = problemsOf('terms:\n  - id: x\n    name: { en: y }\nglossary: []\n');
  assert.ok(
    problems.some((p) => /^2:5 .*Missing required field `source`/.test(p)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /^4:1 .*Unknown field `glossary`/.test(p)),
    problems.join('\n'),
  );
});

test('alias bombs are refused, not expanded', () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  ].join('\n');
  const problems = problemsOf(bomb);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /aliases/);
});

test('layers: a later layer adds and overrides by id; duplicates and dangling references are errors', () => {
  const extra = {
    name: 'org',
    files: [
      {
        path: 'org.yaml',
        text: 'terms:\n  - id: national-renewal-and-development\n    name: { en: national renewal and development }\n    wrong: ["national renovation and development"]\n    source: house style\n    confidence: high\n',
      },
    ],
  };
  const built = buildVocabulary([extra]);
  assert.deepEqual(built.problems, []);
  const text = 'national renovation and development; national renewable and development';
  assert.deepEqual(
    check(text, {}, built.compiled).map((f) => text.slice(f.start, f.end)),
    ['national renovation and development'],
    "the override replaced the built-in entry, so its wrong variants are the layer's",
  );

  const dup = {
    name: 'dup',
    files: [{ path: 'd.yaml', text: 'people:\n  - { id: p, name: { en: A }, source: s, confidence: high }\n  - { id: p, name: { en: B }, source: s, confidence: high }\n' }],
  };
  assert.match(
    buildVocabulary([dup])
      .problems.map((p) => `${p.file}:${p.line} ${p.ruleId}`)
      .join(),
    /d\.yaml:3 vocab\/duplicate-id/,
  );
  const dangling = {
    name: 'x',
    files: [
      { path: 'x.yaml', text: 'titles:\n  - id: t\n    name: { en: T }\n    holders: [{ person: nobody, source: s, confidence: high }]\n    source: s\n    confidence: high\n' },
    ],
  };
  assert.match(buildVocabulary([dangling]).problems[0]!.message, /person: nobody/);
});

test('a pack file read once is taken from the cache by its text; a changed file is read again', () => {
  const store = new Map<string, Uint8Array>();
  let gets = 0;
  const cache = { get: (k: string) => (gets++, store.get(k)), set: (k: string, v: Uint8Array) => void store.set(k, v) };
  const fileKeys = () => [...store.keys()].filter((k) => !k.includes('-vocabulary-'));
  // Without the snapshot of the whole set, only the per-file entries serve.
  const dropSnapshots = () => [...store.keys()].filter((k) => k.includes('-vocabulary-')).forEach((k) => store.delete(k));
  const text = 'terms:\n  - id: house\n    name: { en: external relations }\n    wrong: ["foreign relation works"]\n    source: s\n    confidence: high\n';
  const first = buildVocabulary([{ name: 'l', files: [{ path: 'a.yaml', text }] }], false, cache);
  assert.equal(fileKeys().length, 1);
  dropSnapshots();
  // The cached entry is what is used: change it behind the loader's back and the change shows.
  const [key] = fileKeys();
  const edited = new TextDecoder().decode(store.get(key!)!).replace('foreign relation works', 'foreign relations work');
  store.set(key!, new TextEncoder().encode(edited));
  gets = 0;
  const second = buildVocabulary([{ name: 'l', files: [{ path: 'a.yaml', text }] }], false, cache);
  assert.equal(gets, 2, 'the snapshot (missing), then the file');
  const sample = 'Its foreign relation works and foreign relations work.';
  assert.deepEqual(
    check(sample, {}, first.compiled).map((f) => sample.slice(f.start, f.end)),
    ['foreign relation works'],
  );
  assert.deepEqual(
    check(sample, {}, second.compiled).map((f) => sample.slice(f.start, f.end)),
    ['foreign relations work'],
  );
  assert.equal(second.compiled!.vocabulary.origins.get('terms:house')!.line, 2, 'origins survive the cache');
  buildVocabulary([{ name: 'l', files: [{ path: 'a.yaml', text: text.replace('house', 'home') }] }], false, cache);
  assert.equal(fileKeys().length, 2, 'a changed file has another key');
  buildVocabulary([{ name: 'l', files: [{ path: 'b.yaml', text: 'terms:\n  - id: x\n' }] }], false, cache);
  assert.equal(fileKeys().length, 2, 'a file with problems is not cached');
});

test('a set of layers compiled once is restored whole from its snapshot, and gives the same findings', () => {
  const store = new Map<string, Uint8Array>();
  const cache = { get: (k: string) => store.get(k), set: (k: string, v: Uint8Array) => void store.set(k, v) };
  // The built-in pack's own files, as an organisation's layer over it: every section and feature.
  const dir = join(repoRoot(), 'vocabulary/builtin');
  const files = packFilesIn(dir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const layers = [{ name: 'org', files }];
  const seeds = readdirSync(join(repoRoot(), 'test/fixtures/seeds')).map((name) => readFileSync(join(repoRoot(), 'test/fixtures/seeds', name), 'utf8'));
  const fresh = buildVocabulary(layers, true, cache);
  assert.ok(fresh.compiled, fresh.problems.map((p) => p.message).join());
  const snapshots = [...store.keys()].filter((k) => k.includes('-vocabulary-'));
  assert.equal(snapshots.length, 1);
  const restored = buildVocabulary(layers, true, { get: cache.get, set: () => assert.fail('nothing is compiled again') });
  assert.ok(restored.compiled && restored.compiled !== fresh.compiled);
  assert.equal(restored.compiled.automaton.size, fresh.compiled.automaton.size);
  assert.deepEqual(restored.problems, fresh.problems, 'load warnings come back with the snapshot');
  assert.deepEqual([...restored.compiled.vocabulary.origins], [...fresh.compiled.vocabulary.origins]);
  let findings = 0;
  for (const text of seeds) {
    const expected = check(text, { syntax: 'plaintext', date: '2021-01-27' }, fresh.compiled);
    findings += expected.length;
    assert.deepEqual(check(text, { syntax: 'plaintext', date: '2021-01-27' }, restored.compiled), expected);
  }
  assert.ok(findings > 0);
  // Another path or text of the layers, or without the built-in pack, is another snapshot.
  buildVocabulary([{ name: 'org', files: files.map((f) => ({ ...f, path: `${f.path}.copy` })) }], true, cache);
  buildVocabulary(layers, false, cache);
  assert.equal([...store.keys()].filter((k) => k.includes('-vocabulary-')).length, 3);
  // A damaged snapshot is not an error: the layers are compiled again.
  store.set(snapshots[0]!, store.get(snapshots[0]!)!.subarray(0, 100));
  const rebuilt = buildVocabulary(layers, true, cache);
  assert.equal(rebuilt.compiled!.automaton.size, fresh.compiled.automaton.size);
  assert.equal(fromSnapshot(new Uint8Array([1, 2, 3])), undefined);
});
