// citation/type-mismatch and citation/unknown.

import { codeKey, describeCode, typeInfo, typesForCode } from '../citations/types';
import type { Citation } from '../citations/grammar';
import { symbolKey, type CompiledVocabulary } from '../vocabulary/compile';
import type { BlockAnalysis } from '../analyze';
import { formOf, mentionsBetween, sentenceBounds, type Mention } from '../analyze';
import { yearAfter, yearBefore } from '../attach';
import { sourceOffset } from '../text/fold';
import { formatDate, periodStart, yearOf } from '../time';
import type { DocumentEntry, Lang } from '../vocabulary/model';
import { matchCase, type Rule } from './context';


/** "the Politburo's directive of 2019 on strengthening …" */
export function describe(d: DocumentEntry, vocab: CompiledVocabulary, lang: Lang): string {
  const issuer = d.issuer ? vocab.vocabulary.bodies.get(d.issuer)?.name : undefined;
  const issuerName = issuer?.[lang] ?? issuer?.en;
  const year = d.date ? ` of ${String(d.date).slice(0, 4)}` : '';
  const title = (d.title[lang] ?? d.title.en ?? d.title.vi ?? '').replace(new RegExp(`^${typeInfo(d.type).display.en}\\s+`, 'i'), '');
  return `${issuerName ? `the ${issuerName}'s` : 'a'} ${d.type}${year}${title ? ` ${title}` : ''}`;
}

export const typeMismatch: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (!c.typeWord || !c.symbol || c.foreign) continue;
      const word = typeInfo(c.typeWord.type);
      if (word.codes.some((code) => codeKey(code) === codeKey(c.symbol!.code))) continue;
      const actual = typesForCode(c.symbol.code);
      if (actual.length === 0) continue;
      const known = ctx.vocab.bySymbol.get(symbolKey(c.symbol.text));
      const right = known ? typeInfo(known.type) : actual[0]!;
      const lang = c.typeWord.lang;
      const replacement = matchCase(right.display[lang], c.typeWord.text);
      out.push({
        ruleId: 'citation/type-mismatch',
        start: c.typeWord.start,
        end: c.symbol.end,
        message: `“${c.typeWord.text}” does not match ${c.symbol.text}: ${describeCode(c.symbol.code)}${known ? `; ${c.symbol.text} is ${describe(known, ctx.vocab, lang)}` : ''}.`,
        fixes: [{ title: `Change “${c.typeWord.text}” to “${replacement}”`, edits: [{ start: c.typeWord.start, end: c.typeWord.end, newText: replacement }], preferred: true }],
      });
    }
  }
  return out;
};

export const unknownCitation: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (c.foreign) continue;
      if (c.document) continue;
      if (c.symbol) {
        if (c.symbol.kind === 'party' && c.symbol.issuer !== 'TW') continue; // provincial Party committees: outside the pack's scope
        out.push({
          ruleId: 'citation/unknown',
          start: c.symbol.start,
          end: c.symbol.end,
          message: `${c.symbol.text} is not in the vocabulary; check the number and type code, or add the document to a pack.`,
          fixes: [],
        });
        continue;
      }
      if (!c.number || !c.typeWord) continue;
      const written = c.typeWord.text;
      // English short forms are citations only when capitalised ("Resolution 34", not "resolution 3 of the…").
      if (c.typeWord.lang === 'en' && written[0] !== written[0]!.toUpperCase()) continue;
      const sameNumber = [...ctx.vocab.vocabulary.documents.values()].filter((d) => Number(d.number) === Number(c.number!.value) && d.type !== c.typeWord!.type);
      const hint = sameNumber.length > 0 ? ` Did you mean ${sameNumber.map((d) => `${typeInfo(d.type).display[c.typeWord!.lang]} ${d.number}${d.symbol ? ` (${d.symbol})` : ''}`).join(' or ')}?` : '';
      out.push({
        ruleId: 'citation/unknown',
        start: c.start,
        end: c.end,
        message: `${written} ${c.number.value} is not in the vocabulary.${hint}`,
        fixes: sameNumber.map((d, i) => {
          const word = matchCase(typeInfo(d.type).display[c.typeWord!.lang], written);
          return { title: `Change to “${word} ${c.number!.value}”`, edits: [{ start: c.typeWord!.start, end: c.typeWord!.end, newText: word }], preferred: i === 0 && sameNumber.length === 1 };
        }),
      });
    }
  }
  return out;
};

export const malformedCitation: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (c.malformed) {
        out.push({
          ruleId: 'citation/malformed',
          start: c.malformed.start,
          end: c.malformed.end,
          message: `“${c.malformed.written}” is not how the symbol is written: “${c.malformed.canonical}” (number, hyphen, type code, slash, issuer).`,
          fixes: [{ title: `Write “${c.malformed.canonical}”`, edits: [{ start: c.malformed.start, end: c.malformed.end, newText: c.malformed.canonical }], preferred: true }],
        });
      } else if (c.numberMark && !c.numberMark.spaceAfter && (c.symbol || c.number)) {
        const target = c.symbol ?? c.number!;
        const fixed = `${c.numberMark.text} ${ctx.text.slice(c.numberMark.end, target.end)}`;
        out.push({
          ruleId: 'citation/malformed',
          start: c.numberMark.start,
          end: target.end,
          message: `A space is missing after “${c.numberMark.text}”: “${fixed}”.`,
          fixes: [{ title: `Write “${fixed}”`, edits: [{ start: c.numberMark.start, end: target.end, newText: fixed }], preferred: true }],
        });
      }
    }
  }
  return out;
};

const ISSUING_VERBS = ['issued', 'issues', 'issue', 'passed', 'adopted', 'promulgated', 'signed', 'approved', 'released', 'enacted', 'ban hanh', 'thong qua', 'ky', 'da ban hanh'];
/** The issuing verbs as one word each, for the clause walk ("ban hanh" as "ban", "hanh"). */
const ISSUING = new Set([...ISSUING_VERBS, 'issuing', 'adopting', 'ky ket', 'duoc']);
const ISSUING_WORDS = new Set(['issued', 'issues', 'issue', 'passed', 'adopted', 'promulgated', 'signed', 'approved', 'released', 'enacted', 'ban', 'hanh', 'thong', 'qua', 'ky', 'ket']);

const TYPE_WORDS = new Set(['resolution', 'directive', 'conclusion', 'project', 'regulation', 'decision', 'decree', 'law', 'nghi quyet', 'chi thi', 'ket luan', 'de an', 'quy dinh', 'quyet dinh', 'nghi dinh', 'luat']);

/** Names of bodies in the block: one word each for the clause walk ("adopted by the Politburo in 2022"). */
function bodyRanges(a: BlockAnalysis): Mention[] {
  return a.mentions.filter((m) => formOf(m, 'body'));
}

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
      const participle = /(?:^|[ ,(])(?:issued|adopted|passed|promulgated|signed|approved|enacted|released|ban hanh|thong qua|ky) (?:by|boi|do) (?:the )?$/.test(f.slice(Math.max(s, m.foldedStart - 30), m.foldedStart));
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
      const relative = /^,? (?:which|that) (?:the )?$/.test(gap) && /^ (?:had |has )?(?:issued|adopted|passed|promulgated|signed|approved|enacted|released|endorsed)\b/.test(f.slice(m.foldedEnd, m.foldedEnd + 20));
      // "Directive 15-CT/TW on economic diplomacy …, issued by the Politburo on 10 August".
      const afterTitle = /^ (?:on|ve) [^,;.()]{1,150}, (?:which was |that was |(?:duoc|da) )?(?:issued|adopted|passed|promulgated|signed|approved|enacted|ban hanh|thong qua|ky) (?:by|boi|do|cua) (?:the )?$/.test(gap);
      if (relative || afterTitle || /^,? ?((issued|adopted|passed|signed|promulgated|approved|enacted) )?(of|by) (the )?$/.test(gap) || /^ (ngay [\d/]+ )?(cua|do) $/.test(gap) || /^,? dated [^,;.]{1,30} (of|by) (the )?$/.test(gap) || /^,? (?:(?:duoc|da) )?(?:ban hanh|thong qua|ky)(?: (?:ngay|thang|nam) [\d/]+)?(?: (?:cua|boi|do))? $/.test(gap)) {
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
  return gap.split(/[ ,()]+/).filter(Boolean).every((w) => /^(?:in|on|of|the|a|early|late|mid|nam|ngay|thang|vao|\d{1,2}(?:[/.]\d{1,2})?[/.]?|(?:\d{1,2}[/.]){0,2}(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w) || ISSUING_WORDS.has(w) || /^(?:resolution|directive|conclusion|project|regulation|decision|nghi|quyet|chi|thi|ket|luan|de|an|quy|dinh|no\.?|so)$/.test(w));
}

export const issuerMismatch: Rule = (ctx) => {
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
      const symbol = doc.symbol ?? `${typeInfo(doc.type).display.en} ${doc.number}`;
      out.push({
        ruleId: 'citation/issuer-mismatch',
        start: wrong.start,
        end: wrong.end,
        message: `${symbol} was issued by the ${issuer?.name.en ?? doc.issuer}${issuer?.name.vi ? ` (${issuer.name.vi})` : ''}, not by “${wrong.text}”.`,
        fixes: [{ title: `Replace with “${right}”`, edits: [{ start: wrong.start, end: wrong.end, newText: matchCase(right, wrong.text) }], preferred: true }],
      });
    }
  }
  return out;
};

/** Years the sentence gives as the citation's date: "In 2021, … issued <c>", "<c> of 2019", "<c> (2022)", "<c>, dated …", "<c> ngày 9/1/2023". */
function statedYears(a: BlockAnalysis, c: Citation): { start: number; end: number; year: number }[] {
  const f = a.folded.text;
  const [s, e] = sentenceBounds(f, c.foldedStart, c.foldedEnd);
  const found: { fStart: number; fEnd: number; year: number }[] = [];
  const after = f.slice(c.foldedEnd, Math.min(e, c.foldedEnd + 60));
  const tail = /^(?:,? (?:of|in|dated|issued in|adopted in|passed in|signed in|nam|ngay) (?:(?:early|late|mid|[a-z]+ \d{1,2},?|\d{1,2} [a-z]+|[a-z]+|\d{1,2}\/\d{1,2}\/) ?)?| ?\()((?:19|20)\d{2})(?!\d)/.exec(after);
  if (tail) {
    const at = c.foldedEnd + tail[0].length - 4;
    found.push({ fStart: at, fEnd: at + 4, year: Number(tail[1]) });
  } else {
    // "…, signed by the Secretariat in 2020", "… về hội nhập quốc tế do Bộ Chính trị ban hành năm 2014":
    // an issuing verb later in the same clause, then its year.
    const clause = after.split(/[;]|\. |\u0001/)[0]!;
    const verb = new RegExp(`(?:^|[ ,])(?:${ISSUING_VERBS.map((v) => v.replace(/ /g, ' ')).join('|')})(?: by (?:the )?[a-z' ]{1,40}?)?(?: vao)?(?: (?:in|on|nam|thang \\d{1,2}|ngay [\\d/]+|early|late|mid-?|[a-z]+ \\d{1,2},?|\\d{1,2} [a-z]+|[a-z]+))*? ((?:19|20)\\d{2})(?!\\d)`).exec(clause);
    if (verb && clause.slice(0, verb.index).split(' ').length <= 14 && !/\b(?:resolution|directive|conclusion|nghi quyet|chi thi|ket luan) (?:no\.? |so )?\d/.test(clause.slice(0, verb.index))) {
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

export const dateMismatch: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const a of ctx.blocks) {
    for (const c of a.citations) {
      const doc = c.document;
      if (!doc?.date) continue;
      const right = yearOf(doc.date);
      for (const y of statedYears(a, c)) {
        if (y.year === right) continue;
        const symbol = doc.symbol ?? `${typeInfo(doc.type).display.en} ${doc.number}`;
        out.push({
          ruleId: 'citation/date-mismatch',
          start: y.start,
          end: y.end,
          message: `${symbol} dates from ${formatDate(doc.date)}, not ${y.year}.`,
          fixes: [{ title: `Replace with ${right}`, edits: [{ start: y.start, end: y.end, newText: String(right) }], preferred: true }],
        });
      }
    }
  }
  return out;
};

export const supersededCitation: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const a of ctx.blocks) {
    for (const c of a.citations) {
      const doc = c.document;
      if (doc?.status !== 'superseded') continue;
      const successor = doc.superseded_by ? ctx.vocab.vocabulary.documents.get(doc.superseded_by) : undefined;
      if (successor?.date && ctx.reportDate < periodStart(successor.date)) continue;
      const f = a.folded.text;
      const [s, e] = sentenceBounds(f, c.foldedStart, c.foldedEnd);
      const sentence = f.slice(s, e);
      // A sentence about the replacement itself, or about the past, cites it knowingly.
      if (/\b(supersed|replac|succeed|follow|thay the|tiep noi|ten years|10 years|anniversary|nam thuc hien)/.test(sentence)) continue;
      if (successor && sentence.includes((successor.symbol ?? '').toLowerCase())) continue;
      const name = doc.symbol ?? `${typeInfo(doc.type).display.en} ${doc.number}`;
      const target = c.symbol ?? c;
      const replacement = successor?.symbol;
      out.push({
        ruleId: 'citation/superseded',
        start: target.start,
        end: target.end,
        message: `${name} has been superseded${successor ? ` by ${successor.symbol ?? successor.id}${successor.date ? ` (${formatDate(successor.date)})` : ''}` : ''}; cite the document in force unless you mean the earlier one.${doc.confidence !== 'high' ? ` (confidence: ${doc.confidence})` : ''}`,
        fixes: replacement && c.symbol ? [{ title: `Cite ${replacement}`, edits: [{ start: c.symbol.start, end: c.symbol.end, newText: replacement }] }] : [],
      });
    }
  }
  return out;
};
