// Editing pack files: what the value under the cursor is (an entry's id, a reference to
// another entry, an enumerated value), the ids and values that may go there, and every place
// of a pack's text that names an entry (its id and the references to it), for completion,
// hover, Go to Definition and rename. Read line by line, so that it works on a pack being
// typed, which is often not valid YAML yet: keys, `- ` items and `[a, b]` lists, indentation
// giving each value's parents. Pure: text in, offsets out.

import type { Section } from '../vocabulary/model';
import { SECTIONS } from '../vocabulary/model';
import { DOCUMENT_TYPES } from '../vocabulary/documentTypes';

/** Fields that name an entry of another section: per section, field → target section. */
export const REFERENCE_FIELDS: Partial<Record<Section, Record<string, Section>>> = {
  documents: { issuer: 'bodies', superseded_by: 'documents' },
  bodies: { successor: 'bodies' },
  titles: { body: 'bodies', person: 'people' },
  people: { styled: 'titles' },
  milestones: { set_by: 'events' },
};

/** Fields with a fixed set of values (any section unless the section is named). */
export const ENUM_FIELDS: Record<string, { values: readonly string[]; section?: Section }> = {
  type: { values: DOCUMENT_TYPES.map((t) => t.type), section: 'documents' },
  status: { values: ['in-force', 'superseded', 'expired', 'unknown'], section: 'documents' },
  confidence: { values: ['high', 'medium', 'low'] },
  kind: { values: ['congress', 'plenum', 'membership', 'un-seat', 'chairmanship', 'hosting', 'normalisation', 'diplomatic-relations', 'other'], section: 'events' },
  level: { values: ['comprehensive', 'strategic', 'comprehensive-strategic', 'special'], section: 'partnerships' },
  lang: { values: ['en', 'vi'] },
  case: { values: ['sensitive', 'insensitive'] },
  diacritics: { values: ['strict', 'lenient'] },
};

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A plain value of a pack's text, with what holds it. */
export interface PackToken {
  /** The top-level key it is under (a section, or `pack`). */
  section: string;
  /** The key it is the value of (for a list item, the list's key). */
  field: string;
  /** The keys above `field`, innermost first (`holders`, `members`, …), up to the section. */
  parents: string[];
  value: string;
  /** The value's range, quotes excluded. */
  start: number;
  end: number;
}

/** What a token is: the id of an entry of `section`, a reference to one, or a value of an enumeration. */
export type TokenRole = { role: 'id'; section: Section } | { role: 'reference'; section: Section } | { role: 'enum'; values: readonly string[] } | undefined;

const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);

export function roleOf(t: Pick<PackToken, 'section' | 'field' | 'parents'>): TokenRole {
  if (!isSection(t.section)) return undefined;
  // An entry's own id sits right under the section (a framing member's id is not an entry's).
  if (t.field === 'id') return t.parents.length === 0 ? { role: 'id', section: t.section } : undefined;
  const target = REFERENCE_FIELDS[t.section]?.[t.field];
  if (target && (t.field !== 'person' || t.parents[0] === 'holders')) return { role: 'reference', section: target };
  const e = ENUM_FIELDS[t.field];
  if (e && (!e.section || e.section === t.section)) return { role: 'enum', values: e.values };
  return undefined;
}

interface Frame {
  indent: number;
  key: string;
}

const KEY_LINE = /^(\s*)((?:-\s+)*)([A-Za-z_][\w-]*):(?:\s+|$)(.*)$/;
const ITEM_LINE = /^(\s*)-\s+(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;

/** Scalars written in `raw` (a plain or quoted value, or a flow list of them), from `offset`. */
function scalarsIn(raw: string, offset: number): { value: string; start: number; end: number }[] {
  const body = raw.replace(/\s+#.*$/, '');
  if (body.startsWith('[')) {
    const out: { value: string; start: number; end: number }[] = [];
    const re = /(["']?)([^,[\]"'\s][^,[\]"']*?)\1\s*(?=[,\]]|$)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = offset + m.index + m[1]!.length;
      out.push({ value: m[2]!, start, end: start + m[2]!.length });
    }
    return out;
  }
  if (body.startsWith('{')) return [];
  const m = /^(["']?)(.*?)\1\s*$/.exec(body);
  if (!m || m[2]!.length === 0) return [];
  const start = offset + m[1]!.length;
  return [{ value: m[2]!, start, end: start + m[2]!.length }];
}

/** The `key: value` pairs of a one-line flow mapping (`{ id: x, issuer: y }`), nested collections left out. */
function flowPairs(raw: string, offset: number): { key: string; value: string; start: number; end: number }[] {
  const body = raw.replace(/\s+#.*$/, '');
  if (!body.startsWith('{')) return [];
  const out: { key: string; value: string; start: number; end: number }[] = [];
  const re = /([A-Za-z_][\w-]*)\s*:\s*(["']?)([^,{}[\]"']*?)\2\s*(?=[,}])/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[3]!.length === 0) continue;
    const start = offset + m.index + m[0].indexOf(m[2]! + m[3]!, m[1]!.length) + m[2]!.length;
    out.push({ key: m[1]!, value: m[3]!, start, end: start + m[3]!.length });
  }
  return out;
}

/** Every plain value of the text that is a key's value or a list item, with its parents. */
export function packTokens(text: string): PackToken[] {
  const out: PackToken[] = [];
  const stack: Frame[] = [];
  let blockScalarIndent = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const content = line.replace(/\r$/, '');
    const indent = content.length - content.trimStart().length;
    if (blockScalarIndent >= 0) {
      if (content.trim() === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (content.trim() === '' || content.trimStart().startsWith('#')) continue;
    const key = KEY_LINE.exec(content);
    if (key) {
      // The key's column: after any "- " that opens a list item on the same line.
      const column = key[1]!.length + key[2]!.length;
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= column) stack.pop();
      const field = key[3]!;
      const raw = key[4]!;
      const section = stack[0]?.key ?? field;
      const parents = stack
        .slice(1)
        .map((f) => f.key)
        .reverse();
      const rawStart = lineStart + content.length - raw.length;
      if (BLOCK_SCALAR.test(raw)) blockScalarIndent = column;
      else if (stack.length > 0) {
        for (const s of scalarsIn(raw, rawStart)) out.push({ section, field, parents, ...s });
        for (const p of flowPairs(raw, rawStart)) out.push({ section, field: p.key, parents: [field, ...parents], value: p.value, start: p.start, end: p.end });
      }
      stack.push({ indent: column, key: field });
      continue;
    }
    const item = ITEM_LINE.exec(content);
    if (item) {
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
      // "- value" under "key:" at the same or a smaller indentation.
      const owner = stack[stack.length - 1];
      if (!owner) continue;
      const raw = item[2]!;
      const parents = stack
        .slice(1, -1)
        .map((f) => f.key)
        .reverse();
      const rawStart = lineStart + content.length - raw.length;
      if (stack.length > 1) for (const s of scalarsIn(raw, rawStart)) out.push({ section: stack[0]!.key, field: owner.key, parents, ...s });
      // "- { id: x, issuer: y }": an entry (or item) written as a flow mapping, its keys at the item's level.
      const itemParents = stack
        .slice(1)
        .map((f) => f.key)
        .reverse();
      for (const p of flowPairs(raw, rawStart)) out.push({ section: stack[0]!.key, field: p.key, parents: itemParents, value: p.value, start: p.start, end: p.end });
    }
  }
  return out;
}

/** The token at an offset (its end included, for a cursor just after it). */
export function tokenAt(text: string, offset: number): PackToken | undefined {
  return packTokens(text).find((t) => offset >= t.start && offset <= t.end);
}

/**
 * What may be completed at an offset: the field whose value is being typed (a reference or an
 * enumeration), what is typed of it, and where that starts. Works on an incomplete line
 * (`issuer: po`, `issuer: `, `- ` under `styled:`).
 */
export function completionContext(text: string, offset: number): { role: NonNullable<TokenRole>; prefix: string; start: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const typed = /(["']?)([a-z0-9-]*)$/.exec(before)!;
  const start = offset - typed[2]!.length;
  // The line as if a value were there: the tokens of the text then say what holds it.
  const probe = 'x';
  const rest = text.slice(offset);
  const restOfLine = rest.indexOf('\n') < 0 ? rest.length : rest.indexOf('\n');
  const patched = text.slice(0, start) + typed[2]! + probe + text.slice(offset + restOfLine);
  const t = packTokens(patched).find((x) => start >= x.start && start <= x.end && x.value.endsWith(probe));
  if (!t) return undefined;
  const role = roleOf(t);
  if (!role || role.role === 'id') return undefined;
  return { role, prefix: typed[2]!, start };
}

/** Every place of a pack's text that names the entry `id` of `section`: its id, and references to it. */
export function occurrencesOf(text: string, section: Section, id: string): PackToken[] {
  return packTokens(text).filter((t) => {
    if (t.value !== id) return false;
    const r = roleOf(t);
    return (r?.role === 'id' || r?.role === 'reference') && r.section === section;
  });
}
