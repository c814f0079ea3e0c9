// Property-based tests: any text, in any shape, checks without a crash, with every range
// inside the document, and the incremental check (block cache) gives the full check's findings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AnalysisCache } from '../../core/src/analysis/cache';
import { checkText } from '../../core/src/check';
import type { Finding } from '../../core/src/findings';
import { builtinVocabulary } from '../../core/src/vocabulary';

const vocab = builtinVocabulary();
const RUNS = Number(process.env.COMMUNIQUE_PROPERTY_RUNS ?? 150);

/** Pieces a report is made of: real vocabulary, citations, Markdown, Vietnamese, NFD, noise. */
const fragment = fc.oneof(
  fc.constantFrom(
    'Resolution No. 32-CT/TW',
    'Directive No.32-CT/TW',
    'Nghị quyết số 34-NQ/TW',
    '34/NQ-TW',
    'Resolution 2334 of the UN Security Council',
    'the Ministry Politic',
    'Bộ Chính Trị',
    'Ban Doi ngoai Trung uong',
    'national renewable and development',
    'three pillars: Party diplomacy and State diplomacy',
    'State diplomacy, Party diplomacy and people-to-people diplomacy',
    "People's diplomacy",
    'General Secretary Nguyen Phu Trong',
    'In 2021, ',
    'the 13th National Party Congress in 2016',
    'till 2020 with a vision to 2045',
    'policies.Since',
    'SecretariatThe',
    'Politburo',
    'Political Bureau',
    '\n\n',
    '\n',
    ' ',
    '. ',
    '# ',
    '- ',
    '> ',
    '```\n',
    '`',
    '**',
    '_',
    '[link](https://x.org/a)',
    '<https://a.b>',
    '<!-- communique-disable -->',
    '<!-- communique-enable -->',
    '---\ndate: 2024-11-05\n---\n',
    '    indented\n',
    '| a | b |\n|---|---|\n',
    '\r\n',
    '\u0000',
    '\u200b',
    '🇻🇳',
    '\t',
    // Constructs that may hold blank lines, which the parse cache must not cut (see chunkStarts).
    '~~~\n',
    '````\n',
    '<pre>\n',
    '</pre>\n',
    '<script>',
    '<!--\n',
    '-->\n',
    '<?php\n',
    '?>\n',
    '<![CDATA[\n',
    ']]>\n',
    '<div>\n',
    '1. ',
    '  ',
    '\n\n- ',
  ),
  fc.constantFrom('Bộ Ngoại giao', 'đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân').map((s) => s.normalize('NFD')),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const report = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

function assertInside(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} [${f.start}, ${f.end}) inside ${text.length}`);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} fix inside`);
  }
}

const strip = (findings: Finding[]): string => JSON.stringify(findings);

test('any report checks without a crash, every range inside it', () => {
  fc.assert(
    fc.property(report, fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (text, syntax) => {
      assertInside(text, checkText(text, vocab, { syntax, today: '2025-01-01' }).findings);
    }),
    { numRuns: RUNS },
  );
});

test('a very long line and a large document check without a crash', () => {
  const line = 'Resolution No. 32-CT/TW and the Ministry Politic '.repeat(20_000);
  assertInside(line, checkText(line, vocab, { today: '2025-01-01' }).findings);
});

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fragment });

test('incremental checks (cached blocks) give the same findings as full checks after any edits', () => {
  fc.assert(
    fc.property(report, fc.array(edit, { minLength: 1, maxLength: 12 }), (initial, edits) => {
      const cache = new AnalysisCache();
      let text = initial;
      const options = { today: '2025-01-01' };
      assert.equal(strip(checkText(text, vocab, { ...options, cache }).findings), strip(checkText(text, vocab, options).findings));
      for (const e of edits) {
        const at = text.length === 0 ? 0 : e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        const incremental = checkText(text, vocab, { ...options, cache }).findings;
        const full = checkText(text, vocab, options).findings;
        assert.equal(strip(incremental), strip(full));
      }
    }),
    { numRuns: RUNS },
  );
});

test('the cache re-reads only the blocks an edit touched', () => {
  const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: the Politburo issued Resolution No. 34-NQ/TW.`);
  const cache = new AnalysisCache();
  const text = paragraphs.join('\n\n');
  checkText(text, vocab, { cache });
  const before = cache.misses;
  const edited = text.replace('Paragraph 100:', 'Paragraph 100 (edited):');
  checkText(edited, vocab, { cache });
  assert.equal(cache.misses - before, 1, 'one block re-analysed');
});
