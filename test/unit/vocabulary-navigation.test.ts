// Navigation over the vocabulary in the core: which entity a mention names (one key for its
// English and Vietnamese names), a report's outline, and how pack files are read for
// completion, hover, definition and rename (core/src/features/entities.ts, packs.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText, completionContext, entityAt, entityMentions, occurrencesOf, packTokens, reportSymbols, roleOf, wrongFormProposal } from '@communique/core';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { TODAY } from '../helpers';

const vocab = builtinVocabulary();
const run = (text: string) => checkText(text, vocab, { today: TODAY });

describe('entities in a report', () => {
  test('English and Vietnamese names of an entity have one key; a citation is its document', () => {
    const text = 'The Politburo passed Resolution No. 34-NQ/TW.\n\nBộ Chính trị ban hành Nghị quyết số 34-NQ/TW.\n';
    const keys = entityMentions(run(text)).map((m) => `${m.key} ${m.text}`);
    assert.deepEqual(keys, [
      'bodies:politburo Politburo',
      'documents:nq-34-tw-2023 Resolution No. 34-NQ/TW',
      'bodies:politburo Bộ Chính trị',
      'documents:nq-34-tw-2023 Nghị quyết số 34-NQ/TW',
    ]);
  });

  test('a framing member is its framing and member; a wrong form names its entity; prose names nothing', () => {
    const text = 'State diplomacy matters. The Ministry Politic met. We walked.';
    const r = run(text);
    assert.equal(entityAt(r.blocks, text, 2)?.key, 'framings:three-pillars/state-diplomacy');
    assert.equal(entityAt(r.blocks, text, text.indexOf('Ministry Politic') + 2)?.key, 'bodies:politburo');
    assert.equal(entityAt(r.blocks, text, text.indexOf('walked')), undefined);
  });

  test('the outline: headings nest by level; an unknown citation is listed as written; plain text has no headings', () => {
    const text = '# A\n\nThe Politburo met.\n\n### B\n\nResolution No. 99-NQ/TW.\n\n## C\n\nTo Lam spoke.\n';
    const names = (list: ReturnType<typeof reportSymbols>, depth = 0): string[] => list.flatMap((s) => [`${depth}:${s.kind}:${s.name}`, ...names(s.children, depth + 1)]);
    assert.deepEqual(names(reportSymbols(run(text), vocab)), [
      '0:heading:A',
      '1:body:Politburo',
      '1:heading:B',
      '2:citation:Resolution No. 99-NQ/TW',
      '1:heading:C',
      '2:person:To Lam',
    ]);
    const plain = checkText('# Not a heading\n\nThe Politburo met.\n', vocab, { today: TODAY, syntax: 'plaintext' });
    assert.deepEqual(names(reportSymbols(plain, vocab)), ['0:body:Politburo']);
  });

  test('a wrong form goes to the nearest known term: in its paragraph, else elsewhere in the report', () => {
    const text = 'We spoke of people-to-people diplomacy.\n\nThe popular diplomacy grew.\n';
    const start = text.indexOf('popular diplomacy');
    const p = wrongFormProposal(run(text), vocab, start, start + 'popular diplomacy'.length);
    assert.equal(p?.target?.id, 'people-to-people-diplomacy');
    assert.equal(wrongFormProposal(run('Nothing known here.'), vocab, 0, 7), undefined);
  });
});

const PACK = [
  'documents:',
  '  - id: doc-a',
  '    type: resolution',
  '    issuer: politburo',
  '    superseded_by: doc-b',
  '    note: |',
  '      issuer: not-a-reference',
  '  - { id: doc-b, type: plan, issuer: politburo }',
  'titles:',
  '  - id: chief',
  '    body: politburo',
  '    holders:',
  '      - person: to-lam',
  '        from: "2024"',
  'people:',
  '  - id: to-lam',
  '    styled:',
  '      - chief',
  '    variants: [To Lam, "Tô Lâm"]',
  'framings:',
  '  - id: f',
  '    members:',
  '      - id: politburo',
  '',
].join('\n');

describe('pack files', () => {
  test('each value with the field and parents that hold it, and what it is', () => {
    const roles = packTokens(PACK)
      .map((t) => [t.value, roleOf(t)])
      .filter(([, r]) => r)
      .map(([v, r]) => `${v as string} ${(r as { role: string }).role}${'section' in (r as object) ? `:${(r as { section: string }).section}` : ''}`);
    assert.deepEqual(roles, [
      'doc-a id:documents',
      'resolution enum',
      'politburo reference:bodies',
      'doc-b reference:documents',
      'doc-b id:documents',
      'plan enum',
      'politburo reference:bodies',
      'chief id:titles',
      'politburo reference:bodies',
      'to-lam reference:people',
      'to-lam id:people',
      'chief reference:titles',
      'f id:framings',
    ]);
    // A block scalar's lines and a framing member's id are no entry's; a flow mapping's are read as its keys'.
  });

  test('completion context on a line being typed: a reference, an enumeration, nothing elsewhere', () => {
    const typed = (before: string, after = '') => {
      const text = `${before}${after}`;
      return completionContext(text, before.length);
    };
    assert.deepEqual(typed('documents:\n  - id: x\n    issuer: po'), {
      role: { role: 'reference', section: 'bodies' },
      prefix: 'po',
      start: 'documents:\n  - id: x\n    issuer: '.length,
    });
    assert.equal(typed('documents:\n  - id: x\n    issuer: ')?.prefix, '');
    assert.deepEqual(typed('documents:\n  - id: x\n    type: re', '\n    number: "1"\n')?.role.role, 'enum');
    assert.deepEqual(typed('people:\n  - id: x\n    styled:\n      - ')?.role, { role: 'reference', section: 'titles' });
    assert.equal(typed('documents:\n  - id: x\n    title:\n      en: Re'), undefined);
    assert.equal(typed('documents:\n  - id: do'), undefined);
  });

  test('every place that names an entry: its id and the references to it, not a member id or a note', () => {
    const at = (t: { start: number }) => PACK.slice(0, t.start).split('\n').length;
    assert.deepEqual(occurrencesOf(PACK, 'bodies', 'politburo').map(at), [4, 8, 11]);
    assert.deepEqual(occurrencesOf(PACK, 'people', 'to-lam').map(at), [13, 16]);
    assert.deepEqual(occurrencesOf(PACK, 'documents', 'doc-b').map(at), [5, 8]);
    const flow = PACK.split('\n')[7]!;
    const t = occurrencesOf(PACK, 'documents', 'doc-b')[1]!;
    assert.equal(PACK.slice(t.start, t.end), 'doc-b');
    assert.ok(flow.includes('doc-b'));
  });
});
