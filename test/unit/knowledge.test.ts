// The built-in vocabulary as knowledge: every entry sourced, holder timelines sound, no internal
// file named to users; and the rules that use it, on the kinds of wording the issue names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinVocabulary } from '../../core/src/vocabulary';
import { periodEnd, periodStart } from '../../core/src/time';
import { check, covered } from '../helpers';

const v = builtinVocabulary().vocabulary;
const INTERNAL = /\b(seeds?\b|facts\.md|fact sheet|\d{3}_[0-9a-f]{8,}|\.txt\b|public record)/i;

describe('the built-in pack is sourced', () => {
  test('has the breadth the round asked for', () => {
    assert.ok(v.titles.size >= 13, `${v.titles.size} offices`);
    assert.ok(v.people.size >= 70, `${v.people.size} people`);
    assert.ok(v.documents.size >= 80, `${v.documents.size} documents`);
    assert.ok(v.terms.size >= 150, `${v.terms.size} terms`);
    assert.ok(v.partnerships.size >= 40, `${v.partnerships.size} partnerships`);
    assert.ok(v.events.size >= 30, `${v.events.size} events`);
  });

  test('every entry, holder and partnership level has a public source with a URL and a confidence', () => {
    const entries = [v.documents, v.bodies, v.titles, v.people, v.terms, v.framings, v.events, v.milestones, v.partnerships].flatMap((m) => [...m.values()]);
    const provenances = [...entries, ...[...v.titles.values()].flatMap((t) => t.holders ?? []), ...[...v.partnerships.values()].flatMap((p) => p.levels)];
    for (const p of provenances) {
      const id = (p as { id?: string; person?: string; level?: string }).id ?? (p as { person?: string }).person ?? (p as { level?: string }).level;
      assert.ok(p.sources && p.sources.length > 0, `${id}: a list of sources`);
      for (const s of p.sources!) assert.match(s.url, /^https?:\/\//, `${id}: source URL`);
      assert.ok(['high', 'medium', 'low'].includes(p.confidence), `${id}: confidence`);
    }
  });

  test('no user-facing text names an internal file', () => {
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') texts.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    for (const m of [v.documents, v.bodies, v.titles, v.people, v.terms, v.framings, v.events, v.milestones, v.partnerships]) walk([...m.values()]);
    const bad = texts.filter((t) => INTERNAL.test(t));
    assert.deepEqual(bad, []);
  });

  test('every wrong form has a fix (its own, or the canonical name in its language)', () => {
    for (const e of [...v.bodies.values(), ...v.titles.values(), ...v.terms.values()]) {
      for (const w of e.wrong ?? []) assert.ok(w.fix ?? e.name[w.lang ?? 'en'] ?? e.name.en, `${e.id}: ${w.form}`);
    }
  });

  test('holder timelines never overlap, and their gaps are the known ones', () => {
    // Offices whose record has a stretch the sources did not cover; each is said in the office's note.
    const knownGaps = new Set(['permanent-deputy-prime-minister']);
    const gaps: string[] = [];
    for (const t of v.titles.values()) {
      if (/^(deputy|member)/i.test(t.name.en ?? '') && !/permanent/i.test(t.name.en ?? '')) continue; // held by several at once
      const holders = (t.holders ?? []).filter((h) => !h.acting && h.from).sort((a, b) => (periodStart(a.from!) < periodStart(b.from!) ? -1 : 1));
      for (let i = 1; i < holders.length; i++) {
        const prev = holders[i - 1]!;
        const next = holders[i]!;
        assert.ok(prev.to, `${t.id}: ${prev.person} has an end before ${next.person}`);
        // Overlap: the next holding starts before the last day the previous one may have ended,
        // at the coarser precision (a handover day belongs to both).
        assert.ok(periodEnd(next.from!) >= periodStart(prev.to!), `${t.id}: ${next.person} from ${next.from} overlaps ${prev.person} to ${prev.to}`);
        const acting = (t.holders ?? []).some((h) => h.acting && h.from && h.to && periodStart(h.from) <= periodEnd(prev.to!) && periodEnd(h.to) >= periodStart(next.from!));
        if (periodStart(next.from!) > periodEnd(prev.to!) && !acting) gaps.push(`${t.id}: ${prev.to} → ${next.from}`);
      }
    }
    const unknown = gaps.filter((g) => !knownGaps.has(g.split(':')[0]!));
    assert.deepEqual(unknown, []);
  });
});

describe('rules on the knowledge', () => {
  const at = (date: string, text: string): string[] =>
    check(`---\ndate: ${date}\n---\n${text}\n`).map((f) => `${f.ruleId} ${covered(`---\ndate: ${date}\n---\n${text}\n`, [f])[0]}`);

  test('offices the pack did not know, in the forms writers use', () => {
    assert.deepEqual(at('2024-06-01', 'Prime Minister Nguyen Xuan Phuc met the envoy.'), ['title/holder-mismatch Prime Minister Nguyen Xuan Phuc']);
    assert.deepEqual(at('2019-05-01', 'President Tran Dai Quang received the envoy.'), ['title/holder-mismatch President Tran Dai Quang']);
    assert.deepEqual(at('2022-03-01', 'Foreign Minister Pham Binh Minh attended.'), ['title/holder-mismatch Foreign Minister Pham Binh Minh']);
    assert.deepEqual(at('2020-05-01', 'FM Bui Thanh Son spoke.'), ['title/holder-mismatch FM Bui Thanh Son']);
    assert.deepEqual(at('2018-05-01', 'Thủ tướng Nguyễn Tấn Dũng phát biểu.'), ['title/holder-mismatch Thủ tướng Nguyễn Tấn Dũng']);
    assert.deepEqual(at('2023-05-01', 'Party leader To Lam spoke.'), ['title/holder-mismatch Party leader To Lam']);
  });

  test('former, the late, then-, a death, and foreign leaders are not holder mismatches', () => {
    assert.deepEqual(at('2025-01-10', 'The passing of Party General Secretary Nguyen Phu Trong saddened the nation.'), []);
    assert.deepEqual(at('2025-01-10', 'The late Party General Secretary Nguyen Phu Trong wrote it.'), []);
    assert.deepEqual(at('2025-01-10', 'Former Prime Minister Nguyen Xuan Phuc attended.'), []);
    assert.deepEqual(at('2025-01-10', 'He met then-President Vo Van Thuong.'), []);
    assert.deepEqual(at('2023-12-12', 'President Xi Jinping arrived in Hanoi.'), []);
    assert.deepEqual(at('2023-05-19', 'President Ho Chi Minh was born in 1890.'), []);
  });

  test('fact/partnership: the level on the date, dated by the clause', () => {
    assert.deepEqual(at('2024-06-01', 'Vietnam and Japan upgraded relations to a strategic partnership.'), ['fact/partnership strategic partnership']);
    assert.deepEqual(at('2024-06-01', 'Vietnam and Japan became strategic partners in 2009.'), []);
    assert.deepEqual(at('2024-06-01', 'Japan, a comprehensive strategic partner of Vietnam, sent aid.'), []);
    assert.deepEqual(at('2024-06-01', 'Vietnam aims to upgrade ties with Brazil to a comprehensive strategic partnership.'), []);
    assert.deepEqual(at('2024-06-01', 'China and Russia, comprehensive strategic partners, met.'), []);
  });

  test('fact/event-date: memberships, UN seats and agreements in every phrasing, each verb owned by its event', () => {
    assert.deepEqual(at('2024-06-01', 'Vietnam joined the WTO in 2006.'), ['fact/event-date 2006']);
    assert.deepEqual(at('2024-06-01', 'Việt Nam gia nhập ASEAN năm 1996.'), ['fact/event-date 1996']);
    assert.deepEqual(at('2024-06-01', 'The EVFTA, which took effect in 2019, helped.'), ['fact/event-date 2019']);
    assert.deepEqual(at('2024-06-01', 'Vietnam served on the UN Security Council for 2019–2020.'), ['fact/event-date 2019']);
    assert.deepEqual(at('2024-06-01', 'The VKFTA has been in effect since 2015; the EVFTA took effect on 1 August 2020.'), []);
    assert.deepEqual(at('2024-06-01', 'Năm 1995 Việt Nam gia nhập ASEAN và năm 2007 trở thành thành viên của WTO.'), []);
  });

  test('citations: years and issuers however the clause attaches them', () => {
    assert.deepEqual(at('2024-06-01', 'Issued by the Secretariat in March 2021, Project 01-ĐA/TW guided the work.'), ['citation/date-mismatch 2021']);
    assert.deepEqual(at('2024-06-01', 'Chỉ thị 32-CT/TW (năm 2017) vẫn còn hiệu lực.'), ['citation/date-mismatch 2017']);
    assert.deepEqual(at('2024-06-01', 'Chỉ thị 25-CT/TW, ký ngày 8/8/2019, được triển khai.'), ['citation/date-mismatch 2019']);
    assert.deepEqual(at('2024-06-01', 'Directive 12-CT/TW, which the Politburo adopted, matters.'), ['citation/issuer-mismatch Politburo']);
    assert.deepEqual(at('2024-06-01', "Directive 25-CT/TW of the Party Central Committee's Secretariat matters."), []);
    assert.deepEqual(at('2024-06-01', 'Resolution 36-NQ/TW sets goals to 2030, with a vision to 2045.'), []);
  });

  test('congresses dated in other ways', () => {
    assert.deepEqual(at('2024-06-01', 'The 12th Congress of 2011 set the course.'), ['fact/congress-date 2011']);
    assert.deepEqual(at('2024-06-01', 'Đại hội XI của Đảng khai mạc đầu năm 2016.'), ['fact/congress-date 2016']);
  });

  test('bodies in wrong forms, Vietnamese capitals, and Ð for Đ', () => {
    assert.deepEqual(at('2024-06-01', 'The Politic Bureau met.'), ['title/non-canonical Politic Bureau']);
    assert.deepEqual(at('2024-06-01', 'Hôm nay bộ chính trị họp.'), ['title/non-canonical bộ chính trị']);
    assert.deepEqual(at('2024-06-01', 'Ban Ngoại giao Trung ương họp.'), ['title/non-canonical Ban Ngoại giao Trung ương']);
    assert.deepEqual(at('2024-06-01', 'Bộ Quốc Phòng họp.'), ['title/non-canonical Bộ Quốc Phòng']);
    assert.deepEqual(at('2024-06-01', 'Ðề án 01-ÐA/TW của Ban Bí thư được ban hành năm 2022.'), []);
    assert.deepEqual(at('2024-06-01', 'Thị trường biến động mạnh.'), [], 'biến động is not Biển Đông');
  });

  test('a weekday for a list ordinal, only inside an enumeration', () => {
    assert.deepEqual(at('2024-06-01', 'First, we act.\n\nMonday, we continue.\n\nWednesday, we review.'), [
      'text/ordinal-mistranslation Monday',
      'text/ordinal-mistranslation Wednesday',
    ]);
    assert.deepEqual(at('2024-06-01', 'First, we act.\n\nMonday, 5 May was a holiday.'), []);
    assert.deepEqual(at('2024-06-01', 'Monday, the delegation arrived.'), []);
  });

  test('a gloss is not inconsistent naming; titles may vary', () => {
    assert.deepEqual(at('2024-06-01', 'Doi Moi (Renewal) began in 1986. Doi Moi changed everything.'), []);
    assert.deepEqual(at('2024-06-01', 'Prime Minister Pham Minh Chinh spoke; later PM Pham Minh Chinh left.'), []);
  });
});

describe('a report sets its own rule severities', () => {
  test('communique.rules in the front matter overrides the settings; a bad severity is located', () => {
    const text = '---\ndate: 2024-06-01\ncommunique:\n  rules:\n    title/non-canonical: error\n    text/spacing: loud\n---\nThe Politic Bureau met.\n';
    const found = check(text, { rules: { 'title/*': 'hint' } });
    const politic = found.find((f) => f.ruleId === 'title/non-canonical');
    assert.equal(politic?.severity, 'error', 'the report wins over the settings');
    const bad = found.find((f) => f.ruleId === 'text/front-matter');
    assert.ok(bad && text.slice(bad.start, bad.end) === 'text/spacing: loud', bad && text.slice(bad.start, bad.end));
    assert.match(bad!.message, /“loud” is not a severity for text\/spacing/);
  });
});

describe('hovers on the new knowledge', () => {
  test('an agreement shows its signature and entry into force, a partner its levels, each with linked sources', async () => {
    const { explain, targetAt } = await import('../../core/src/features/explain');
    const { checkText } = await import('../../core/src/check');
    const vocab = builtinVocabulary();
    const text = 'The CPTPP and Japan matter.';
    const r = checkText(text, vocab, { syntax: 'markdown', date: '2024-06-01' });
    const cptpp = explain(targetAt(r.blocks, text.indexOf('CPTPP'))!, vocab, r.reportDate)!;
    assert.match(cptpp, /Signed: 8 March 2018 · In force for Vietnam: 14 January 2019/);
    assert.match(cptpp, /\]\(https?:\/\//);
    const japan = explain(targetAt(r.blocks, text.indexOf('Japan'))!, vocab, r.reportDate)!;
    assert.match(japan, /comprehensive strategic partnership/);
    assert.match(japan, /27 November 2023|27\/11\/2023/);
  });
});
