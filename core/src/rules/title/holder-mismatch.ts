import { formOf, type BlockAnalysis, type Mention } from '../../analysis/mentions';
import { sentenceAround, sentenceBounds } from '../../analysis/sentences';
import { day, overlaps, year } from '../../time';
import type { Holder, TitleEntry } from '../../vocabulary/model';
import type { Rule } from '../rule';
import { msg } from '../../messages/message';
import { atPhrase, heldPhrase, holderNames, pastBefore, periodsFor } from '../support/holders';
import { named } from '../support/names';
import { defineRule } from '../rule';

/** A sentence about a death speaks of the title the person held then ("the passing of General Secretary …"). */
const DEATH =
  /\b(?:passing|passed away|death|died|dies|funeral|mourning|mourn|mourned|memorial|condolences?|obituary|state funeral|in memory|late|qua doi|tu tran|tang le|quoc tang|tuong niem|vieng|chia buon|tu tran|an tang)\b/;

/** The lowest confidence among the holdings a finding rests on, when it is not high. */
function weakest(holdings: Holder[]): 'medium' | 'low' | undefined {
  if (holdings.some((h) => h.confidence === 'low')) return 'low';
  return holdings.some((h) => h.confidence === 'medium') ? 'medium' : undefined;
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

const check: Rule = (ctx) => {
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
        const current = title.holders.filter((h) => periods.some((p) => overlaps(p, h.from, h.to)));
        // The names in the title's language: the replacements the fixes write.
        const currentNames = current.map((h) => v.people.get(h.person)?.name[titleForm.lang ?? 'en'] ?? v.people.get(h.person)?.name.en ?? h.person);
        const titleName = named(title.name, titleForm.form);
        const held = heldPhrase(named(who?.name, m.text), titleName, holdings);
        const confidence = weakest([...holdings, ...current]);
        const start = Math.min(t.start, m.start);
        const end = Math.max(t.end, m.end);
        const fixes = [];
        if (currentNames.length === 1) {
          fixes.push({
            title: msg('title/holder-mismatch.fix', { replacement: currentNames[0]! }),
            edits: [{ start: m.start, end: m.end, newText: currentNames[0]! }],
            preferred: holdings.length === 0,
          });
        }
        if (holdings.length > 0 && t.start < m.start) {
          const former = (titleForm.lang ?? a.block.lang) === 'vi' ? 'nguyên ' : 'former ';
          fixes.push({
            title: msg('title/holder-mismatch.fix-former', { replacement: `${former}${ctx.text.slice(t.start, t.end)}` }),
            edits: [{ start: t.start, end: t.start, newText: former }],
            preferred: currentNames.length !== 1,
          });
        }
        out.push({
          ruleId: 'title/holder-mismatch',
          start,
          end,
          message: msg('title/holder-mismatch', {
            held,
            at: atPhrase(periods),
            title: titleName,
            current: holderNames(
              current.map((h, i) => {
                // In English as today (the name in the title's language); in Vietnamese, the Vietnamese name.
                const name = v.people.get(h.person)?.name;
                return { en: currentNames[i]!, vi: name?.vi ?? currentNames[i]! };
              }),
            ),
            confidence: confidence ?? 'none',
          }),
          fixes,
        });
      }
    });
  }
  return out;
};

export default defineRule({
  id: 'title/holder-mismatch',
  defaultSeverity: 'error',
  scope: 'block',
  summary: "A person given a title they did not hold on the report's date (or the year the sentence names).",
  description:
    'a title and a name that do not go together on the report\'s date — or in the year the sentence names — for the offices the vocabulary knows (General Secretary, State President, Vice President, Prime Minister, Permanent Deputy Prime Minister, National Assembly Chairman, Standing Member of the Secretariat, Ministers of Foreign Affairs, National Defence and Public Security, Heads of the Party\'s commissions) in every short form writers use ("PM", "FM", "Foreign Minister", "Party chief", "Thủ tướng", "Bộ trưởng Ngoại giao"): "General Secretary Nguyen Phu Trong" in 2025; "former …", "the late …", "then-…", "nguyên …", "cố …" (also before "Party General Secretary") and sentences about a death are fine',
  check,
});
