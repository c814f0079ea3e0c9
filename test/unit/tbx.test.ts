// TBX term bases (ISO 30042) as vocabulary layers: TBX-Basic 2008 (martif) and TBX 2019
// (tbx, DCA and DCT styles), the mapping of administrative statuses, definitions, sources
// and notes; and the export to TBX, with round trips both ways.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SaxesParser } from 'saxes';
import { buildVocabulary, builtinVocabulary } from '../../core/src/vocabulary';
import { loadPackFile } from '../../core/src/vocabulary/load';
import type { PackFile, TermEntry } from '../../core/src/vocabulary/model';
import { vocabularyToTbx } from '../../core/src/vocabulary/tbx';
import { checkText } from '../../core/src/check';
import { explain, targetAt } from '../../core/src/features/explain';
import { check, repoRoot } from '../helpers';

const dir = join(repoRoot(), 'test/fixtures/tbx');
const fixture = (name: string) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
const loadTbx = (name: string) => loadPackFile(fixture(name));
const termsOf = (name: string): Map<string, TermEntry> => {
  const loaded = loadTbx(name);
  assert.deepEqual(loaded.problems, [], `${name} loads without problems`);
  return new Map((loaded.file!.pack.terms ?? []).map((t) => [t.id, t]));
};

test('TBX-Basic 2008: statuses, definitions, sources, notes and language varieties', () => {
  const terms = termsOf('basic-2008.tbx');
  assert.deepEqual([...terms.keys()], ['c001', 'c002', 'c003'], 'the German-only concept is not taken');
  const partnership = terms.get('c001')!;
  assert.deepEqual(partnership.name, { en: 'comprehensive strategic partnership', vi: 'đối tác chiến lược toàn diện' });
  assert.equal(partnership.variants, undefined);
  assert.deepEqual(partnership.wrong, [
    { form: 'all-round strategic partnership', lang: 'en', reason: 'Machine translation of đối tác chiến lược toàn diện.' },
    { form: 'extensive strategic partnership', lang: 'en' },
    // Only capitals differ from the preferred term: only that spelling is wrong.
    { form: 'Đối Tác Chiến Lược Toàn Diện', lang: 'vi', reason: 'Do not capitalise every word.', case: 'sensitive', diacritics: 'strict' },
  ]);
  assert.deepEqual(partnership.definition, { en: 'A framework of bilateral relations that covers politics, defence, economics and culture.' });
  assert.equal(partnership.source, 'Translation desk style sheet, 2023');
  assert.equal(partnership.note, "Vietnam's highest tier of bilateral relations before 2023 upgrades.");
  assert.equal(partnership.confidence, 'high');

  const overseas = terms.get('c002')!;
  assert.deepEqual(overseas.name, { en: 'overseas Vietnamese', vi: 'người Việt Nam ở nước ngoài' });
  assert.deepEqual(overseas.variants, { en: ['Vietnamese people abroad'], vi: ['kiều bào'] }, 'a term without status beside a preferred one is admitted');
  assert.deepEqual(overseas.wrong, [{ form: 'Viet Kieu', lang: 'en', reason: 'Informal; quote it only.' }], 'ntig/termGrp is read like tig');
  assert.deepEqual(overseas.definition, { vi: 'Người Việt Nam định cư, sinh sống ở nước ngoài.' }, 'a definition in a descripGrp, in vi-VN');
  assert.equal(overseas.source, 'Luật Quốc tịch Việt Nam');

  const defence = terms.get('c003')!;
  assert.deepEqual(defence.name, { en: 'defence diplomacy', vi: 'ngoại giao quốc phòng' }, 'with no preferred term, the first term without status is the canonical name');
  assert.deepEqual(defence.variants, { en: ['defense diplomacy'] });
  assert.deepEqual(
    defence.definition,
    { en: 'Cooperation between the armed forces and defence ministries of countries, as a part of foreign affairs.' },
    'a concept-level definition is in the language of the file (en-US)',
  );
  assert.match(defence.source, /^TBX term base basic-2008\.tbx$/);
});

test('TBX 2019 (DCA): conceptEntry/langSec/termSec, xref as source_url, other languages ignored', () => {
  const terms = termsOf('basic-2019.tbx');
  assert.deepEqual([...terms.keys()], ['peacekeeping', 'non-permanent-member']);
  const pk = terms.get('peacekeeping')!;
  assert.deepEqual(pk.name, { en: 'UN peacekeeping operations', vi: 'hoạt động gìn giữ hòa bình Liên hợp quốc' });
  assert.deepEqual(pk.variants, { en: ['United Nations peacekeeping operations'] });
  assert.deepEqual(pk.wrong, [
    { form: 'UN peace-keeping mission forces', lang: 'en', reason: 'Say operations; the forces are contributed to them.' },
    { form: 'hoạt động giữ gìn hòa bình Liên hợp quốc', lang: 'vi' },
  ]);
  assert.equal(pk.definition?.vi, 'Các hoạt động do Liên hợp quốc tiến hành mà Việt Nam tham gia từ năm 2014.');
  assert.equal(pk.source_url, 'https://example.org/glossary/peacekeeping');
  const member = terms.get('non-permanent-member')!;
  assert.deepEqual(member.variants, { vi: ['thành viên không thường trực Hội đồng Bảo an'] });
  assert.equal(member.note, 'Vietnam served in 2008–2009 and 2020–2021.');
});

test('TBX 2019 (DCT): namespaced data-category elements', () => {
  const t = termsOf('dct-2019.tbx').get('mekong-subregion')!;
  assert.deepEqual(t.name, { en: 'Mekong Subregion', vi: 'Tiểu vùng Mê Công' });
  assert.deepEqual(t.wrong, [{ form: 'Mekong sub-area', lang: 'en' }]);
  assert.deepEqual(t.definition, { en: 'The area along the Mekong River shared by six countries.' });
});

test('a TBX layer flags deprecated and superseded terms with the preferred term of their language as the fix', () => {
  const built = buildVocabulary([{ name: 'tbx', files: [fixture('basic-2008.tbx'), fixture('basic-2019.tbx')] }]);
  assert.deepEqual(built.problems, []);
  const text =
    'Vietnam and Japan upgraded to an all-round strategic partnership; Vietnam joined UN peace-keeping mission forces. Đối Tác Chiến Lược Toàn Diện và đối tác chiến lược toàn diện; hoạt động giữ gìn hòa bình Liên hợp quốc.';
  // In English: the paragraph mixes both languages, and a Vietnamese message leaves the term base's English note out.
  const found = check(text, { messageLanguage: 'en' }, built.compiled).filter((f) => f.ruleId === 'term/non-canonical');
  assert.deepEqual(
    found.map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]),
    [
      ['all-round strategic partnership', 'comprehensive strategic partnership'],
      ['UN peace-keeping mission forces', 'UN peacekeeping operations'],
      ['Đối Tác Chiến Lược Toàn Diện', 'đối tác chiến lược toàn diện'],
      ['hoạt động giữ gìn hòa bình Liên hợp quốc', 'hoạt động gìn giữ hòa bình Liên hợp quốc'],
    ],
  );
  assert.match(found[0]!.message, /Machine translation of đối tác/);
  // Accepted forms are not flagged, and the definition is the hover.
  const ok = 'The comprehensive strategic partnership covers overseas Vietnamese and Vietnamese people abroad.';
  assert.deepEqual(
    check(ok, {}, built.compiled).filter((f) => f.ruleId === 'term/non-canonical'),
    [],
  );
  const result = checkText(ok, built.compiled!, { today: '2024-11-05' });
  const target = targetAt(result.blocks, ok.indexOf('strategic'));
  assert.ok(target, 'the term is a mention');
  const hover = explain(target, built.compiled!, result.reportDate) ?? '';
  assert.match(hover, /covers politics, defence, economics and culture/);
  assert.match(hover, /Source: Translation desk style sheet, 2023/);
});

/** Every concept of a TBX text as id → language → sorted "status term" lines, and definitions: read with saxes here, not by the loader. */
function concepts(xml: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  const parser = new SaxesParser();
  let concept = '';
  let lang = '';
  let term = '';
  let status = '';
  let capture: 'term' | 'status' | 'definition' | undefined;
  let textBuf = '';
  let defLang = '';
  const rootLang: string[] = [];
  const base = (l: string): string => l.toLowerCase().split('-')[0]!;
  parser.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    const name = t.name.replace(/^.*:/, '');
    if (name === 'tbx' || name === 'martif') rootLang.push(base(a['xml:lang'] ?? 'en'));
    if (name === 'conceptEntry' || name === 'termEntry') {
      concept = a.id!;
      out[concept] = {};
    }
    if (name === 'langSec' || name === 'langSet') lang = base(a['xml:lang']!);
    if (name === 'termSec' || name === 'tig' || name === 'ntig') {
      term = '';
      status = '';
    }
    if (name === 'term') capture = 'term';
    if ((name === 'termNote' && a.type === 'administrativeStatus') || name === 'administrativeStatus') capture = 'status';
    if ((name === 'descrip' && a.type === 'definition') || name === 'definition') {
      capture = 'definition';
      defLang = a['xml:lang'] ? base(a['xml:lang']) : lang || rootLang[0]!;
    }
    textBuf = '';
  });
  parser.on('text', (t) => (textBuf += t));
  parser.on('closetag', (t) => {
    const name = t.name.replace(/^.*:/, '');
    if (capture === 'term' && name === 'term') term = textBuf.trim();
    if (capture === 'status' && (name === 'termNote' || name === 'administrativeStatus')) status = textBuf.trim();
    if (capture === 'definition' && (name === 'descrip' || name === 'definition')) (out[concept]![`definition ${defLang}`] ??= []).push(textBuf.trim());
    if (name === 'term' || name === 'termNote' || name === 'descrip' || name === 'definition' || name === 'administrativeStatus') capture = undefined;
    if (name === 'termSec' || name === 'tig' || name === 'ntig') (out[concept]![lang] ??= []).push(`${status.replace(/Term-admn-sts$/, '') || 'none'} ${term}`);
    if (name === 'langSec' || name === 'langSet') lang = '';
  });
  parser.write(xml).close();
  for (const c of Object.values(out)) for (const k of Object.keys(c)) c[k]!.sort();
  return out;
}

test('pack → TBX → pack keeps every term, variant, wrong form, reason, definition, source and language', () => {
  const pack = [
    'terms:',
    '  - id: blue-economy',
    '    name: { en: blue economy, vi: kinh tế biển xanh }',
    '    variants: { en: [ocean economy], vi: [kinh tế đại dương] }',
    '    wrong:',
    '      - azure economy',
    '      - form: kinh tế màu xanh dương',
    '        reason: "xanh dương is the colour, not the sea"',
    '      - form: Kinh Tế Biển Xanh',
    '        lang: vi',
    '        case: sensitive',
    '        diacritics: strict',
    '    definition: { en: "Sustainable use of ocean resources.", vi: "Khai thác bền vững tài nguyên biển." }',
    '    source: house style & "quotes" <2024>',
    '    source_url: https://example.org/blue?a=1&b=2',
    '    confidence: high',
    '    note: Checked by the desk.',
    '  - id: vi-only',
    '    name: { vi: ngoại giao vắc-xin }',
    '    definition: { en: Vaccine diplomacy., vi: Ngoại giao vắc-xin. }',
    '    source: test',
    '    confidence: high',
    '',
  ].join('\n');
  const built = buildVocabulary([{ name: 'pack', files: [{ path: 'pack.yaml', text: pack }] }], false);
  assert.deepEqual(built.problems, []);
  const tbx = vocabularyToTbx(built.compiled!.vocabulary);
  const back = loadPackFile({ path: 'export.tbx', text: tbx });
  assert.deepEqual(back.problems, []);
  const original = (loadPackFile({ path: 'pack.yaml', text: pack }).file!.pack as PackFile).terms!;
  // The original with what TBX states explicitly: each wrong form's language.
  const expected = original.map((t) => ({ ...t, ...(t.wrong ? { wrong: t.wrong.map((w) => ({ lang: /[^\x00-\x7f]/.test(w.form) ? 'vi' : 'en', ...w })) } : {}) }));
  assert.deepEqual(back.file!.pack.terms, expected);
});

test('TBX → import → export gives an equivalent term base (statuses as TBX-Basic writes them)', () => {
  for (const name of ['basic-2008.tbx', 'basic-2019.tbx', 'dct-2019.tbx']) {
    const f = fixture(name);
    const built = buildVocabulary([{ name, files: [f] }], false);
    assert.deepEqual(built.problems, [], name);
    const exported = vocabularyToTbx(built.compiled!.vocabulary);
    const before = concepts(f.text);
    const after = concepts(exported);
    // What the import resolves and the export writes explicitly: a term without status is
    // admitted (or preferred when its language has no preferred term), superseded is
    // written deprecated, regional varieties are one language, other languages are left out.
    for (const [id, c] of Object.entries(before)) {
      const keep = Object.keys(c).some((k) => k === 'en' || k === 'vi');
      if (!keep) {
        delete before[id];
        continue;
      }
      for (const k of Object.keys(c)) {
        if (!/^(en|vi|definition (en|vi))$/.test(k)) delete c[k];
        else if (k === 'en' || k === 'vi') {
          const hasPreferred = c[k]!.some((l) => l.startsWith('preferred '));
          let first = !hasPreferred;
          c[k] = c[k]!.slice()
            .map((l) => {
              if (l.startsWith('none ')) {
                const status = first ? 'preferred' : 'admitted';
                first = false;
                return l.replace(/^none/, status);
              }
              return l.replace(/^superseded/, 'deprecated');
            })
            .sort();
        }
      }
      // The concept-level definition of c003 (in the file's language) is written per language.
    }
    assert.ok(Object.values(after).every((c) => Object.keys(c).length > 0) && Object.keys(after).length >= 1, JSON.stringify(after));
    const renamed = Object.fromEntries(Object.entries(before).map(([id, c]) => [id.toLowerCase(), c]));
    assert.deepEqual(after, renamed, name);
    // And a second round gives the same pack.
    const again = buildVocabulary([{ name: 'again', files: [{ path: 'again.tbx', text: exported }] }], false);
    assert.deepEqual(
      [...again.compiled!.vocabulary.terms.values()].map(({ source: _source, ...t }) => t),
      [...built.compiled!.vocabulary.terms.values()].map(({ source: _source, ...t }) => t),
    );
  }
});

test('the built-in vocabulary exports as TBX and reads back with its terms, bodies and titles', () => {
  const v = builtinVocabulary().vocabulary;
  const tbx = vocabularyToTbx(v);
  const back = loadPackFile({ path: 'builtin.tbx', text: tbx });
  assert.deepEqual(
    back.problems.filter((p) => p.severity !== 'warning'),
    [],
  );
  const ids = new Set(back.file!.pack.terms!.map((t) => t.id));
  for (const id of v.terms.keys()) assert.ok(ids.has(id), id);
  assert.ok(ids.has('body-politburo'), [...ids].join(' '));
  const politburo = back.file!.pack.terms!.find((t) => t.id === 'body-politburo')!;
  assert.equal(politburo.name.en, v.bodies.get('politburo')!.name.en);
  assert.ok(politburo.wrong?.some((w) => w.form === 'Ministry Politic'));
  const caseOnly = politburo.wrong?.find((w) => w.form === 'Bộ Chính Trị');
  assert.deepEqual([caseOnly?.case, caseOnly?.diacritics], ['sensitive', 'strict'], 'a case-only wrong form stays case-sensitive through TBX');
  // Forms that are wrong only near certain words cannot be said in TBX: they are left out.
  const contextual = v.bodies.get('central-external-relations-commission')?.wrong?.find((w) => w.unless_near?.length);
  assert.ok(contextual, 'the built-in pack has a context-dependent wrong form');
  assert.ok(!back.file!.pack.terms!.some((t) => t.wrong?.some((w) => w.form === contextual.form)), contextual.form);
  const concept = /<conceptEntry id="body-central-external-relations-commission">[^]*?<\/conceptEntry>/.exec(tbx)?.[0] ?? '';
  assert.match(concept, /<term>Central External Relations Commission<\/term>/);
  assert.ok(!concept.includes(`<term>${contextual.form}</term>`), concept);
});

const inline = (body: string, lang = 'en') =>
  loadPackFile({ path: 'inline.tbx', text: `<tbx style="dca" type="TBX-Basic" xml:lang="${lang}" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>${body}</body></text></tbx>` });
const sec = (term: string, status?: string) => `<termSec><term>${term}</term>${status ? `<termNote type="administrativeStatus">${status}Term-admn-sts</termNote>` : ''}</termSec>`;

test('preferred terms of two varieties of a language: the first is canonical, the other admitted', () => {
  const r = inline(
    `<conceptEntry id="d"><langSec xml:lang="en-GB">${sec('defence diplomacy', 'preferred')}</langSec><langSec xml:lang="en-US">${sec('defense diplomacy', 'preferred')}${sec('defense-diplomacy', 'deprecated')}</langSec></conceptEntry>`,
  );
  assert.deepEqual(r.problems, []);
  const t = r.file!.pack.terms![0]!;
  assert.deepEqual([t.name, t.variants, t.wrong], [{ en: 'defence diplomacy' }, { en: ['defense diplomacy'] }, [{ form: 'defense-diplomacy', lang: 'en' }]]);
  const body = `<conceptEntry id="d"><langSec xml:lang="en-GB">${sec('a', 'preferred')}</langSec><langSec xml:lang="en-gb">${sec('b', 'preferred')}</langSec></conceptEntry>`;
  const same = inline(body);
  const prefix = '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>';
  const second = prefix.length + body.indexOf('<termNote', body.indexOf('<term>b')) + 1;
  assert.deepEqual(
    same.problems.map((p) => [p.ruleId, p.line, p.column]),
    [['vocab/tbx', 1, second]],
  );
  assert.match(same.problems[0]!.message, /^A second preferred term in en-gb: "b", after "a"/);
});

test('without a preferred or unmarked term, deprecated terms are fixed to the first admitted one; ids are made pack ids', () => {
  const vi = `<langSec xml:lang="vi">${sec('ngoại giao nhân dân', 'admitted')}${sec('ngoại giao dân gian', 'admitted')}${sec('ngoại giao của nhân dân', 'superseded')}</langSec>`;
  const r = inline(
    [
      `<conceptEntry id="Term_01"><langSec xml:lang="en">${sec('people-to-people diplomacy', 'preferred')}</langSec>${vi}</conceptEntry>`,
      `<conceptEntry><langSec xml:lang="en">${sec('people-to-people diplomacy')}${sec("people's diplomacy")}</langSec></conceptEntry>`,
      `<conceptEntry id="only-admitted">${vi}</conceptEntry>`,
    ].join(''),
  );
  assert.deepEqual(r.problems, []);
  const [first, second, third] = r.file!.pack.terms!;
  assert.equal(first!.id, 'term-01');
  assert.deepEqual(first!.name, { en: 'people-to-people diplomacy' }, 'admitted terms stay admitted');
  assert.deepEqual(first!.variants, { vi: ['ngoại giao nhân dân', 'ngoại giao dân gian'] });
  assert.deepEqual(first!.wrong, [{ form: 'ngoại giao của nhân dân', lang: 'vi', fix: 'ngoại giao nhân dân' }]);
  // A concept with no preferred or unmarked term at all is named by its first admitted term.
  assert.deepEqual(
    [third!.id, third!.name, third!.variants, third!.wrong],
    ['only-admitted', { vi: 'ngoại giao nhân dân' }, { vi: ['ngoại giao dân gian'] }, [{ form: 'ngoại giao của nhân dân', lang: 'vi' }]],
  );
  assert.equal(second!.id, 'tbx-2', 'a concept without id is numbered');
  assert.deepEqual(
    [second!.name, second!.variants],
    [{ en: 'people-to-people diplomacy' }, { en: ["people's diplomacy"] }],
    'the first unmarked term is canonical, the next admitted',
  );
});
