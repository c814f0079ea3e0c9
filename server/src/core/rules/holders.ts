// title/holder-mismatch and title/outdated: names checked against the report's date, or
// against the years the sentence itself names ("In 2021, General Secretary …").

import { formOf, precededBy, sentenceBounds, yearsInSentence, type BlockAnalysis, type Mention } from '../analyze';
import { day, formatDate, overlaps, periodEnd, year } from '../time';
import type { Holder, TitleEntry } from '../vocabulary/model';
import type { Rule, RuleContext } from './context';

const PAST = ['former', 'late', 'then', 'ex', 'ex-', 'outgoing', 'previous', 'nguyen', 'co'];

/** The periods a mention is checked at: the sentence's own years, else the report's date. */
function periodsFor(ctx: RuleContext, a: BlockAnalysis, m: Mention): { start: string; end: string }[] {
  const years = yearsInSentence(a, m.foldedStart, m.foldedEnd);
  return years.length > 0 ? years.map(year) : [day(ctx.reportDate)];
}

function describeHolding(h: Holder): string {
  const from = h.from ? `from ${formatDate(h.from)}` : '';
  const to = h.to ? `to ${formatDate(h.to)}` : 'to date';
  return `${h.acting ? 'acting, ' : ''}${[from, to].filter(Boolean).join(' ')}`;
}

/** Titles chained before a name ("Deputy Prime Minister, Minister of Foreign Affairs Bui Thanh Son"). */
function titlesBefore(a: BlockAnalysis, index: number): Mention[] {
  const f = a.folded.text;
  const chain: Mention[] = [];
  let next = a.mentions[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const m = a.mentions[i]!;
    const gap = f.slice(m.foldedEnd, next.foldedStart);
    if (!formOf(m, 'title') || !/^(,? | and | va |, )$/.test(gap === '' ? ' ' : gap)) break;
    if (chain.length === 0 && gap !== ' ' && gap !== ', ') break; // the title next to the name: "Title Name" or "Title, Name"
    chain.unshift(m);
    next = m;
  }
  return chain;
}

export const holderMismatch: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const v = ctx.vocab.vocabulary;
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    a.mentions.forEach((m, index) => {
      const person = formOf(m, 'person');
      if (!person) return;
      const pairs: Mention[] = titlesBefore(a, index);
      // "Nguyen Phu Trong, General Secretary of …"
      const after = a.mentions[index + 1];
      if (pairs.length === 0 && after && formOf(after, 'title') && f.slice(m.foldedEnd, after.foldedStart) === ', ') pairs.push(after);
      for (const t of pairs) {
        const titleForm = formOf(t, 'title')!;
        const title: TitleEntry | undefined = v.titles.get(titleForm.id);
        if (!title?.holders?.length) continue;
        const first = pairs[0]!.foldedStart < m.foldedStart ? pairs[0]! : m;
        if (precededBy(f, first.foldedStart, PAST)) continue;
        const holdings = title.holders.filter((h) => h.person === person.id);
        // Right on the report's date: nothing more to read (the sentence's years only ever excuse).
        if (holdings.some((h) => overlaps(day(ctx.reportDate), h.from, h.to))) continue;
        const periods = periodsFor(ctx, a, m);
        if (holdings.some((h) => periods.some((p) => overlaps(p, h.from, h.to)))) continue;
        const at = periods.length === 1 && periods[0]!.start === periods[0]!.end ? formatDate(periods[0]!.start) : periods.map((p) => p.start.slice(0, 4)).join(', ');
        const current = title.holders.filter((h) => periods.some((p) => overlaps(p, h.from, h.to)));
        const currentNames = current.map((h) => v.people.get(h.person)?.name[titleForm.lang ?? 'en'] ?? v.people.get(h.person)?.name.en ?? h.person);
        const personName = v.people.get(person.id)?.name.en ?? m.text;
        const titleName = title.name.en ?? titleForm.form;
        const held = holdings.length > 0 ? `${personName} was ${titleName} ${holdings.map(describeHolding).join('; ')}` : `${personName} is not recorded as ${titleName}`;
        const start = Math.min(t.start, m.start);
        const end = Math.max(t.end, m.end);
        const fixes = [];
        if (currentNames.length === 1) {
          fixes.push({ title: `Replace with ${currentNames[0]}`, edits: [{ start: m.start, end: m.end, newText: currentNames[0]! }], preferred: holdings.length === 0 });
        }
        if (holdings.length > 0 && t.start < m.start) {
          const former = (titleForm.lang ?? a.block.lang) === 'vi' ? 'nguyên ' : 'former ';
          fixes.push({ title: `Write “${former}${ctx.text.slice(t.start, t.end)}”`, edits: [{ start: t.start, end: t.start, newText: former }], preferred: currentNames.length !== 1 });
        }
        out.push({
          ruleId: 'title/holder-mismatch',
          start,
          end,
          message: `${held}; on ${at} the ${titleName} was ${currentNames.length > 0 ? currentNames.join(' and ') : 'someone else'}.`,
          fixes,
        });
      }
    });
  }
  return out;
};

export const outdatedBody: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const v = ctx.vocab.vocabulary;
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    for (const m of a.mentions) {
      const bodyForm = formOf(m, 'body');
      if (!bodyForm || m.form.role === 'wrong') continue;
      const body = v.bodies.get(bodyForm.id);
      if (!body?.valid_to) continue;
      const periods = periodsFor(ctx, a, m);
      if (periods.some((p) => p.start <= periodEnd(body.valid_to!))) continue;
      if (precededBy(f, m.foldedStart, PAST)) continue;
      const [s, e] = sentenceBounds(f, m.foldedStart, m.foldedEnd);
      if (/\b(until|dissolved|merged|abolished|formerly|former|history|founded|anniversary|giai the|sap nhap|truoc day|ky niem|thanh lap)\b/.test(f.slice(s, e))) continue;
      const successor = body.successor ? v.bodies.get(body.successor) : undefined;
      const lang = bodyForm.lang ?? a.block.lang;
      out.push({
        ruleId: 'title/outdated',
        start: m.start,
        end: m.end,
        message: `The ${body.name.en ?? m.text} ceased to exist in ${formatDate(body.valid_to)}${successor ? `; its role passed to the ${successor.name.en ?? successor.id}` : ''}. Refer to it in the past, or name the body in charge now.${body.confidence !== 'high' || /medium|low/.test(body.note ?? '') ? ' (confidence of the end date: see the vocabulary note)' : ''}`,
        fixes: successor?.name[lang] ? [{ title: `Replace with “${successor.name[lang]}”`, edits: [{ start: m.start, end: m.end, newText: successor.name[lang]! }] }] : [],
      });
    }
  }
  return out;
};
