import { mentionsBetween, type BlockAnalysis, type Mention } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { yearAfter, yearBefore } from '../../attach';
import { sourceOffset } from '../../text/fold';
import { msg, type Param } from '../../messages/message';
import { day, overlaps, year } from '../../time';
import type { PartnershipEntry, PartnershipLevel, PartnershipStage } from '../../vocabulary/model';
import type { Rule } from '../rule';
import { LEVEL_NAMES, levelName } from '../support/partnerships';
import { defineRule } from '../rule';
import type { Lang } from '../../types';

const LEVEL_PHRASE =
  /(?<![\p{L}\p{N}])(comprehensive strategic cooperative partner(?:ship)?s?|comprehensive strategic partner(?:ship)?s?|(?:extensive|enhanced) strategic partner(?:ship)?s?|strategic cooperative partner(?:ship)?s?|strategic partner(?:ship)?s?|comprehensive cooperative partner(?:ship)?s?|comprehensive partner(?:ship)?s?|special (?:relationship|relations|ties)|doi tac hop tac chien luoc toan dien|doi tac chien luoc toan dien|doi tac chien luoc sau rong|doi tac chien luoc tang cuong|doi tac hop tac chien luoc|doi tac chien luoc|doi tac hop tac toan dien|doi tac toan dien|quan he dac biet)(?![\p{L}\p{N}])/gu;

function levelOf(phrase: string): PartnershipLevel {
  if (/^(comprehensive strategic|doi tac (hop tac )?chien luoc toan dien)/.test(phrase)) return 'comprehensive-strategic';
  if (/strategic|chien luoc/.test(phrase)) return 'strategic';
  if (/^comprehensive|toan dien/.test(phrase)) return 'comprehensive';
  return 'special';
}

/** Not a statement of fact: a negation, an intention, a possibility. */
/** A negation: the level is denied, not stated. */
const NEGATION = /(?<![\p{L}])(not|never|no longer|yet to|chua|khong)(?![\p{L}])/u;

/**
 * An intention or a possibility that governs an upgrade: "aims to upgrade ties to", "could be
 * elevated to", "hướng tới", "sẽ nâng cấp lên". A future verb that does not ("will review the
 * comprehensive strategic partnership", "sẽ đánh giá quan hệ …") states the level as it is.
 */
const INTENT =
  /(?<![\p{L}])(?:(?:aim|aims|aimed|aiming|plan|plans|planned|hope|hopes|hoped|seek|seeks|could|would|will|may|might|propose|proposes|proposed|consider|considering|wish|wishes|desire|if|whether|potential|possible|prospect|prospects|se|co the|de xuat|mong muon|xem xet|nham|muc tieu|du kien|ke hoach)(?: [\p{L}'-]+){0,4} (?:upgrad\w*|elevat\w*|rais\w*|lift\w*|establish\w*|set up|become|nang cap|nang tam|nang len|nang quan he|thiet lap|xac lap|tro thanh)|towards?|huong toi|tien toi|proposal)(?![\p{L}])/u;

const EXPECTED = /(?<![\p{L}])(expected|expects|due|scheduled|set to|slated|likely|poised|forthcoming|upcoming|planned|sap|ky vong|du kien|se som|se duoc)(?![\p{L}])/u;

const PLANNED_UPGRADE = /(?<![\p{L}])(?<!da )(upgrade|upgrades|upgrading|elevation|elevate|elevating|nang cap|nang tam)(?![\p{L}])/u;

const EXPECTED_AFTER = /^ (?:is |was |are |were |has been |had been )?(?:expected|due|scheduled|set|slated|likely|planned|du kien|se)(?![\p{L}])/u;

const UPGRADE = /(?<![\p{L}])(upgrad\w*|elevat\w*|rais\w*|lift\w*|nang cap|nang tam|nang len|nang quan he)(?![\p{L}])/u;

const UPGRADE_WORDS = new Set([
  'upgraded',
  'elevated',
  'raised',
  'lifted',
  'established',
  'set',
  'up',
  'became',
  'become',
  'signed',
  'agreed',
  'nang',
  'cap',
  'len',
  'thiet',
  'lap',
  'tro',
  'thanh',
  'quan',
  'he',
  'relations',
  'ties',
  'to',
  'a',
  'an',
  'their',
  'its',
  'as',
  'for',
  'partner',
  'partners',
  'partnership',
  'doi',
  'tac',
]);

const ABOUT_VIETNAM = /(?<![\p{L}])(vietnam|viet nam|vietnamese|hanoi|ha noi|two countries|both countries|bilateral|hai nuoc|song phuong|our country|nuoc ta)(?![\p{L}])/u;

interface LevelPhrase {
  start: number;
  end: number;
  level: PartnershipLevel;
  written: string;
}

/** The stages of the relationship in force at some time of `period`. */
function stagesAt(p: PartnershipEntry, period: { start: string; end: string }): PartnershipStage[] {
  const sorted = [...p.levels].sort((a, b) => (a.from < b.from ? -1 : 1));
  return sorted.filter((s, i) => overlaps(period, s.from, sorted[i + 1]?.from));
}

/** "strategic partnership since 1 September 2009; comprehensive strategic partnership since …". */
function timeline(p: PartnershipEntry): Param {
  const stages: Param[] = [...p.levels]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((s) => ({ message: msg('partnership.stage', { level: levelName(s.level), since: { date: s.from }, name: s.name?.en ? s.name : 'none' }) }));
  const joined = (items: Param[]): Param => (items.length <= 1 ? (items[0] ?? '') : { message: msg('partnership.stages', { first: items[0]!, rest: joined(items.slice(1)) }) });
  return joined(stages);
}

/** The right phrase in the writer's shape: "partner" or "partnership", singular or plural, capitalised or not. */
function rephrase(level: PartnershipLevel, written: string, lang: Lang): string {
  let phrase = LEVEL_NAMES[lang][level];
  if (lang === 'en') {
    const shape = /partner(ship)?(s?)$/i.exec(written);
    if (shape && level !== 'special') phrase = phrase.replace(/partnership$/, `partner${shape[1] ?? ''}${shape[2] ?? ''}`);
    if (/^[A-Z][a-z]+ [A-Z]/.test(written)) phrase = phrase.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
  } else if (/^Đ/.test(written) || /^Q/.test(written)) phrase = phrase[0]!.toUpperCase() + phrase.slice(1);
  return phrase;
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const v = ctx.vocab.vocabulary;
  if (v.partnerships.size === 0) return out;
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    if (!f.includes('partner') && !f.includes('doi tac') && !f.includes('dac biet') && !f.includes('special')) continue;
    const countries = a.mentions.filter((m) => m.form.kind === 'country' || m.alternatives.some((x) => x.kind === 'country'));
    if (countries.length === 0) continue;
    const phrases: LevelPhrase[] = [];
    LEVEL_PHRASE.lastIndex = 0;
    for (let m = LEVEL_PHRASE.exec(f); m; m = LEVEL_PHRASE.exec(f)) phrases.push({ start: m.index, end: m.index + m[0].length, level: levelOf(m[1]!), written: m[1]! });
    if (phrases.length === 0) continue;
    for (const country of countries) checkCountry(ctx, a, country, phrases, out);
  }
  return out;
};

function checkCountry(ctx: Parameters<Rule>[0], a: BlockAnalysis, country: Mention, phrases: LevelPhrase[], out: ReturnType<Rule>): void {
  const v = ctx.vocab.vocabulary;
  const f = a.folded.text;
  const form = country.form.kind === 'country' ? country.form : country.alternatives.find((x) => x.kind === 'country')!;
  const partner = v.partnerships.get(form.id);
  if (!partner) return;
  const [s, e] = sentenceBounds(f, country.foldedStart, country.foldedEnd);
  let inSentence = phrases.filter((p) => p.start >= s && p.end <= e);
  if (inSentence.length === 0) return;
  const sentence = f.slice(s, e);
  // "upgraded from a strategic partnership to a comprehensive strategic partnership": the target counts.
  // "upgraded from a strategic partnership to a comprehensive strategic partnership", "nâng cấp từ
  // … lên …": the phrase after "to"/"lên" is the level, the one after "from"/"từ" the one before it.
  if (inSentence.length > 1 && UPGRADE.test(sentence)) {
    const target = inSentence.findIndex(
      (p, i) =>
        i > 0 &&
        /(?:^|[ ,])(?:from|tu) /.test(f.slice(Math.max(s, inSentence[i - 1]!.start - 12), inSentence[i - 1]!.start)) &&
        /(?:^|[ ,])(?:to|len|thanh)(?: (?:a|an|the))? $/.test(f.slice(inSentence[i - 1]!.end, p.start)),
    );
    if (target > 0) inSentence = inSentence.filter((_, i) => i !== target - 1);
  }
  const distance = (p: LevelPhrase): number => (p.start >= country.foldedEnd ? p.start - country.foldedEnd : country.foldedStart - p.end);
  const phrase = inSentence.reduce((best, p) => (distance(p) < distance(best) ? p : best));
  // The phrase must be this country's: no other country stands nearer to it.
  const others = mentionsBetween(a.mentions, s, e).filter((m) => m !== country && (m.form.kind === 'country' || m.alternatives.some((x) => x.kind === 'country')));
  const nearer = others.some((o) => {
    const d = phrase.start >= o.foldedEnd ? phrase.start - o.foldedEnd : o.foldedStart - phrase.end;
    return d >= 0 && d < distance(phrase) && !between(o, country, phrase);
  });
  if (nearer) return;
  const clause = f.slice(Math.min(phrase.start, country.foldedStart), Math.max(phrase.end, country.foldedEnd));
  const lead = f.slice(Math.max(s, Math.min(phrase.start, country.foldedStart) - 50), Math.min(phrase.start, country.foldedStart));
  if (NEGATION.test(clause) || NEGATION.test(lead.slice(-25)) || INTENT.test(`${lead}${clause}`)) return;
  // "an upgrade to a comprehensive strategic partnership is expected next month".
  const tail = f.slice(phrase.end, Math.min(e, phrase.end + 40));
  // The upgrade as a noun or to come ("an upgrade", not "upgraded"), expected just before the
  // phrase or right after it ("… partnership is expected next month"; not "…, is expected to send").
  const before = `${lead.slice(-40)}${clause}`;
  if (PLANNED_UPGRADE.test(before) && (EXPECTED.test(before) || EXPECTED_AFTER.test(tail))) return;
  // "China and Russia, comprehensive strategic partners": two partners joined, and no word of
  // Vietnam, is a relation between them.
  const joined = others.some((o) =>
    /^(?: and | va |-|–|—|, )$/.test(o.foldedStart > country.foldedEnd ? f.slice(country.foldedEnd, o.foldedStart) : f.slice(o.foldedEnd, country.foldedStart)),
  );
  if (joined && !ABOUT_VIETNAM.test(sentence)) return;
  // The level's date: a year the clause attaches to the phrase or the country ("upgraded … in
  // 2023", "strategic partners since 2009"), or one the sentence opens with; else the report's.
  const walk = { verbs: UPGRADE_WORDS, skip: a.mentions, limit: 10 };
  const attached = [yearAfter(f, phrase.end, walk), yearAfter(f, country.foldedEnd, walk), yearBefore(f, Math.min(phrase.start, country.foldedStart), walk)].filter(
    (y) => y !== undefined,
  );
  const opening = /^(?:in|by|nam|vao nam|trong nam|tu nam|since) ((?:19|20)\d{2}),? /.exec(sentence);
  const years = attached.length > 0 ? attached.map((y) => y!.year) : opening ? [Number(opening[1])] : [];
  const periods = years.length > 0 ? years.map(year) : [day(ctx.reportDate)];
  if (periods.some((p) => stagesAt(partner, p).some((st) => st.level === phrase.level))) return;
  // The report's date, or the years the sentence gives.
  const when = periods.length === 1 && years.length === 0 ? { when: 'date', at: { date: ctx.reportDate } } : { when: 'years', at: years.join(', ') };
  const current = stagesAt(partner, periods[periods.length - 1]!).pop();
  const lang: Lang = /doi tac|quan he/.test(phrase.written) ? 'vi' : 'en';
  const start = sourceOffset(a.folded, phrase.start);
  const end = sourceOffset(a.folded, phrase.end - 1) + 1;
  const written = ctx.text.slice(start, end);
  const countryName = partner.country.en !== undefined ? partner.country : country.text;
  const replacement = current ? rephrase(current.level, written, lang) : undefined;
  out.push({
    ruleId: 'fact/partnership',
    start,
    end,
    message: current
      ? msg('fact/partnership', {
          ...when,
          country: countryName,
          level: levelName(current.level),
          since: { date: current.from },
          name: current.name?.en ? current.name : 'none',
          stated: levelName(phrase.level),
          confidence: current.confidence,
        })
      : msg('fact/partnership.none', { ...when, country: countryName, stated: levelName(phrase.level), timeline: timeline(partner) }),
    fixes:
      replacement && replacement.toLowerCase() !== written.toLowerCase()
        ? [{ title: msg('fact/partnership.fix', { replacement }), edits: [{ start, end, newText: replacement }], preferred: true }]
        : [],
    related: [{ start: country.start, end: country.end, message: msg('fact/partnership.timeline', { country: countryName, timeline: timeline(partner) }) }],
  });
}

/** Whether `o` lies between the country and its phrase ("Japan and Korea, comprehensive strategic partners"). */
function between(o: Mention, country: Mention, phrase: LevelPhrase): boolean {
  const lo = Math.min(country.foldedEnd, phrase.start);
  const hi = Math.max(country.foldedStart, phrase.end);
  return o.foldedStart >= lo && o.foldedEnd <= hi;
}

export default defineRule({
  id: 'fact/partnership',
  defaultSeverity: 'error',
  scope: 'block',
  summary:
    "A level of relations (comprehensive, strategic, comprehensive strategic, special) stated for a country that did not have it with Vietnam on the report's date or the sentence's year.",
  description:
    'a level of relations stated for a country that it did not have with Vietnam on the report\'s date (or the sentence\'s year): "Vietnam and Japan upgraded relations to a strategic partnership" in 2024 (a comprehensive strategic partnership since 27 November 2023); the fix and the hover give the right level, its date and the framework\'s name. Intentions ("aim to upgrade", "hướng tới") and negations are left alone',
  check,
});
