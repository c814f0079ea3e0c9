// The report's own references: which documents it cites (known, superseded, unknown), and
// the "Documents cited" / "Văn bản được trích dẫn" section written from them. Pure: takes a
// check result and the vocabulary, returns offsets and text; the adapters apply the edit.

import type { CheckResult } from '../check';
import type { Syntax } from '../text/document';
import type { CompiledVocabulary } from '../vocabulary/compile';
import { symbolKey } from '../vocabulary/compile';
import type { DocumentEntry } from '../vocabulary/model';
import { formatDate, periodStart } from '../time';
import { roman, vietnameseDate } from '../citations/format';
import type { Citation } from '../citations/grammar';
import type { Lang } from '../types';
import { typeInfo } from '../vocabulary/documentTypes';

export type CitationStatus = 'known' | 'unknown' | 'superseded';

export interface ListedCitation {
  /** Source offsets of the whole citation. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  status: CitationStatus;
  document?: DocumentEntry;
  /** For a superseded document: what replaced it (when the vocabulary says). */
  successor?: DocumentEntry;
  /** Why an unknown citation is unknown, or what it may have meant. */
  note?: string;
}

/** The headings the section is written under, and recognised under when it is replaced. */
export const REFERENCES_HEADING: Record<Lang, string> = { en: 'Documents cited', vi: 'Văn bản được trích dẫn' };
const KNOWN_HEADINGS = ['documents cited', 'văn bản được trích dẫn', 'các văn bản được trích dẫn', 'văn bản được viện dẫn', 'tài liệu viện dẫn'];

const UNKNOWN_HEADING: Record<Lang, string> = {
  en: 'Not in the vocabulary (check these citations):',
  vi: 'Chưa có trong bộ từ vựng (cần kiểm tra):',
};

/**
 * Every citation of a Party or State document in the report, in text order, with its status
 * on the report's date. Foreign documents (UN, EU…) are left out, and so are lower-case
 * English short forms ("resolution 3 of the conference"), which are not citations.
 * Citations inside `exclude` (the references section itself) are left out too.
 */
export function listCitations(result: CheckResult, vocab: CompiledVocabulary, exclude?: { start: number; end: number }): ListedCitation[] {
  const text = result.document.text;
  const out: ListedCitation[] = [];
  for (const b of result.blocks) {
    for (const c of b.citations) {
      if (c.foreign || !isCitation(c)) continue;
      if (exclude && c.start >= exclude.start && c.end <= exclude.end) continue;
      const d = c.document;
      const written = text.slice(c.start, c.end);
      if (!d) {
        out.push({ start: c.start, end: c.end, text: written, status: 'unknown', note: unknownNote(c, vocab) });
        continue;
      }
      const successor = supersededAt(d, vocab, result.reportDate);
      out.push({
        start: c.start,
        end: c.end,
        text: written,
        status: successor === undefined ? 'known' : 'superseded',
        document: d,
        ...(successor ? { successor } : {}),
      });
    }
  }
  return out;
}

function isCitation(c: Citation): boolean {
  if (c.symbol) return true;
  if (!c.number || !c.typeWord) return false;
  const w = c.typeWord.text;
  return c.typeWord.lang !== 'en' || w[0] === w[0]!.toUpperCase();
}

/** The successor (or null when none is named) if `d` is superseded on `reportDate`; undefined when it is current. */
function supersededAt(d: DocumentEntry, vocab: CompiledVocabulary, reportDate: string): DocumentEntry | null | undefined {
  if (d.status !== 'superseded') return undefined;
  const successor = d.superseded_by ? vocab.vocabulary.documents.get(d.superseded_by) : undefined;
  // Cited before its successor existed, it was the document in force (as citation/superseded holds).
  if (successor?.date && reportDate < periodStart(successor.date)) return undefined;
  return successor ?? null;
}

function unknownNote(c: Citation, vocab: CompiledVocabulary): string {
  if (c.symbol?.kind === 'party' && c.symbol.issuer !== 'TW') return `${c.symbol.text} is a document of a Party committee outside the vocabulary's scope (not /TW).`;
  const number = c.symbol?.number ?? c.number?.value;
  const type = c.typeWord?.type;
  const same = number === undefined ? [] : [...vocab.vocabulary.documents.values()].filter((d) => Number(d.number) === Number(number) && d.type !== type);
  const hint = same.length > 0 ? ` Did you mean ${same.map((d) => d.symbol ?? `${typeInfo(d.type).display.en} ${d.number}`).join(' or ')}?` : '';
  return `Not in the vocabulary.${hint}`;
}

/** The report's language: its front matter's `lang`, else the language of most of its prose. */
export function reportLanguage(result: CheckResult): Lang {
  const fm = result.document.frontMatter?.lang;
  if (fm) return fm;
  const weight: Record<Lang, number> = { en: 0, vi: 0 };
  for (const b of result.document.blocks) weight[b.lang] += b.end - b.start;
  return weight.vi > weight.en ? 'vi' : 'en';
}

export interface ReferencesSection {
  /** The existing section: from its heading to its end (its last line's line break included). */
  start: number;
  end: number;
}

/**
 * An existing references section: a heading (Markdown ATX heading, or in plain text a line
 * of its own) whose text is one of the known headings, in either language.
 * Markdown: up to the next heading of the same or a higher level. Plain text: the heading and
 * the list lines (and blank lines) that follow it.
 */
export function findReferencesSection(text: string, syntax: Syntax): ReferencesSection | undefined {
  const lines = splitLines(text);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (syntax === 'markdown') {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
      if (f) {
        if (!fence) fence = f[1]![0]!.repeat(f[1]!.length);
        else if (f[1]!.startsWith(fence)) fence = undefined;
        continue;
      }
      if (fence) continue;
      const h = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line.text);
      if (!h || !isReferencesHeading(h[2]!)) continue;
      const level = h[1]!.length;
      let end = lines.length;
      for (let j = i + 1; j < lines.length; j++) {
        const next = /^ {0,3}(#{1,6})[ \t]/.exec(lines[j]!.text);
        if (next && next[1]!.length <= level) {
          end = j;
          break;
        }
      }
      return { start: line.start, end: trimBlankLines(lines, i, end) };
    }
    if (!isReferencesHeading(line.text.replace(/[:：]\s*$/, ''))) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end]!.text.trim() === '' || /^\s*([-*•]|\d+[.)])\s|^\s+\S|^Not in the vocabulary|^Chưa có trong bộ từ vựng/.test(lines[end]!.text))) end++;
    return { start: line.start, end: trimBlankLines(lines, i, end) };
  }
  return undefined;
}

function isReferencesHeading(s: string): boolean {
  return KNOWN_HEADINGS.includes(s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' '));
}

interface Line {
  start: number;
  /** Without its line break. */
  text: string;
  /** After its line break. */
  next: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, text: text.slice(start, end).replace(/\r$/, ''), next: nl < 0 ? text.length : nl + 1 });
    start = end + 1;
  }
  return out;
}

/** The end offset of lines [from, to) without the blank lines at their end. */
function trimBlankLines(lines: Line[], from: number, to: number): number {
  let last = to - 1;
  while (last > from && lines[last]!.text.trim() === '') last--;
  return lines[last]!.next;
}

export interface ReferencesOptions {
  lang: Lang;
  syntax: Syntax;
  reportDate: string;
  /** Line break to write: that of the report. */
  eol?: string;
}

/** The symbol, or for a document without one its type and number (and Party term): "Resolution 13 (Session VI)", "Nghị quyết 13 khóa VI". */
export function documentLabel(d: DocumentEntry, lang: Lang): string {
  if (d.symbol) return d.symbol;
  const term = d.party_term ? (lang === 'en' ? ` (Session ${roman(d.party_term)})` : ` khóa ${roman(d.party_term)}`) : '';
  return `${typeInfo(d.type).display[lang]} ${d.number}${term}`;
}

/** The entry of one document: symbol, title, issuer and date in `lang`, and what superseded it. */
export function referenceEntry(d: DocumentEntry, vocab: CompiledVocabulary, lang: Lang, syntax: Syntax, successor?: DocumentEntry | null): string {
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  const label = documentLabel(d, lang);
  const title = d.title[lang] ?? d.title[other];
  const issuerName = d.issuer ? vocab.vocabulary.bodies.get(d.issuer)?.name : undefined;
  const issuer = issuerName?.[lang] ?? issuerName?.[other];
  const date = d.date ? (lang === 'en' ? formatDate(String(d.date)) : vietnameseDate(String(d.date))) : undefined;
  const about = [issuer, date].filter(Boolean).join(', ');
  let entry = syntax === 'markdown' ? `**${label}**` : label;
  if (title) entry += ` — ${title}`;
  if (about) entry += ` (${about})`;
  if (successor !== undefined) {
    const by = successor ? ` ${lang === 'en' ? 'by' : 'bằng'} ${documentLabel(successor, lang)}` : '';
    entry += lang === 'en' ? `; superseded${by}` : `; đã được thay thế${by}`;
  }
  return entry;
}

/** The section's text (heading, one line per document cited, then the unknown citations), ending with a line break. */
export function formatReferences(citations: ListedCitation[], vocab: CompiledVocabulary, options: ReferencesOptions): string {
  const eol = options.eol ?? '\n';
  const { lang, syntax } = options;
  const heading = syntax === 'markdown' ? `## ${REFERENCES_HEADING[lang]}` : REFERENCES_HEADING[lang];
  const known = new Map<string, ListedCitation>();
  const unknown = new Map<string, ListedCitation>();
  for (const c of citations) {
    if (c.document) {
      if (!known.has(c.document.id)) known.set(c.document.id, c);
    } else {
      const key = unknownKey(c.text);
      if (!unknown.has(key)) unknown.set(key, c);
    }
  }
  const lines = [heading, ''];
  for (const c of known.values()) {
    const successor = c.status === 'superseded' ? (c.successor ?? null) : undefined;
    lines.push(`- ${referenceEntry(c.document!, vocab, lang, syntax, successor)}`);
  }
  if (known.size === 0) lines.push(lang === 'en' ? 'No document of the vocabulary is cited.' : 'Không có văn bản nào trong bộ từ vựng được trích dẫn.');
  if (unknown.size > 0) {
    lines.push('', UNKNOWN_HEADING[lang], '');
    // In Markdown as code: written as found, so that they are not checked (and reported) twice.
    for (const c of unknown.values()) lines.push(`- ${syntax === 'markdown' ? codeSpan(c.text) : c.text}`);
  }
  return lines.join(eol) + eol;
}

/** Unknown citations are one entry per symbol (or per written form when there is none). */
function unknownKey(written: string): string {
  const symbol = /\d[\w./ĐđÐð-]*[-/][\w./ĐđÐð-]*/.exec(written)?.[0];
  return symbol ? symbolKey(symbol) : written.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

function codeSpan(s: string): string {
  const ticks = s.includes('`') ? '``' : '`';
  return ticks === '`' ? `\`${s}\`` : `\`\` ${s} \`\``;
}

export interface ReferencesEdit {
  start: number;
  end: number;
  newText: string;
  /** Documents listed, unknown citations listed. */
  known: number;
  unknown: number;
  /** An existing section was replaced (else one was appended at the end). */
  replaced: boolean;
  lang: Lang;
}

/**
 * The edit that writes the references section of a checked report: it replaces the existing
 * section (whatever language it was written in) or appends one at the end. Citations in the
 * existing section are not counted, so a document no longer cited drops out. Undefined when the
 * report cites nothing and has no section.
 */
export function referencesEdit(result: CheckResult, vocab: CompiledVocabulary, options: { lang?: Lang } = {}): ReferencesEdit | undefined {
  const text = result.document.text;
  const syntax = result.document.syntax;
  const existing = findReferencesSection(text, syntax);
  const citations = listCitations(result, vocab, existing);
  if (citations.length === 0 && !existing) return undefined;
  const lang = options.lang ?? reportLanguage(result);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const section = formatReferences(citations, vocab, { lang, syntax, reportDate: result.reportDate, eol });
  const known = new Set(citations.filter((c) => c.document).map((c) => c.document!.id)).size;
  const unknown = new Set(citations.filter((c) => !c.document).map((c) => unknownKey(c.text))).size;
  if (existing) {
    const after = text.slice(existing.end);
    // Keep one blank line between the section and what follows it.
    const gap = after.length > 0 && !/^\r?\n/.test(after) ? eol : '';
    return { start: existing.start, end: existing.end, newText: section + gap, known, unknown, replaced: true, lang };
  }
  const before = text.length === 0 ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: before + section, known, unknown, replaced: false, lang };
}
