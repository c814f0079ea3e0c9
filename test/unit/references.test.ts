// The report's own references (core/src/features/references.ts): which citations are known,
// superseded or unknown, and the "Documents cited" / "Văn bản được trích dẫn" section.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText } from '../../core/src/check';
import { findReferencesSection, listCitations, referencesEdit, reportLanguage } from '../../core/src/features/references';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { TODAY } from '../helpers';

const vocab = builtinVocabulary();
const run = (text: string, syntax: 'markdown' | 'plaintext' = 'markdown', date = TODAY) => checkText(text, vocab, { syntax, today: date });
const apply = (text: string, e: { start: number; end: number; newText: string }): string => text.slice(0, e.start) + e.newText + text.slice(e.end);

describe('listCitations', () => {
  test('known, superseded (with its successor) and unknown citations, in text order; foreign and lower-case short forms are left out', () => {
    const text = [
      'The Politburo passed Resolution No. 34-NQ/TW. Resolution No. 22-NQ/TW is still quoted.',
      '',
      'Resolution 2334 of the UN Security Council, and resolution 3 of the conference. Resolution No. 99-NQ/TW too.',
      '',
      'Nghị quyết số 55-NQ/TU của Tỉnh ủy.',
    ].join('\n');
    const listed = listCitations(run(text, 'markdown', '2025-06-01'), vocab);
    assert.deepEqual(
      listed.map((c) => [c.text, c.status]),
      [
        ['Resolution No. 34-NQ/TW', 'known'],
        ['Resolution No. 22-NQ/TW', 'superseded'],
        ['Resolution No. 99-NQ/TW', 'unknown'],
        ['Nghị quyết số 55-NQ/TU', 'unknown'],
      ],
    );
    assert.equal(listed[1]!.successor?.symbol, '59-NQ/TW');
    assert.match(listed[2]!.note!, /Not in the vocabulary/);
    assert.match(listed[3]!.note!, /outside the vocabulary's scope/);
  });

  test('a document is not superseded in a report dated before its successor', () => {
    const listed = listCitations(run('Resolution No. 22-NQ/TW guides integration.', 'markdown', '2020-01-01'), vocab);
    assert.deepEqual(
      listed.map((c) => c.status),
      ['known'],
    );
  });

  test('an unknown short form with a document of another type under the same number says so', () => {
    const [c] = listCitations(run('Resolution 32 was cited.'), vocab);
    assert.equal(c!.status, 'unknown');
    assert.match(c!.note!, /Did you mean 32-CT\/TW\?/);
  });
});

describe('references section (English)', () => {
  const report = [
    '# Notes',
    '',
    'The Politburo passed Resolution No. 34-NQ/TW in 2023, and Resolution 34 guides us. Directive No. 32-CT/TW came first.',
    '',
    'Resolution No. 22-NQ/TW is still quoted; Resolution No. 99-NQ/TW and 99-NQ/TW are not known.',
  ].join('\n');

  test('each document once, in order of first citation: symbol, title, issuer and date; superseded noted; unknown listed apart', () => {
    const edit = referencesEdit(run(report, 'markdown', '2025-06-01'), vocab)!;
    assert.equal(edit.replaced, false);
    assert.equal(edit.lang, 'en');
    assert.equal(edit.known, 3);
    assert.equal(edit.unknown, 1);
    assert.equal(edit.start, report.length);
    assert.equal(
      edit.newText,
      [
        '',
        '',
        '## Documents cited',
        '',
        '- **34-NQ/TW** — Resolution on a number of major orientations and policies to implement the foreign policy of the 13th National Party Congress (Politburo, 9 January 2023)',
        "- **32-CT/TW** — Directive on strengthening and improving the efficiency of the Party's foreign relations in the new situation (Politburo, 2019)",
        '- **22-NQ/TW** — Resolution on international integration (Politburo, 2013); superseded by 59-NQ/TW',
        '',
        'Not in the vocabulary (check these citations):',
        '',
        '- `Resolution No. 99-NQ/TW`',
        '',
      ].join('\n'),
    );
  });

  test('applied, the section is found again and replaced, not duplicated; a document no longer cited drops out', () => {
    const once = apply(report, referencesEdit(run(report), vocab)!);
    const section = findReferencesSection(once, 'markdown')!;
    assert.equal(once.slice(section.start).split('\n')[0], '## Documents cited');
    const again = apply(once, referencesEdit(run(once), vocab)!);
    assert.equal(again, once, 'running it twice changes nothing');
    const edited = once.replace('Directive No. 32-CT/TW came first.', 'Something came first.') + '\n## Next section\n\nText.\n';
    const replaced = referencesEdit(run(edited), vocab)!;
    assert.equal(replaced.replaced, true);
    const out = apply(edited, replaced);
    assert.ok(!out.includes('32-CT/TW'), out);
    assert.equal(out.match(/## Documents cited/g)!.length, 1);
    assert.ok(out.endsWith('\n\n## Next section\n\nText.\n'), JSON.stringify(out.slice(-60)));
  });

  test('a heading in a code block is not the section; a report that cites nothing gets no edit', () => {
    const text = '```\n## Documents cited\n```\n\nResolution No. 34-NQ/TW.\n';
    assert.equal(findReferencesSection(text, 'markdown'), undefined);
    assert.equal(referencesEdit(run('Nothing is cited here.'), vocab), undefined);
  });

  test('plain text: no Markdown, and the section is found again by its heading line', () => {
    const text = 'Directive No. 12-CT/TW and Resolution No. 98-NQ/TW.\n';
    const edit = referencesEdit(run(text, 'plaintext'), vocab)!;
    const out = apply(text, edit);
    assert.ok(out.includes('\nDocuments cited\n\n- 12-CT/TW — '), out);
    assert.ok(out.includes('\n- Resolution No. 98-NQ/TW\n'), out);
    assert.ok(!out.includes('**') && !out.includes('`'), out);
    assert.equal(apply(out, referencesEdit(run(out, 'plaintext'), vocab)!), out);
  });

  test('CRLF reports get CRLF lines', () => {
    const text = 'Resolution No. 34-NQ/TW.\r\n';
    const out = apply(text, referencesEdit(run(text), vocab)!);
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
  });
});

describe('references section (Vietnamese)', () => {
  const report = [
    'Bộ Chính trị đã ban hành Nghị quyết số 34-NQ/TW về đối ngoại. Chỉ thị số 32-CT/TW của Bộ Chính trị về tăng cường quan hệ đối ngoại Đảng.',
    '',
    'Nghị quyết 13 khóa VI của Bộ Chính trị là một dấu mốc. Nghị quyết số 97-NQ/TW chưa rõ.',
  ].join('\n');

  test('detected as Vietnamese: Vietnamese heading, titles, issuer and dates', () => {
    const result = run(report);
    assert.equal(reportLanguage(result), 'vi');
    const edit = referencesEdit(result, vocab)!;
    assert.equal(edit.lang, 'vi');
    assert.equal(
      edit.newText,
      [
        '',
        '',
        '## Văn bản được trích dẫn',
        '',
        '- **34-NQ/TW** — Nghị quyết về một số định hướng, chủ trương lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng (Bộ Chính trị, ngày 9/1/2023)',
        '- **32-CT/TW** — Chỉ thị về tăng cường và nâng cao hiệu quả quan hệ đối ngoại Đảng trong tình hình mới (Bộ Chính trị, năm 2019)',
        '- **Nghị quyết 13 khóa VI** — Nghị quyết 13 của Bộ Chính trị khóa VI (Bộ Chính trị, tháng 5/1988)',
        '',
        'Chưa có trong bộ từ vựng (cần kiểm tra):',
        '',
        '- `Nghị quyết số 97-NQ/TW`',
        '',
      ].join('\n'),
    );
  });

  test('front matter lang wins, and an English section is replaced by a Vietnamese one', () => {
    const en = apply('Resolution No. 34-NQ/TW.\n', referencesEdit(run('Resolution No. 34-NQ/TW.\n'), vocab)!);
    const vi = '---\nlang: vi\n---\n' + en;
    const edit = referencesEdit(run(vi), vocab)!;
    assert.equal(edit.replaced, true);
    const out = apply(vi, edit);
    assert.ok(out.includes('## Văn bản được trích dẫn') && !out.includes('Documents cited'), out);
    assert.ok(out.includes('(Bộ Chính trị, ngày 9/1/2023)'), out);
  });

  test('a superseded document is noted in Vietnamese', () => {
    const edit = referencesEdit(run('---\nlang: vi\ndate: 2025-06-01\n---\nNghị quyết số 22-NQ/TW vẫn được nhắc.\n'), vocab)!;
    assert.match(edit.newText, /- \*\*22-NQ\/TW\*\* — Nghị quyết về hội nhập quốc tế \(Bộ Chính trị, năm 2013\); đã được thay thế bằng 59-NQ\/TW/);
  });
});
