// TBX term bases (ISO 30042) as vocabulary layers, and the vocabulary written out as one.
//
// Read: TBX-Basic 2008 (`martif` / `termEntry` / `langSet` / `tig` or `ntig` / `term`) and
// TBX 2019 in the DCA style (`tbx` / `conceptEntry` / `langSec` / `termSec` / `term`), with
// `termNote type="administrativeStatus"` (or the DCT element `…:administrativeStatus`).
// Each concept entry becomes one term of the pack; per language (en or vi — other languages
// are ignored):
//   preferredTerm-admn-sts                  → the canonical name
//   admittedTerm-admn-sts                   → an accepted variant
//   deprecatedTerm-, supersededTerm-admn-sts → a wrong variant, fixed to the canonical name
//   no status                               → accepted, unless the language has no preferred
//                                             term: then the first term without a status is
//                                             the canonical name (so a lone term is preferred)
//   descrip type="definition" (langSet, or concept level in the file's or its own xml:lang)
//                                           → the definition shown in hovers
//   admin type="source"                     → source; xref externalCrossReference → source_url
//   note (concept, langSet)                 → note; note on a deprecated term → its reason
// A term base carries no confidence: imported entries are `high`, as a house term base is the
// authority its users chose (prh dictionaries are imported the same way).
//
// The XML is read by saxes, which keeps positions and never fetches anything: a DOCTYPE that
// only names an external DTD is accepted (the DTD is never read), one with an internal subset
// (where entities are declared) is refused, and an entity other than XML's five is an error,
// so entity expansion ("billion laughs") and external entities cannot happen.

import { SaxesParser } from 'saxes';
import { fold } from '../text/fold';
import type { PackFile, TermEntry, Vocabulary, WrongVariant } from './model';
import { LANGS, type Lang, type Localized } from '../types';

export interface TbxProblem {
  /** Offset range in the XML text. */
  range: [number, number];
  message: string;
  ruleId: 'vocab/syntax' | 'vocab/tbx';
  severity: 'error' | 'warning';
}

/** Whether a vocabulary file is to be read as TBX: a `.tbx` file, or XML (its first character is `<`). */
export function isTbxSource(path: string, text: string): boolean {
  if (/\.tbx$/i.test(path)) return true;
  return /^\s*</.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Nesting deeper than this is refused: a TBX file needs about eight levels. */
const MAX_XML_DEPTH = 100;

interface El {
  name: string;
  /** The name without its namespace prefix. */
  local: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  /** Offset of its `<`. */
  start: number;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const elements = (e: El): El[] => e.children.filter((c): c is El => typeof c !== 'string');
const textOf = (e: El): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const tagRange = (e: El): [number, number] => [e.start, e.start + 1 + e.name.length];

class XmlFailure {
  constructor(readonly offset: number, readonly message: string) {}
}

/** Parses XML into a small element tree, or returns the first well-formedness problem. */
function parseXml(text: string): { root?: El; problem?: { offset: number; message: string } } {
  const parser = new SaxesParser({ position: true });
  const stack: El[] = [];
  let root: El | undefined;
  const fail = (offset: number, message: string): never => {
    throw new XmlFailure(offset, message);
  };
  parser.on('doctype', (doctype) => {
    const at = Math.max(0, text.lastIndexOf('<!DOCTYPE', parser.position));
    if (doctype.includes('[')) {
      fail(at, 'XML syntax: the DOCTYPE declares an internal subset (entities or a DTD inside the file), which Communiqué does not read: remove the `[…]` part; a TBX file needs no DTD.');
    }
  });
  parser.on('opentag', (tag) => {
    const at = text.lastIndexOf(`<${tag.name}`, parser.position);
    const el: El = { name: tag.name, local: localName(tag.name), attrs: { ...(tag.attributes as Record<string, string>) }, children: [], start: Math.max(0, at) };
    if (stack.length >= MAX_XML_DEPTH) fail(el.start, `XML syntax: elements are nested more than ${MAX_XML_DEPTH} levels deep here (a TBX file needs about eight); is this a term base?`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  let lastClosed: El | undefined;
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) lastClosed = stack.pop();
  });
  const onText = (t: string): void => {
    stack[stack.length - 1]?.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  const lineOf = (offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  parser.on('error', (e) => {
    const raw = e.message.replace(/^\d+:\d+: /, '');
    const pos = parser.position;
    const open = stack[stack.length - 1];
    if (/^unclosed tag: /.test(raw) && open) fail(open.start, `XML syntax: the element <${open.name}> is never closed: add </${open.name}> where it ends.`);
    if (raw === 'unexpected close tag.' || /^unmatched closing tag: /.test(raw)) {
      // saxes has closed the innermost element on the way (lastClosed): that is the one left open.
      const at = Math.max(0, text.lastIndexOf('</', pos - 1));
      const name = /^<\/([^\s>]*)/.exec(text.slice(at))?.[1] ?? '';
      const expected = raw === 'unexpected close tag.' ? lastClosed : open;
      fail(at, expected
        ? `XML syntax: the closing tag </${name}> does not match the open element <${expected.name}> (line ${lineOf(expected.start)}): close that one first with </${expected.name}>, or correct the name.`
        : `XML syntax: the closing tag </${name}> closes no open element: remove it, or correct its name.`);
    }
    if (raw === 'undefined entity.') {
      const amp = Math.max(0, text.lastIndexOf('&', pos));
      const name = /^&([^;\s<]*);?/.exec(text.slice(amp))?.[1] ?? '';
      fail(amp, `XML syntax: &${name}; is not an entity XML knows (only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are; entities from a DTD are never read): write the character itself.`);
    }
    const friendly: Record<string, string> = {
      'document must contain a root element.': 'the file has no root element; a TBX file has <tbx> (TBX 2019) or <martif> (TBX 2008) at its root.',
      'text data outside of root node.': 'there is text outside the root element: everything belongs inside <tbx>…</tbx> (or <martif>…</martif>).',
      'documents may contain only one root.': 'a second root element: an XML file has one root element, <tbx> or <martif>, with everything inside it.',
      'unexpected end.': 'the file ends in the middle of a tag, comment or declaration: is it truncated?',
      'unquoted attribute value.': 'an attribute value is not in quotes: write name="value".',
      'value must be quoted.': 'an attribute value is not in quotes: write name="value".',
    };
    const sentence = friendly[raw] ?? `${raw.replace(/\.$/, '')}.`;
    fail(Math.min(Math.max(0, pos - 1), text.length), `XML syntax: ${sentence}`);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlFailure) return { problem: { offset: e.offset, message: e.message } };
    throw e;
  }
  return root ? { root } : { problem: { offset: 0, message: 'XML syntax: the file has no root element; a TBX file has <tbx> (TBX 2019) or <martif> (TBX 2008) at its root.' } };
}

type Status = 'preferred' | 'admitted' | 'deprecated' | 'superseded';
const STATUS_VALUES: Record<string, Status> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'superseded',
};

interface TermInfo {
  form: string;
  status?: Status;
  xmlLang: string;
  el: El;
  statusEl?: El;
  notes: string[];
}

const langOf = (xmlLang: string | undefined): Lang | undefined => {
  const base = xmlLang?.toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : undefined;
};

/** The elements under `e` (not descending into `stop`), depth first. */
function descendants(e: El, stop: (x: El) => boolean = () => false): El[] {
  const out: El[] = [];
  for (const c of elements(e)) {
    out.push(c);
    if (!stop(c)) out.push(...descendants(c, stop));
  }
  return out;
}

const isDefinition = (e: El): boolean => (e.local === 'descrip' && e.attrs.type === 'definition') || e.local === 'definition';
const isSource = (e: El): boolean => (e.local === 'admin' && e.attrs.type === 'source') || e.local === 'source';
const isTermGroup = (e: El): boolean => e.local === 'tig' || e.local === 'ntig' || e.local === 'termSec';
const isLangGroup = (e: El): boolean => e.local === 'langSet' || e.local === 'langSec';
/** The information elements of a concept or language level: its own, and those inside its …Grp wrappers. */
const levelInfo = (e: El): El[] => elements(e).flatMap((c) => (/Grp$/.test(c.local) ? [c, ...descendants(c)] : [c]));

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

export function tbxToPack(text: string, path: string): { pack: PackFile; problems: TbxProblem[]; offsets: number[] } {
  const problems: TbxProblem[] = [];
  const error = (range: [number, number], message: string, ruleId: TbxProblem['ruleId'] = 'vocab/tbx'): void => {
    problems.push({ range, message, ruleId, severity: 'error' });
  };
  const warn = (range: [number, number], message: string): void => {
    problems.push({ range, message, ruleId: 'vocab/tbx', severity: 'warning' });
  };
  const parsed = parseXml(text);
  if (!parsed.root) {
    const offset = parsed.problem!.offset;
    error([offset, offset + 1], parsed.problem!.message, 'vocab/syntax');
    return { pack: {}, problems, offsets: [] };
  }
  const root = parsed.root;
  if (root.local !== 'tbx' && root.local !== 'martif') {
    error(tagRange(root), `The root element is <${root.name}>; a TBX term base has <tbx> (TBX 2019) or <martif> (TBX 2008) at its root. Is this a TBX file?`);
    return { pack: {}, problems, offsets: [] };
  }
  const body = elements(root).find((e) => e.local === 'text')?.children.find((e): e is El => typeof e !== 'string' && e.local === 'body');
  if (!body) {
    error(tagRange(root), `This <${root.name}> has no <text><body>: a TBX file keeps its concept entries in <text><body>…</body></text>.`);
    return { pack: {}, problems, offsets: [] };
  }
  const rootLang = root.attrs['xml:lang'];
  const fileName = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const terms: TermEntry[] = [];
  const offsets: number[] = [];
  const ids = new Map<string, El>();
  const used = new Set<string>();
  const concepts = elements(body).filter((e) => e.local === 'termEntry' || e.local === 'conceptEntry');

  const report = { error, warn };
  concepts.forEach((concept, n) => {
    const before = problems.length;
    const rawId = concept.attrs.id;
    if (rawId !== undefined) {
      const first = ids.get(rawId);
      if (first) error(tagRange(concept), `The concept id "${rawId}" is already used by an earlier <${first.name}>; ids must be unique in a term base.`);
      ids.set(rawId, concept);
    }
    const langSets = elements(concept).filter(isLangGroup);
    if (langSets.length === 0) {
      error(tagRange(concept), `This <${concept.name}> has no language section (<${concept.local === 'termEntry' ? 'langSet' : 'langSec'} xml:lang="…">): each concept needs at least one, with its terms.`);
      return;
    }
    const { definition, sources, notes, sourceUrl, byLang } = readConcept(concept, langSets, rootLang, report);
    if (problems.slice(before).some((p) => p.severity === 'error')) return;
    const { name, variants, wrong } = conceptNames(byLang, report);
    if (problems.slice(before).some((p) => p.severity === 'error')) return;
    if (Object.keys(name).length === 0) {
      if (byLang.size > 0) {
        warn(tagRange(concept), `This <${concept.name}> has no preferred or admitted term in English or Vietnamese, only deprecated ones, so nothing can replace them; it is skipped.`);
      }
      return; // only other languages: not for Communiqué
    }
    let id = rawId !== undefined ? slug(rawId) : '';
    if (!id) id = `tbx-${n + 1}`;
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    used.add(id);
    const entry: TermEntry = {
      id,
      name,
      ...(Object.keys(variants).length ? { variants } : {}),
      ...(wrong.length ? { wrong } : {}),
      ...(Object.keys(definition).length ? { definition } : {}),
      source: sources.length ? sources.join('; ') : `TBX term base ${fileName}`,
      ...(sourceUrl ? { source_url: sourceUrl } : {}),
      confidence: 'high',
      ...(notes.length ? { note: notes.join(' ') } : {}),
    };
    terms.push(entry);
    offsets.push(concept.start);
  });
  return { pack: terms.length ? { terms } : {}, problems, offsets };
}

/** Where the reading of a term base reports its problems. */
interface Report {
  error: (range: [number, number], message: string, ruleId?: TbxProblem['ruleId']) => void;
  warn: (range: [number, number], message: string) => void;
}

/** What a concept entry says: its definitions, sources, notes and link, and its terms by language. */
interface ConceptRead {
  definition: Localized;
  sources: string[];
  notes: string[];
  sourceUrl: string | undefined;
  byLang: Map<Lang, TermInfo[]>;
}

/** Reads a concept entry with at least one language section; its problems go to `report`. */
function readConcept(concept: El, langSets: El[], rootLang: string | undefined, { error }: Report): ConceptRead {
  const definition: Localized = {};
  const sources: string[] = [];
  const notes: string[] = [];
  let sourceUrl: string | undefined;
  /** Definitions, sources, notes and links of the concept level (lang undefined) or of a language section. */
  const readLevel = (level: El, lang: Lang | undefined, inherited: string | undefined): void => {
    for (const info of levelInfo(level)) {
      if (isDefinition(info)) {
        const l = langOf(info.attrs['xml:lang']) ?? (info.attrs['xml:lang'] ? undefined : lang ?? langOf(inherited));
        const d = clean(textOf(info));
        // A language section's own definition wins over the concept's.
        if (l && d && (lang !== undefined || definition[l] === undefined)) definition[l] = d;
      } else if (isSource(info)) {
        const s = clean(textOf(info));
        if (s && !sources.includes(s)) sources.push(s);
      } else if (info.local === 'note') {
        const s = clean(textOf(info));
        if (s && !notes.includes(s)) notes.push(s);
      } else if (info.local === 'xref' && /^https?:\/\//.test(info.attrs.target ?? '')) {
        sourceUrl ??= info.attrs.target;
      }
    }
  };
  readLevel(concept, undefined, rootLang);

  const byLang = new Map<Lang, TermInfo[]>();
  for (const ls of langSets) {
    const xmlLang = ls.attrs['xml:lang'];
    if (!xmlLang) {
      error(tagRange(ls), `This <${ls.name}> has no xml:lang: write the language of its terms, e.g. <${ls.name} xml:lang="en">.`);
      continue;
    }
    const groups = elements(ls).filter(isTermGroup);
    if (groups.length === 0) {
      const group = concept.local === 'termEntry' ? 'tig' : 'termSec';
      error(tagRange(ls), `This <${ls.name} xml:lang="${xmlLang}"> has no terms: add each term in a <${group}><term>…</term></${group}>, or remove the language section.`);
      continue;
    }
    const lang = langOf(xmlLang);
    if (lang) readLevel(ls, lang, undefined);
    for (const g of groups) {
      const inside = descendants(g);
      const termEl = inside.find((e) => e.local === 'term');
      const form = termEl ? clean(textOf(termEl)) : '';
      if (!termEl || !form) {
        error(tagRange(termEl ?? g), termEl ? 'This <term> is empty: write the term, or remove its term section.' : `This <${g.name}> has no <term>: write the term in <term>…</term>.`);
        continue;
      }
      const statusEl = inside.find((e) => (e.local === 'termNote' && e.attrs.type === 'administrativeStatus') || e.local === 'administrativeStatus');
      let status: Status | undefined;
      if (statusEl) {
        const value = clean(textOf(statusEl));
        status = STATUS_VALUES[value];
        if (!status) {
          const bare = Object.keys(STATUS_VALUES).find((k) => k.toLowerCase().startsWith(value.toLowerCase().replace(/-admn-sts$/, '')) && value.length >= 5);
          error(tagRange(statusEl), `The administrative status "${value}" is not one TBX defines: write ${Object.keys(STATUS_VALUES).join(', ')}${bare ? `; did you mean ${bare}?` : '.'}`);
          continue;
        }
      }
      if (!lang) continue;
      const termNotes = inside.filter((e) => e.local === 'note').map((e) => clean(textOf(e))).filter(Boolean);
      const list = byLang.get(lang) ?? [];
      list.push({ form, xmlLang, el: termEl, notes: termNotes, ...(status ? { status } : {}), ...(statusEl ? { statusEl } : {}) });
      byLang.set(lang, list);
    }
  }
  return { definition, sources, notes, sourceUrl, byLang };
}

/**
 * A concept's names from its terms: per language, the canonical name (the preferred term, or
 * the first without a status; else the first admitted one), accepted variants, and the
 * deprecated and superseded terms as wrong forms fixed to it.
 */
function conceptNames(byLang: Map<Lang, TermInfo[]>, { error, warn }: Report): { name: Localized; variants: Partial<Record<Lang, string[]>>; wrong: WrongVariant[] } {
  const name: Localized = {};
  const variants: Partial<Record<Lang, string[]>> = {};
  const wrong: WrongVariant[] = [];
  const canonicalOf = new Map<Lang, TermInfo>();
  for (const lang of LANGS) {
    const list = byLang.get(lang);
    if (!list) continue;
    const preferred = list.filter((t) => t.status === 'preferred');
    // Two preferred terms of the same language variety contradict each other; of two
    // varieties (en-GB, en-US), the first is the canonical name and the other is accepted.
    const firstOf = new Map<string, TermInfo>();
    for (const t of preferred) {
      const key = t.xmlLang.toLowerCase();
      const first = firstOf.get(key);
      if (first) error(tagRange(t.statusEl ?? t.el), `A second preferred term in ${t.xmlLang}: "${t.form}", after "${first.form}"; a concept has one preferred term per language: mark the other admittedTerm-admn-sts, or make it a concept of its own.`);
      else firstOf.set(key, t);
    }
    const canonical = preferred[0] ?? list.find((t) => t.status === undefined);
    if (canonical) canonicalOf.set(lang, canonical);
  }
  // A concept needs a name: with only admitted terms (and deprecated ones), the first
  // admitted term is its canonical name.
  if (canonicalOf.size === 0) {
    for (const lang of LANGS) {
      const first = byLang.get(lang)?.find((t) => t.status === 'admitted');
      if (first) {
        canonicalOf.set(lang, first);
        break;
      }
    }
  }
  for (const lang of LANGS) {
    const list = byLang.get(lang);
    if (!list) continue;
    const canonical = canonicalOf.get(lang);
    const accepted = list.filter((t) => t.status !== 'deprecated' && t.status !== 'superseded');
    // Without a canonical name in the language, a wrong form is fixed to its first accepted term.
    const fallbackFix = canonical ? undefined : accepted[0];
    if (canonical) name[lang] = canonical.form;
    const acceptedKeys = new Map<string, string>();
    for (const t of accepted) acceptedKeys.set(fold(t.form), t.form);
    for (const t of accepted) {
      if (t === canonical || t.form === canonical?.form) continue;
      const v = (variants[lang] ??= []);
      if (!v.includes(t.form)) v.push(t.form);
    }
    for (const t of list) {
      if (t.status !== 'deprecated' && t.status !== 'superseded') continue;
      const same = acceptedKeys.get(fold(t.form));
      if (same === t.form) {
        warn(tagRange(t.el), `"${t.form}" is both an accepted and a deprecated term of this concept in ${t.xmlLang}; it is taken as accepted.`);
        continue;
      }
      if (wrong.some((w) => w.form === t.form && w.lang === lang)) continue;
      wrong.push({
        form: t.form,
        lang,
        ...(fallbackFix ? { fix: fallbackFix.form } : {}),
        ...(t.notes.length ? { reason: t.notes.join(' ') } : {}),
        // Differs from an accepted term only in capitals or diacritics ("Bộ Chính Trị"):
        // only that exact spelling is wrong.
        ...(same !== undefined ? { case: 'sensitive' as const, diacritics: 'strict' as const } : {}),
      });
    }
  }
  return { name, variants, wrong };
}

// ---------------------------------------------------------------------------------------
// Export: TBX-Basic in the 2019 (ISO 30042:2019) DCA style.

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string): string => esc(s).replace(/"/g, '&quot;');
const guessLang = (form: string): Lang => (/[^\x00-\x7f\u2018\u2019]/.test(form) ? 'vi' : 'en');

interface Exportable {
  id: string;
  name: Localized;
  variants?: Partial<Record<Lang, string[]>>;
  abbreviations?: string[];
  wrong?: WrongVariant[];
  definition?: Localized;
  source: string;
  source_url?: string;
  note?: string;
}

/**
 * The terms, bodies and titles of a vocabulary as a TBX-Basic (2019, DCA style) term base:
 * one concept entry per entity (terms keep their id; bodies and titles get `body-`/`title-`
 * before theirs), with the canonical name as the preferred term, accepted variants and
 * abbreviations as admitted terms, and wrong forms as deprecated terms (their reason as a
 * note). A wrong form that is wrong only near certain words (`unless_near`) is left out, as
 * TBX cannot say that.
 */
export function vocabularyToTbx(v: Vocabulary, options: { sections?: ('terms' | 'bodies' | 'titles')[] } = {}): string {
  const sections = options.sections ?? ['terms', 'bodies', 'titles'];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    '        <title>Communiqué vocabulary</title>',
    '      </titleStmt>',
    '      <sourceDesc>',
    `        <p>Written by communique vocab export --format tbx from the layers: ${esc(v.layers.map((l) => l.name).join(', ') || 'none')}.</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  const concept = (id: string, e: Exportable): void => {
    const perLang = new Map<Lang, { form: string; status: string; note?: string }[]>();
    const add = (lang: Lang, form: string, status: string, note?: string): void => {
      const list = perLang.get(lang) ?? [];
      if (list.some((t) => t.form === form)) return;
      list.push({ form, status, ...(note ? { note } : {}) });
      perLang.set(lang, list);
    };
    for (const lang of LANGS) {
      if (e.name[lang]) add(lang, e.name[lang], 'preferredTerm-admn-sts');
      for (const form of e.variants?.[lang] ?? []) add(lang, form, 'admittedTerm-admn-sts');
    }
    for (const a of e.abbreviations ?? []) add(guessLang(a), a, 'admittedTerm-admn-sts');
    for (const w of e.wrong ?? []) {
      if (w.unless_near?.length) continue;
      add(w.lang ?? guessLang(w.form), w.form, 'deprecatedTerm-admn-sts', w.reason);
    }
    if (perLang.size === 0) return;
    out.push(`      <conceptEntry id="${attr(id)}">`);
    out.push(`        <admin type="source">${esc(e.source)}</admin>`);
    if (e.source_url) out.push(`        <xref type="externalCrossReference" target="${attr(e.source_url)}">${esc(e.source_url)}</xref>`);
    if (e.note) out.push(`        <note>${esc(e.note)}</note>`);
    // A definition in a language without terms is said at the concept level, in its language.
    for (const lang of LANGS) {
      if (e.definition?.[lang] && !perLang.has(lang)) out.push(`        <descrip type="definition" xml:lang="${lang}">${esc(e.definition[lang])}</descrip>`);
    }
    for (const lang of LANGS) {
      const list = perLang.get(lang);
      if (!list) continue;
      out.push(`        <langSec xml:lang="${lang}">`);
      if (e.definition?.[lang]) out.push(`          <descrip type="definition">${esc(e.definition[lang])}</descrip>`);
      for (const t of list) {
        out.push('          <termSec>');
        out.push(`            <term>${esc(t.form)}</term>`);
        out.push(`            <termNote type="administrativeStatus">${t.status}</termNote>`);
        if (t.note) out.push(`            <note>${esc(t.note)}</note>`);
        out.push('          </termSec>');
      }
      out.push('        </langSec>');
    }
    out.push('      </conceptEntry>');
  };
  if (sections.includes('terms')) for (const t of v.terms.values()) concept(t.id, t);
  if (sections.includes('bodies')) for (const b of v.bodies.values()) concept(`body-${b.id}`, b);
  if (sections.includes('titles')) for (const t of v.titles.values()) concept(`title-${t.id}`, t);
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}
