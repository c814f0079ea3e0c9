import type { Citation } from '../../citations/grammar';
import { formOf, mentionsBetween, type BlockAnalysis } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { matchCase, type Rule } from '../rule';
import { msg } from '../../messages/message';
import { documentName, ISSUING_VERBS } from '../support/citations';
import { named } from '../support/names';
import { defineRule } from '../rule';
import type { Lang } from '../../types';

const ISSUING_WORDS = new Set([
  'issued',
  'issues',
  'issue',
  'passed',
  'adopted',
  'promulgated',
  'signed',
  'approved',
  'released',
  'enacted',
  'ban',
  'hanh',
  'thong',
  'qua',
  'ky',
  'ket',
]);

/** Bodies that the sentence names as the citation's issuer: "the Secretariat's Resolution …", "… of the Politburo", "Bộ Chính trị ban hành …". */
function statedIssuers(a: BlockAnalysis, c: Citation): { start: number; end: number; id: string; text: string; lang?: Lang }[] {
  const f = a.folded.text;
  const [s, e] = sentenceBounds(f, c.foldedStart, c.foldedEnd);
  const tied: { start: number; end: number; id: string; text: string; lang?: Lang; distance: number }[] = [];
  for (const m of mentionsBetween(a.mentions, s, e)) {
    const body = formOf(m, 'body');
    if (!body) continue;
    // "the Party Central Committee's Secretariat": the possessor qualifies the body after it.
    const next = a.mentions[a.mentions.indexOf(m) + 1];
    if (next && formOf(next, 'body') && /^'s? $/.test(f.slice(m.foldedEnd, next.foldedStart))) continue;
    if (m.foldedEnd <= c.foldedStart) {
      const gap = f.slice(m.foldedEnd, c.foldedStart);
      // "Issued by the Secretariat in March 2021, Project 01-ĐA/TW": a participle before the body.
      const participle = /(?:^|[ ,(])(?:issued|adopted|passed|promulgated|signed|approved|enacted|released|ban hanh|thong qua|ky) (?:by|boi|do) (?:the )?$/.test(
        f.slice(Math.max(s, m.foldedStart - 30), m.foldedStart),
      );
      if (participle && connectsForward(f, m.foldedEnd, c.foldedStart)) {
        tied.push({ start: m.start, end: m.end, id: body.id, text: m.text, lang: body.lang, distance: gap.length });
        continue;
      }
      const words = gap.trim().split(' ').filter(Boolean);
      const possessive = /^'s ?$/.test(gap) || /^ ?'s (new |latest |landmark )?$/.test(gap);
      const verb = words.length <= 8 && ISSUING_VERBS.some((v) => ` ${gap} `.includes(` ${v} `)) && !/[.;]/.test(gap);
      // "the Politburo and the Secretariat issued …": every body in the subject counts.
      if (possessive || verb) tied.push({ start: m.start, end: m.end, id: body.id, text: m.text, lang: body.lang, distance: gap.length });
    } else if (m.foldedStart >= c.foldedEnd) {
      const gap = f.slice(c.foldedEnd, m.foldedStart);
      const relative =
        /^,? (?:which|that) (?:the )?$/.test(gap) &&
        /^ (?:had |has )?(?:issued|adopted|passed|promulgated|signed|approved|enacted|released|endorsed)\b/.test(f.slice(m.foldedEnd, m.foldedEnd + 20));
      // "Directive 15-CT/TW on economic diplomacy …, issued by the Politburo on 10 August".
      const afterTitle =
        /^ (?:on|ve) [^,;.()]{1,150}, (?:which was |that was |(?:duoc|da) )?(?:issued|adopted|passed|promulgated|signed|approved|enacted|ban hanh|thong qua|ky) (?:by|boi|do|cua) (?:the )?$/.test(
          gap,
        );
      if (
        relative ||
        afterTitle ||
        /^,? ?((issued|adopted|passed|signed|promulgated|approved|enacted) )?(of|by) (the )?$/.test(gap) ||
        /^ (ngay [\d/]+ )?(cua|do) $/.test(gap) ||
        /^,? dated [^,;.]{1,30} (of|by) (the )?$/.test(gap) ||
        /^,? (?:(?:duoc|da) )?(?:ban hanh|thong qua|ky)(?: (?:ngay|thang|nam) [\d/]+)?(?: (?:cua|boi|do))? $/.test(gap)
      ) {
        tied.push({ start: m.start, end: m.end, id: body.id, text: m.text, lang: body.lang, distance: gap.length });
      }
    }
  }
  return tied;
}

/** Whether only connecting words (dates, commas, "in") stand between two folded offsets. */
function connectsForward(f: string, from: number, to: number): boolean {
  const gap = f.slice(from, to);
  if (/[.;:]/.test(gap.replace(/\.(?!\s|$)/g, ''))) return false;
  return gap
    .split(/[ ,()]+/)
    .filter(Boolean)
    .every(
      (w) =>
        /^(?:in|on|of|the|a|early|late|mid|nam|ngay|thang|vao|\d{1,2}(?:[/.]\d{1,2})?[/.]?|(?:\d{1,2}[/.]){0,2}(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(
          w,
        ) ||
        ISSUING_WORDS.has(w) ||
        /^(?:resolution|directive|conclusion|project|regulation|decision|nghi|quyet|chi|thi|ket|luan|de|an|quy|dinh|no\.?|so)$/.test(w),
    );
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const a of ctx.blocks) {
    for (const c of a.citations) {
      const doc = c.document;
      if (!doc?.issuer) continue;
      const tied = statedIssuers(a, c);
      if (tied.length === 0 || tied.some((t) => t.id === doc.issuer)) continue;
      const issuer = ctx.vocab.vocabulary.bodies.get(doc.issuer);
      const wrong = tied.sort((x, y) => x.start - y.start)[0]!;
      const lang = wrong.lang ?? a.block.lang;
      const right = issuer?.name[lang] ?? issuer?.name.en ?? doc.issuer;
      out.push({
        ruleId: 'citation/issuer-mismatch',
        start: wrong.start,
        end: wrong.end,
        message: msg('citation/issuer-mismatch', {
          document: documentName(doc),
          issuer: named(issuer?.name, doc.issuer),
          // The English finding gives the Vietnamese name too.
          issuerVi: issuer?.name.vi ?? 'none',
          written: wrong.text,
        }),
        fixes: [
          {
            title: msg('citation/issuer-mismatch.fix', { replacement: right }),
            edits: [{ start: wrong.start, end: wrong.end, newText: matchCase(right, wrong.text) }],
            preferred: true,
          },
        ],
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/issuer-mismatch',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'A citation attributed to a body that did not issue it.',
  description:
    'a citation attributed to a body that did not issue it, wherever the sentence attaches the body: "the Secretariat\'s Resolution No. 34-NQ/TW", "Ban Bí thư ban hành Nghị quyết số 34-NQ/TW", "Directive 12-CT/TW, which the Politburo adopted", "Issued by the Politburo in 2021, Project 01-ĐA/TW" ("of the Party Central Committee\'s Secretariat" names the Secretariat)',
  check,
});
