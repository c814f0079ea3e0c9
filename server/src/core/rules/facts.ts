// fact/congress-date and fact/milestone: years that contradict the vocabulary's events and
// milestones ("the 13th National Party Congress in 2016"; "till 2020 with a vision to 2045").

import { formOf, sentenceBounds, type BlockAnalysis } from '../analyze';
import { yearAfter } from '../attach';
import { sourceOffset } from '../text/fold';
import { roman } from '../citations/grammar';
import { formatDate, yearOf } from '../time';
import type { EventEntry, MilestoneEntry, Vocabulary } from '../vocabulary/model';
import type { Rule } from './context';

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
    if (/^ of (?!the (?:cpv|communist party of vietnam|party|vietnamese)|(?:early |late |mid-?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d{2}\b)/.test(after)) continue;
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
  if (!/^(?:,? (?:held |convened |met |meeting |which (?:was )?(?:held|opened|met) |that (?:was )?held )?(?:in|from|on|of)\b| \(| nam | \(nam |, nam |,? (?:dien ra|hop|to chuc|khai mac|be mac|hop vao|dien ra vao)(?: vao)?(?: (?:dau|cuoi|giua))? (?:nam|thang|tu|ngay)\b)/.test(clause)) {
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

/** Per vocabulary, the events with an ordinal and the milestones by year (rules run once per block). */
const derived = new WeakMap<Vocabulary, { events: (EventEntry & { ordinal: number })[]; milestones: MilestoneEntry[]; years: Set<number> }>();
function derivedOf(v: Vocabulary): { events: (EventEntry & { ordinal: number })[]; milestones: MilestoneEntry[]; years: Set<number> } {
  let d = derived.get(v);
  if (!d) {
    const milestones = [...v.milestones.values()].sort((a, b) => a.year - b.year);
    d = { events: [...v.events.values()].filter((e): e is EventEntry & { ordinal: number } => e.ordinal !== undefined), milestones, years: new Set(milestones.map((m) => m.year)) };
    derived.set(v, d);
  }
  return d;
}

export const congressDate: Rule = (ctx) => {
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
        message: `The ${event.name.en ?? `${c.ordinal}th Congress`} was held ${event.end ? `from ${formatDate(event.start)} to ${formatDate(event.end)}` : `in ${formatDate(event.start)}`}, not in ${stated.year}.${event.confidence !== 'high' ? ` (confidence: ${event.confidence})` : ''}`,
        fixes: [{ title: `Replace with ${years[0]}`, edits: [{ start, end, newText: String(years[0]) }], preferred: true }],
      });
    }
  }
  return out;
};

const VISION = /(?:^|[^\w])(?:to|till|until|by|den nam|den) ((?:19|20)\d{2}),? (?:with |and )?(?:a )?(?:vision|tam nhin) (?:to|till|until|toward|towards|for|den nam|den) ((?:19|20)\d{2})(?!\d)/g;

export const milestoneYear: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const { milestones, years } = derivedOf(ctx.vocab.vocabulary);
  const push = (a: BlockAnalysis, at: number, written: number, right: number, why: string): void => {
    const [start, end] = [sourceOffset(a.folded, at), sourceOffset(a.folded, at + 3) + 1];
    out.push({
      ruleId: 'fact/milestone',
      start,
      end,
      message: `${why}: ${right}, not ${written}.`,
      fixes: [{ title: `Replace with ${right}`, edits: [{ start, end, newText: String(right) }], preferred: true }],
    });
  };
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    // "to 2030, with a vision to 2045": the target before a known horizon is the milestone before it.
    VISION.lastIndex = 0;
    // The expression is slow to reject a block; the word it needs is quick to look for.
    const vision = f.includes('vision') || f.includes('tam nhin');
    for (let m = vision ? VISION.exec(f) : null; m; m = VISION.exec(f)) {
      const target = Number(m[1]);
      const horizon = Number(m[2]);
      if (years.has(horizon) && !years.has(target)) {
        const before = milestones.filter((x) => x.year < horizon).pop();
        if (!before) continue;
        const at = m.index + m[0].indexOf(m[1]!);
        push(a, at, target, before.year, `The goals set with the vision to ${horizon} are for ${before.year}`);
      } else if (years.has(target) && !years.has(horizon) && horizon > target) {
        // "to 2030, with a vision to 2050": the vision that goes with a known target is the next milestone.
        const next = milestones.find((x) => x.year > target);
        if (!next) continue;
        const at = m.index + m[0].lastIndexOf(m[2]!);
        push(a, at, horizon, next.year, `The vision that goes with the goals for ${target} is to ${next.year}`);
      }
    }
    // "by 2035, the 100th anniversary of the Party": a year written next to a milestone's name.
    for (const mention of a.mentions) {
      const form = formOf(mention, 'milestone');
      if (!form || form.role !== 'trigger') continue;
      const milestone = ctx.vocab.vocabulary.milestones.get(form.id);
      if (!milestone) continue;
      const [s, e] = sentenceBounds(f, mention.foldedStart, mention.foldedEnd);
      const before = /((?:19|20)\d{2})(?:,| –| —| -)? (?:(?:the|marking|marks|mark|which|will|when|it|nhan|dip|ky|niem|tron|tuc|la|vao) ){0,4}$/.exec(f.slice(s, mention.foldedStart));
      const after = /^(?: \(| in |, in |, nam | nam | \(nam | vao nam | vao | se la nam | la nam )((?:19|20)\d{2})(?!\d)/.exec(f.slice(mention.foldedEnd, e));
      const found = before
        ? { at: s + before.index, year: Number(before[1]) }
        : after
          ? { at: mention.foldedEnd + after[0].length - 4, year: Number(after[1]) }
          : undefined;
      if (!found || found.year === milestone.year) continue;
      push(a, found.at, found.year, milestone.year, `The ${mention.text} falls in ${milestone.year}`);
    }
  }
  return out;
};
