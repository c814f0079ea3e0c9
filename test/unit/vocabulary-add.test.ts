// "Add to the workspace vocabulary" (core/src/features/addToVocabulary.ts, vocabulary/edit.ts):
// the corpus of pack edits. Each kind of addition into an absent, an empty, a commented and a
// flow-style pack; then the pack is loaded by the real loader and the report checked again:
// the entry is there and schema-valid, the finding is gone, and the file's comments are kept.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyProposal,
  buildVocabulary,
  checkText,
  documentProposal,
  loadPackFile,
  personProposal,
  termProposal,
  wrongFormProposal,
  type CompiledVocabulary,
  type Proposal,
} from '@communique/core';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { addPackEntry, appendToEntryList, PACK_HEADER } from '../../core/src/vocabulary/edit';
import { TODAY } from '../helpers';

const builtin = builtinVocabulary();
const PATH = '/ws/.communique/vocabulary.yaml';

const PACKS: Record<string, string | undefined> = {
  absent: undefined,
  empty: '',
  commented: [
    '# Our desk vocabulary.',
    '# Keep entries sorted.',
    'terms:',
    '  # the first term',
    '  - id: our-term # inline comment',
    '    name: { en: "our term" }',
    '    source: "Desk style guide"',
    '    confidence: medium',
    '',
    '# people come later',
    '',
  ].join('\n'),
  flow: ['# flow style', 'terms: [{ id: our-term, name: { en: our term }, source: Desk style guide, confidence: medium }]', 'people: []', ''].join('\n'),
  block0: ['documents:', '- id: x-1', '  type: resolution', '  number: "1"', '  title: { en: X }', '  source: s', '  confidence: low', ''].join('\n'),
};

const REPORT = [
  '---',
  'date: 2024-11-05',
  '---',
  'In 2024 the Politburo issued Resolution No. 45-NQ/TW on the press.',
  '',
  'Foreign Minister Tran Quoc Hoa met the delegation.',
  '',
  'The popular diplomacy was praised alongside people-to-people diplomacy.',
  '',
].join('\n');

const checkWith = (vocab: CompiledVocabulary) => checkText(REPORT, vocab, { today: TODAY });

/** The vocabulary with the pack text as the workspace layer (asserting it loads without problems). */
function vocabularyOf(text: string): CompiledVocabulary {
  const loaded = loadPackFile({ path: PATH, text });
  assert.deepEqual(
    loaded.problems.map((p) => `${p.line}:${p.column} ${p.message}`),
    [],
    text,
  );
  const built = buildVocabulary([{ name: 'workspace', files: [{ path: PATH, text }] }]);
  assert.ok(built.compiled, built.problems.map((p) => p.message).join('\n'));
  return built.compiled!;
}

const at = (needle: string): number => REPORT.indexOf(needle) + 1;
const none = (): boolean => false;

function proposalsFor(): Record<string, Proposal> {
  const result = checkWith(builtin);
  const start = REPORT.indexOf('popular diplomacy');
  return {
    document: documentProposal(result, builtin, at('45-NQ/TW'), none)!,
    person: personProposal(result, builtin, at('Tran Quoc Hoa'), none)!,
    term: termProposal(result, builtin, start, start + 'popular diplomacy'.length, none)!,
    wrong: wrongFormProposal(result, builtin, start, start + 'popular diplomacy'.length)!,
  };
}

describe('proposals: what the sentence gives', () => {
  test('an unknown citation: type, number, symbol, the issuer and the year of its sentence, in its language', () => {
    const p = proposalsFor().document;
    assert.equal(p.label, '45-NQ/TW');
    assert.deepEqual(p.entry, {
      id: 'nq-45-tw-2024',
      type: 'resolution',
      number: '45',
      symbol: '45-NQ/TW',
      issuer: 'politburo',
      date: '2024',
      title: { en: 'Resolution No. 45-NQ/TW' },
      source: p.entry.source,
      confidence: 'low',
    });
    assert.deepEqual(p.focus, ['title', 'en']);
  });

  test('a Vietnamese citation gives a Vietnamese title; a taken id gets a suffix', () => {
    const text = 'Ban Bí thư ban hành Chỉ thị số 77-CT/TW năm 2023.';
    const result = checkText(text, builtin, { today: TODAY });
    const p = documentProposal(result, builtin, text.indexOf('77-CT') + 1, (id) => id === 'ct-77-tw-2023')!;
    assert.equal(p.entry.id, 'ct-77-tw-2023-2');
    assert.equal(p.entry.type, 'directive');
    assert.equal(p.entry.issuer, 'secretariat');
    assert.deepEqual(p.entry.title, { vi: 'Chỉ thị số 77-CT/TW' });
  });

  test('a name after a known title that names nobody known is a person; a known one is not', () => {
    assert.equal(proposalsFor().person.label, 'Tran Quoc Hoa');
    const known = 'General Secretary To Lam spoke.';
    assert.equal(personProposal(checkText(known, builtin, { today: TODAY }), builtin, known.indexOf('To Lam') + 1, none), undefined);
  });

  test('a selected phrase: a term, and a wrong form of the nearest known term', () => {
    const { term, wrong } = proposalsFor();
    assert.equal(term.entry.id, 'popular-diplomacy');
    assert.deepEqual(term.entry.name, { en: 'popular diplomacy' });
    assert.equal(wrong.section, 'terms');
    assert.equal(wrong.target!.id, 'people-to-people-diplomacy');
    assert.deepEqual({ form: wrong.entry.form, lang: wrong.entry.lang }, { form: 'popular diplomacy', lang: 'en' });
  });
});

describe('the corpus of pack edits: add, load, check again', () => {
  const proposals = proposalsFor();
  const before = checkWith(builtin).findings;
  assert.ok(before.some((f) => f.ruleId === 'citation/unknown'));

  for (const [packName, old] of Object.entries(PACKS)) {
    for (const [kind, p] of Object.entries(proposals)) {
      test(`${kind} into the ${packName} pack`, () => {
        const r = applyProposal(old, p, builtin);
        assert.ok(!('error' in r), JSON.stringify(r));
        // One insertion (a flow mapping rewritten in place aside): the old text is all there.
        if (r.deleteCount === 0) assert.equal(r.text, (old ?? '').slice(0, r.offset) + r.newText + (old ?? '').slice(r.offset));
        if (old === undefined || old === '') assert.ok(r.text.startsWith(PACK_HEADER));
        for (const line of (old ?? '').split('\n').filter((l) => l.trim().startsWith('#'))) assert.ok(r.text.includes(line.trim()), `comment kept: ${line}`);
        const vocab = vocabularyOf(r.text);
        const after = checkWith(vocab);
        if (kind === 'document') {
          assert.equal(vocab.vocabulary.documents.get('nq-45-tw-2024')?.symbol, '45-NQ/TW');
          assert.ok(!after.findings.some((f) => f.ruleId === 'citation/unknown'), 'the finding is gone');
          assert.ok(r.text.slice(r.cursor).startsWith('Resolution No. 45-NQ/TW'), 'the cursor is on the title');
        }
        if (kind === 'person') {
          assert.deepEqual(vocab.vocabulary.people.get('tran-quoc-hoa')?.name, { en: 'Tran Quoc Hoa' });
          assert.ok(r.text.slice(r.cursor).startsWith('To complete'), 'the cursor is on the source');
        }
        if (kind === 'term') assert.ok(vocab.vocabulary.terms.has('popular-diplomacy'));
        if (kind === 'wrong') {
          const term = vocab.vocabulary.terms.get('people-to-people-diplomacy')!;
          assert.ok(term.wrong?.some((w) => w.form === 'popular diplomacy'));
          // The copy keeps the built-in entry whole: its names, sources and the other wrong forms.
          assert.deepEqual(term.name, builtin.vocabulary.terms.get('people-to-people-diplomacy')!.name);
          assert.equal(term.wrong!.length, (builtin.vocabulary.terms.get('people-to-people-diplomacy')!.wrong?.length ?? 0) + 1);
          assert.ok(
            after.findings.some((f) => REPORT.slice(f.start, f.end) === 'popular diplomacy'),
            'the wrong form is now found',
          );
        }
        if (packName === 'commented' || packName === 'flow') assert.ok(vocab.vocabulary.terms.has('our-term'), 'the existing entry stays');
      });
    }
  }

  test('a wrong form of an entry the pack defines goes into its own list', () => {
    const r = appendToEntryList(PACKS.commented!, 'terms', 'our-term', 'wrong', { form: 'our termz', lang: 'en' });
    assert.ok(!('error' in r));
    assert.match(
      r.text,
      / {2}- id: our-term # inline comment\n {4}name: \{ en: "our term" \}\n {4}source: "Desk style guide"\n {4}confidence: medium\n {4}wrong:\n {6}- form: our termz\n/,
    );
    assert.deepEqual(vocabularyOf(r.text).vocabulary.terms.get('our-term')?.wrong?.[0]?.form, 'our termz');
  });

  test('a pack with YAML errors, or that is not a mapping, is not edited', () => {
    assert.deepEqual(addPackEntry('terms: [\n', 'terms', { id: 'x' }, []), { error: 'syntax' });
    assert.deepEqual(addPackEntry('- a\n- b\n', 'terms', { id: 'x' }, []), { error: 'not-a-pack' });
  });
});
