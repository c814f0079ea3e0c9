import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../server/src/core/text/document';

const prose = (text: string, syntax: 'markdown' | 'plaintext' = 'markdown'): string[] =>
  parseReport(text, syntax).blocks.flatMap((b) => b.pieces.map((p) => text.slice(p.start, p.end)));

test('Markdown: code blocks, inline code, autolinks, URLs and HTML are not prose; link text is', () => {
  const text = [
    '# Heading about the Politburo',
    '',
    'Text with `inline 32-CT/TW` and <https://example.org/a> and https://nhandan.vn/x and a [link text](https://x.org).',
    '',
    '```',
    'Ministry Politic',
    '```',
    '',
    '    indented code',
    '',
    '<div>html block</div>',
  ].join('\n');
  const pieces = prose(text).join('|');
  assert.match(pieces, /Heading about the Politburo/);
  assert.match(pieces, /link text/);
  assert.doesNotMatch(pieces, /inline 32-CT|example\.org|nhandan|Ministry Politic|indented code|html block/);
});

test('front matter gives the date, language and disabled rules, and is not prose', () => {
  const text = '---\ndate: 2021-01-27\nlang: vi\ncommunique:\n  disable: [term/non-canonical]\n---\nBody text.\n';
  const doc = parseReport(text, 'markdown');
  assert.equal(doc.frontMatter?.date, '2021-01-27');
  assert.equal(doc.frontMatter?.lang, 'vi');
  assert.deepEqual(doc.frontMatter?.disable, ['term/non-canonical']);
  assert.deepEqual(prose(text), ['Body text.']);
  assert.equal(doc.blocks[0]!.lang, 'vi');
});

test('a bad front matter value is reported at its line, not thrown', () => {
  const text = '---\ndate: 27/01/2021\nlang: fr\n---\nBody.\n';
  const fm = parseReport(text, 'markdown').frontMatter!;
  assert.equal(fm.date, undefined);
  assert.equal(fm.problems.length, 2);
  assert.equal(text.slice(fm.problems[0]!.start, fm.problems[0]!.end), 'date: 27/01/2021');
  assert.equal(text.slice(fm.problems[1]!.start, fm.problems[1]!.end), 'lang: fr');
});

test('plain text: paragraphs are blocks, indentation is prose, URLs are not', () => {
  const text = 'First paragraph\nstill first.\n\n    Indented Ministry Politic line.\nSee https://example.org/x for more.';
  const doc = parseReport(text, 'plaintext');
  assert.equal(doc.blocks.length, 2);
  assert.match(prose(text, 'plaintext').join('|'), /Indented Ministry Politic/);
  assert.doesNotMatch(prose(text, 'plaintext').join('|'), /example\.org/);
});

test('language is detected per block', () => {
  const text = 'The Politburo issued a resolution.\n\nBộ Chính trị đã ban hành nghị quyết về đối ngoại.';
  assert.deepEqual(parseReport(text).blocks.map((b) => b.lang), ['en', 'vi']);
});

test('suppression comments are read in order with their rules', () => {
  const text = '<!-- communique-disable term/non-canonical -->\n\nText.\n\n<!-- communique-enable -->\n\nText <!-- communique-disable-next-line --> more.';
  const s = parseReport(text).suppressions;
  assert.deepEqual(s.map((x) => [x.kind, x.rules]), [['disable', ['term/non-canonical']], ['enable', []], ['disable-next-line', []]]);
});

test('an escaped backtick before a code fence is read without a crash (found by npm run fuzz)', () => {
  for (const text of ['\\```\n', 'a \\`` b ` c', '\\`x`']) assert.doesNotThrow(() => parseReport(text, 'markdown'), text);
  // An escaped backtick opens no code span: all of it is prose.
  assert.deepEqual(prose('\\`x` y'), ['\\`x` y']);
});
