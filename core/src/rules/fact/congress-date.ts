import { yearAfter } from '../../attach';
import { sourceOffset } from '../../text/fold';
import { roman } from '../../citations/grammar';
import { msg } from '../../messages/message';
import { yearOf } from '../../time';
import type { Rule } from '../rule';
import { derivedOf } from '../support/facts';
import { defineRule } from '../rule';

interface CongressMention {
  /** Folded range of the phrase. */
  start: number;
  end: number;
  ordinal: number;
}

const EN_BEFORE = /(?:^|[^\w])(\d{1,2})(?:st|nd|rd|th) (?:national )?(?:party |cpv |communist party of vietnam |vietnamese party )?(?:national )?(?:party )?$/;

const VI_AFTER = /^ (?:dai bieu toan quoc )?(?:cua dang )?(?:dang )?(?:lan thu )?([ivxl]+|\d{1,2})(?![a-z0-9])(?: cua dang(?: cong san viet nam)?)?/;

/** "… Congress of the Communist Party of Vietnam (CPV)": part of the name, before any date. */
const EN_OF = /^ of the (?:communist party of vietnam|cpv|party|vietnamese party)(?: \(cpv\))?/;

/** "13th National Party Congress", "12th Congress", "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII". */
function findCongresses(f: string): CongressMention[] {
  const out: CongressMention[] = [];
  for (let k = f.indexOf('congress'); k >= 0; k = f.indexOf('congress', k + 8)) {
    const before = EN_BEFORE.exec(f.slice(Math.max(0, k - 60), k));
    if (!before) continue;
    // "the 22nd Congress of the World Peace Council" is another organisation's.
    const after = f.slice(k + 8, k + 60);
    if (
      /^ of (?!the (?:cpv|communist party of vietnam|party|vietnamese)|(?:early |late |mid-?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d{2}\b)/.test(
        after,
      )
    )
      continue;
    const of = EN_OF.exec(after);
    out.push({ start: k - before[0].length + (before[0].length - before[0].trimStart().length), end: k + 8 + (of ? of[0].length : 0), ordinal: Number(before[1]) });
  }
  for (let k = f.indexOf('dai hoi'); k >= 0; k = f.indexOf('dai hoi', k + 7)) {
    const m = VI_AFTER.exec(f.slice(k + 7, k + 60));
    if (!m) continue;
    const ordinal = roman(m[1]!) ?? 0;
    out.push({ start: k, end: k + 7 + m[0].length, ordinal });
  }
  return out;
}

const CONGRESS_VERBS = new Set(['held', 'convened', 'met', 'opened', 'closed', 'took', 'place', 'meeting', 'dien', 'ra', 'hop', 'to', 'chuc', 'khai', 'mac', 'be', 'ket', 'thuc']);

/** The first year the clause after [.., end) gives as the event's date: " in 2016", " (2016–2021)", ", held in Hanoi from … 2021", " năm 2016". */
function statedYear(f: string, end: number): { at: number; year: number } | undefined {
  const clauseEnd = (() => {
    const stop = f.slice(end, end + 80).search(/[.;]\s|[;]|$/);
    return end + (stop < 0 ? 80 : stop);
  })();
  const clause = f.slice(end, clauseEnd);
  if (
    !/^(?:,? (?:held |convened |met |meeting |which (?:was )?(?:held|opened|met) |that (?:was )?held )?(?:in|from|on|of)\b| \(| nam | \(nam |, nam |,? (?:dien ra|hop|to chuc|khai mac|be mac|hop vao|dien ra vao)(?: vao)?(?: (?:dau|cuoi|giua))? (?:nam|thang|tu|ngay)\b)/.test(
      clause,
    )
  ) {
    // Any other way the clause attaches a year: "…, which opened in Hanoi on 25 January 2021".
    const walked = yearAfter(f, end, { verbs: CONGRESS_VERBS, limit: 10 });
    return walked ? { at: walked.start, year: walked.year } : undefined;
  }
  // The year alone or ending a date ("(tháng 12/1987)", "on 25 January 2021").
  const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(clause);
  if (!y) return undefined;
  // Do not wander into another clause about something else: at most ~10 words.
  if (clause.slice(0, y.index).split(' ').length > 11) return undefined;
  return { at: end + y.index, year: Number(y[1]) };
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const { events } = derivedOf(ctx.vocab.vocabulary);
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    for (const c of findCongresses(f)) {
      const event = events.find((e) => e.ordinal === c.ordinal);
      if (!event?.start) continue;
      const stated = statedYear(f, c.end);
      if (!stated) continue;
      const years = [yearOf(event.start), ...(event.end ? [yearOf(event.end)] : [])];
      if (years.includes(stated.year)) continue;
      const [start, end] = [sourceOffset(a.folded, stated.at), sourceOffset(a.folded, stated.at + 3) + 1];
      out.push({
        ruleId: 'fact/congress-date',
        start,
        end,
        message: msg('fact/congress-date', {
          congress: event.name.en !== undefined ? event.name : { message: msg('fact/congress-date.nth', { ordinal: String(c.ordinal), name: event.name.vi ?? 'none' }) },
          start: { date: event.start },
          end: event.end ? { date: event.end } : 'none',
          year: String(stated.year),
          confidence: event.confidence,
        }),
        fixes: [{ title: msg('fact/congress-date.fix', { year: String(years[0]) }), edits: [{ start, end, newText: String(years[0]) }], preferred: true }],
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'fact/congress-date',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'A Party congress given a year that is not its own.',
  description: 'a congress with another congress\'s year: "the 13th National Party Congress in 2016", "Đại hội XIII năm 2016", "the 12th Congress of 2011"',
  check,
});
