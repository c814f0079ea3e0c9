// Findings and fixes in the writer's language: the two catalogues say the same things with the
// same parameters, neither leaks the other's words, no text escapes them, and the language of
// the messages never changes what is found.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, checkText, dateIn, msg, render } from '@communique/core';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { repoRoot } from '../helpers';

/** The argument names an ICU message uses, however deep. */
function argumentsOf(source: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]): void => {
    for (const n of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (n.type !== 0 && n.type !== 7 && typeof n.value === 'string') names.add(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

/** Parameters only the English text shows: the Vietnamese name in brackets after the English one, which the Vietnamese text already is. */
const ENGLISH_ONLY: Record<string, string[]> = {
  'citation/issuer-mismatch': ['issuerVi'],
  // "a directive (chỉ thị)": the English names the type and glosses it; the Vietnamese word is the gloss.
  'document.type': ['type'],
  // English says "held the title of X"; Vietnamese puts the title in the holding itself (holder.holding).
  'holder.held': ['title'],
  // The count chooses "character"/"characters"; Vietnamese has no plural.
  'text/unicode-normalization': ['count'],
};

/** Parameters only the Vietnamese text shows. */
const VIETNAMESE_ONLY: Record<string, string[]> = {
  // The pack's Vietnamese name of a congress, where the English one falls back to "13th Congress".
  'fact/congress-date.nth': ['name'],
  // Whether the date is a day or a year: "Vào ngày …" or "Năm …"; English writes "On …" for both.
  'fact/partnership': ['when'],
  'fact/partnership.none': ['when'],
  // See holder.held.
  'holder.holding': ['title'],
  // "trong các năm" for several years, "năm" for one; English says "in" for both.
  'holder.in': ['count'],
};

test('every message is in both catalogues, with the same parameters', () => {
  const en = CATALOGUES.en;
  const vi = CATALOGUES.vi;
  assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
  for (const id of Object.keys(en)) {
    const expected = [...argumentsOf(en[id]!).filter((a) => !ENGLISH_ONLY[id]?.includes(a)), ...(VIETNAMESE_ONLY[id] ?? [])].sort();
    assert.deepEqual(argumentsOf(vi[id]!), expected, id);
  }
});

const ENGLISH = ['the', 'and', 'of', 'to', 'is', 'are', 'not', 'was', 'were', 'has', 'have', 'with', 'for', 'this', 'that', 'should', 'be', 'in', 'on', 'a', 'an'];
const VIETNAMESE = ['của', 'và', 'là', 'không', 'được', 'những', 'các', 'cần', 'đã', 'này', 'với', 'trong'];
/** A catalogue text without its placeholders and select branches' keys, as words. */
const wordsOf = (source: string): string[] =>
  source
    .replace(/\{[a-zA-Z]+(?:, (?:select|plural))?,?/g, ' ')
    .replace(/\b(?:none|other|one)\s*\{/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

test('no English word in a Vietnamese message, and no Vietnamese one in an English message', () => {
  for (const [id, source] of Object.entries(CATALOGUES.vi)) {
    const leaked = wordsOf(source).filter((w) => ENGLISH.includes(w));
    assert.deepEqual(leaked, [], `vi ${id}: ${source}`);
  }
  for (const [id, source] of Object.entries(CATALOGUES.en)) {
    const leaked = wordsOf(source).filter((w) => VIETNAMESE.includes(w));
    assert.deepEqual(leaked, [], `en ${id}: ${source}`);
  }
});

test('dates, lists and names are written as each language writes them', () => {
  assert.equal(dateIn('2023-01-09', 'en'), '9 January 2023');
  assert.equal(dateIn('2023-01-09', 'vi'), 'ngày 9 tháng 1 năm 2023');
  assert.equal(dateIn('2023-01', 'vi'), 'tháng 1 năm 2023');
  assert.equal(dateIn('2023', 'vi'), 'năm 2023');
  const m = msg('document.code', {
    code: 'QĐ',
    types: {
      list: [{ message: msg('document.type', { type: 'regulation', word: 'quy định' }) }, { message: msg('document.type', { type: 'decision', word: 'quyết định' }) }],
      join: 'or',
    },
  });
  assert.equal(render(m, 'en'), 'QĐ is a regulation (quy định) or a decision (quyết định)');
  assert.equal(render(m, 'vi'), 'QĐ là ký hiệu của quy định hoặc quyết định');
});

const drafts = (): { name: string; text: string }[] => {
  const dir = join(repoRoot(), 'test/corpus');
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.*\.md$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
};

test('the corpus gives the same findings in either message language, each in its language', () => {
  const vocab = builtinVocabulary();
  let vietnamese = 0;
  for (const { name, text } of drafts()) {
    const en = checkText(text, vocab, { messageLanguage: 'en', today: '2024-11-05' }).findings;
    const vi = checkText(text, vocab, { messageLanguage: 'vi', today: '2024-11-05' }).findings;
    const shape = (fs: typeof en): string[] =>
      fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.fixes.map((x) => x.edits.map((e) => e.newText).join('+')).join('|')}`);
    assert.deepEqual(shape(vi), shape(en), name);
    for (const f of vi) if (f.message !== en[vi.indexOf(f)]!.message) vietnamese++;
  }
  assert.ok(vietnamese > 100, `${vietnamese} findings read differently in Vietnamese`);
});

test('pseudo-locale: every finding message and fix title comes from the catalogues', () => {
  const vocab = builtinVocabulary();
  const saved = { ...CATALOGUES.vi };
  // Each Vietnamese message marked; any text not from the catalogue shows unmarked.
  for (const id of Object.keys(CATALOGUES.vi)) CATALOGUES.vi[id] = `⟦${CATALOGUES.vi[id]}⟧`;
  try {
    const escaped: string[] = [];
    for (const { name, text } of drafts()) {
      for (const f of checkText(text, vocab, { messageLanguage: 'vi', today: '2024-11-05' }).findings) {
        if (!/^⟦[\s\S]*⟧$/.test(f.message)) escaped.push(`${name} ${f.ruleId}: ${f.message}`);
        for (const x of f.fixes) if (!/^⟦[\s\S]*⟧$/.test(x.title)) escaped.push(`${name} ${f.ruleId} fix: ${x.title}`);
      }
    }
    assert.deepEqual(escaped, []);
  } finally {
    for (const id of Object.keys(saved)) CATALOGUES.vi[id] = saved[id]!;
  }
});
