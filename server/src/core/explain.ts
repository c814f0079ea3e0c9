// What a mention or citation refers to, written out for hovers and completion
// documentation: short Markdown, only what the vocabulary says, with its source and
// confidence. No editor types here; the adapters wrap the text.

import { formOf, type BlockAnalysis, type Mention } from './analyze';
import type { Citation } from './citations/grammar';
import { typeInfo } from './citations/types';
import { day, formatDate, overlaps } from './time';
import type { CompiledVocabulary } from './vocabulary/compile';
import type { BodyEntry, DocumentEntry, Holder, Localized, PersonEntry, Provenance, TitleEntry } from './vocabulary/model';

export interface Target {
  start: number;
  end: number;
  citation?: Citation;
  mention?: Mention;
}

/** The citation or mention at a source offset, if any. */
export function targetAt(blocks: BlockAnalysis[], offset: number): Target | undefined {
  for (const b of blocks) {
    if (offset < b.block.start || offset > b.block.end) continue;
    const c = b.citations.find((x) => offset >= x.start && offset <= x.end);
    if (c) return { start: c.start, end: c.end, citation: c };
    const m = b.mentions.find((x) => offset >= x.start && offset <= x.end && x.form.role !== 'short');
    if (m) return { start: m.start, end: m.end, mention: m };
  }
  return undefined;
}

const both = (l: Localized | undefined): string => {
  if (!l) return '';
  if (l.en && l.vi) return `${l.en} — *${l.vi}*`;
  return l.en ?? (l.vi ? `*${l.vi}*` : '');
};

function provenance(p: Provenance): string {
  const source = p.source_url ? `[${p.source}](${p.source_url})` : p.source;
  return `Source: ${source} · confidence: **${p.confidence}**${p.confidence !== 'high' && p.note ? `  \n_${p.note}_` : ''}`;
}

function holderLine(v: CompiledVocabulary, h: Holder): string {
  const person = v.vocabulary.people.get(h.person);
  const name = person?.name.en ?? h.person;
  const dates = `${h.from ? formatDate(h.from) : '…'} – ${h.to ? formatDate(h.to) : 'present'}`;
  return `- ${name}${person?.name.vi ? ` (${person.name.vi})` : ''}: ${dates}${h.acting ? ' (acting)' : ''}${h.confidence !== 'high' ? ` · confidence ${h.confidence}` : ''}`;
}

export function explainDocument(d: DocumentEntry, v: CompiledVocabulary): string {
  const issuer = d.issuer ? v.vocabulary.bodies.get(d.issuer) : undefined;
  const info = typeInfo(d.type);
  const head = [`**${d.symbol ?? `${info.display.en} ${d.number}`}**`, `${info.display.en} (${info.display.vi})`, issuer?.name.en, d.date ? formatDate(d.date) : undefined]
    .filter(Boolean)
    .join(' · ');
  const lines = [head, '', both(d.title)];
  if (d.summary?.en ?? d.summary?.vi) lines.push('', d.summary.en ?? d.summary.vi!);
  const successor = d.superseded_by ? v.vocabulary.documents.get(d.superseded_by) : undefined;
  const status = d.status === 'superseded' ? `superseded${successor ? ` by ${successor.symbol ?? successor.id}` : ''}` : d.status?.replace('-', ' ');
  if (status) lines.push('', `Status: ${status}`);
  lines.push('', provenance(d));
  return lines.join('\n');
}

function explainBody(b: BodyEntry, v: CompiledVocabulary): string {
  const lines = [`**${b.name.en ?? b.name.vi}**${b.name.en && b.name.vi ? ` — *${b.name.vi}*` : ''}`];
  if (b.definition) lines.push('', b.definition.en ?? b.definition.vi!);
  const validity = [b.valid_from ? `from ${formatDate(b.valid_from)}` : '', b.valid_to ? `until ${formatDate(b.valid_to)}` : ''].filter(Boolean).join(' ');
  if (validity) lines.push('', `In existence ${validity}${b.successor ? `; succeeded by the ${v.vocabulary.bodies.get(b.successor)?.name.en ?? b.successor}` : ''}.`);
  lines.push('', provenance(b));
  return lines.join('\n');
}

function explainTitle(t: TitleEntry, v: CompiledVocabulary, reportDate: string): string {
  const lines = [`**${t.name.en ?? t.name.vi}**${t.name.en && t.name.vi ? ` — *${t.name.vi}*` : ''}`];
  if (t.definition) lines.push('', t.definition.en ?? t.definition.vi!);
  const holders = t.holders ?? [];
  const current = holders.filter((h) => overlaps(day(reportDate), h.from, h.to));
  if (holders.length) {
    lines.push('', `On ${formatDate(reportDate)}: ${current.length ? current.map((h) => v.vocabulary.people.get(h.person)?.name.en ?? h.person).join(', ') : 'no holder recorded'}`);
    lines.push('', 'Holders:', ...holders.map((h) => holderLine(v, h)));
  }
  lines.push('', provenance(t));
  return lines.join('\n');
}

function explainPerson(p: PersonEntry, v: CompiledVocabulary): string {
  const lines = [`**${p.name.en ?? p.name.vi}**${p.name.en && p.name.vi ? ` — *${p.name.vi}*` : ''}`];
  const held: string[] = [];
  for (const t of v.vocabulary.titles.values()) {
    for (const h of t.holders ?? []) {
      if (h.person !== p.id) continue;
      held.push(`- ${t.name.en ?? t.name.vi}: ${h.from ? formatDate(h.from) : '…'} – ${h.to ? formatDate(h.to) : 'present'}${h.acting ? ' (acting)' : ''}`);
    }
  }
  if (held.length) lines.push('', 'Titles held:', ...held);
  lines.push('', provenance(p));
  return lines.join('\n');
}

/** Markdown for the target, or undefined when the vocabulary has nothing to say. */
export function explain(target: Target, v: CompiledVocabulary, reportDate: string): string | undefined {
  if (target.citation) {
    const d = target.citation.document;
    if (d) return explainDocument(d, v);
    const c = target.citation;
    if (c.foreign) return undefined;
    return `**${c.symbol?.text ?? c.number?.value ?? ''}** is not in the vocabulary.`;
  }
  const m = target.mention!;
  const voc = v.vocabulary;
  const wrongNote = m.form.role === 'wrong' ? `\n\n“${m.text}” is a wrong form${m.form.wrong?.reason ? `: ${m.form.wrong.reason}` : '.'}` : '';
  const body = formOf(m, 'body');
  if (body && voc.bodies.has(body.id)) return explainBody(voc.bodies.get(body.id)!, v) + wrongNote;
  const title = formOf(m, 'title');
  if (title && voc.titles.has(title.id)) return explainTitle(voc.titles.get(title.id)!, v, reportDate) + wrongNote;
  const person = formOf(m, 'person');
  if (person && voc.people.has(person.id)) return explainPerson(voc.people.get(person.id)!, v);
  const member = formOf(m, 'member');
  if (member) {
    const [framingId, memberId] = member.id.split('/');
    const framing = voc.framings.get(framingId!);
    const mem = framing?.members.find((x) => x.id === memberId);
    if (framing && mem) {
      const order = framing.members.findIndex((x) => x.id === memberId) + 1;
      return [`**${both(mem.name)}**`, '', `Pillar ${order} of ${framing.members.length} of the ${framing.name.en}.`, ...(mem.role ? ['', mem.role.en ?? mem.role.vi!] : []), '', provenance(framing)].join('\n') + wrongNote;
    }
  }
  const term = formOf(m, 'term');
  if (term && voc.terms.has(term.id)) {
    const t = voc.terms.get(term.id)!;
    return [`**${both(t.name)}**`, ...(t.definition ? ['', t.definition.en ?? t.definition.vi!] : []), '', provenance(t)].join('\n') + wrongNote;
  }
  const framing = formOf(m, 'framing');
  if (framing && voc.framings.has(framing.id)) {
    const f = voc.framings.get(framing.id)!;
    return [`**${both(f.name)}**`, '', ...f.members.map((x, i) => `${i + 1}. ${both(x.name)}`), ...(f.definition ? ['', f.definition.en ?? f.definition.vi!] : []), '', provenance(f)].join('\n');
  }
  const milestone = formOf(m, 'milestone');
  if (milestone && voc.milestones.has(milestone.id)) {
    const ms = voc.milestones.get(milestone.id)!;
    return [`**${ms.year}**`, '', ms.description.en ?? ms.description.vi!, '', provenance(ms)].join('\n');
  }
  return undefined;
}
