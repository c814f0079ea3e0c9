// Compiles a merged vocabulary into the index the rules use: one automaton over every
// folded surface form, and per form the entities it may name.

import { Automaton } from '../matcher/automaton';
import { fold } from '../text/fold';
import type { DocumentEntry, FramingEntry, Vocabulary, WrongVariant } from './model';
import { LANGS, type Lang, type LocalizedList } from '../types';
import { DOCUMENT_TYPES } from './documentTypes';

export type EntityKind = 'document' | 'body' | 'title' | 'person' | 'term' | 'framing' | 'member' | 'milestone' | 'country' | 'event' | 'agreement';

/**
 * What a surface form is:
 * - `canonical`/`variant`: a correct name of the entity;
 * - `wrong`: a wrong form, with its fix;
 * - `short`: a bare word naming a framing member inside an enumeration only;
 * - `trigger`: a phrase announcing a framing;
 * - `type-word`: "Resolution", "Nghị quyết": the start of a citation.
 */
export type FormRole = 'canonical' | 'variant' | 'wrong' | 'short' | 'trigger' | 'type-word';

export interface SurfaceForm {
  kind: EntityKind | 'citation';
  /** Entity id; for a member, `framingId/memberId`; for a type word, the document type. */
  id: string;
  role: FormRole;
  form: string;
  lang?: Lang;
  caseSensitive: boolean;
  diacriticsStrict: boolean;
  wrong?: WrongVariant;
}

/** The forms of each automaton pattern: an array, or slices of a snapshot parsed on first use. */
export interface FormTable {
  at(pattern: number): SurfaceForm[] | undefined;
}

export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  automaton: Automaton;
  /** Per automaton pattern: the forms that fold to it. */
  forms: FormTable;
  /** Documents by normalised symbol ("34-NQ/TW", "01-DA/TW" and "01-ĐA/TW" alike). */
  bySymbol: Map<string, DocumentEntry>;
  /** Documents by type and number, for short forms ("Resolution 34"). */
  byTypeNumber: Map<string, DocumentEntry[]>;
  framings: FramingEntry[];
}

/** One key for every way a symbol is written: upper case, Đ as D, no spaces. */
export function symbolKey(symbol: string): string {
  return symbol.normalize('NFC').toUpperCase().replace(/[ĐÐ]/g, 'D').replace(/\s+/g, '');
}

export function typeNumberKey(type: string, number: string): string {
  return `${type}:${String(Number(number))}`;
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const automaton = new Automaton();
  const forms: SurfaceForm[][] = [];
  const patternOf = new Map<string, number>();

  const add = (f: SurfaceForm): void => {
    const key = fold(f.form);
    if (key.trim().length === 0) return;
    let p = patternOf.get(key);
    if (p === undefined) {
      p = automaton.add(key);
      patternOf.set(key, p);
      forms[p] = [];
    }
    const list = forms[p]!;
    if (!list.some((x) => x.kind === f.kind && x.id === f.id && x.role === f.role && x.form === f.form)) list.push(f);
  };
  const addList = (kind: EntityKind, id: string, role: FormRole, list: LocalizedList | undefined): void => {
    for (const lang of LANGS) for (const form of list?.[lang] ?? []) add({ kind, id, role, form, lang, caseSensitive: false, diacriticsStrict: false });
  };
  const addNamed = (
    kind: EntityKind,
    e: { id: string; name: Partial<Record<Lang, string>>; variants?: LocalizedList; wrong?: WrongVariant[] },
  ): void => {
    for (const lang of LANGS) {
      const name = e.name[lang];
      if (name) add({ kind, id: e.id, role: 'canonical', form: name, lang, caseSensitive: false, diacriticsStrict: false });
    }
    addList(kind, e.id, 'variant', e.variants);
    for (const w of e.wrong ?? []) {
      const lang = w.lang ?? guessLang(w.form);
      add({ kind, id: e.id, role: 'wrong', form: w.form, lang, caseSensitive: w.case === 'sensitive', diacriticsStrict: w.diacritics === 'strict', wrong: w });
    }
  };

  for (const b of vocabulary.bodies.values()) {
    addNamed('body', b);
    for (const a of b.abbreviations ?? []) add({ kind: 'body', id: b.id, role: 'variant', form: a, caseSensitive: true, diacriticsStrict: true });
  }
  for (const t of vocabulary.titles.values()) addNamed('title', t);
  for (const t of vocabulary.terms.values()) addNamed('term', t);
  for (const p of vocabulary.people.values()) {
    addNamed('person', { id: p.id, name: p.name });
    for (const v of p.variants ?? []) add({ kind: 'person', id: p.id, role: 'variant', form: v, caseSensitive: false, diacriticsStrict: false });
  }
  for (const f of vocabulary.framings.values()) {
    addList('framing', f.id, 'trigger', f.triggers);
    for (const m of f.members) {
      const id = `${f.id}/${m.id}`;
      for (const lang of LANGS) {
        const name = m.name[lang];
        if (name) add({ kind: 'member', id, role: 'canonical', form: name, lang, caseSensitive: false, diacriticsStrict: false });
      }
      addList('member', id, 'variant', m.variants);
      addList('member', id, 'short', m.short);
      for (const w of m.wrong ?? []) {
        add({ kind: 'member', id, role: 'wrong', form: w.form, lang: w.lang ?? guessLang(w.form), caseSensitive: w.case === 'sensitive', diacriticsStrict: w.diacritics === 'strict', wrong: w });
      }
    }
  }
  for (const m of vocabulary.milestones.values()) addList('milestone', m.id, 'trigger', m.marks);
  // A partner country by its names; an event by what it is about ("WTO", "Hội đồng Bảo an");
  // an agreement by its names and acronyms ("CPTPP"). Acronyms keep their case.
  for (const p of vocabulary.partnerships.values()) {
    addNamed('country', { id: p.id, name: p.country });
    addList('country', p.id, 'variant', p.aliases);
  }
  for (const e of vocabulary.events.values()) {
    for (const lang of LANGS) {
      for (const form of e.subject?.[lang] ?? []) add({ kind: 'event', id: e.id, role: 'variant', form, lang, caseSensitive: isAcronym(form), diacriticsStrict: false });
    }
  }
  for (const d of vocabulary.documents.values()) {
    if (d.type !== 'agreement' && d.type !== 'treaty') continue;
    for (const lang of LANGS) {
      const title = d.title[lang];
      if (title) add({ kind: 'agreement', id: d.id, role: 'canonical', form: title, lang, caseSensitive: false, diacriticsStrict: false });
      for (const form of d.short_forms?.[lang] ?? []) add({ kind: 'agreement', id: d.id, role: 'variant', form, lang, caseSensitive: isAcronym(form), diacriticsStrict: false });
    }
  }
  for (const t of DOCUMENT_TYPES) {
    for (const lang of LANGS) {
      for (const word of t.words[lang]) add({ kind: 'citation', id: t.type, role: 'type-word', form: word, lang, caseSensitive: false, diacriticsStrict: false });
    }
  }

  automaton.build();
  return compiledFrom(vocabulary, automaton, forms);
}

/** The compiled vocabulary around a built automaton and its forms (freshly built or from a snapshot). */
export function compiledFrom(vocabulary: Vocabulary, automaton: Automaton, forms: FormTable): CompiledVocabulary {
  const bySymbol = new Map<string, DocumentEntry>();
  const byTypeNumber = new Map<string, DocumentEntry[]>();
  for (const d of vocabulary.documents.values()) {
    if (d.symbol) bySymbol.set(symbolKey(d.symbol), d);
    const key = typeNumberKey(d.type, d.number);
    const list = byTypeNumber.get(key);
    if (list) list.push(d);
    else byTypeNumber.set(key, [d]);
  }
  return { vocabulary, automaton, forms, bySymbol, byTypeNumber, framings: [...vocabulary.framings.values()] };
}

/** "WTO", "CPTPP", "UNSC": matched in this case only, so that the word "who" is not the WHO. */
function isAcronym(form: string): boolean {
  return /^[A-Z0-9-]{2,8}$/.test(form) && /[A-Z]/.test(form);
}

function guessLang(form: string): Lang {
  return /[^\x00-\x7f\u2018\u2019]/.test(form) ? 'vi' : 'en';
}
