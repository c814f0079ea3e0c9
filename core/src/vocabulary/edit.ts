// Writing into a pack file: a new entry added to a section, or an item to a list of an entry,
// as one insertion into the file's text, so that everything else in it (comments, order,
// quoting, indentation, flow or block style) stays as written. The `yaml` library's document
// (with its source ranges) says where; the entry itself is written by the same library. A file
// that is absent or empty gets a header. Pure: text in, text and offsets out.

import { Document as YamlDocument, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Section } from './model';

/** The first lines of a workspace pack that this writes. */
export const PACK_HEADER = [
  '# The workspace vocabulary of Communiqué: entries added here extend (or, by id, replace)',
  '# the built-in pack for every report of this project. Each entry needs a public source and',
  '# a confidence; see vocabulary/pack.schema.json for every field.',
  '',
].join('\n');

/** What an insertion did: the edit, the whole new text, and where the field to complete is in it. */
export interface PackInsertion {
  /** Insert `newText` at `offset` of the old text (0 when the file is new). */
  offset: number;
  /** When not 0, the old text from `offset` on this many characters is replaced (a rewritten flow mapping). */
  deleteCount: number;
  newText: string;
  /** The file's text after the edit. */
  text: string;
  /** Offset in `text` of the value to complete first. */
  cursor: number;
}

export type PackEditResult = PackInsertion | { error: 'syntax' | 'not-a-pack' | 'no-entry' };

type Path = (string | number)[];
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

/**
 * `value` as YAML text. Dates are quoted ("2021-01-27"), as the packs write them: unquoted,
 * some YAML readers take them for timestamps rather than the strings the schema wants.
 */
function stringify(value: unknown, options: { collectionStyle?: 'flow' } & typeof YAML_OPTIONS = YAML_OPTIONS): string {
  const doc = new YamlDocument(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString(options);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** After the last character of a node that is not white space: the end of its last line. */
function endOfLastLine(text: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  const nl = text.indexOf('\n', k);
  return nl < 0 ? text.length : nl;
}

const indentLines = (block: string, indent: string): string =>
  block
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l.length > 0 ? indent + l : l))
    .join('\n');

/** The offset of the value at `path` in `text` (its first character, after an opening quote). */
function offsetOf(text: string, path: Path): number {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true) as YamlNode | undefined;
  const at = node?.range?.[0] ?? 0;
  return text[at] === '"' || text[at] === "'" ? at + 1 : at;
}

function parsed(text: string): { doc: Document.Parsed; root: YAMLMap | undefined } | { error: 'syntax' | 'not-a-pack' } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { error: 'syntax' };
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) return { doc, root: undefined };
  if (!isMap(doc.contents)) return { error: 'not-a-pack' };
  return { doc, root: doc.contents };
}

function done(old: string, offset: number, deleteCount: number, newText: string, focus: Path): PackInsertion {
  const text = old.slice(0, offset) + newText + old.slice(offset + deleteCount);
  return { offset, deleteCount, newText, text, cursor: offsetOf(text, focus) };
}

/** Appends `item` to the sequence `seq` (block or flow) in `text`. */
function appendToSeq(text: string, seq: YAMLSeq, item: unknown, focus: Path): PackInsertion {
  if (seq.flow) {
    // Before the closing bracket: ", { … }" (or the item alone in "[]").
    const close = text.lastIndexOf(']', seq.range![1]);
    const flow = stringify(item, { ...YAML_OPTIONS, collectionStyle: 'flow' }).replace(/\n$/, '');
    let k = close;
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    const newText = seq.items.length > 0 ? `, ${flow}` : flow;
    return done(text, k, 0, newText, focus);
  }
  const first = seq.items[0] as YamlNode;
  const last = seq.items[seq.items.length - 1] as YamlNode;
  const firstStart = first.range![0];
  const dash = text.lastIndexOf('-', firstStart - 1);
  const indent = ' '.repeat(Math.max(0, dash - lineStart(text, dash)));
  const at = endOfLastLine(text, last.range![1]);
  const block = indentLines(stringify([item], YAML_OPTIONS), indent);
  return done(text, at, 0, `\n${block}`, focus);
}

/**
 * Adds `entry` to `section` of the pack file whose text is `old` (undefined: the file does not
 * exist). `focus`: the path inside the entry of the value to complete first.
 */
export function addPackEntry(old: string | undefined, section: Section, entry: Record<string, unknown>, focus: Path): PackEditResult {
  const text = old ?? '';
  const read = parsed(text);
  if ('error' in read) return read;
  const { doc, root } = read;
  const seqPath = (index: number): Path => [section, index, ...focus];
  if (!root) {
    // Absent or empty (comments only): the section after what is there.
    const head = old === undefined || text.trim() === '' ? PACK_HEADER : '';
    const before = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return done(text, text.length, 0, `${head}${before}${stringify({ [section]: [entry] }, YAML_OPTIONS)}`, seqPath(0));
  }
  const value = root.get(section, true) as YamlNode | undefined | null;
  if (root.flow) {
    // A pack written as one flow mapping: that mapping written again, with the entry.
    const seq = isSeq(value) ? value : undefined;
    if (seq) seq.items.push(doc.createNode(entry));
    else root.set(section, doc.createNode([entry]));
    const [start, end] = [root.range![0], root.range![1]];
    const rewritten = stringify(root, { ...YAML_OPTIONS, collectionStyle: 'flow' }).replace(/\n$/, '');
    return done(text, start, end - start, rewritten, seqPath(seq ? seq.items.length - 1 : 0));
  }
  if (isSeq(value) && (value.items.length > 0 || value.flow)) return appendToSeq(text, value, entry, seqPath(value.items.length));
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === section);
  const keyStart = (pair?.key as YamlNode | undefined)?.range?.[0];
  if (pair && keyStart !== undefined && (value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === '')))) {
    // "documents:" with nothing after it: the entry under the key.
    const indent = ' '.repeat(keyStart - lineStart(text, keyStart) + 2);
    const at = endOfLastLine(text, (value as YamlNode | null)?.range?.[1] ?? keyStart + section.length + 1);
    return done(text, at, 0, `\n${indentLines(stringify([entry], YAML_OPTIONS), indent)}`, seqPath(0));
  }
  if (pair) return { error: 'not-a-pack' };
  // No such section: a new one at the end, at the indentation of the file's other keys.
  const firstKey = (root.items[0]?.key as YamlNode | undefined)?.range?.[0] ?? 0;
  const indent = ' '.repeat(firstKey - lineStart(text, firstKey));
  const at = endOfLastLine(text, root.range![1]);
  return done(text, at, 0, `\n${indentLines(stringify({ [section]: [entry] }, YAML_OPTIONS), indent)}`, seqPath(0));
}

/**
 * Appends `item` to the list `field` of the entry `id` of `section` (created when the entry has
 * none). `focus`: the path inside the item of the value to complete first (empty: the item).
 */
export function appendToEntryList(old: string, section: Section, id: string, field: string, item: unknown, focus: Path = []): PackEditResult {
  const read = parsed(old);
  if ('error' in read) return read;
  const { root } = read;
  const seq = root?.get(section, true);
  if (!isSeq(seq)) return { error: 'no-entry' };
  const index = seq.items.findIndex((e) => isMap(e) && e.get('id') === id);
  const entry = seq.items[index];
  if (!isMap(entry) || entry.flow) return { error: 'no-entry' };
  const list = entry.get(field, true) as YamlNode | undefined;
  if (isSeq(list) && (list.items.length > 0 || list.flow)) return appendToSeq(old, list, item, [section, index, field, list.items.length, ...focus]);
  if (list !== undefined) return { error: 'not-a-pack' };
  // No such list yet: after the entry's last field, at its fields' indentation.
  const firstKey = (entry.items[0]?.key as YamlNode | undefined)?.range?.[0] ?? 0;
  const indent = ' '.repeat(firstKey - lineStart(old, firstKey));
  const at = endOfLastLine(old, entry.range![1]);
  return done(old, at, 0, `\n${indentLines(stringify({ [field]: [item] }, YAML_OPTIONS), indent)}`, [section, index, field, 0, ...focus]);
}
