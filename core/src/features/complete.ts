// Completion candidates: documents after a citation's type word ("Resolution No. ",
// "Nghị quyết số "), official titles and body names by prefix. Returns neutral items;
// the language server turns them into LSP completion items. Nothing is offered in
// ordinary prose.

import { explainDocument } from './explain';
import { fold } from '../text/fold';
import type { CompiledVocabulary } from '../vocabulary/compile';
import type { DocumentEntry } from '../vocabulary/model';
import { LANGS, type DocumentType, type Lang } from '../types';
import { DOCUMENT_TYPES, typeInfo } from '../vocabulary/documentTypes';

export interface CompletionCandidate {
  label: string;
  kind: 'document' | 'title' | 'body';
  detail: string;
  documentation: string;
  insertText: string;
  /** What the client's fuzzy matcher filters on: symbol, number, short forms, titles. */
  filterText: string;
  /** Source range that the completion replaces. */
  start: number;
  end: number;
  sortText: string;
}

/** Type words and the number marks that may follow them, longest first so that "Nghị quyết" wins over shorter words. */
const TYPE_WORDS = DOCUMENT_TYPES.flatMap((t) => LANGS.flatMap((lang) => t.words[lang].map((w) => ({ word: fold(w), type: t.type, lang }))))
  .filter((w) => !w.word.endsWith('s') || w.lang === 'vi')
  .sort((a, b) => b.word.length - a.word.length);
const MARKS = ['no.', 'no', 'so', 'number'];
/** Types whose bare word ("Resolution ") already asks for a number. */
const BARE = new Set<DocumentType>(['resolution', 'directive', 'conclusion', 'project', 'decree']);

export function completeAt(text: string, offset: number, vocab: CompiledVocabulary): CompletionCandidate[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 80), offset);
  return citationCandidates(before, offset, vocab) ?? nameCandidates(before, offset, vocab);
}

function citationCandidates(before: string, offset: number, vocab: CompiledVocabulary): CompletionCandidate[] | undefined {
  // The partial symbol being typed, then what precedes it.
  const partial = /[0-9A-Za-zĐđ/-]*$/.exec(before)![0];
  const head = fold(before.slice(0, before.length - partial.length));
  for (const tw of TYPE_WORDS) {
    let rest: string | undefined;
    for (const mark of MARKS) {
      const tail = ` ${mark}`;
      if (head.endsWith(`${tw.word}${tail} `) || (head.endsWith(`${tw.word}${tail}`) && mark.endsWith('.'))) rest = mark;
      if (rest) break;
    }
    const bare = rest === undefined && head.endsWith(`${tw.word} `) && BARE.has(tw.type);
    if (rest === undefined && !bare) continue;
    const at = head.lastIndexOf(tw.word);
    if (at > 0 && /[a-z0-9]/.test(head[at - 1]!)) continue;
    const docs = [...vocab.vocabulary.documents.values()].filter((d) => d.type === tw.type);
    return docs.map((d, i) => documentCandidate(d, vocab, tw.lang, offset - partial.length, offset, i));
  }
  return undefined;
}

function documentCandidate(d: DocumentEntry, vocab: CompiledVocabulary, lang: Lang, start: number, end: number, index: number): CompletionCandidate {
  const label = d.symbol ?? d.number;
  const shortForms = [...(d.short_forms?.en ?? []), ...(d.short_forms?.vi ?? [])];
  const title = d.title[lang] ?? d.title.en ?? d.title.vi ?? '';
  return {
    label,
    kind: 'document',
    detail: `${typeInfo(d.type).display[lang]}${d.date ? `, ${String(d.date).slice(0, 4)}` : ''} — ${title}`,
    documentation: explainDocument(d, vocab, lang),
    insertText: label,
    filterText: [label, d.number, ...shortForms, d.title.en ?? '', d.title.vi ?? ''].join(' '),
    start,
    end,
    sortText: `${String(9999 - Number(String(d.date ?? '0').slice(0, 4))).padStart(4, '0')}-${String(index).padStart(3, '0')}`,
  };
}

/** Titles and bodies whose name starts with the last words typed (at least four letters). */
function nameCandidates(before: string, offset: number, vocab: CompiledVocabulary): CompletionCandidate[] {
  const words = before.split(/(?<=\s)/);
  const out: CompletionCandidate[] = [];
  const seen = new Set<string>();
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const typed = words.slice(words.length - n).join('');
    const key = fold(typed);
    if (key.replace(/\s/g, '').length < 4 || /^\s/.test(typed) || !/^[\p{L}]/u.test(typed)) continue;
    const consider = (kind: 'title' | 'body', name: string, other: string | undefined, documentation: string): void => {
      const folded = fold(name);
      if (!folded.startsWith(key) || folded === key || seen.has(name)) return;
      seen.add(name);
      out.push({ label: name, kind, detail: other ?? '', documentation, insertText: name, filterText: name, start: offset - typed.length, end: offset, sortText: `${n}-${name}` });
    };
    for (const t of vocab.vocabulary.titles.values())
      for (const lang of LANGS) if (t.name[lang]) consider('title', t.name[lang]!, t.name[lang === 'en' ? 'vi' : 'en'], t.definition?.en ?? '');
    for (const b of vocab.vocabulary.bodies.values())
      for (const lang of LANGS) if (b.name[lang]) consider('body', b.name[lang]!, b.name[lang === 'en' ? 'vi' : 'en'], b.definition?.en ?? '');
    if (out.length) break;
  }
  return out;
}
