// Reading one block: fold its prose, run the automaton once, and turn the raw matches
// into mentions (which entity, in which role, written how) and citations. Everything the
// rules need from a block is here, so a block's analysis can be cached and reused.

import { findCitations, type TypeWordHit } from '../citations/grammar';
import { resolveCitation } from '../citations/resolve';
import type { Block } from '../text/document';
import { Folder, fold, sourceRange } from '../text/fold';
import type { DocumentType } from '../types';
import type { CompiledVocabulary, SurfaceForm } from '../vocabulary/compile';
import { formOf, type BlockAnalysis, type Mention } from './mentions';
import { containsWord, sentenceBounds } from './sentences';

/** The alternatives of most mentions: one shared empty list, not one per mention. */
const NO_ALTERNATIVES: SurfaceForm[] = Object.freeze([]) as unknown as SurfaceForm[];

const ROLE_RANK: Record<SurfaceForm['role'], number> = { wrong: 3, canonical: 1, variant: 2, short: 4, trigger: 5, 'type-word': 6 };

/** One folder for every block: result() copies out what it keeps. */
const folder = new Folder();

export function analyzeBlock(text: string, block: Block, vocab: CompiledVocabulary): BlockAnalysis {
  folder.reset();
  let previousEnd = -1;
  for (const piece of block.pieces) {
    if (piece.hardBefore) folder.barrier(piece.start);
    // Pieces on different lines, or around emphasis, are still one run of words.
    else if (previousEnd >= 0 && hasSpace(text, previousEnd, piece.start)) folder.space(piece.start);
    folder.append(text, piece.start, piece.end);
    previousEnd = piece.end;
  }
  const folded = folder.result();
  const raw = vocab.automaton.search(folded.text);

  const typeWords: TypeWordHit[] = [];
  const candidates: Mention[] = [];
  for (const match of raw) {
    const forms = vocab.forms.at(match.pattern)!;
    const [start, end] = sourceRange(folded, match.start, match.end);
    // Ð (Latin eth) set for Đ, as some Vietnamese typesetting does, is read as Đ.
    const written = withD(collapse(nfc(text.slice(start, end))));
    const writtenLower = written.toLowerCase();
    const applicable: { form: SurfaceForm; rank: number }[] = [];
    for (const form of forms) {
      if (form.role === 'type-word') {
        typeWords.push({ start: match.start, end: match.end, type: form.id as DocumentType, lang: form.lang ?? 'en' });
        continue;
      }
      const rank = rankForm(form, written, writtenLower, folded.text, match.start, match.end);
      if (rank !== undefined) applicable.push({ form, rank });
    }
    if (applicable.length === 0) continue;
    if (applicable.length > 1) applicable.sort((a, b) => a.rank - b.rank);
    const best = applicable[0]!.form;
    const diacriticsDiffer = best.lang === 'vi' && writtenLower !== formKeys(best).lower && formKeys(best).hasDiacritics;
    candidates.push({
      start,
      end,
      foldedStart: match.start,
      foldedEnd: match.end,
      form: best,
      text: written,
      diacriticsDiffer,
      alternatives: applicable.length > 1 ? applicable.slice(1).map((a) => a.form) : NO_ALTERNATIVES,
    });
  }

  const citations = findCitations(text, folded, dedupeTypeWords(typeWords));
  for (const c of citations) {
    const document = resolveCitation(c, vocab);
    if (document) c.document = document;
  }
  return { block, folded, mentions: leftmostLongest(candidates), citations };
}

/**
 * How well a form fits the text as written; lower is better, undefined when it does not
 * apply. Exact spelling beats case-insensitive beats diacritic-insensitive; a wrong form
 * tied to its context (unless_near) beats a correct name; otherwise correct names win.
 */
function rankForm(form: SurfaceForm, written: string, writtenLower: string, foldedText: string, fs: number, fe: number): number | undefined {
  const keys = formKeys(form);
  const exactCase = written === keys.written;
  const sameLetters = exactCase || writtenLower === keys.writtenLower;
  if (form.caseSensitive && !exactCase) return undefined;
  if (form.diacriticsStrict && !sameLetters) return undefined;
  // Lenient matching is for text typed without diacritics ("Bien Dong"). Text written with
  // other diacritics is another word ("biến động", volatility, is not "Biển Đông", the East
  // Sea); where the tone mark sits ("hoà"/"hòa") does not matter.
  if (!sameLetters && keys.hasDiacritics && markSignature(writtenLower) !== '' && markSignature(writtenLower) !== keys.marks) return undefined;
  let roleRank = ROLE_RANK[form.role];
  if (form.role === 'wrong' && form.wrong?.unless_near) {
    // Near the form: ten words either side, within its sentence ("UN Secretary-General", "Tổng
    // Thư ký Liên Hợp Quốc"); a word at the sentence's other end names something else.
    const [s, e] = sentenceBounds(foldedText, fs, fe);
    const near = `${lastWords(foldedText.slice(s, fs), 10)} ${foldedText.slice(fs, fe)} ${firstWords(foldedText.slice(fe, e), 10)}`;
    if (form.wrong.unless_near.some((w) => containsWord(near, fold(w)))) return undefined;
    roleRank = 0;
  }
  return (exactCase ? 0 : sameLetters ? 10 : 20) + roleRank;
}

function lastWords(text: string, n: number): string {
  return text
    .split(' ')
    .slice(-n - 1)
    .join(' ');
}

function firstWords(text: string, n: number): string {
  return text
    .split(' ')
    .slice(0, n + 1)
    .join(' ');
}

/** Overlapping mentions: keep the leftmost, and of those the longest. */
function leftmostLongest(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.foldedStart - b.foldedStart || b.foldedEnd - a.foldedEnd);
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.foldedStart < lastEnd) {
      // What an event or an agreement is named by stays readable inside a longer name
      // ("non-permanent member of the UN Security Council", a term): its form joins the
      // longer mention's alternatives.
      const outer = kept[kept.length - 1]!;
      // Only at the longer name's end, where what it is about stands ("member of the UN Security
      // Council"), not at its start ("UN peacekeeping forces" is not the UN).
      if ((m.form.kind === 'event' || m.form.kind === 'agreement') && m.foldedEnd === outer.foldedEnd && !formOf(outer, m.form.kind)) {
        outer.alternatives = [...outer.alternatives, m.form, ...m.alternatives.filter((f) => f.kind === m.form.kind)];
      }
      continue;
    }
    kept.push(m);
    lastEnd = m.foldedEnd;
  }
  return kept;
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

function dedupeTypeWords(hits: TypeWordHit[]): TypeWordHit[] {
  // "Resolution" and "Resolutions" both end in the same place only when equal; keep the longest per start.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || hits[i - 1]!.start !== h.start);
}

function collapse(s: string): string {
  // Most mentions have single spaces only: skip the expression for them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** What `\s` matches. */
function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

interface FormKeys {
  /** The form as it is compared with the text as written (NFC, whitespace collapsed), and in lower case. */
  written: string;
  writtenLower: string;
  /** The form in lower case, and whether folding takes diacritics off it. */
  lower: string;
  hasDiacritics: boolean;
  /** The diacritics in order, wherever they sit on each syllable (see markSignature). */
  marks: string;
}

/** The Vietnamese diacritics of a text in order, with đ (or Ð) as one: "" for text without them. */
function markSignature(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x300 && c <= 0x36f) || ch === 'đ' || ch === 'ð' || ch === 'Đ' || ch === 'Ð') out += ch === 'ð' || ch === 'Ð' || ch === 'Đ' ? 'đ' : ch;
  }
  return out;
}

/** What every mention of a form is compared with, worked out once per form. */
const KEYS = new WeakMap<SurfaceForm, FormKeys>();
function formKeys(form: SurfaceForm): FormKeys {
  let k = KEYS.get(form);
  if (k === undefined) {
    const written = collapse(form.form.normalize('NFC'));
    const lower = form.form.toLowerCase();
    k = { written, writtenLower: written.toLowerCase(), lower, hasDiacritics: fold(form.form) !== lower, marks: markSignature(lower) };
    KEYS.set(form, k);
  }
  return k;
}

/** Ð/ð (U+00D0/U+00F0, Latin eth) as Đ/đ. */
function withD(s: string): string {
  return s.includes('Ð') || s.includes('ð') ? s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ') : s;
}

/** NFC of a short stretch, skipping the work for plain ASCII (most mentions in English reports). */
function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize('NFC');
  return s;
}
