// The merged vocabulary laid out for a browser (the editor's Vocabulary view): documents by
// issuer and year, offices with their holders' timelines, bodies, people, terms and
// partnerships. Each entry carries its label in the UI language, the layer it comes from and
// whether another layer replaces it or is replaced by it, its hover, its citation (documents)
// and where it is defined. Pure: the adapter says how layers and files are named.

import { formatCitation, type CitationStyle } from '../citations/format';
import { msg, render, type MessageId } from '../messages/message';
import { LEVEL_NAMES } from '../rules/support/partnerships';
import { formatDate, vietnameseShortDate } from '../time';
import type { Lang, Localized } from '../types';
import { builtinVocabulary } from '../vocabulary';
import type { CompiledVocabulary, EntityKind } from '../vocabulary/compile';
import type { DocumentEntry, Origin, Section } from '../vocabulary/model';
import { explain, explainDocument } from './explain';
import { documentLabel } from './references';

/** Where an entry comes from, as the view badges it. */
export type LayerKind = 'built-in' | 'workspace' | 'tbx' | 'settings';

/** The sections the view lists, in its order. */
export const TREE_SECTIONS = ['documents', 'titles', 'bodies', 'people', 'terms', 'partnerships'] as const;
export type TreeSection = (typeof TREE_SECTIONS)[number];

export interface TreeLocation {
  uri: string;
  /** 0-based, as LSP positions are. */
  line: number;
  character: number;
}

export interface TreeEntry {
  type: 'entry';
  section: Section;
  id: string;
  label: string;
  description?: string;
  /** The layer's name (a path, a URI, or `built-in`) and its kind. */
  layer: string;
  layerKind: LayerKind;
  /** The layers (their kinds) whose entry with the same id this one replaces. */
  overrides?: LayerKind[];
  /** Set on an entry that a later layer replaces: that layer's kind (the entry in force is listed beside it). */
  overriddenBy?: LayerKind;
  /** Markdown, as a hover shows it, in the UI language. */
  hover: string;
  /** Documents: the citation in the requested style. */
  citation?: string;
  origin?: TreeLocation;
  /** What a filter matches: names in both languages, id, symbol, short forms, abbreviations (as written). */
  search: string;
  /** Offices: their holders, oldest first (entries of `people`, described by their dates). */
  children?: TreeEntry[];
}

export interface TreeFolder {
  type: 'folder';
  /** Unique among its siblings; with its parents', a stable id for the view. */
  key: string;
  label: string;
  description?: string;
  children: TreeNode[];
}

export type TreeNode = TreeFolder | TreeEntry;

export interface VocabularyTree {
  lang: Lang;
  layers: { name: string; kind: LayerKind; entities: number }[];
  /** One folder per section of TREE_SECTIONS (empty ones too, so that the view's layout does not move). */
  roots: TreeFolder[];
}

export interface TreeOptions {
  /** The UI language: labels, descriptions and hovers. */
  lang: Lang;
  style: CitationStyle;
  /** Titles' hovers name the holder on this date (YYYY-MM-DD). */
  reportDate: string;
  /** How the adapter names the layers it added (by layer name); others: `.tbx` files are `tbx`, the rest `workspace`. */
  layerKinds?: ReadonlyMap<string, LayerKind>;
  /** The URI of a pack file as the vocabulary names it (not called for the built-in pack). */
  uriOf(file: string): string;
}

const ROOT_LABEL: Record<TreeSection, MessageId> = {
  documents: 'vocabulary.section.documents',
  titles: 'vocabulary.section.titles',
  bodies: 'vocabulary.section.bodies',
  people: 'vocabulary.section.people',
  terms: 'vocabulary.section.terms',
  partnerships: 'vocabulary.section.partnerships',
};

/** The hover's entity kind for a section (documents have their own). */
const HOVER_KIND: Record<Exclude<TreeSection, 'documents'>, EntityKind> = { titles: 'title', bodies: 'body', people: 'person', terms: 'term', partnerships: 'country' };

/** The built-in pack's files, as `communique/vocabularySource` serves them. */
export const BUILTIN_SCHEME = 'communique-vocabulary';

export function builtinUri(file: string): string {
  return `${BUILTIN_SCHEME}:/${file.replace(/^\/+/, '')}`;
}

export function vocabularyTree(v: CompiledVocabulary, options: TreeOptions): VocabularyTree {
  const { lang } = options;
  const kinds = layerKindsOf(v, options.layerKinds);
  const builtin = v.vocabulary.layers.some((l) => l.name === 'built-in') ? builtinVocabulary() : undefined;
  const roots: TreeFolder[] = [];
  for (const section of TREE_SECTIONS) {
    const entries: TreeEntry[] = [];
    for (const id of (v.vocabulary[section] as ReadonlyMap<string, unknown>).keys()) {
      const entry = entryOf(v, section, id, options, kinds);
      const origin = v.vocabulary.origins.get(`${section}:${id}`);
      // Replaced: the built-in entry of the same id is listed beside it, marked.
      if (builtin && origin && origin.layer !== 'built-in' && (builtin.vocabulary[section] as ReadonlyMap<string, unknown>).has(id)) {
        entry.overrides = ['built-in'];
        const shadowed: TreeEntry = { ...entryOf(builtin, section, id, options, kinds), overriddenBy: entry.layerKind };
        sortAfter.set(shadowed, entry.label);
        entries.push(entry, shadowed);
      } else entries.push(entry);
    }
    const label = render(msg(ROOT_LABEL[section]), lang);
    const children = section === 'documents' ? documentFolders(v, entries, lang) : entries.sort(byLabel);
    roots.push({ type: 'folder', key: section, label, description: String(new Set(entries.filter((e) => !e.overriddenBy).map((e) => e.id)).size), children });
  }
  return { lang, layers: v.vocabulary.layers.map((l) => ({ name: l.name, kind: kinds.get(l.name)!, entities: l.entities })), roots };
}

function layerKindsOf(v: CompiledVocabulary, given: ReadonlyMap<string, LayerKind> | undefined): Map<string, LayerKind> {
  const out = new Map<string, LayerKind>();
  for (const l of v.vocabulary.layers) {
    const kind: LayerKind = l.name === 'built-in' ? 'built-in' : (given?.get(l.name) ?? (isTbx(l.name) ? 'tbx' : 'workspace'));
    out.set(l.name, kind);
  }
  return out;
}

const isTbx = (file: string): boolean => /\.tbx$/i.test(file);

/** An overridden entry sorts right after the entry that replaces it, whatever its own label. */
const sortAfter = new WeakMap<TreeNode, string>();
const sortLabel = (n: TreeNode): string => sortAfter.get(n) ?? n.label;
const byLabel = (a: TreeNode, b: TreeNode): number => sortLabel(a).localeCompare(sortLabel(b), 'vi') || (sortAfter.has(a) ? 1 : 0) - (sortAfter.has(b) ? 1 : 0);

/** `section:id` of `v` as an entry of the view. */
function entryOf(v: CompiledVocabulary, section: TreeSection, id: string, options: TreeOptions, kinds: Map<string, LayerKind>): TreeEntry {
  const { lang } = options;
  const voc = v.vocabulary;
  const origin = voc.origins.get(`${section}:${id}`);
  const layer = origin?.layer ?? 'built-in';
  // A TBX term base inside a folder of YAML packs is still a term base.
  const layerKind: LayerKind = origin && isTbx(origin.file) && layer !== 'built-in' ? 'tbx' : (kinds.get(layer) ?? 'workspace');
  const base = { type: 'entry' as const, section, id, layer, layerKind, ...(origin ? { origin: locationOf(origin, options) } : {}) };
  if (section === 'documents') {
    const d = voc.documents.get(id)!;
    return {
      ...base,
      label: documentLabel(d, lang),
      ...optional('description', pick(d.title, lang)),
      hover: explainDocument(d, v, lang),
      citation: formatCitation(d, options.style, v),
      search: words(d.id, d.symbol, d.number, d.title.en, d.title.vi, ...(d.short_forms?.en ?? []), ...(d.short_forms?.vi ?? [])),
    };
  }
  const hover = hoverOf(v, HOVER_KIND[section], id, options.reportDate, lang) ?? '';
  if (section === 'titles') {
    const t = voc.titles.get(id)!;
    const body = t.body ? pick(voc.bodies.get(t.body)?.name, lang) : undefined;
    const children = (t.holders ?? []).map((h): TreeEntry => {
      const person = voc.people.get(h.person);
      const at = voc.origins.get(`people:${h.person}`);
      const dates = render(msg('date.range', { start: h.from ? shortDate(h.from, lang) : '…', end: h.to ? shortDate(h.to, lang) : render(msg('vocabulary.present'), lang) }), lang);
      return {
        type: 'entry',
        section: 'people',
        id: h.person,
        label: pick(person?.name, lang) ?? h.person,
        description: h.acting ? render(msg('vocabulary.acting', { dates }), lang) : dates,
        layer: at?.layer ?? layer,
        layerKind: at ? (kinds.get(at.layer) ?? 'workspace') : layerKind,
        hover: hoverOf(v, 'person', h.person, options.reportDate, lang) ?? '',
        ...(at ? { origin: locationOf(at, options) } : {}),
        search: words(h.person, person?.name.en, person?.name.vi),
      };
    });
    return {
      ...base,
      label: pick(t.name, lang) ?? id,
      ...optional('description', body),
      hover,
      search: words(id, t.name.en, t.name.vi, ...(t.variants?.en ?? []), ...(t.variants?.vi ?? []), ...children.map((c) => c.search)),
      ...(children.length ? { children } : {}),
    };
  }
  if (section === 'partnerships') {
    const p = voc.partnerships.get(id)!;
    const last = [...p.levels].sort((a, b) => (a.from < b.from ? -1 : 1)).pop();
    return {
      ...base,
      label: pick(p.country, lang) ?? id,
      ...optional('description', last ? `${LEVEL_NAMES[lang][last.level]} (${yearOf(last.from)})` : undefined),
      hover,
      search: words(id, p.country.en, p.country.vi, ...(p.aliases?.en ?? []), ...(p.aliases?.vi ?? [])),
    };
  }
  const e = voc[section].get(id)! as { name: Localized; abbreviations?: string[]; variants?: unknown };
  const other = pick(e.name, lang === 'en' ? 'vi' : 'en');
  const label = pick(e.name, lang) ?? id;
  const variants = Array.isArray(e.variants)
    ? (e.variants as string[])
    : [...((e.variants as Localized | undefined)?.en ?? []), ...((e.variants as Localized | undefined)?.vi ?? [])];
  return {
    ...base,
    label,
    ...optional('description', [e.abbreviations?.join(', '), other !== label ? other : undefined].filter(Boolean).join(' · ') || undefined),
    hover,
    search: words(id, e.name.en, e.name.vi, ...(e.abbreviations ?? []), ...variants),
  };
}

/** The hover of an entity, as a mention of its canonical name would show it. */
function hoverOf(v: CompiledVocabulary, kind: EntityKind, id: string, reportDate: string, lang: Lang): string | undefined {
  const form = { kind, id, role: 'canonical' as const, form: id, caseSensitive: false, diacriticsStrict: false };
  const mention = { start: 0, end: 0, foldedStart: 0, foldedEnd: 0, form, text: id, diacriticsDiffer: false, alternatives: [] };
  return explain({ start: 0, end: 0, mention, lang }, v, reportDate, lang);
}

/** Documents by issuer (by name, those without one last), then by year (newest first), then by label. */
function documentFolders(v: CompiledVocabulary, entries: TreeEntry[], lang: Lang): TreeFolder[] {
  const byIssuer = new Map<string, Map<string, TreeEntry[]>>();
  for (const e of entries) {
    const d = (e.overriddenBy ? builtinVocabulary() : v).vocabulary.documents.get(e.id) as DocumentEntry;
    const issuer = d.issuer ?? '';
    const year = d.date ? String(yearOf(d.date)) : '';
    const years = byIssuer.get(issuer) ?? new Map<string, TreeEntry[]>();
    byIssuer.set(issuer, years);
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  const issuerLabel = (issuer: string): string => (issuer ? (pick(v.vocabulary.bodies.get(issuer)?.name, lang) ?? issuer) : render(msg('vocabulary.no-issuer'), lang));
  return [...byIssuer]
    .map(([issuer, years]): TreeFolder => {
      const yearFolders = [...years]
        .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : Number(b) - Number(a)))
        .map(([year, docs]): TreeFolder => ({
          type: 'folder',
          key: year || 'undated',
          label: year || render(msg('vocabulary.undated'), lang),
          description: String(docs.length),
          children: docs.sort(byLabel),
        }));
      const count = yearFolders.reduce((n, f) => n + f.children.length, 0);
      return { type: 'folder', key: issuer || 'no-issuer', label: issuerLabel(issuer), description: String(count), children: yearFolders };
    })
    .sort((a, b) => (a.key === 'no-issuer' ? 1 : b.key === 'no-issuer' ? -1 : a.label.localeCompare(b.label, 'vi')));
}

function locationOf(o: Origin, options: TreeOptions): TreeLocation {
  const uri = o.layer === 'built-in' ? builtinUri(o.file) : options.uriOf(o.file);
  return { uri, line: Math.max(0, o.line - 1), character: Math.max(0, o.column - 1) };
}

const pick = (l: Localized | undefined, lang: Lang): string | undefined => l?.[lang] ?? l?.[lang === 'en' ? 'vi' : 'en'];

const yearOf = (d: string): number => Number(String(d).slice(0, 4));

const shortDate = (d: string, lang: Lang): string => (lang === 'vi' ? vietnameseShortDate(d) : formatDate(d));

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function words(...parts: (string | undefined)[]): string {
  return [...new Set(parts.filter((p): p is string => !!p))].join(' | ');
}
