import type { Citation } from '../../citations/grammar';
import { formOf, type BlockAnalysis, type Mention } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { yearAfter, yearBefore } from '../../attach';
import { sourceOffset } from '../../text/fold';
import { yearOf } from '../../time';
import { type Rule } from '../rule';
import { msg } from '../../messages/message';
import { documentName, ISSUING_VERBS } from '../support/citations';
import { defineRule } from '../rule';

/** The issuing verbs as one word each, for the clause walk ("ban hanh" as "ban", "hanh"). */
const ISSUING = new Set([...ISSUING_VERBS, 'issuing', 'adopting', 'ky ket', 'duoc']);

const TYPE_WORDS = new Set([
  'resolution',
  'directive',
  'conclusion',
  'project',
  'regulation',
  'decision',
  'decree',
  'law',
  'nghi quyet',
  'chi thi',
  'ket luan',
  'de an',
  'quy dinh',
  'quyet dinh',
  'nghi dinh',
  'luat',
]);

/** Names of bodies in the block: one word each for the clause walk ("adopted by the Politburo in 2022"). */
function bodyRanges(a: BlockAnalysis): Mention[] {
  return a.mentions.filter((m) => formOf(m, 'body'));
}

/** Years the sentence gives as the citation's date: "In 2021, … issued <c>", "<c> of 2019", "<c> (2022)", "<c>, dated …", "<c> ngày 9/1/2023". */
function statedYears(a: BlockAnalysis, c: Citation): { start: number; end: number; year: number }[] {
  const f = a.folded.text;
  const [s, e] = sentenceBounds(f, c.foldedStart, c.foldedEnd);
  const found: { fStart: number; fEnd: number; year: number }[] = [];
  const after = f.slice(c.foldedEnd, Math.min(e, c.foldedEnd + 60));
  const tail =
    /^(?:,? (?:of|in|dated|issued in|adopted in|passed in|signed in|nam|ngay) (?:(?:early|late|mid|[a-z]+ \d{1,2},?|\d{1,2} [a-z]+|[a-z]+|\d{1,2}\/\d{1,2}\/) ?)?| ?\()((?:19|20)\d{2})(?!\d)/.exec(
      after,
    );
  if (tail) {
    const at = c.foldedEnd + tail[0].length - 4;
    found.push({ fStart: at, fEnd: at + 4, year: Number(tail[1]) });
  } else {
    // "…, signed by the Secretariat in 2020", "… về hội nhập quốc tế do Bộ Chính trị ban hành năm 2014":
    // an issuing verb later in the same clause, then its year.
    const clause = after.split(/[;]|\. |\u0001/)[0]!;
    const verb = new RegExp(
      `(?:^|[ ,])(?:${ISSUING_VERBS.map((v) => v.replace(/ /g, ' ')).join('|')})(?: by (?:the )?[a-z' ]{1,40}?)?(?: vao)?(?: (?:in|on|nam|thang \\d{1,2}|ngay [\\d/]+|early|late|mid-?|[a-z]+ \\d{1,2},?|\\d{1,2} [a-z]+|[a-z]+))*? ((?:19|20)\\d{2})(?!\\d)`,
    ).exec(clause);
    if (
      verb &&
      clause.slice(0, verb.index).split(' ').length <= 14 &&
      !/\b(?:resolution|directive|conclusion|nghi quyet|chi thi|ket luan) (?:no\.? |so )?\d/.test(clause.slice(0, verb.index))
    ) {
      const at = c.foldedEnd + verb.index + verb[0].length - 4;
      found.push({ fStart: at, fEnd: at + 4, year: Number(verb[1]) });
    }
  }
  const before = f.slice(s, c.foldedStart);
  const lead = /(?:^|[ (])(?:in|nam|vao nam) (?:(?:early|late|mid-?|[a-z]+) )?((?:19|20)\d{2})(?!\d)([^.;]*)$/.exec(before);
  if (lead && ISSUING_VERBS.some((v) => ` ${lead[2]} `.includes(` ${v} `))) {
    const at = s + lead.index + lead[0].length - lead[2]!.length - 4;
    found.push({ fStart: at, fEnd: at + 4, year: Number(lead[1]) });
  }
  // Wherever else the clause attaches a year: "…, which the Politburo adopted on 9 January 2023",
  // "(năm 2017)", ", ký ngày 8/8/2019", "Issued by the Secretariat in March 2021, Project 01-ĐA/TW".
  const skip = bodyRanges(a);
  // Past the document's title: "Directive 15-CT/TW on economic diplomacy …, issued … on 10 August 2022".
  const title = /^(?: of (?:the )?[^,;.()]{1,60}?)? (?:on|ve) [^,;.()]{1,150},/.exec(f.slice(c.foldedEnd, Math.min(e, c.foldedEnd + 220)));
  const walked = [
    yearAfter(f, c.foldedEnd, { verbs: ISSUING, skip, limit: 14 }),
    yearBefore(f, c.foldedStart, { verbs: ISSUING, skip, limit: 14, needVerb: true }),
    // "the Politburo's resolution of 2022 (No. 34-NQ/TW)": the type word before stands for the verb.
    yearBefore(f, c.foldedStart, { verbs: TYPE_WORDS, skip, limit: 6, needVerb: true }),
    title ? yearAfter(f, c.foldedEnd + title[0].length, { verbs: ISSUING, skip, limit: 10, needVerb: true }) : undefined,
  ];
  for (const y of walked) {
    if (!y || found.some((x) => x.fStart === y.start)) continue;
    // A year before this citation that an earlier one's clause already takes ("Resolution 33-NQ/TW
    // …, which the Secretariat adopted in September 2018, Resolution 51-NQ/TW …") is not its.
    if (y.start < c.foldedStart) {
      const earlier = a.citations.filter((x) => x !== c && x.foldedEnd <= y.start && x.foldedEnd >= s).pop();
      if (earlier && yearAfter(f, earlier.foldedEnd, { verbs: ISSUING, skip, limit: 14 })?.start === y.start) continue;
    }
    found.push({ fStart: y.start, fEnd: y.end, year: y.year });
  }
  if (c.numberYear) found.push({ fStart: -1, fEnd: -1, year: Number(c.numberYear.value) });
  return found.map((y) => {
    if (y.fStart < 0) return { start: c.numberYear!.start, end: c.numberYear!.end, year: y.year };
    const [ss, se] = [sourceOffset(a.folded, y.fStart), sourceOffset(a.folded, y.fEnd - 1) + 1];
    return { start: ss, end: se, year: y.year };
  });
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const a of ctx.blocks) {
    for (const c of a.citations) {
      const doc = c.document;
      if (!doc?.date) continue;
      const right = yearOf(doc.date);
      for (const y of statedYears(a, c)) {
        if (y.year === right) continue;
        out.push({
          ruleId: 'citation/date-mismatch',
          start: y.start,
          end: y.end,
          message: msg('citation/date-mismatch', { document: documentName(doc), date: { date: doc.date }, year: String(y.year) }),
          fixes: [{ title: msg('citation/date-mismatch.fix', { year: String(right) }), edits: [{ start: y.start, end: y.end, newText: String(right) }], preferred: true }],
        });
      }
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/date-mismatch',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'A citation given a year that is not the year of the document.',
  description:
    'a year given with the citation that is not its year, however the clause attaches it: "In 2021, the Politburo passed Resolution No. 34-NQ/TW", "Directive 32/2018", "32-CT/TW (năm 2017)", "Chỉ thị 25-CT/TW, ký ngày 8/8/2019", "adopted by the Politburo in December 2022, Resolution …"; a target year ("to 2030", "đến năm 2045") is not a date',
  check,
});
