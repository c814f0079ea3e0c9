// Which vocabulary entity a mention or citation of a report names, for navigation: Go to
// Definition (the entity's origin), Find All References (every mention of the same entity,
// English and Vietnamese names alike, since they are one entity) and Document Symbols (the
// report's citations, people, bodies and titles, under its headings). Pure: offsets in, keys
// and offsets out.

import type { BlockAnalysis, Mention } from '../analysis/mentions';
import type { CheckResult } from '../check';
import type { Citation } from '../citations/grammar';
import type { CompiledVocabulary, SurfaceForm } from '../vocabulary/compile';
import type { Origin, Section } from '../vocabulary/model';
import type { Lang } from '../types';

/** An entity of the vocabulary: its section and id; a framing member also names its member id. */
export interface EntityRef {
  section: Section;
  id: string;
  member?: string;
}

/** One place in a report that names an entity. */
export interface EntityMention {
  ref: EntityRef;
  /** `section:id` (`framings:id/member` for a member): equal keys are the same entity. */
  key: string;
  start: number;
  end: number;
  /** As written. */
  text: string;
}

const SECTION_OF: Partial<Record<SurfaceForm['kind'], Section>> = {
  document: 'documents',
  agreement: 'documents',
  body: 'bodies',
  title: 'titles',
  person: 'people',
  term: 'terms',
  framing: 'framings',
  member: 'framings',
  milestone: 'milestones',
  country: 'partnerships',
  event: 'events',
};

/** The entity a surface form names (a type word names none). */
export function entityOfForm(form: SurfaceForm): EntityRef | undefined {
  const section = SECTION_OF[form.kind];
  if (!section) return undefined;
  if (form.kind === 'member') {
    const slash = form.id.indexOf('/');
    return { section, id: form.id.slice(0, slash), member: form.id.slice(slash + 1) };
  }
  return { section, id: form.id };
}

export function entityKey(ref: EntityRef): string {
  return `${ref.section}:${ref.id}${ref.member ? `/${ref.member}` : ''}`;
}

/** Where the entity is defined (a framing member: where its framing is). */
export function entityOrigin(vocab: CompiledVocabulary, ref: EntityRef): Origin | undefined {
  return vocab.vocabulary.origins.get(`${ref.section}:${ref.id}`);
}

function citationMention(c: Citation, text: string): EntityMention | undefined {
  if (!c.document) return undefined;
  const ref: EntityRef = { section: 'documents', id: c.document.id };
  return { ref, key: entityKey(ref), start: c.start, end: c.end, text: text.slice(c.start, c.end) };
}

function formMention(m: Mention): EntityMention | undefined {
  const ref = entityOfForm(m.form);
  return ref ? { ref, key: entityKey(ref), start: m.start, end: m.end, text: m.text } : undefined;
}

/**
 * Every mention of an entity in a report, in text order: citations of known documents, and
 * names (correct or wrong forms) of the vocabulary's entities. A mention inside a citation
 * (its type word) is the citation's.
 */
export function entityMentions(result: Pick<CheckResult, 'blocks' | 'document'>): EntityMention[] {
  const text = result.document.text;
  const out: EntityMention[] = [];
  for (const b of result.blocks) {
    const here: EntityMention[] = [];
    for (const c of b.citations) {
      const m = citationMention(c, text);
      if (m) here.push(m);
    }
    for (const m of b.mentions) {
      if (b.citations.some((c) => m.start >= c.start && m.end <= c.end && c.document)) continue;
      const e = formMention(m);
      if (e) here.push(e);
    }
    out.push(...here.sort((x, y) => x.start - y.start));
  }
  return out;
}

/** The entity named at a source offset: a known citation, else a mention (the innermost). */
export function entityAt(blocks: BlockAnalysis[], text: string, offset: number): EntityMention | undefined {
  for (const b of blocks) {
    if (offset < b.block.start || offset > b.block.end) continue;
    const c = b.citations.find((x) => offset >= x.start && offset <= x.end);
    if (c?.document) return citationMention(c, text);
    const candidates = b.mentions.filter((x) => offset >= x.start && offset <= x.end && entityOfForm(x.form));
    candidates.sort((x, y) => x.end - x.start - (y.end - y.start));
    const m = candidates[0];
    if (m) return formMention(m);
  }
  return undefined;
}

export type ReportSymbolKind = 'heading' | 'document' | 'citation' | 'person' | 'body' | 'title';

/** An entry of a report's outline: a heading (with what it holds), or a citation or name in it. */
export interface ReportSymbol {
  kind: ReportSymbolKind;
  /** The heading's text, or the entity's name in its paragraph's language (a citation as written when unknown). */
  name: string;
  /** The name in the other language, or the document's symbol. */
  detail?: string;
  start: number;
  end: number;
  /** Where the name is (the heading's text, the mention). */
  selectionStart: number;
  selectionEnd: number;
  children: ReportSymbol[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;

/** The ATX heading that starts at a block's line, if any: its level and text. */
function headingAt(text: string, offset: number): { level: number; name: string; start: number; end: number } | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endOfLine = text.indexOf('\n', offset);
  const end = endOfLine < 0 ? text.length : endOfLine;
  const m = HEADING.exec(text.slice(start, end).replace(/\r$/, ''));
  return m ? { level: m[1]!.length, name: m[2]!, start, end } : undefined;
}

function nameOf(vocab: CompiledVocabulary, e: EntityMention, lang: Lang): { name: string; detail?: string } | undefined {
  const v = vocab.vocabulary;
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  const pair = (l: Partial<Record<Lang, string>> | undefined) => {
    const name = l?.[lang] ?? l?.[other];
    const detail = l?.[lang] && l?.[other] ? l[other] : undefined;
    return name ? { name, ...(detail ? { detail } : {}) } : undefined;
  };
  switch (e.ref.section) {
    case 'documents': {
      const d = v.documents.get(e.ref.id);
      if (!d) return undefined;
      return { name: e.text, detail: d.symbol ?? d.title[lang] ?? d.title[other] ?? d.id };
    }
    case 'people':
      return pair(v.people.get(e.ref.id)?.name);
    case 'bodies':
      return pair(v.bodies.get(e.ref.id)?.name);
    case 'titles':
      return pair(v.titles.get(e.ref.id)?.name);
    default:
      return undefined;
  }
}

const SYMBOL_KIND: Partial<Record<Section, ReportSymbolKind>> = { documents: 'document', people: 'person', bodies: 'body', titles: 'title' };

/**
 * A report's outline: its headings (Markdown `#` headings) as a tree, each holding the
 * citations, people, bodies and titles of the paragraphs under it; citations of documents the
 * vocabulary does not know are listed as written.
 */
export function reportSymbols(result: CheckResult, vocab: CompiledVocabulary): ReportSymbol[] {
  const text = result.document.text;
  const roots: ReportSymbol[] = [];
  const stack: { level: number; symbol: ReportSymbol }[] = [];
  const add = (s: ReportSymbol): void => {
    const parent = stack[stack.length - 1];
    (parent ? parent.symbol.children : roots).push(s);
  };
  for (const b of result.blocks) {
    const h = result.document.syntax === 'markdown' ? headingAt(text, b.block.start) : undefined;
    if (h && h.start <= b.block.start && b.block.end <= h.end) {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
      const symbol: ReportSymbol = { kind: 'heading', name: h.name || '#', start: h.start, end: h.end, selectionStart: b.block.start, selectionEnd: b.block.end, children: [] };
      add(symbol);
      stack.push({ level: h.level, symbol });
    }
    for (const e of entityMentions({ blocks: [b], document: result.document })) {
      const kind = SYMBOL_KIND[e.ref.section];
      if (!kind) continue;
      const named = nameOf(vocab, e, b.block.lang);
      if (!named) continue;
      add({ kind, ...named, start: e.start, end: e.end, selectionStart: e.start, selectionEnd: e.end, children: [] });
    }
    for (const c of b.citations) {
      if (c.document || c.foreign || !c.symbol) continue;
      const written = text.slice(c.start, c.end);
      add({ kind: 'citation', name: written, detail: c.symbol.text, start: c.start, end: c.end, selectionStart: c.start, selectionEnd: c.end, children: [] });
    }
  }
  // A heading's range runs to the next heading of its level or above (the Outline's folding).
  const close = (list: ReportSymbol[], end: number): void => {
    list.forEach((s, i) => {
      if (s.kind !== 'heading') return;
      const next = list.slice(i + 1).find((x) => x.kind === 'heading');
      s.end = Math.max(s.end, next ? next.start - 1 : end);
      close(s.children, s.end);
    });
  };
  close(roots, text.length);
  return roots;
}
