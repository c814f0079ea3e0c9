import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, check, covered } from '../helpers';

describe('citation/type-mismatch', () => {
  test('a type word that disagrees with the type code is an error, fixed by the right word', () => {
    const text = 'In 2019 the Politburo issued Resolution No. 32-CT/TW on foreign relations.';
    const [f, ...rest] = check(text).filter((x) => x.ruleId === 'citation/type-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'error');
    assert.equal(text.slice(f!.start, f!.end), 'Resolution No. 32-CT/TW');
    assert.match(f!.message, /CT is a directive/);
    assert.equal(applyFix(text, f!), 'In 2019 the Politburo issued Directive No. 32-CT/TW on foreign relations.');
  });

  test('Vietnamese type words and spacing variants are read too', () => {
    const text = 'Bộ Chính trị ban hành Chỉ thị số 34-NQ/TW. The Directive No.34-NQ/TW again.';
    const found = check(text).filter((x) => x.ruleId === 'citation/type-mismatch');
    assert.deepEqual(covered(text, found), ['Chỉ thị số 34-NQ/TW', 'Directive No.34-NQ/TW']);
    assert.equal(applyFix(text, found[0]!).slice(0, 40), 'Bộ Chính trị ban hành Nghị quyết số 34-N');
  });

  test('matching type words are not flagged, whatever the case or the Đ', () => {
    const text = 'Resolution No. 34-NQ/TW, Directive No.32-CT/TW, Nghị quyết số 34-NQ/TW, Project 01-ĐA/TW and Project 01-DA/TW.';
    assert.deepEqual(
      check(text).filter((x) => x.ruleId === 'citation/type-mismatch'),
      [],
    );
  });
});

describe('citation/unknown', () => {
  test('an unknown Party symbol is information, a known one is silent', () => {
    const text = 'Resolution No. 99-NQ/TW and Resolution No. 34-NQ/TW.';
    const found = check(text).filter((x) => x.ruleId === 'citation/unknown');
    assert.deepEqual(covered(text, found), ['99-NQ/TW']);
    assert.equal(found[0]!.severity, 'information');
  });

  test('short forms resolve against the vocabulary; another type with that number is suggested', () => {
    const text = 'Resolution 34, Directive 12, Project 01 and Conclusion 71 were passed. Resolution 12 followed.';
    const found = check(text).filter((x) => x.ruleId === 'citation/unknown');
    assert.deepEqual(covered(text, found), ['Resolution 12']);
    // Several documents are numbered 12 (each term restarts the numbering): each is offered.
    assert.match(found[0]!.message, /Did you mean .*Directive 12 \(12-CT\/TW\)/);
    assert.ok(found[0]!.fixes.some((f) => f.title === 'Change to “Directive 12”'));
  });

  test('documents of other organisations are never read as Party citations', () => {
    const text = [
      'Resolution 2334 of the UN Security Council was adopted.',
      'Directive 2011/83/EU concerns consumer rights.',
      'UN Security Council Resolution 242 is older.',
      'The ASEAN Declaration 12 is unrelated.',
    ].join(' ');
    assert.deepEqual(
      check(text).filter((x) => x.ruleId.startsWith('citation/')),
      [],
    );
  });

  test('a Party term qualifier picks the document of that term', () => {
    const text = 'the first since Resolution No. 13 (Session VI) in May 1988; Resolution No. 13 (Session IX) is unknown.';
    const found = check(text).filter((x) => x.ruleId === 'citation/unknown');
    assert.deepEqual(covered(text, found), ['Resolution No. 13 (Session IX)']);
  });
});

describe('title/non-canonical and term/non-canonical', () => {
  test('machine-translation artefacts are flagged with their fix', () => {
    const text = 'under the direction of the Ministry Politic, the Foreign Office and national renewable and development.';
    const found = check(text);
    assert.deepEqual(
      found.map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [
        ['title/non-canonical', 'Ministry Politic'],
        ['title/non-canonical', 'Foreign Office'],
        ['term/non-canonical', 'national renewable and development'],
      ],
    );
    let fixed = text;
    for (const f of [...found].reverse()) fixed = applyFix(fixed, f);
    assert.equal(fixed, 'under the direction of the Politburo, the Ministry of Foreign Affairs and national renewal and development.');
  });

  test('a wrong form that is right in another context is left alone there', () => {
    const china = "China's Central Foreign Affairs Commission, chaired by Xi Jinping, met.";
    assert.deepEqual(
      check(china).filter((f) => f.ruleId === 'title/non-canonical'),
      [],
    );
    const vietnam = 'The Central Foreign Affairs Commission and the Ministry of Foreign Affairs coordinate.';
    assert.deepEqual(covered(vietnam, check(vietnam), 'title/non-canonical'), ['Central Foreign Affairs Commission']);
  });

  test('Vietnamese capitalisation of institution names', () => {
    const text = 'Bộ Chính Trị và Ban Bí Thư; Bộ Chính trị và Ban Bí thư.';
    const found = check(text, { lang: 'vi' }).filter((f) => f.ruleId === 'title/non-canonical');
    assert.deepEqual(covered(text, found), ['Bộ Chính Trị', 'Ban Bí Thư']);
    assert.equal(applyFix(text, found[0]!).slice(0, 12), 'Bộ Chính trị');
  });

  test('a Vietnamese name without diacritics is found and its fix restores them', () => {
    const text = 'Hoang Binh Quan met the Ban Doi ngoai Trung uong; Truong Ban Doi ngoai Trung uong Hoang Binh Quan.';
    const found = check(text).filter((f) => f.ruleId === 'title/non-canonical');
    assert.deepEqual(covered(text, found), ['Ban Doi ngoai Trung uong', 'Truong Ban Doi ngoai Trung uong']);
    assert.equal(applyFix(applyFix(text, found[1]!), found[0]!), 'Hoang Binh Quan met the Ban Đối ngoại Trung ương; Trưởng Ban Đối ngoại Trung ương Hoang Binh Quan.');
  });
});

describe('framing/incomplete', () => {
  test('three pillars with a pillar missing, fixed by the full list', () => {
    const text = 'Vietnam builds a modern diplomacy with three pillars: Party diplomacy and State diplomacy.';
    const [f, ...rest] = check(text).filter((x) => x.ruleId === 'framing/incomplete');
    assert.equal(rest.length, 0);
    assert.match(f!.message, /leaves out people-to-people diplomacy/);
    assert.equal(applyFix(text, f!), 'Vietnam builds a modern diplomacy with three pillars: Party diplomacy, State diplomacy and people-to-people diplomacy.');
  });

  test('complete framings in both languages and the compact form are accepted', () => {
    const text = [
      'a comprehensive, modern diplomacy consisting of three pillars: party diplomacy, state diplomacy, and people-to-people diplomacy.',
      '',
      'ba trụ cột: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.',
      '',
      'The three pillars of Party, State and people-to-people diplomacy work together.',
    ].join('\n');
    assert.deepEqual(
      check(text).filter((x) => x.ruleId.startsWith('framing/')),
      [],
    );
  });

  test("ASEAN's three pillars are another framing", () => {
    const text = "The ASEAN Community's three pillars are political-security, economic and socio-cultural.";
    assert.deepEqual(
      check(text).filter((x) => x.ruleId.startsWith('framing/')),
      [],
    );
  });

  test('Vietnamese incomplete framing', () => {
    const text = 'Xây dựng nền ngoại giao với ba trụ cột: đối ngoại Đảng và đối ngoại nhân dân.';
    const found = check(text).filter((x) => x.ruleId === 'framing/incomplete');
    assert.equal(found.length, 1);
    assert.match(applyFix(text, found[0]!), /đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân\./);
  });
});

describe('text/unicode-normalization', () => {
  test('decomposed Vietnamese is flagged once per block with an NFC fix', () => {
    const text = `Quan hệ với ${'Bộ Ngoại giao'.normalize('NFD')} rất tốt.`;
    const found = check(text).filter((x) => x.ruleId === 'text/unicode-normalization');
    assert.equal(found.length, 1);
    assert.equal(applyFix(text, found[0]!), 'Quan hệ với Bộ Ngoại giao rất tốt.');
    assert.equal(check('Quan hệ với Bộ Ngoại giao rất tốt.').filter((x) => x.ruleId === 'text/unicode-normalization').length, 0);
  });

  test('vocabulary matching still works on decomposed text and covers whole characters', () => {
    const text = 'Bộ Chính Trị họp.'.normalize('NFD');
    const found = check(text).filter((x) => x.ruleId === 'title/non-canonical');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end).normalize('NFC'), 'Bộ Chính Trị');
  });
});

describe('suppression and configuration', () => {
  const text = 'Resolution No. 32-CT/TW.';
  test('front matter disable list', () => {
    assert.equal(check(`---\ncommunique:\n  disable: [citation/type-mismatch]\n---\n${text}`).length, 0);
    assert.equal(check(`---\ncommunique:\n  disable: [citation]\n---\n${text}`).length, 0);
  });
  test('disable-next-line and disable/enable comments', () => {
    const next = `<!-- communique-disable-next-line citation/type-mismatch -->\n${text}\n\n${text}`;
    assert.equal(check(next).length, 1);
    const range = `<!-- communique-disable -->\n\n${text}\n\n<!-- communique-enable -->\n\n${text}`;
    const found = check(range);
    assert.equal(found.length, 1);
    assert.ok(found[0]!.start > range.indexOf('enable -->'));
  });
  test('severity settings, per rule and per category', () => {
    assert.equal(check(text, { rules: { 'citation/type-mismatch': 'off' } }).length, 0);
    assert.equal(check(text, { rules: { 'citation/*': 'hint' } })[0]!.severity, 'hint');
  });
});
