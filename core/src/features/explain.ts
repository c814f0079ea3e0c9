// What a mention or citation refers to, written out for hovers and completion
// documentation: short Markdown, only what the vocabulary says, with its source and
// confidence. No editor types here; the adapters wrap the text.

import { LEVEL_NAMES } from '../rules/support/partnerships';
import { formOf, type BlockAnalysis, type Mention } from '../analysis/mentions';
import type { Citation } from '../citations/grammar';
import { day, formatDate, overlaps, vietnameseShortDate } from '../time';
import type { CompiledVocabulary } from '../vocabulary/compile';
import type { BodyEntry, DocumentEntry, Holder, PersonEntry, Provenance, TitleEntry } from '../vocabulary/model';
import type { Lang, Localized, PartialDate } from '../types';
import { typeInfo } from '../vocabulary/documentTypes';

export interface Target {
  start: number;
  end: number;
  citation?: Citation;
  mention?: Mention;
  /** The language of its paragraph. */
  lang: Lang;
}

/** The citation or mention at a source offset, if any. */
export function targetAt(blocks: BlockAnalysis[], offset: number): Target | undefined {
  for (const b of blocks) {
    if (offset < b.block.start || offset > b.block.end) continue;
    const c = b.citations.find((x) => offset >= x.start && offset <= x.end);
    if (c) return { start: c.start, end: c.end, citation: c, lang: b.block.lang };
    const m = b.mentions.find((x) => offset >= x.start && offset <= x.end && x.form.role !== 'short');
    if (m) return { start: m.start, end: m.end, mention: m, lang: b.block.lang };
  }
  return undefined;
}

/** The words of a hover, in the report's language (the vocabulary's own texts are chosen the same way). */
interface Words {
  source: string;
  confidence: string;
  confidenceLevel: Record<Provenance['confidence'], string>;
  status: string;
  statusName: Record<NonNullable<DocumentEntry['status']>, string>;
  supersededBy(symbol: string): string;
  present: string;
  acting: string;
  existence(from: string | undefined, to: string | undefined): string;
  succeededBy(name: string): string;
  onDate(date: string, holders: string): string;
  noHolder: string;
  holders: string;
  titlesHeld: string;
  pillar(order: number, of: number, framing: string): string;
  notInVocabulary(symbol: string): string;
  wrongForm(text: string, reason: string | undefined): string;
  date(d: PartialDate): string;
}

const ENGLISH: Words = {
  source: 'Source',
  confidence: 'confidence',
  confidenceLevel: { high: 'high', medium: 'medium', low: 'low' },
  status: 'Status',
  statusName: { 'in-force': 'in force', superseded: 'superseded', expired: 'expired', unknown: 'unknown' },
  supersededBy: (symbol) => `superseded by ${symbol}`,
  present: 'present',
  acting: 'acting',
  existence: (from, to) => `In existence ${[from ? `from ${from}` : '', to ? `until ${to}` : ''].filter(Boolean).join(' ')}`,
  succeededBy: (name) => `; succeeded by the ${name}`,
  onDate: (date, holders) => `On ${date}: ${holders}`,
  noHolder: 'no holder recorded',
  holders: 'Holders:',
  titlesHeld: 'Titles held:',
  pillar: (order, of, framing) => `Pillar ${order} of ${of} of the ${framing}.`,
  notInVocabulary: (symbol) => `**${symbol}** is not in the vocabulary.`,
  wrongForm: (text, reason) => `“${text}” is a wrong form${reason ? `: ${reason}` : '.'}`,
  date: formatDate,
};

const VIETNAMESE: Words = {
  source: 'Nguồn',
  confidence: 'độ tin cậy',
  confidenceLevel: { high: 'cao', medium: 'trung bình', low: 'thấp' },
  status: 'Tình trạng',
  statusName: { 'in-force': 'còn hiệu lực', superseded: 'đã được thay thế', expired: 'hết hiệu lực', unknown: 'chưa rõ' },
  supersededBy: (symbol) => `đã được thay thế bằng ${symbol}`,
  present: 'nay',
  acting: 'quyền',
  existence: (from, to) => `Hoạt động ${[from ? `từ ${from}` : '', to ? `đến ${to}` : ''].filter(Boolean).join(' ')}`,
  succeededBy: (name) => `; được kế tục bởi ${name}`,
  onDate: (date, holders) => `Ngày ${date}: ${holders}`,
  noHolder: 'chưa ghi nhận người giữ chức',
  holders: 'Những người giữ chức:',
  titlesHeld: 'Các chức danh đã giữ:',
  pillar: (order, of, framing) => `Trụ cột thứ ${order} trong ${of} trụ cột của ${framing}.`,
  notInVocabulary: (symbol) => `**${symbol}** chưa có trong bộ từ vựng.`,
  wrongForm: (text, reason) => `“${text}” là cách viết sai${reason ? `: ${reason}` : '.'}`,
  date: vietnameseShortDate,
};

const WORDS: Record<Lang, Words> = { en: ENGLISH, vi: VIETNAMESE };

/** The text in the report's language and the one in the other. */
const inOrder = (l: Localized | undefined, lang: Lang): [string | undefined, string | undefined] => (lang === 'vi' ? [l?.vi, l?.en] : [l?.en, l?.vi]);

/** The text in the report's language, else in the other. */
const pick = (l: Localized | undefined, lang: Lang): string | undefined => {
  const [first, second] = inOrder(l, lang);
  return first ?? second;
};

/** Both names, the report's language first: "Politburo — *Bộ Chính trị*". */
const both = (l: Localized | undefined, lang: Lang): string => {
  const [first, second] = inOrder(l, lang);
  if (first && second) return `${first} — *${second}*`;
  return first ?? (second ? `*${second}*` : '');
};

function provenance(p: Provenance, w: Words): string {
  // Each public source as a link: publisher, title, date.
  const source = p.sources?.length
    ? p.sources.map((s) => `[${[s.publisher, s.title ? `“${s.title}”` : undefined, s.date].filter(Boolean).join(', ')}](${s.url})`).join('; ')
    : p.source_url
      ? `[${p.source}](${p.source_url})`
      : p.source;
  return `${w.source}: ${source} · ${w.confidence}: **${w.confidenceLevel[p.confidence]}**${p.confidence !== 'high' && p.note ? `  \n_${p.note}_` : ''}`;
}

function dates(w: Words, from: PartialDate | undefined, to: PartialDate | undefined, acting: boolean | undefined): string {
  return `${from ? w.date(from) : '…'} – ${to ? w.date(to) : w.present}${acting ? ` (${w.acting})` : ''}`;
}

function holderLine(v: CompiledVocabulary, h: Holder, lang: Lang, w: Words): string {
  const person = v.vocabulary.people.get(h.person);
  const name = pick(person?.name, lang) ?? h.person;
  const other = inOrder(person?.name, lang)[1];
  return `- ${name}${other && other !== name ? ` (${other})` : ''}: ${dates(w, h.from, h.to, h.acting)}${h.confidence !== 'high' ? ` · ${w.confidence} ${w.confidenceLevel[h.confidence]}` : ''}`;
}

export function explainDocument(d: DocumentEntry, v: CompiledVocabulary, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const issuer = d.issuer ? v.vocabulary.bodies.get(d.issuer) : undefined;
  const info = typeInfo(d.type);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const head = [
    `**${d.symbol ?? `${info.display[lang]} ${d.number}`}**`,
    `${info.display[lang]} (${info.display[other]})`,
    pick(issuer?.name, lang),
    d.date ? w.date(d.date) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [head, '', both(d.title, lang)];
  const summary = pick(d.summary, lang);
  if (summary) lines.push('', summary);
  // Agreements: when they were signed and when they entered into force for Vietnam.
  if (d.signed || d.in_force) {
    const parts = [
      d.signed ? `${lang === 'vi' ? 'Ký' : 'Signed'}: ${w.date(d.signed)}` : undefined,
      d.in_force ? `${lang === 'vi' ? 'Có hiệu lực với Việt Nam' : 'In force for Vietnam'}: ${w.date(d.in_force)}` : undefined,
    ];
    lines.push('', parts.filter(Boolean).join(' · '));
  }
  const successor = d.superseded_by ? v.vocabulary.documents.get(d.superseded_by) : undefined;
  const status = d.status === 'superseded' && successor ? w.supersededBy(successor.symbol ?? successor.id) : d.status ? w.statusName[d.status] : undefined;
  if (status) lines.push('', `${w.status}: ${status}`);
  lines.push('', provenance(d, w));
  return lines.join('\n');
}

function explainBody(b: BodyEntry, v: CompiledVocabulary, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [heading(b.name, lang)];
  const definition = pick(b.definition, lang);
  if (definition) lines.push('', definition);
  if (b.valid_from || b.valid_to) {
    const successor = b.successor ? (pick(v.vocabulary.bodies.get(b.successor)?.name, lang) ?? b.successor) : undefined;
    lines.push('', `${w.existence(b.valid_from ? w.date(b.valid_from) : undefined, b.valid_to ? w.date(b.valid_to) : undefined)}${successor ? w.succeededBy(successor) : ''}.`);
  }
  lines.push('', provenance(b, w));
  return lines.join('\n');
}

function explainTitle(t: TitleEntry, v: CompiledVocabulary, reportDate: string, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [heading(t.name, lang)];
  const definition = pick(t.definition, lang);
  if (definition) lines.push('', definition);
  const holders = t.holders ?? [];
  const current = holders.filter((h) => overlaps(day(reportDate), h.from, h.to));
  if (holders.length) {
    lines.push('', w.onDate(w.date(reportDate), current.length ? current.map((h) => pick(v.vocabulary.people.get(h.person)?.name, lang) ?? h.person).join(', ') : w.noHolder));
    lines.push('', w.holders, ...holders.map((h) => holderLine(v, h, lang, w)));
  }
  lines.push('', provenance(t, w));
  return lines.join('\n');
}

/** "**Politburo** — *Bộ Chính trị*": the name in the report's language in bold, the other after it. */
function heading(name: Localized, lang: Lang): string {
  const [first, second] = inOrder(name, lang);
  const main = first ?? second ?? '';
  return `**${main}**${first && second ? ` — *${second}*` : ''}`;
}

function explainPerson(p: PersonEntry, v: CompiledVocabulary, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [heading(p.name, lang)];
  const held: string[] = [];
  for (const t of v.vocabulary.titles.values()) {
    for (const h of t.holders ?? []) {
      if (h.person !== p.id) continue;
      held.push(`- ${pick(t.name, lang)}: ${dates(w, h.from, h.to, h.acting)}`);
    }
  }
  if (held.length) lines.push('', w.titlesHeld, ...held);
  lines.push('', provenance(p, w));
  return lines.join('\n');
}

/**
 * Markdown for the target, or undefined when the vocabulary has nothing to say: in `lang`, the
 * language of the report's paragraph (labels, dates, and the vocabulary's names and texts first
 * in that language where it has them).
 */
export function explain(target: Target, v: CompiledVocabulary, reportDate: string, lang: Lang = target.lang): string | undefined {
  const w = WORDS[lang];
  if (target.citation) {
    const d = target.citation.document;
    if (d) return explainDocument(d, v, lang);
    const c = target.citation;
    if (c.foreign) return undefined;
    return w.notInVocabulary(c.symbol?.text ?? c.number?.value ?? '');
  }
  const m = target.mention!;
  const voc = v.vocabulary;
  const wrongNote = m.form.role === 'wrong' ? `\n\n${w.wrongForm(m.text, m.form.wrong?.reason)}` : '';
  const body = formOf(m, 'body');
  if (body && voc.bodies.has(body.id)) return explainBody(voc.bodies.get(body.id)!, v, lang) + wrongNote;
  const title = formOf(m, 'title');
  if (title && voc.titles.has(title.id)) return explainTitle(voc.titles.get(title.id)!, v, reportDate, lang) + wrongNote;
  const person = formOf(m, 'person');
  if (person && voc.people.has(person.id)) return explainPerson(voc.people.get(person.id)!, v, lang);
  const member = formOf(m, 'member');
  if (member) {
    const [framingId, memberId] = member.id.split('/');
    const framing = voc.framings.get(framingId!);
    const mem = framing?.members.find((x) => x.id === memberId);
    if (framing && mem) {
      const order = framing.members.findIndex((x) => x.id === memberId) + 1;
      const role = pick(mem.role, lang);
      return (
        [
          `**${both(mem.name, lang)}**`,
          '',
          w.pillar(order, framing.members.length, pick(framing.name, lang) ?? framing.id),
          ...(role ? ['', role] : []),
          '',
          provenance(framing, w),
        ].join('\n') + wrongNote
      );
    }
  }
  // An agreement named like a term ("CPTPP"): its dates say more than the term's definition.
  const agreement = formOf(m, 'agreement');
  if (agreement && voc.documents.has(agreement.id)) return explainDocument(voc.documents.get(agreement.id)!, v, lang) + wrongNote;
  const term = formOf(m, 'term');
  if (term && voc.terms.has(term.id)) {
    const t = voc.terms.get(term.id)!;
    const definition = pick(t.definition, lang);
    return [`**${both(t.name, lang)}**`, ...(definition ? ['', definition] : []), '', provenance(t, w)].join('\n') + wrongNote;
  }
  const framing = formOf(m, 'framing');
  if (framing && voc.framings.has(framing.id)) {
    const f = voc.framings.get(framing.id)!;
    const definition = pick(f.definition, lang);
    return [`**${both(f.name, lang)}**`, '', ...f.members.map((x, i) => `${i + 1}. ${both(x.name, lang)}`), ...(definition ? ['', definition] : []), '', provenance(f, w)].join(
      '\n',
    );
  }
  const country = formOf(m, 'country');
  if (country && voc.partnerships.has(country.id)) {
    const p = voc.partnerships.get(country.id)!;
    const levels = [...p.levels].sort((a, b) => (a.from < b.from ? -1 : 1));
    return [
      `**${both(p.country, lang)}**`,
      '',
      ...(p.established ? [`${lang === 'vi' ? 'Thiết lập quan hệ ngoại giao' : 'Diplomatic relations'}: ${w.date(p.established)}`, ''] : []),
      ...levels.map(
        (l) =>
          `- ${w.date(l.from)}: ${LEVEL_NAMES[lang][l.level]}${pick(l.name, lang) ? ` — “${pick(l.name, lang)}”` : ''}${l.confidence !== 'high' ? ` · ${w.confidence} ${w.confidenceLevel[l.confidence]}` : ''}`,
      ),
      '',
      provenance(levels[levels.length - 1]!, w),
    ].join('\n');
  }
  const event = formOf(m, 'event');
  if (event) {
    const events = [m.form, ...m.alternatives]
      .filter((f) => f.kind === 'event')
      .map((f) => voc.events.get(f.id))
      .filter((e) => e !== undefined);
    if (events.length > 0) {
      return events
        .map((e) => [`**${pick(e!.name, lang)}**`, `${e!.start ? w.date(e!.start) : ''}${e!.end ? ` – ${w.date(e!.end)}` : ''}`, provenance(e!, w)].join('  \n'))
        .join('\n\n');
    }
  }
  const milestone = formOf(m, 'milestone');
  if (milestone && voc.milestones.has(milestone.id)) {
    const ms = voc.milestones.get(milestone.id)!;
    return [`**${ms.year}**`, '', pick(ms.description, lang)!, '', provenance(ms, w)].join('\n');
  }
  return undefined;
}
