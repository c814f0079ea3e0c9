// The Vocabulary view's tree (core/src/features/vocabularyTree.ts) and the mentions of one entity
// in a report (features/mentions.ts): sections, documents by issuer and year, offices with their
// holders, labels in the UI language, layers and overrides, hovers, citations and origins.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkText, mentionsOf, vocabularyTree, type TreeEntry, type TreeFolder, type TreeNode } from '@communique/core';
import { buildVocabulary, builtinVocabulary } from '../../core/src/vocabulary';
import { repoRoot, TODAY } from '../helpers';

const options = { lang: 'en' as const, style: 'short' as const, reportDate: TODAY, uriOf: (file: string) => `file://${file}` };

const folder = (nodes: TreeNode[], label: string): TreeFolder => {
  const f = nodes.find((n): n is TreeFolder => n.type === 'folder' && n.label === label);
  assert.ok(f, `folder ${label} in ${nodes.map((n) => n.label).join(', ')}`);
  return f;
};
const entries = (nodes: TreeNode[], label: string): TreeEntry[] => nodes.filter((n): n is TreeEntry => n.type === 'entry' && n.label === label);
const entry = (nodes: TreeNode[], label: string): TreeEntry => {
  const found = entries(nodes, label);
  assert.equal(found.length, 1, `one entry ${label} in ${nodes.map((n) => n.label).join(', ')}`);
  return found[0]!;
};

test('the built-in vocabulary: six sections; 34-NQ/TW under the Politburo, 2023, with its hover, citation and origin in the built-in pack', () => {
  const tree = vocabularyTree(builtinVocabulary(), options);
  assert.deepEqual(
    tree.roots.map((r) => r.label),
    ['Documents', 'Offices', 'Bodies', 'People', 'Terms', 'Partnerships'],
  );
  assert.deepEqual(tree.layers, [{ name: 'built-in', kind: 'built-in', entities: builtinVocabulary().vocabulary.layers[0]!.entities }]);
  const politburo = folder(tree.roots[0]!.children, 'Politburo');
  // Years newest first.
  const years = politburo.children.map((y) => y.label);
  assert.deepEqual(
    years,
    [...years].sort((a, b) => Number(b) - Number(a)),
  );
  const d = entry(folder(politburo.children, '2023').children, '34-NQ/TW');
  assert.equal(d.section, 'documents');
  assert.equal(d.layerKind, 'built-in');
  assert.equal(d.citation, 'Resolution No. 34-NQ/TW');
  assert.match(d.hover, /^\*\*34-NQ\/TW\*\* · Resolution \(Nghị quyết\) · Politburo · 9 January 2023/);
  assert.match(d.description!, /^Resolution on a number of major orientations/);
  assert.match(d.search, /Nghị quyết 34/);
  // The origin: the built-in pack's file as a communique-vocabulary: URI, at the entry's id (0-based).
  assert.match(d.origin!.uri, /^communique-vocabulary:\/builtin\/[a-z/-]+\.yaml$/);
  const text = readFileSync(join(repoRoot(), 'vocabulary', d.origin!.uri.replace('communique-vocabulary:/', '')), 'utf8').split('\n');
  assert.equal(text[d.origin!.line]!.slice(d.origin!.character), 'nq-34-tw-2023');
  // Each section counts its entries.
  assert.equal(tree.roots[0]!.description, String(builtinVocabulary().vocabulary.documents.size));
});

test("offices list their holders' timelines; labels, descriptions and hovers follow the UI language; the citation its style", () => {
  const en = vocabularyTree(builtinVocabulary(), options);
  const gs = entry(folder(en.roots, 'Offices').children, 'General Secretary');
  assert.equal(gs.description, 'Party Central Committee');
  // Acting from Nguyen Phu Trong's death, then elected: two holdings, in order.
  const holdings = gs.children!.filter((h) => h.id === 'to-lam');
  assert.deepEqual(
    holdings.map((h) => h.description),
    ['19 July 2024 – 3 August 2024 (acting)', '3 August 2024 – present'],
  );
  const toLam = holdings[1]!;
  assert.equal(toLam.section, 'people');
  assert.equal(toLam.label, 'To Lam');
  assert.match(toLam.hover, /Titles held/);
  assert.match(gs.hover, /On 5 November 2024: To Lam/);

  const vi = vocabularyTree(builtinVocabulary(), { ...options, lang: 'vi', style: 'vietnamese' });
  assert.deepEqual(
    vi.roots.map((r) => r.label),
    ['Văn bản', 'Chức danh', 'Cơ quan', 'Nhân vật', 'Thuật ngữ', 'Quan hệ đối tác'],
  );
  const tbt = entry(folder(vi.roots, 'Chức danh').children, 'Tổng Bí thư');
  assert.deepEqual(
    tbt.children!.filter((h) => h.id === 'to-lam').map((h) => h.description),
    ['từ 19/7/2024 đến 3/8/2024 (quyền)', 'từ 3/8/2024 đến nay'],
  );
  assert.match(tbt.hover, /Ngày 5\/11\/2024: Tô Lâm/);
  const d = entry(folder(folder(vi.roots[0]!.children, 'Bộ Chính trị').children, '2023').children, '34-NQ/TW');
  assert.equal(d.citation, 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị');
  assert.match(d.description!, /^Nghị quyết về một số định hướng/);
  const politburo = entry(folder(vi.roots, 'Cơ quan').children, 'Bộ Chính trị');
  assert.match(politburo.description!, /Politburo/);
});

test('a workspace layer that overrides a built-in entry: both listed, each marked; a TBX file is badged TBX, a settings pack as settings', () => {
  const pack = `bodies:
  - id: politburo
    name: { en: Political Bureau, vi: Bộ Chính trị }
    source: house style
    confidence: high
terms:
  - id: e2e-house-term
    name: { en: house term }
    source: house style
    confidence: high
`;
  const tbx = readFileSync(join(repoRoot(), 'test/fixtures/tbx/basic-2008.tbx'), 'utf8');
  const built = buildVocabulary([
    { name: '/ws/.communique', files: [{ path: '/ws/.communique/house.yaml', text: pack }] },
    { name: '/user/terms.tbx', files: [{ path: '/user/terms.tbx', text: tbx }] },
  ]);
  assert.ok(built.compiled, JSON.stringify(built.problems));
  const tree = vocabularyTree(built.compiled, { ...options, layerKinds: new Map([['/user/terms.tbx', 'settings' as const]]) });
  assert.deepEqual(
    tree.layers.map((l) => l.kind),
    ['built-in', 'workspace', 'settings'],
  );
  const bodies = folder(tree.roots, 'Bodies').children;
  const winner = entry(bodies, 'Political Bureau');
  assert.equal(winner.layerKind, 'workspace');
  assert.deepEqual(winner.overrides, ['built-in']);
  assert.deepEqual(winner.origin, { uri: 'file:///ws/.communique/house.yaml', line: 1, character: 8 });
  const shadowed = entry(bodies, 'Politburo');
  // Listed right after the entry that replaces it.
  assert.equal(bodies.indexOf(shadowed), bodies.indexOf(winner) + 1);
  assert.equal(shadowed.layerKind, 'built-in');
  assert.equal(shadowed.overriddenBy, 'workspace');
  assert.match(shadowed.origin!.uri, /^communique-vocabulary:\/builtin\//);
  // Counted once.
  assert.equal(folder(tree.roots, 'Bodies').description, String(built.compiled.vocabulary.bodies.size));
  const terms = folder(tree.roots, 'Terms').children;
  assert.equal(entry(terms, 'house term').layerKind, 'workspace');
  assert.equal(entry(terms, 'comprehensive strategic partnership').layerKind, 'tbx', 'a term of a .tbx file');
  // Nothing from a workspace layer overrides it: no mark.
  assert.equal(entry(terms, 'house term').overrides, undefined);
});

test('mentionsOf: citations and names of one entity in either language, wrong forms included, each once', () => {
  const text = [
    'The Politburo adopted Resolution No. 34-NQ/TW. Bộ Chính trị ban hành Nghị quyết số 34-NQ/TW.',
    '',
    'The Ministry Politic met; Resolution 34 was discussed. Resolution No. 12-CT/TW too.',
  ].join('\n');
  const result = checkText(text, builtinVocabulary(), { today: TODAY });
  const at = (rs: { start: number; end: number }[]): string[] => rs.map((r) => text.slice(r.start, r.end));
  assert.deepEqual(at(mentionsOf(result, 'bodies', 'politburo')), ['Politburo', 'Bộ Chính trị', 'Ministry Politic']);
  assert.deepEqual(at(mentionsOf(result, 'documents', 'nq-34-tw-2023')), ['Resolution No. 34-NQ/TW', 'Nghị quyết số 34-NQ/TW', 'Resolution 34']);
  assert.deepEqual(mentionsOf(result, 'bodies', 'no-such-body'), []);
  assert.deepEqual(mentionsOf(result, 'nonsense' as never, 'politburo'), []);
});
