import { sentenceBounds } from '../../analysis/sentences';
import type { BlockAnalysis, Mention } from '../../analysis/mentions';
import { yearAfter, yearBefore, type StatedYear } from '../../attach';
import { sourceOffset } from '../../text/fold';
import { msg, type Message, type Param } from '../../messages/message';
import { yearOf } from '../../time';
import type { Localized } from '../../types';
import type { DocumentEntry, EventEntry, EventKind } from '../../vocabulary/model';
import type { Rule } from '../rule';
import { defineRule } from '../rule';

/** What a sentence says happened, by its verbs: each kind of event, and an agreement's two dates. */
type Happening = Exclude<EventKind, 'congress' | 'plenum' | 'other'> | 'signed' | 'in-force';

const VERBS: Record<Happening, string[]> = {
  membership: [
    'join',
    'joined',
    'joins',
    'joining',
    'entered',
    'admitted',
    'admission',
    'accession',
    'acceded',
    'accede',
    'acceding',
    'member',
    'members',
    'membership',
    'gia nhap',
    'thanh vien',
    'ket nap',
    'tro thanh thanh vien',
  ],
  'un-seat': [
    'non-permanent',
    'nonpermanent',
    'seat',
    'term',
    'tenure',
    'elected',
    'served',
    'serving',
    'uy vien khong thuong truc',
    'khong thuong truc',
    'nhiem ky',
    'trung cu',
    'dac cu',
  ],
  chairmanship: ['chair', 'chaired', 'chairs', 'chairing', 'chairmanship', 'chu tich', 'nam chu tich', 'cuong vi chu tich', 'dam nhiem vai tro chu tich'],
  hosting: ['host', 'hosted', 'hosts', 'hosting', 'dang cai'],
  normalisation: ['normalised', 'normalized', 'normalisation', 'normalization', 'normalise', 'normalize', 'normalising', 'normalizing', 'binh thuong hoa'],
  'diplomatic-relations': ['diplomatic relations', 'diplomatic ties', 'quan he ngoai giao'],
  signed: ['signed', 'signing', 'inked', 'concluded', 'ky', 'ky ket'],
  'in-force': [
    'took effect',
    'takes effect',
    'take effect',
    'entered into force',
    'enters into force',
    'entry into force',
    'came into force',
    'came into effect',
    'comes into effect',
    'effective',
    'in force',
    'in effect',
    'co hieu luc',
    'hieu luc',
  ],
};

/** Words that, with the verbs, may join the event to its year ("for the 2020–2021 term"). */
const EXTRA = [
  'for',
  'term',
  'tenure',
  'nhiem ky',
  'khoa',
  'a',
  'an',
  'non-permanent',
  'member',
  'role',
  'rotating',
  'year',
  'summit',
  'week',
  'leaders',
  'meeting',
  'the',
  'officially',
  'became',
  'become',
  'becoming',
  'tro',
  'thanh',
  'chinh',
  'thuc',
  'of',
  'to',
  'with',
  'voi',
  'time',
  'lan',
  'second',
  'third',
  'thu',
  'hai',
  'ba',
  'again',
  'lai',
  // The organisation's parent, after the body ("Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021").
  'lien',
  'hop',
  'quoc',
  'lhq',
  'un',
  'united',
  'nations',
  // "…, which dates from 2007", "came in 2010", "có hiệu lực đối với Việt Nam từ ngày …".
  'dates',
  'dating',
  'came',
  'come',
  'began',
  'begun',
  'started',
  'bat',
  'dau',
  'doi',
  'twice',
  'once',
  'full',
  'founding',
  'quan',
  'he',
  'relations',
  'ties',
  'economic',
  "leaders'",
  'thuong',
  'dinh',
];

const VERB_SETS = Object.fromEntries(Object.entries(VERBS).map(([k, v]) => [k, new Set([...v, ...EXTRA])])) as Record<Happening, Set<string>>;

/** Folded offsets of the verbs of `kind` in [s, e). */
function verbsIn(f: string, s: number, e: number, kind: Happening): number[] {
  const out: number[] = [];
  for (const v of VERBS[kind]) {
    for (let k = f.indexOf(v, s); k >= 0 && k + v.length <= e; k = f.indexOf(v, k + 1)) {
      const before = k === 0 ? ' ' : f[k - 1]!;
      const after = f[k + v.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push(k);
    }
  }
  return out;
}

interface Dated {
  kind: Happening;
  /** Periods the stated year must fall in (any of them), each with the event's name. */
  periods: { start: string; end?: string; what: Localized }[];
  confidence: string;
  /** An agreement's name, for its signature or entry into force. */
  agreement?: Localized;
}

/** The dated things a mention may be about, by kind. */
function datedOf(ctx: Parameters<Rule>[0], m: Mention): Dated[] {
  const v = ctx.vocab.vocabulary;
  const forms = [m.form, ...m.alternatives];
  const byKind = new Map<Happening, Dated>();
  for (const form of forms) {
    if (form.kind === 'event') {
      const e: EventEntry | undefined = v.events.get(form.id);
      if (!e?.start || !e.kind || e.kind === 'congress' || e.kind === 'plenum' || e.kind === 'other') continue;
      const d = byKind.get(e.kind) ?? { kind: e.kind, periods: [], confidence: e.confidence };
      d.periods.push({ start: e.start, ...(e.end ? { end: e.end } : {}), what: { ...e.name, en: e.name.en ?? e.id } });
      byKind.set(e.kind, d);
    } else if (form.kind === 'agreement') {
      const doc: DocumentEntry | undefined = v.documents.get(form.id);
      const vi = doc?.short_forms?.vi?.[0] ?? doc?.title.vi;
      const name: Localized = { en: doc?.short_forms?.en?.[0] ?? doc?.title.en ?? form.id, ...(vi ? { vi } : {}) };
      if (doc?.signed) byKind.set('signed', { kind: 'signed', periods: [{ start: doc.signed, what: name }], confidence: doc.confidence, agreement: name });
      if (doc?.in_force) byKind.set('in-force', { kind: 'in-force', periods: [{ start: doc.in_force, what: name }], confidence: doc.confidence, agreement: name });
    }
  }
  return [...byKind.values()];
}

function covers(p: { start: string; end?: string }, y: number, kind: Happening): boolean {
  const from = yearOf(p.start);
  const to = p.end ? yearOf(p.end) : kind === 'membership' || kind === 'in-force' ? Infinity : from;
  // A membership or an agreement in force goes on: "a member since 1995" names its start only.
  return kind === 'membership' || kind === 'in-force' ? y === from : y >= from && y <= to;
}

/** Its dates, and what happened ("Vietnam's accession to the WTO: 11 January 2007"; "The EVFTA was signed: 30 June 2019"), with the years it was not. */
function describe(d: Dated, wrong: number[]): Message {
  // Each period once: a day, or the span of a term of more than a year.
  const spans = new Map<string, Param>();
  for (const p of d.periods) {
    const span = p.end && yearOf(p.end) !== yearOf(p.start);
    spans.set(span ? `${p.start}/${p.end}` : p.start, span ? { message: msg('date.range', { start: { date: p.start }, end: { date: p.end! } }) } : { date: p.start });
  }
  const params = { periods: joined([...spans.values()]), wrong: wrong.join(', '), confidence: d.confidence };
  // "The EVFTA was signed" in English; in Vietnamese the name opens the sentence.
  if (d.agreement) {
    const agreement = { ...d.agreement, vi: capitalised({ vi: d.agreement.vi ?? d.agreement.en ?? '' }).vi! };
    return msg(d.kind === 'signed' ? 'fact/event-date.signed' : 'fact/event-date.in-force', { ...params, agreement });
  }
  // Several events of a kind (two terms on the Security Council) are named without their years.
  const what = d.periods[0]!.what;
  const event =
    d.periods.length === 1
      ? what
      : { ...(what.en ? { en: what.en.replace(/,? \d{4}.*$/, '') } : {}), ...(what.vi ? { vi: what.vi.replace(/,?(?: nhiệm kỳ| năm)? \d{4}.*$/u, '') } : {}) };
  return msg('fact/event-date', { ...params, event: capitalised(event) });
}

/** "A; B; C": periods one after another. */
function joined(items: Param[]): Param {
  return items.length <= 1 ? (items[0] ?? '') : { message: msg('event.periods', { first: items[0]!, rest: joined(items.slice(1)) }) };
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const v = ctx.vocab.vocabulary;
  if (v.events.size === 0 && ![...v.documents.values()].some((d) => d.in_force || d.signed)) return out;
  for (const a of ctx.blocks) {
    const seen = new Set<number>();
    for (const m of a.mentions) {
      if (m.form.kind !== 'event' && m.form.kind !== 'agreement' && !m.alternatives.some((x) => x.kind === 'event' || x.kind === 'agreement')) continue;
      for (const found of checkMention(ctx, a, m)) {
        if (seen.has(found.start)) continue;
        seen.add(found.start);
        out.push(found);
      }
    }
  }
  return out;
};

function checkMention(ctx: Parameters<Rule>[0], a: BlockAnalysis, m: Mention): ReturnType<Rule> {
  const out: ReturnType<Rule> = [];
  const f = a.folded.text;
  const [s, e] = sentenceBounds(f, m.foldedStart, m.foldedEnd);
  const skip = a.mentions.filter((x) => x !== m && x.foldedStart >= s && x.foldedEnd <= e);
  for (const d of datedOf(ctx, m)) {
    // The verbs of this kind near the mention: within 60 characters either side.
    // A verb belongs to this mention only if no other event or agreement stands between them
    // ("the VKFTA has been in effect since 2016; the EVFTA took effect on 1 August 2020").
    const rivals = skip.filter((x) => [x.form, ...x.alternatives].some((y) => y.kind === 'event' || y.kind === 'agreement') && !sameThing(x, m));
    // A normalisation or the establishment of relations is said of a country anywhere in its sentence.
    const reach = d.kind === 'normalisation' || d.kind === 'diplomatic-relations' ? Infinity : 60;
    // Rivals of the same kind between a verb and the mention are a list the verb governs
    // ("đăng cai Hội nghị Cấp cao Pháp ngữ …, Hội nghị Cấp cao ASEM …").
    const siblings = rivals.filter((x) => datedOf(ctx, x).some((y) => y.kind === d.kind));
    const found = verbsIn(f, Math.max(s, m.foldedStart - reach), Math.min(e, m.foldedEnd + reach), d.kind);
    const verbs = found.filter((k) => {
      // A verb shared by a list reaches over siblings, but not over another verb of its kind.
      if (k < m.foldedStart && found.some((j) => j > k + 3 && j < m.foldedStart) && rivals.some((x) => x.foldedStart > k && x.foldedEnd <= m.foldedStart)) return false;
      const [lo, hi] = k < m.foldedStart ? [k, m.foldedStart] : [m.foldedEnd, k];
      if (rivals.some((x) => x.foldedStart >= lo && x.foldedEnd <= hi && !(k < m.foldedStart && siblings.includes(x))) || /[;]/.test(f.slice(lo, hi))) return false;
      // Before the mention, the verb must lead to it over the clause's connecting words: in "In
      // force since 1 May 2021, it carries over the EVFTA schedules" it is another's.
      if (k < m.foldedStart && !leadsTo(f, k, m.foldedStart, VERB_SETS[d.kind], skip)) return false;
      // A verb belongs to the event or agreement nearest it ("EVFTA có hiệu lực …, còn RCEP có hiệu lực …").
      const gap = (x: Mention): number => (k < x.foldedStart ? x.foldedStart - k : Math.max(0, k - x.foldedEnd));
      return !rivals.some((x) => gap(x) < gap(m) && !(k < m.foldedStart && siblings.includes(x)));
    });
    if (verbs.length === 0) continue;
    const walk = { verbs: VERB_SETS[d.kind], skip: [m, ...skip.filter((x) => !rivals.includes(x))], limit: 10 };
    const anchors = [m.foldedStart, ...verbs].sort((x, y) => x - y);
    const ends = [m.foldedEnd, ...verbs.map((k) => k + (VERBS[d.kind].find((w) => f.startsWith(w, k))?.length ?? 0))];
    // Another country standing nearer the verb than Vietnam is the subject ("Lào … vai trò Chủ
    // tịch ASEAN năm 2024", "Malaysia's Anwar Ibrahim, ASEAN Chair 2025").
    if (d.kind !== 'normalisation' && d.kind !== 'diplomatic-relations' && d.kind !== 'signed' && d.kind !== 'in-force' && otherCountryNearer(f, s, e, a, verbs[0]!)) continue;
    const stated: StatedYear[] = [];
    for (const end of ends) {
      const y = yearAfter(f, end, walk);
      // "ASEAN 2020", "APEC 2017": a year glued to the name names a chair's or a host's year.
      if (y && end === m.foldedEnd && /^ ?$/.test(f.slice(end, y.start)) && d.kind !== 'chairmanship' && d.kind !== 'hosting') continue;
      // "…, năm 1978 trở thành thành viên Liên Hợp Quốc": past a comma, a year followed by a verb
      // of an event opens the next clause, about another event.
      if (y && f.slice(end, y.start).includes(',') && opensClause(f, y)) continue;
      if (y) stated.push(y, ...listedAfter(f, y));
    }
    const y = yearBefore(f, anchors[0]!, walk);
    if (y) stated.push(y);
    for (const st of dedupe(stated)) {
      // The year belongs to the kind whose verb stands nearest it: "an ASEAN member, in 2020 chaired …".
      // A verb of this kind between the anchor and the year ties it; else the kind whose verb
      // stands nearest the year ("an ASEAN member, in 2020 chaired …").
      const passed = verbs.some((k) => (k >= m.foldedEnd && k < st.start) || (k > st.end && k < m.foldedStart));
      if (
        !passed &&
        !nearestKindIs(
          f,
          s,
          e,
          st,
          d.kind,
          datedOf(ctx, m).map((x) => x.kind),
        )
      )
        continue;
      const years = st.through ? range(st.year, st.through) : [st.year];
      // A range is one term: one period must hold all of it ("2022–2024" straddles two terms).
      const wrong = st.through && !d.periods.some((p) => years.every((y) => covers(p, y, d.kind))) ? years : years.filter((y) => !d.periods.some((p) => covers(p, y, d.kind)));
      if (wrong.length === 0) continue;
      // A year that the walk reached by way of a rival's verb belongs to the rival.
      if (rivals.some((x) => Math.abs(x.foldedStart - st.start) < Math.abs(m.foldedStart - st.start) && verbsNear(f, x, st))) continue;
      const right = d.periods.length === 1 ? yearOf(d.periods[0]!.start) : undefined;
      const start = sourceOffset(a.folded, st.start);
      const end = sourceOffset(a.folded, st.end - 1) + 1;
      out.push({
        ruleId: 'fact/event-date',
        start,
        end,
        message: describe(d, wrong),
        fixes:
          right !== undefined && !st.through
            ? [{ title: msg('fact/event-date.fix', { year: String(right) }), edits: [{ start, end, newText: String(right) }], preferred: true }]
            : [],
      });
    }
  }
  return out;
}

const VIETNAM = /(?<![\p{L}])(vietnam|viet nam|vietnamese|vietnam's|hanoi|ha noi|nuoc ta|we|our)(?![\p{L}])/gu;

/** Whether a partner country is named nearer to folded offset `at` than Vietnam is, in [s, e). */
function otherCountryNearer(f: string, s: number, e: number, a: BlockAnalysis, at: number): boolean {
  // Only a country in the verb's own clause: not past ", and", "và", ";", nor far past a comma
  // ("ASEM in Bangkok in March 1996, and full membership of APEC …").
  const countries = a.mentions.filter((x) => {
    if (x.foldedStart < s || x.foldedEnd > e || !(x.form.kind === 'country' || x.alternatives.some((y) => y.kind === 'country'))) return false;
    const between = x.foldedEnd <= at ? f.slice(x.foldedEnd, at) : f.slice(at, x.foldedStart);
    return !/, (?:and|va|but|while|con) |;| va /.test(between) && (!between.includes(',') || between.length <= 24);
  });
  if (countries.length === 0) return false;
  const near = Math.min(...countries.map((x) => Math.abs(x.foldedStart - at)));
  let vn = Infinity;
  VIETNAM.lastIndex = s;
  const sentence = f.slice(0, e);
  for (let m = VIETNAM.exec(sentence); m; m = VIETNAM.exec(sentence)) vn = Math.min(vn, Math.abs(m.index - at));
  return near < vn;
}

/** Whether only connecting words (the kind's verbs, date parts, names) lead from a verb at `from` to a mention at `to`. */
function leadsTo(f: string, from: number, to: number, verbs: ReadonlySet<string>, names: readonly Mention[]): boolean {
  let text = f.slice(from, to);
  for (const n of names) if (n.foldedStart >= from && n.foldedEnd <= to) text = text.replace(f.slice(n.foldedStart, n.foldedEnd), ' ');
  const words = text.split(/[\s,()]+/).filter(Boolean);
  if (words.length > 14) return false;
  return words.every(
    (w) =>
      verbs.has(w) ||
      /^(?:of|in|on|at|the|a|an|to|its|since|from|with|vao|tai|cua|voi|nam|ngay|thang|tu|va|and|cac|nhung|chinh|thuc|thanh|tro|vien|ha|noi|da|duoc|lan|thu|\d{1,2}|(?:\d{1,2}[/.]){0,2}(?:19|20)\d{2}(?:[-–]\d{2,4})?|january|february|march|april|may|june|july|august|september|october|november|december|early|late|mid|vietnam|viet|quan|he|relations|ties|with|hoi|nghi|cap|cao|summit|meeting|conference|leaders|forum|bay|sau|tam|chin|muoi|mot|bon|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/.test(
        w,
      ) ||
      [...verbs].some((v) => v.includes(' ') && v.split(' ').includes(w)),
  );
}

/** Two mentions of one thing (the same events or agreement). */
function sameThing(a: Mention, b: Mention): boolean {
  const ids = (x: Mention): string[] => [x.form, ...x.alternatives].filter((y) => y.kind === 'event' || y.kind === 'agreement').map((y) => y.id);
  const ib = new Set(ids(b));
  return ids(a).some((id) => ib.has(id));
}

/** Whether the year lies between a rival mention and a verb right after it. */
function verbsNear(_f: string, x: Mention, y: StatedYear): boolean {
  return y.start > x.foldedEnd && y.start - x.foldedEnd < 60;
}

function nearestKindIs(f: string, s: number, e: number, y: StatedYear, kind: Happening, kinds: Happening[]): boolean {
  if (kinds.length < 2) return true;
  let best: Happening = kind;
  let bestDistance = Infinity;
  for (const k of kinds) {
    for (const at of verbsIn(f, s, e, k)) {
      const d = Math.abs(at - y.start);
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
  }
  return best === kind;
}

const ANY_VERB = new RegExp(
  `^(?:[^ ]*)(?: (?:viet nam|vietnam|it|we|the country|nuoc ta|da|duoc|chinh thuc|officially|first))* (?:${Object.values(VERBS).flat().join('|')})(?![\\p{L}])`,
  'u',
);

function opensClause(f: string, y: StatedYear): boolean {
  return ANY_VERB.test(f.slice(y.start, y.start + 60));
}

/** Years listed after a first one: "in 2008–2009 and 2020–2021", "các nhiệm kỳ 2014-2016 và 2025-2027". */
function listedAfter(f: string, first: StatedYear): StatedYear[] {
  const out: StatedYear[] = [];
  let at = first.through !== undefined ? f.indexOf(String(first.through).slice(-2), first.end) + 2 : first.end;
  for (let k = 0; k < 4; k++) {
    const m = /^(?:,| and| va| &)?(?: (?:again|then|later|lai|nam|in|the|and|va|lan thu \w+))* ((?:19|20)\d{2})(?:[-–]((?:19|20)?\d{2}))?(?![\d/])/.exec(f.slice(at, at + 40));
    if (!m) break;
    const year = Number(m[1]);
    const start = at + m[0].indexOf(m[1]!);
    const through = m[2] ? Number(m[2].length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]) : undefined;
    out.push({ start, end: start + 4, year, ...(through !== undefined && through > year ? { through } : {}) });
    at += m[0].length;
  }
  return out;
}

function dedupe(list: StatedYear[]): StatedYear[] {
  return list.filter((y, i) => list.findIndex((x) => x.start === y.start) === i);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 10; y++) out.push(y);
  return out;
}

/** The name with a capital, in each language: it opens the message. */
function capitalised(name: Localized): Localized {
  const out: Localized = {};
  for (const [lang, s] of Object.entries(name) as [keyof Localized, string][]) out[lang] = s.charAt(0).toUpperCase() + s.slice(1);
  return out;
}

export default defineRule({
  id: 'fact/event-date',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'A membership, UN seat, chairmanship, summit hosted, normalisation or agreement (signature, entry into force) given a year that is not its own.',
  description:
    'the year of a membership, a UN seat, a chairmanship, a summit hosted, a normalisation, an agreement\'s signature or entry into force, in every phrasing: "joined the WTO in 2006" (11 January 2007), "a non-permanent member of the Security Council for 2019–2020", "the EVFTA, which took effect in 2019", "gia nhập ASEAN năm 1996"',
  check,
});
