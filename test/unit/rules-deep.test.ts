// The rules that read context: issuers, years, holders on a date, consistency, order, facts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, check, covered } from '../helpers';

const only = (ruleId: string, text: string, options = {}) => check(text, options).filter((f) => f.ruleId === ruleId);

describe('citation/malformed', () => {
  test('symbols written loosely are read and rewritten', () => {
    const text = 'Resolution No. 34/NQ-TW, Directive 32-CTTW, Nghị quyết số 34-NQ-TW and Directive No. 12 - CT/TW.';
    const found = only('citation/malformed', text);
    assert.deepEqual(covered(text, found), ['34/NQ-TW', '32-CTTW', '34-NQ-TW', '12 - CT/TW']);
    assert.equal(applyFix(text, found[0]!).slice(0, 23), 'Resolution No. 34-NQ/TW');
    // Read correctly, the type still has to match: no type-mismatch here.
    assert.deepEqual(only('citation/type-mismatch', text), []);
  });
  test('a missing space after No.', () => {
    const text = 'In 2019, the Politburo issued Directive No.32-CT/TW on foreign relations.';
    const [f] = only('citation/malformed', text);
    assert.equal(text.slice(f!.start, f!.end), 'No.32-CT/TW');
    assert.match(applyFix(text, f!), /Directive No\. 32-CT\/TW on/);
  });
  test('State symbols and date ranges are not Party symbols written wrong', () => {
    assert.deepEqual(only('citation/malformed', 'Decree No. 28/2025/NĐ-CP, the 2016-2021 term, COVID-19, 123/QĐ-TTg.'), []);
  });
});

describe('citation/issuer-mismatch', () => {
  test('possessive, subject and "of the" issuers are checked against the vocabulary', () => {
    const text = [
      "The Secretariat's Resolution No. 34-NQ/TW set the course.",
      'Directive No. 12-CT/TW of the Politburo followed.',
      'Ban Bí thư ban hành Nghị quyết số 34-NQ/TW.',
    ].join('\n\n');
    const found = only('citation/issuer-mismatch', text);
    assert.deepEqual(covered(text, found), ['Secretariat', 'Politburo', 'Ban Bí thư']);
    assert.match(applyFix(text, found[0]!), /^The Politburo's Resolution/);
    assert.match(applyFix(text, found[2]!), /Bộ Chính trị ban hành/);
  });
  test('the right issuer, or both bodies, or an unrelated body, are fine', () => {
    const text = [
      'The Politburo issued Resolution No. 34-NQ/TW.',
      'The Politburo and the Secretariat have issued Resolution No. 34-NQ/TW and Directive No. 12-CT/TW.',
      'The Secretariat discussed the implementation of Resolution No. 34-NQ/TW.',
      'Nghị quyết số 34-NQ/TW của Bộ Chính trị.',
    ].join('\n\n');
    assert.deepEqual(only('citation/issuer-mismatch', text), []);
  });
});

describe('citation/date-mismatch', () => {
  test('years stated with the citation', () => {
    const text = [
      'In 2021, the Politburo passed Resolution No. 34-NQ/TW.',
      'Directive No. 32-CT/TW of 2017 still applies.',
      'Resolution No. 34-NQ/TW (2022) is the basis.',
      'Năm 2020, Bộ Chính trị ban hành Chỉ thị số 32-CT/TW.',
      'Directive 32/2018 of the Politburo.',
    ].join('\n\n');
    const found = only('citation/date-mismatch', text);
    assert.deepEqual(covered(text, found), ['2021', '2017', '2022', '2020', '2018']);
    assert.match(found[0]!.message, /34-NQ\/TW dates from 9 January 2023, not 2021/);
    assert.match(applyFix(text, found[0]!), /^In 2023, the Politburo passed/);
  });
  test('right years, and years that are about something else', () => {
    const text = [
      'In early 2023, the Politburo passed Resolution No. 34-NQ/TW.',
      'Since Resolution No. 13 (Session VI) in May 1988, nothing comparable.',
      'In 2024, the Politburo reviewed Resolution No. 34-NQ/TW.',
      'Directive 32/2019 of the Politburo.',
    ].join('\n\n');
    assert.deepEqual(only('citation/date-mismatch', text), []);
  });
});

describe('citation/superseded', () => {
  test('22-NQ/TW cited after 59-NQ/TW replaced it, but not before, nor when the sentence says so', () => {
    const text = 'Integration policy rests on Resolution No. 22-NQ/TW.';
    assert.deepEqual(covered(text, only('citation/superseded', text, { date: '2025-06-01' })), ['22-NQ/TW']);
    assert.deepEqual(only('citation/superseded', text, { date: '2024-06-01' }), []);
    assert.deepEqual(only('citation/superseded', 'Resolution No. 59-NQ/TW replaced Resolution No. 22-NQ/TW.', { date: '2025-06-01' }), []);
  });
});

describe('title/holder-mismatch', () => {
  test('a title and a name that do not go together on the report date', () => {
    const text = 'General Secretary Nguyen Phu Trong met the delegation. Minister of Foreign Affairs Pham Binh Minh spoke.';
    const found = only('title/holder-mismatch', text, { date: '2025-03-01' });
    assert.deepEqual(covered(text, found), ['General Secretary Nguyen Phu Trong', 'Minister of Foreign Affairs Pham Binh Minh']);
    assert.match(found[0]!.message, /to 19 July 2024.*To Lam/);
    assert.equal(applyFix(text, found[0]!, 0).slice(0, 30), 'General Secretary To Lam met t');
  });
  test('the same names are right on their own dates, with "former", or when the sentence names its year', () => {
    assert.deepEqual(only('title/holder-mismatch', 'General Secretary Nguyen Phu Trong met the delegation.', { date: '2023-07-18' }), []);
    assert.deepEqual(only('title/holder-mismatch', 'Former General Secretary Nguyen Phu Trong was remembered.', { date: '2025-03-01' }), []);
    assert.deepEqual(only('title/holder-mismatch', 'In 2021, General Secretary Nguyen Phu Trong was re-elected.', { date: '2025-03-01' }), []);
    assert.deepEqual(only('title/holder-mismatch', 'Deputy Prime Minister, Minister of Foreign Affairs Bui Thanh Son spoke.', { date: '2024-11-01' }), []);
  });
  test('Vietnamese titles and chained titles', () => {
    const text = 'Tổng Bí thư Nguyễn Phú Trọng tiếp đoàn.';
    assert.deepEqual(covered(text, only('title/holder-mismatch', text, { date: '2025-03-01' })), ['Tổng Bí thư Nguyễn Phú Trọng']);
    const chained = 'Deputy Prime Minister, Minister of Foreign Affairs Bui Thanh Son spoke.';
    assert.deepEqual(covered(chained, only('title/holder-mismatch', chained, { date: '2026-01-10' })), ['Minister of Foreign Affairs Bui Thanh Son']);
  });
});

describe('title/outdated', () => {
  test('a dissolved body named as current, but not in a sentence about the past', () => {
    const text = 'The Central External Relations Commission coordinates party diplomacy.';
    assert.deepEqual(covered(text, only('title/outdated', text, { date: '2026-03-01' })), ['Central External Relations Commission']);
    assert.deepEqual(only('title/outdated', text, { date: '2024-11-01' }), []);
    assert.deepEqual(only('title/outdated', 'In 2021, the Central External Relations Commission held a conference.', { date: '2026-03-01' }), []);
  });
});

describe('term/inconsistent', () => {
  test("the first accepted name sets the document's; English and Vietnamese names do not clash", () => {
    const text = 'The Politburo met. Later the Political Bureau decided. Bộ Chính trị họp. The Politburo agreed.';
    const found = only('term/inconsistent', text);
    assert.deepEqual(covered(text, found), ['Political Bureau']);
    assert.match(applyFix(text, found[0]!), /Later the Politburo decided/);
  });
});

describe('framing/order', () => {
  test('members out of order, in both languages and in the compact form', () => {
    const text = [
      'The three pillars are State diplomacy, Party diplomacy and people-to-people diplomacy.',
      'Ba trụ cột: đối ngoại nhân dân, đối ngoại Đảng và ngoại giao Nhà nước.',
      'The State, Party and people-to-people diplomacy work in concert.',
    ].join('\n\n');
    const found = only('framing/order', text);
    assert.deepEqual(covered(text, found), [
      'State diplomacy, Party diplomacy and people-to-people diplomacy',
      'đối ngoại nhân dân, đối ngoại Đảng và ngoại giao Nhà nước',
      'State, Party and people-to-people diplomacy',
    ]);
    assert.match(applyFix(text, found[0]!), /are Party diplomacy, State diplomacy and people-to-people diplomacy\./);
    assert.match(applyFix(text, found[1]!), /đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân\./);
  });
  test('canonical order, and "together with" constructions, are fine', () => {
    const text =
      "Party diplomacy, State diplomacy and people-to-people diplomacy. Together with people's diplomacy, Party diplomacy and State diplomacy have created the three legs.";
    assert.deepEqual(only('framing/order', text), []);
  });
});

describe('fact/congress-date and fact/milestone', () => {
  test('congress years', () => {
    const text = 'the 13th National Party Congress in 2016; the 12th Congress (2021); Đại hội XIII năm 2016; the 13th Congress, held in Hanoi from 25 January to 1 February 2021.';
    const found = only('fact/congress-date', text);
    assert.equal(found.length, 3);
    assert.deepEqual(covered(text, found), ['2016', '2021', '2016']);
    assert.match(applyFix(text, found[0]!), /Congress in 2021;/);
  });
  test("other organisations' congresses and tenures are left alone", () => {
    const text = 'the 22nd Congress of the World Peace Council in 2016; the 12th Congress (2016–2021); the 13th Congress by 2045.';
    assert.deepEqual(only('fact/congress-date', text), []);
  });
  test('milestones: the vision phrase and the centenaries', () => {
    const text =
      'developing the country till 2020 with a vision to 2045; by 2035, the 100th anniversary of the Party; đến năm 2020, tầm nhìn đến năm 2045; to 2030 with a vision to 2045.';
    const found = only('fact/milestone', text);
    assert.deepEqual(covered(text, found), ['2020', '2035', '2020']);
    assert.match(applyFix(text, found[0]!), /till 2030 with a vision/);
  });
});

describe('text/spacing', () => {
  test('run-together sentences, but not abbreviations or domains', () => {
    const text = 'the policies.Since then, under the SecretariatThe Commission met. The U.S. and e.g. nhandan.vn or Node.js are fine. Version 3.5 too.';
    assert.deepEqual(covered(text, only('text/spacing', text)), ['policies.Since', 'SecretariatThe']);
  });
});

describe('term/inconsistent leaves shortenings alone', () => {
  test('"the Central Committee" after "the Party Central Committee" is the same name, shortened', () => {
    const text = 'The Party Central Committee met. The Central Committee then adjourned.';
    assert.deepEqual(only('term/inconsistent', text), []);
  });
});
