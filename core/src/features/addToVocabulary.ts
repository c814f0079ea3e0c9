// "Add to the workspace vocabulary": the entry a finding or a selection proposes, prefilled with
// what the sentence says, and the pack text that results (vocabulary/edit.ts writes it into the
// file as one insertion). A document from an unknown citation (type, number, symbol, issuer
// and year the sentence gives, in its language); a person from a capitalised name after a known
// title that names nobody the vocabulary knows; a term, or a wrong form of the nearest known
// name, from any selected phrase. Pure: the adapters turn the result into a workspace edit.

import { fold } from '../text/fold';
import { formOf, type BlockAnalysis } from '../analysis/mentions';
import { sentenceBounds, yearsInSentence } from '../analysis/sentences';
import type { CheckResult } from '../check';
import type { Citation } from '../citations/grammar';
import type { Lang } from '../types';
import type { CompiledVocabulary } from '../vocabulary/compile';
import { typesForCode } from '../vocabulary/documentTypes';
import { addPackEntry, appendToEntryList, type PackEditResult } from '../vocabulary/edit';
import type { Provenance, Section, SourceRef } from '../vocabulary/model';
import { entityOfForm } from './entities';

/** What a new entry says of its source until the writer gives one. */
export const SOURCE_TO_COMPLETE = 'To complete: the public source (publisher, title, date, url)';

/** An entry to add, and where (in the entry) the writer goes first. */
export interface Proposal {
  kind: 'document' | 'person' | 'term' | 'wrong-form';
  section: Section;
  /** The new entry; for a wrong form, the item added to the `wrong` list of `target`. */
  entry: Record<string, unknown>;
  /** The path inside the entry (or item) of the value to complete first. */
  focus: (string | number)[];
  /** What the proposal names, as written: "45-NQ/TW", "Nguyen Van A", the phrase. */
  label: string;
  /** A wrong form: the entity it is a wrong form of, with its name. */
  target?: { id: string; name: string };
  /** Source range in the report that the proposal is about. */
  start: number;
  end: number;
}

/** An id for `text` in the section: lower case, no diacritics, hyphens; unique among `taken`. */
export function newId(text: string, taken: (id: string) => boolean): string {
  const base =
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entry';
  let id = /^[a-z0-9]/.test(base) ? base : `x-${base}`;
  for (let k = 2; taken(id); k++) id = `${base}-${k}`;
  return id;
}

const blockAt = (result: CheckResult, offset: number): BlockAnalysis | undefined => result.blocks.find((b) => offset >= b.block.start && offset <= b.block.end);

/** The body the sentence names with the citation, when it names exactly one. */
function issuerOf(b: BlockAnalysis, c: Citation): string | undefined {
  const [s, e] = sentenceBounds(b.folded.text, c.foldedStart, c.foldedEnd);
  const ids = new Set<string>();
  for (const m of b.mentions) {
    if (m.foldedStart < s || m.foldedEnd > e) continue;
    const body = formOf(m, 'body');
    if (body && m.form.role !== 'wrong') ids.add(body.id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** A document entry from an unknown citation at `offset`, as far as the sentence tells. */
export function documentProposal(result: CheckResult, vocab: CompiledVocabulary, offset: number, taken: (id: string) => boolean): Proposal | undefined {
  const b = blockAt(result, offset);
  const c = b?.citations.find((x) => offset >= x.start && offset <= x.end);
  if (!b || !c || c.document || c.foreign) return undefined;
  const lang: Lang = c.typeWord?.lang ?? b.block.lang;
  const sym = c.symbol;
  const type = c.typeWord?.type ?? (sym ? typesForCode(sym.code)[0]?.type : undefined);
  const number = sym?.number ?? c.number?.value;
  if (!type || !number) return undefined;
  const years = yearsInSentence(b, c.foldedStart, c.foldedEnd);
  const year = sym?.year ?? c.numberYear?.value ?? (years.length === 1 ? String(years[0]) : undefined);
  const issuer = issuerOf(b, c);
  const written = result.document.text.slice(c.start, c.end);
  const label = sym?.text ?? written;
  const idText = `${sym ? `${sym.code}-${sym.number}-${sym.issuer}` : `${type}-${number}`}${year ? `-${year}` : ''}`;
  const entry: Record<string, unknown> = {
    id: newId(idText, (id) => taken(id) || vocab.vocabulary.documents.has(id)),
    type,
    number: String(number),
    ...(sym ? { symbol: sym.text } : {}),
    ...(issuer ? { issuer } : {}),
    ...(year ? { date: year } : {}),
    title: { [lang]: written },
    source: SOURCE_TO_COMPLETE,
    confidence: 'low',
  };
  return { kind: 'document', section: 'documents', entry, focus: ['title', lang], label, start: c.start, end: c.end };
}

const NAME_AFTER_TITLE = /^[ \t]+((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,4})/u;

/**
 * A capitalised name right after a known title ("Foreign Minister Nguyen Van A") that names no
 * person of the vocabulary, around `offset`: a person entry with that name.
 */
export function personProposal(result: CheckResult, vocab: CompiledVocabulary, offset: number, taken: (id: string) => boolean): Proposal | undefined {
  const b = blockAt(result, offset);
  if (!b) return undefined;
  const text = result.document.text;
  for (const m of b.mentions) {
    if (m.form.kind !== 'title' || m.form.role === 'wrong') continue;
    const after = NAME_AFTER_TITLE.exec(text.slice(m.end, Math.min(b.block.end, m.end + 120)));
    if (!after) continue;
    const start = m.end + after[0].length - after[1]!.length;
    const end = m.end + after[0].length;
    if (offset < start || offset > end) continue;
    if (b.mentions.some((x) => x.form.kind === 'person' && x.start < end && x.end > start)) return undefined;
    const name = after[1]!.normalize('NFC');
    const lang: Lang = /[^\x00-\x7f’]/.test(name) ? 'vi' : b.block.lang;
    const entry = { id: newId(name, (id) => taken(id) || vocab.vocabulary.people.has(id)), name: { [lang]: name }, source: SOURCE_TO_COMPLETE, confidence: 'low' };
    return { kind: 'person', section: 'people', entry, focus: ['source'], label: name, start, end };
  }
  return undefined;
}

/** A term named by the selected phrase [start, end), in its paragraph's language. */
export function termProposal(result: CheckResult, vocab: CompiledVocabulary, start: number, end: number, taken: (id: string) => boolean): Proposal | undefined {
  const phrase = result.document.text.slice(start, end).replace(/\s+/g, ' ').trim().normalize('NFC');
  if (phrase.length === 0 || phrase.length > 200) return undefined;
  const lang = blockAt(result, start)?.block.lang ?? 'en';
  const entry = { id: newId(phrase, (id) => taken(id) || vocab.vocabulary.terms.has(id)), name: { [lang]: phrase }, source: SOURCE_TO_COMPLETE, confidence: 'low' };
  return { kind: 'term', section: 'terms', entry, focus: ['source'], label: phrase, start, end };
}

/**
 * The selected phrase [start, end) as a wrong form of the known term, body or title named
 * nearest to it: in its paragraph, else anywhere in the report.
 */
export function wrongFormProposal(result: CheckResult, vocab: CompiledVocabulary, start: number, end: number): Proposal | undefined {
  const phrase = result.document.text.slice(start, end).replace(/\s+/g, ' ').trim().normalize('NFC');
  const b = blockAt(result, start);
  if (!b || phrase.length === 0 || phrase.length > 200) return undefined;
  let best: { section: Section; id: string; distance: number } | undefined;
  // Its own paragraph's names first (nearer than any other paragraph's), then the report's.
  const mentions = [...b.mentions, ...result.blocks.filter((x) => x !== b).flatMap((x) => x.mentions)];
  for (const m of mentions) {
    const ref = entityOfForm(m.form);
    if (!ref || (ref.section !== 'terms' && ref.section !== 'bodies' && ref.section !== 'titles')) continue;
    if (m.form.role !== 'wrong' && m.start <= start && m.end >= end) continue; // the selection is that name
    const inBlock = m.start >= b.block.start && m.end <= b.block.end;
    const distance = (m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0) + (inBlock ? 0 : result.document.text.length);
    if (!best || distance < best.distance) best = { section: ref.section, id: ref.id, distance };
  }
  if (!best) return undefined;
  const entity = vocab.vocabulary[best.section].get(best.id) as { name: Partial<Record<Lang, string>> } | undefined;
  if (!entity) return undefined;
  const lang = /[^\x00-\x7f’]/.test(phrase) ? 'vi' : b.block.lang;
  const name = entity.name[lang] ?? entity.name.en ?? entity.name.vi ?? best.id;
  const item = { form: phrase, lang, reason: 'To complete: why the form is wrong' };
  return { kind: 'wrong-form', section: best.section, entry: item, focus: ['reason'], label: phrase, target: { id: best.id, name }, start, end };
}

/** `source` as the pack wrote it: the list of public sources when there is one. */
function sourceAsWritten(p: Provenance): string | SourceRef[] {
  return p.sources && p.sources.length > 0 ? p.sources.map((s) => ({ ...s })) : p.source;
}

/**
 * The pack text with the proposal written in. A wrong form goes into the `wrong` list of its
 * entity when the pack defines it; otherwise the pack gets a copy of the entity (which, by id,
 * replaces the one of the earlier layer) with the wrong form added.
 */
export function applyProposal(old: string | undefined, p: Proposal, vocab: CompiledVocabulary): PackEditResult {
  if (p.kind !== 'wrong-form') return addPackEntry(old, p.section, p.entry, p.focus);
  const id = p.target!.id;
  if (old !== undefined) {
    const inPlace = appendToEntryList(old, p.section, id, 'wrong', p.entry, p.focus);
    if (!('error' in inPlace) || inPlace.error !== 'no-entry') return inPlace;
  }
  const entity = vocab.vocabulary[p.section].get(id) as (Provenance & { id: string; wrong?: unknown[] } & Record<string, unknown>) | undefined;
  if (!entity) return { error: 'no-entry' };
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k === 'sources' || k === 'source_url' || v === undefined) continue;
    copy[k] = k === 'source' ? sourceAsWritten(entity) : JSON.parse(JSON.stringify(v));
  }
  const wrong = [...((copy.wrong as unknown[] | undefined) ?? []), p.entry];
  copy.wrong = wrong;
  return addPackEntry(old, p.section, copy, ['wrong', wrong.length - 1, ...p.focus]);
}
