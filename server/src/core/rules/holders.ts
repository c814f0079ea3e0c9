// title/holder-mismatch and title/outdated: names checked against the report's date, or
// against the years the sentence itself names ("In 2021, General Secretary …").

import { datesInSentence, formOf, precededBy, sentenceAround, sentenceBounds, type BlockAnalysis, type Mention } from '../analyze';
import { day, formatDate, overlaps, periodEnd, year } from '../time';
import type { Holder, TitleEntry } from '../vocabulary/model';
import { sourceOffset } from '../text/fold';
import type { Rule, RuleContext } from './context';

const PAST = ['former', 'late', 'then', 'then-', 'ex', 'ex-', 'outgoing', 'previous', 'one-time', 'onetime', 'erstwhile', 'retired'];
/**
 * Words that may stand between a past marker and the title: "the late Party General
 * Secretary", "former Vietnamese Prime Minister", "cố Tổng Bí thư".
 */
const QUALIFIERS = new Set(['the', 'party', 'cpv', 'vietnamese', "vietnam's", 'vietnam', 'communist', 'state', 'country', "country's", 'national', 'assembly', 'standing', 'permanent', 'acting', 'dang', 'nha', 'nuoc', 'viet', 'nam', 'our', 'his', 'her']);
/** A sentence about a death speaks of the title the person held then ("the passing of General Secretary …"). */
const DEATH = /\b(?:passing|passed away|death|died|dies|funeral|mourning|mourn|mourned|memorial|condolences?|obituary|state funeral|in memory|late|qua doi|tu tran|tang le|quoc tang|tuong niem|vieng|chia buon|tu tran|an tang)\b/;

/** Whether a past marker ("former", "the late", "then-", "nguyên", "cố") stands before folded offset `at`, over qualifiers. */
function pastBefore(a: BlockAnalysis, at: number): boolean {
  const f = a.folded.text;
  let end = at;
  for (let k = 0; k < 4; k++) {
    if (precededBy(f, end, PAST)) return true;
    let e = end;
    while (e > 0 && f[e - 1] === ' ') e--;
    let s = e;
    while (s > 0 && f[s - 1] !== ' ' && f[s - 1] !== '(') s--;
    if (s === e) return false;
    // "cố" (the late) and "nguyên" (former) fold to "co" and "nguyen", as "có" (has) and the
    // family name Nguyễn do: the word as written decides.
    const word = f.slice(s, e);
    if (word === 'co' || word === 'nguyen') return /^(?:cố|nguyên)$/i.test(sourceWord(a, s, e - s));
    if (!QUALIFIERS.has(word)) return false;
    end = s;
  }
  return false;
}

/** The periods a mention is checked at: the sentence's own dates (as precise as written), else the report's date. */
function periodsFor(ctx: RuleContext, a: BlockAnalysis, m: Mention): { start: string; end: string }[] {
  const dates = datesInSentence(a, m.foldedStart, m.foldedEnd);
  return dates.length > 0 ? dates : [day(ctx.reportDate)];
}

/** The lowest confidence among the holdings a finding rests on, when it is not high. */
function weakest(holdings: Holder[]): 'medium' | 'low' | undefined {
  if (holdings.some((h) => h.confidence === 'low')) return 'low';
  return holdings.some((h) => h.confidence === 'medium') ? 'medium' : undefined;
}

function describeHolding(h: Holder): string {
  const from = h.from ? `from ${formatDate(h.from)}` : '';
  const to = h.to ? `to ${formatDate(h.to)}` : 'to date';
  return `${h.acting ? 'acting, ' : ''}${[from, to].filter(Boolean).join(' ')}`;
}

function heldByMany(t: TitleEntry): boolean {
  return /^(deputy|vice|member|alternate|assistant)\b/i.test(t.name.en ?? '') && !/permanent/i.test(t.name.en ?? '');
}

/**
 * The year that dates the clause of a title: one the sentence opens with ("In 2020, …", "Năm
 * 2020, …"), or one a "when" clause gives it ("từ năm 2015, khi Bộ trưởng …", "in 2015, when
 * Minister …").
 */
function leadingYear(f: string, at: number): number | undefined {
  const [s] = sentenceBounds(f, at, at);
  const m = /^(?:in|by|during|throughout|nam|vao nam|trong nam|hồi) ((?:19|20)\d{2}),/.exec(f.slice(s, Math.min(at, s + 30)));
  if (m) return Number(m[1]);
  const before = f.slice(Math.max(s, at - 40), at);
  const when = /(?:^|[ (])((?:19|20)\d{2}),? (?:when|as|khi|luc|hoi|at which time) (?:the )?$/.exec(before);
  if (when) return Number(when[1]);
  // "…, and in 2017 Defence Minister Phan Van Giang received …": the year just before the title.
  const right = /(?:^|[ (,])(?:in|nam|vao nam|trong nam) ((?:19|20)\d{2}),? (?:the )?$/.exec(before);
  return right ? Number(right[1]) : undefined;
}

/** The word as written at folded offset `start` (length in folded characters). */
function sourceWord(a: BlockAnalysis, start: number, length: number): string {
  const from = sourceOffset(a.folded, start);
  const to = sourceOffset(a.folded, start + length - 1) + 1;
  return a.folded.source.slice(from, to).normalize('NFC');
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
        if (pastBefore(a, first.foldedStart) || pastBefore(a, t.foldedStart)) continue;
        // "Deputy Defence Minister", "Phó Chủ tịch nước": another office than the one named.
        if (/(?:^|[ (])(?:deputy|vice|assistant|pho|thu truong)$/.test(f.slice(Math.max(0, t.foldedStart - 14), t.foldedStart).trimEnd())) continue;
        const holdings = title.holders.filter((h) => h.person === person.id);
        const who = v.people.get(person.id);
        // "President Ho Chi Minh" is how he is always called; "President Xi Jinping" is China's president.
        if (who?.styled?.includes(title.id)) continue;
        if (who?.country && who.country !== 'Vietnam' && holdings.length === 0) continue;
        // A title held by several at once (Deputy Prime Minister): its list is not complete,
        // so a person missing from it may still have held it.
        if (holdings.length === 0 && heldByMany(title)) continue;
        if (holdings.length > 0 && DEATH.test(sentenceAround(f, m.foldedStart, m.foldedEnd))) continue;
        // Right on the report's date: nothing more to read (the sentence's years only excuse),
        // unless the sentence opens with its own date ("In 2020, FM Bui Thanh Son …").
        const dated = leadingYear(f, first.foldedStart);
        if (dated === undefined && holdings.some((h) => overlaps(day(ctx.reportDate), h.from, h.to))) continue;
        const periods = dated !== undefined ? [year(dated)] : periodsFor(ctx, a, m);
        if (holdings.some((h) => periods.some((p) => overlaps(p, h.from, h.to)))) continue;
        const at = periods.length === 1 && periods[0]!.start === periods[0]!.end ? `on ${formatDate(periods[0]!.start)}` : `in ${periods.map((p) => p.start.slice(0, 4)).join(', ')}`;
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
          message: `${held}; ${at} the ${titleName} was ${currentNames.length > 0 ? currentNames.join(' and ') : 'someone else'}.${weakest([...holdings, ...current]) ? ` (confidence of the record: ${weakest([...holdings, ...current])})` : ''}`,
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
      if (pastBefore(a, m.foldedStart)) continue;
      const [s, e] = sentenceBounds(f, m.foldedStart, m.foldedEnd);
      // Words of its history near the body (six words before, two after), not anywhere in the
      // sentence: "kỷ niệm 80 năm Ngày truyền thống ngành Ngoại giao" is another anniversary.
      const near = `${f.slice(s, m.foldedStart).split(' ').slice(-7).join(' ')} ${f.slice(m.foldedEnd, e).split(' ').slice(0, 3).join(' ')}`;
      if (/\b(until|dissolved|merged|abolished|formerly|former|history|founded|anniversary|giai the|sap nhap|truoc day|ky niem|thanh lap)\b/.test(near)) continue;
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
