// Loading vocabulary files: YAML with source positions, validated against the pack's
// JSON Schema, every problem reported with its file, line and column. Vocabulary is
// data: it is parsed, never evaluated.

import type { ErrorObject } from 'ajv';
import validatePack from 'communique:pack-validator';
import { load as loadYaml } from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLError } from 'yaml';
import packSchema from '../../../vocabulary/pack.schema.json';
import { LineIndex } from '../text/lines';
import { daysInMonth, MONTHS, periodEnd, periodStart } from '../time';
import { isPrhDictionary, prhToPack } from './prh';
import { isTbxSource, tbxToPack } from './tbx';
import {
  SECTIONS,
  type Origin,
  type PackFile,
  type Provenance,
  type Section,
  type SourceRef,
  type Vocabulary,
  type WrongVariant,
} from './model';

export interface VocabProblem {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /**
   * `vocab/syntax`, `vocab/schema`, `vocab/date`, `vocab/holders`, `vocab/duplicate-id`,
   * `vocab/unknown-reference`, `vocab/io`, `vocab/prh`, `vocab/tbx` (a TBX term base's
   * structure; its XML syntax is `vocab/syntax`).
   */
  ruleId: string;
  /** A warning is reported but does not keep the layer out; default: error. */
  severity?: 'warning';
}

export const isBlocking = (p: VocabProblem): boolean => p.severity !== 'warning';

export interface SourceFile {
  path: string;
  text: string;
  /**
   * A key of the file's content, when the adapter has a cheaper one than hashing the text (the
   * Node adapter hashes the bytes it read, and decodes them only if the text is asked for).
   */
  key?: string;
}

export interface LoadedFile {
  path: string;
  pack: PackFile;
  origins: Map<string, Omit<Origin, 'layer'>>;
}

export interface Layer {
  name: string;
  files: LoadedFile[];
}

/** Keeps alias expansion bounded: a "billion laughs" file is an error, not an outage. */
const MAX_ALIAS_COUNT = 200;
/** Larger files are refused before parsing. */
export const MAX_VOCAB_FILE_BYTES = 20 * 1024 * 1024;
/** js-yaml's nesting limit, the fast path's default: a pack needs fewer than ten levels. */
const MAX_DEPTH = 100;

/** The pack schema's validator, generated at build time (no schema compilation or code evaluation at run time). */
function validate(data: unknown): ErrorObject[] {
  return validatePack(data) ? [] : [...(validatePack.errors ?? [])];
}

/** 1-based line and column of offsets into one text (columns in UTF-16 code units, as editors count them). */
class Positions {
  private index: LineIndex | undefined;
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; col: number } {
    this.index ??= new LineIndex(this.text);
    const p = this.index.position(Math.max(0, offset));
    return { line: p.line + 1, col: p.character + 1 };
  }
}

/**
 * The UTF-8 size of `text` as far as it matters against `limit`: exact when it is near the
 * limit, a lower bound (its length) when that alone decides.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A character that no YAML (or XML) text contains: a binary file, a UTF-16 file read as UTF-8, or bytes that are not UTF-8. */
function badCharacter(text: string, kind = 'YAML'): { offset: number; message: string } | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { offset: nul, message: `The file contains NUL bytes (the first one is here), so it is not a ${kind} text file: it is binary, or saved as UTF-16. Save the pack as UTF-8 text.` };
  }
  const m = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]/.exec(text);
  if (!m) return undefined;
  if (m[0] === '\ufffd') {
    return { offset: m.index, message: 'The file is not valid UTF-8 here (a byte that is not UTF-8 text, shown as \ufffd): it was probably saved as Windows-1252, Latin-1 or another legacy encoding. Save the pack as UTF-8.' };
  }
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset: m.index, message: `The file contains the control character ${code} here, which a ${kind} text cannot contain: is it a binary file? Remove the character, or save the pack as UTF-8 text.` };
}

export function loadPackFile(source: SourceFile): { file?: LoadedFile; problems: VocabProblem[] } {
  const path = source.path;
  const size = utf8Length(source.text, MAX_VOCAB_FILE_BYTES);
  if (size > MAX_VOCAB_FILE_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
    return {
      problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message: `The file is ${mb(size)} MB; a vocabulary file may be at most ${mb(MAX_VOCAB_FILE_BYTES)} MB: split the pack into several files.` }],
    };
  }
  // A byte-order mark is not part of the text (editors do not count it as a column).
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const positions = new Positions(text);
  const at = (start: number, end: number, message: string, ruleId: string, severity?: 'warning'): VocabProblem => {
    const s = positions.at(start);
    const e = positions.at(Math.max(start, end));
    return { file: path, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, message, ruleId, ...(severity ? { severity } : {}) };
  };

  const tbx = isTbxSource(path, text);
  const bad = badCharacter(text, tbx ? 'XML' : 'YAML');
  if (bad) return { problems: [at(bad.offset, bad.offset + 1, bad.message, 'vocab/syntax')] };

  /** A pack converted from a term base or a prh dictionary: each term's origin is where the converter found it. */
  const convertedFile = (pack: PackFile, offsets: number[]): LoadedFile => {
    const origins = new Map<string, Omit<Origin, 'layer'>>();
    pack.terms?.forEach((t, i) => {
      const pos = positions.at(offsets[i] ?? 0);
      origins.set(`terms:${t.id}`, { file: path, line: pos.line, column: pos.col });
    });
    return { path, pack, origins };
  };

  if (tbx) {
    const converted = tbxToPack(text, path);
    const problems = converted.problems.map((p) => at(p.range[0], p.range[1], p.message, p.ruleId, p.severity === 'warning' ? 'warning' : undefined));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.some(isBlocking)) return { problems };
    return { file: convertedFile(converted.pack, converted.offsets), problems };
  }

  const fast = loadFast({ path, text });
  if (fast?.file) return { file: fast.file, problems: [] };
  if (fast?.tooDeep !== undefined) {
    // Refused before the position-keeping parser, which would exhaust the stack on it.
    return { problems: [at(fast.tooDeep, fast.tooDeep + 1, `YAML syntax: the structure is nested more than ${MAX_DEPTH} levels deep here (a pack needs fewer than ten); is a bracket left unclosed, or is this not a pack file?`, 'vocab/syntax')] };
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return { problems: [at(0, 0, `YAML syntax: the file cannot be parsed (${(e as Error).message}).`, 'vocab/syntax')] };
  }
  if (doc.errors.length > 0) {
    return { problems: syntaxProblems(doc, text).map((p) => at(p.start, p.end, p.message, 'vocab/syntax')) };
  }
  const problems: VocabProblem[] = doc.warnings.map((w) => at(w.pos[0], w.pos[1], yamlMessage(w.message), 'vocab/syntax'));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = (e as Error).message;
    if (e instanceof RangeError) {
      return { problems: [at(0, 0, 'YAML syntax: the file is nested too deeply to be read (a pack needs fewer than ten levels).', 'vocab/syntax')] };
    }
    const unresolved = /Unresolved alias.*?: (.*)$/.exec(message)?.[1];
    let alias: YamlNode | undefined;
    visit(doc, { Alias: (_, node) => {
      if (unresolved === undefined || node.source === unresolved) {
        alias = node;
        return visit.BREAK;
      }
      return undefined;
    } });
    const r = alias?.range ?? [0, 0];
    return {
      problems: [at(r[0], r[1], unresolved !== undefined
        ? `YAML syntax: the alias *${unresolved} refers to no anchor: define \`&${unresolved}\` on a value above it, or write the value out.`
        : `YAML syntax: the aliases (*name) in this file expand to too many copies (more than ${MAX_ALIAS_COUNT}; a "billion laughs" file): write the entries out instead of repeating them through aliases.`, 'vocab/syntax')],
    };
  }
  if (data === null || data === undefined) return { file: { path, pack: {}, origins: new Map() }, problems };

  if (isPrhDictionary(data)) {
    const converted = prhToPack(doc, data as { rules?: unknown; imports?: unknown }, path);
    for (const p of converted.problems) problems.push(at(p.range[0], p.range[1], p.message, 'vocab/prh', p.severity === 'warning' ? 'warning' : undefined));
    if (problems.some(isBlocking)) return { problems };
    return { file: convertedFile(converted.pack, converted.lines), problems };
  }

  for (const error of validate(data)) {
    const range = locate(doc, error);
    problems.push(at(range[0], range[1], schemaMessage(doc, error), 'vocab/schema'));
  }
  const byPosition = (a: VocabProblem, b: VocabProblem): number => a.line - b.line || a.column - b.column;
  if (problems.length > 0) return { problems: problems.sort(byPosition) };

  const pack = normalise(data as PackFile);
  for (const issue of semanticIssues(pack)) {
    const { node, pair } = nodeAt(doc.contents, issue.path);
    // A date at its value; a holder at its entry.
    const target = isScalar(node) && node.value === null ? pair?.key : (node ?? pair?.key);
    const r = (target as YamlNode | undefined)?.range ?? [0, 0];
    problems.push(at(r[0], r[1], issue.message, issue.ruleId, issue.severity));
  }
  problems.sort(byPosition);
  if (problems.some(isBlocking)) return { problems };

  const origins = new Map<string, Omit<Origin, 'layer'>>();
  const seen = new Map<string, number>();
  for (const section of SECTIONS) {
    const seq = doc.get(section, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      const entry = pack[section]?.[i];
      if (!entry || !isMap(item)) return;
      const idNode = item.get('id', true) as YamlNode | undefined;
      const pos = positions.at(idNode?.range?.[0] ?? item.range?.[0] ?? 0);
      const key = `${section}:${entry.id}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      // A duplicate keeps its own (later) position under `key#k`, as on the fast path, so
      // that the duplicate-id error points at it and names the first one's line.
      origins.set(k > 0 ? `${key}#${k}` : key, { file: path, line: pos.line, column: pos.col });
    });
  }
  return { file: { path, pack, origins }, problems };
}

/**
 * The common case, a valid pack file, read by js-yaml: about ten times faster than building
 * the position-keeping document (2 s → 0.2 s for 10,000 terms). Anything unusual — an error,
 * an alias, a prh dictionary, a date or holder problem — returns undefined, and the careful
 * path reports it with its position; a structure nested too deeply for that parser's stack
 * returns where it gets too deep. Entity origins come from a scan for the `id:` keys.
 */
function loadFast(source: SourceFile): { file?: LoadedFile; tooDeep?: number } | undefined {
  // Aliases could make a shared structure that validation would walk exponentially often.
  if (/(?:^|[\s[{,:-])[*&][^\s,\]}]/m.test(source.text)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(source.text, { maxAliases: 0, maxDepth: MAX_DEPTH });
  } catch (e) {
    const { reason, mark } = e as { reason?: unknown; mark?: { position?: unknown } };
    if (typeof reason === 'string' && /maxDepth/.test(reason) && typeof mark?.position === 'number') return { tooDeep: mark.position };
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || isPrhDictionary(data)) return undefined;
  if (validate(data).length > 0) return undefined;
  const pack = normalise(data as PackFile);
  if (semanticIssues(pack).length > 0) return undefined;
  const positions = new Positions(source.text);
  const offsets = new Map<string, number[]>();
  const idKey = /(?:^|[\s{,])id:[ \t]*(["']?)([a-z0-9][a-z0-9-]*)\1/g;
  for (let m = idKey.exec(source.text); m; m = idKey.exec(source.text)) {
    const list = offsets.get(m[2]!) ?? [];
    list.push(m.index + m[0].length - m[2]!.length - m[1]!.length);
    offsets.set(m[2]!, list);
  }
  // The n-th `id: x` in the file is the n-th entity (or framing member) with that id in file
  // order: sections in the order the file has them, a framing before its members.
  const used = new Map<string, number>();
  const next = (id: string): number => {
    const k = used.get(id) ?? 0;
    used.set(id, k + 1);
    return offsets.get(id)?.[k] ?? 0;
  };
  const origins = new Map<string, Omit<Origin, 'layer'>>();
  const occurrences = new Map<string, number>();
  for (const section of Object.keys(pack) as (Section | 'pack')[]) {
    if (section === 'pack') {
      if (pack.pack) next(pack.pack.id);
      continue;
    }
    for (const entry of pack[section] ?? []) {
      const pos = positions.at(next(entry.id));
      if (section === 'framings') for (const m of (entry as { members: { id: string }[] }).members) next(m.id);
      const key = `${section}:${entry.id}`;
      const k = occurrences.get(key) ?? 0;
      occurrences.set(key, k + 1);
      // A duplicate keeps its own (later) position, so that the duplicate-id error points at it.
      origins.set(k > 0 ? `${key}#${k}` : key, { file: source.path, line: pos.line, column: pos.col });
    }
  }
  return { file: { path: source.path, pack, origins } };
}

/** Fills in what the schema lets authors leave out, so the rest of the core sees one shape. */
function normalise(pack: PackFile): PackFile {
  for (const doc of pack.documents ?? []) doc.number = String(doc.number);
  const wrongs: { wrong?: WrongVariant[] }[] = [...(pack.bodies ?? []), ...(pack.titles ?? []), ...(pack.terms ?? [])];
  for (const f of pack.framings ?? []) wrongs.push(...f.members);
  for (const entry of wrongs) {
    if (entry.wrong) entry.wrong = entry.wrong.map((w) => (typeof w === 'string' ? { form: w } : w) as WrongVariant);
  }
  const dates = (o: Record<string, unknown>, keys: string[]): void => {
    for (const k of keys) if (typeof o[k] === 'number') o[k] = String(o[k]);
  };
  for (const d of pack.documents ?? []) dates(d as unknown as Record<string, unknown>, ['date']);
  for (const b of pack.bodies ?? []) dates(b as unknown as Record<string, unknown>, ['valid_from', 'valid_to']);
  for (const t of pack.titles ?? []) for (const h of t.holders ?? []) dates(h as unknown as Record<string, unknown>, ['from', 'to']);
  for (const e of pack.events ?? []) dates(e as unknown as Record<string, unknown>, ['start', 'end']);
  for (const d of pack.documents ?? []) dates(d as unknown as Record<string, unknown>, ['signed', 'in_force']);
  for (const p of pack.partnerships ?? []) {
    dates(p as unknown as Record<string, unknown>, ['established']);
    for (const l of p.levels) dates(l as unknown as Record<string, unknown>, ['from']);
  }
  for (const section of SECTIONS) {
    for (const entry of (pack[section] ?? []) as Provenance[]) {
      readSources(entry);
      for (const h of (entry as { holders?: Provenance[] }).holders ?? []) readSources(h);
      for (const l of (entry as { levels?: Provenance[] }).levels ?? []) readSources(l);
    }
  }
  return pack;
}

/** `source` as written (a list of public sources, one, or a sentence) → `sources`, a one-line `source`, the first `source_url`. */
function readSources(p: Provenance): void {
  const written = p.source as unknown;
  if (typeof written === 'string' || written === undefined) return;
  const list = (Array.isArray(written) ? written : [written]) as SourceRef[];
  for (const s of list) if (typeof s.date === 'number') s.date = String(s.date);
  p.sources = list;
  p.source = list.map(describeSource).join('; ');
  p.source_url ??= list[0]?.url;
}

/** "Nhân Dân, “Title”, 2024-08-03". */
export function describeSource(s: SourceRef): string {
  return [s.publisher, s.title ? `“${s.title}”` : undefined, s.date].filter(Boolean).join(', ');
}

type Path = (string | number)[];

/** The node at `path` under `root`, and the key/value pair it is the value of (if any). */
function nodeAt(root: unknown, path: Path): { node?: YamlNode; pair?: Pair<unknown, unknown> } {
  let node = root as YamlNode | undefined;
  let pair: Pair<unknown, unknown> | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair<unknown, unknown> | undefined;
      node = pair?.value as YamlNode | undefined;
    } else if (isSeq(node)) {
      pair = undefined;
      node = node.items[Number(seg)] as YamlNode | undefined;
    } else return { pair };
  }
  return { node, pair };
}

const pathOf = (error: ErrorObject): Path =>
  error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Where a schema error is shown: an unknown field at its key; a missing field at its entry;
 * a wrong scalar at the value; a wrong list or mapping, or an empty value, at its key (the
 * value may start lines below, or be nothing at all).
 */
function locate(doc: Document.Parsed, error: ErrorObject): [number, number] {
  const path = pathOf(error);
  const { node, pair } = path.length === 0 ? { node: doc.contents as YamlNode | undefined, pair: undefined } : nodeAt(doc.contents, path);
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined && isMap(node)) {
    const p = node.items.find((x) => isPair(x) && isScalar(x.key) && String(x.key.value) === extra);
    if (p && isScalar(p.key) && p.key.range) return [p.key.range[0], p.key.range[1]];
  }
  if (error.keyword !== 'required' && isScalar(pair?.key) && pair.key.range && !(isScalar(node) && node.value !== null)) {
    return [pair.key.range[0], pair.key.range[1]];
  }
  const r = node?.range ?? (isScalar(pair?.key) ? pair.key.range : undefined) ?? [0, 0];
  return [r[0], r[1]];
}

/** Explanations of the YAML parser's errors for pack authors, at the place to fix. */
function syntaxProblems(doc: Document.Parsed, text: string): { start: number; end: number; message: string }[] {
  const errors = doc.errors;
  // The first error explains the file; what follows it is mostly its echo (a tab, an
  // unclosed bracket, throw every later line off). Duplicate keys are each their own mistake.
  let first = errors[0]!;
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === first.pos[0]);
    if (multiline) first = multiline;
  }
  const chosen = [first, ...errors.filter((e) => e !== first && e.code === 'DUPLICATE_KEY')];
  return chosen.map((e) => explainSyntax(e, doc, text)).sort((a, b) => a.start - b.start);
}

function explainSyntax(error: YAMLError, doc: Document.Parsed, text: string): { start: number; end: number; message: string } {
  const [start, end] = error.pos;
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const indentOf = (offset: number): number => {
    const from = lineStart(offset);
    let i = from;
    while (text[i] === ' ' || text[i] === '\t') i++;
    return i - from;
  };
  const message = error.message.split('\n')[0]!;
  const say = (s: number, e: number, m: string) => ({ start: s, end: e, message: `YAML syntax: ${m}` });
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return say(start, end, 'a tab is used to indent this line; YAML indents with spaces only. Replace the tab with spaces.');
    case 'MULTIPLE_DOCS':
      return say(start, start + 3, '`---` starts a second YAML document, and a pack file is a single document: remove this line, or move what follows into a file of its own.');
    case 'DUPLICATE_KEY': {
      const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:,{}[\]\n]*)/.exec(text.slice(start, start + 1024))![0].trim();
      return say(start, start + Math.max(1, key.length), `the key \`${key}\` appears twice in the same mapping: keep one of them (or, if this is a new entry, start it with \`- \`).`);
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      // A key that runs over two lines: the second line is indented too far, or the first lacks its colon.
      const nextLine = text.indexOf('\n', start) + 1;
      if (nextLine > 0 && nextLine < text.length) {
        const keyIndent = /^(?:[ \t]*-[ \t]+)*[ \t]*/.exec(text.slice(lineStart(start), start))![0].length;
        const restOfLine = text.slice(start, nextLine - 1);
        if (start > lineStart(start) + keyIndent && !restOfLine.includes(':') && indentOf(nextLine) > keyIndent) {
          const next = nextLine + indentOf(nextLine);
          return say(next, next + 1, `this line is indented more than the key on the line above (column ${keyIndent + 1}), so YAML reads it as part of that key's value: indent the keys of one entry by the same number of spaces.`);
        }
        const word = /^[^\n:]*/.exec(restOfLine)![0].trim();
        return say(start, start + Math.max(1, word.length), `\`${word}\` has no \`:\` after it, so YAML joins it with the next line into one key: write \`${word}: value\`.`);
      }
      return say(start, end, 'a key must fit on one line and be followed by `:`.');
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return say(start, end, 'a value that contains `: ` must be quoted ("…"), or YAML reads it as a key: put the value in quotes.');
    case 'MISSING_CHAR': {
      if (/quote/.test(message)) {
        const quote = message.includes("'") ? "'" : '"';
        let open: YamlNode | undefined;
        visit(doc, { Scalar: (_, node) => {
          if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] < start && node.range[1] >= start) open = node;
        } });
        const at = open?.range?.[0] ?? start;
        return say(at, at + 1, `this ${quote === '"' ? 'double' : 'single'}-quoted text is never closed, so it runs to the end of the file: add the closing ${quote}.`);
      }
      if (/Sequence item without - indicator/.test(message)) {
        return say(start + indentOf(start), start + indentOf(start) + 1, 'this line is indented less than the keys of the entry above, but more than its `-`: line it up with those keys, or start a new entry with `- `.');
      }
      if (/Implicit map keys need to be followed by map values/.test(message)) {
        return say(start, end, 'this line is neither `key: value` nor `- item`: add the `:` after the key, or indent it to continue the value above.');
      }
      return say(start, end, yamlMessage(message).replace(/^YAML syntax: /, ''));
    }
    case 'BAD_INDENT': {
      const flow = /^Flow (map|sequence) in block collection/.exec(message);
      if (flow) {
        const [open, close, what] = flow[1] === 'map' ? ['{', '}', 'mapping'] : ['[', ']', 'list'];
        let unclosed: YamlNode | undefined;
        visit(doc, { Collection: (_, node) => {
          const r = node.range;
          if (node.flow && r && r[0] < start && text[r[0]] === open && !text.slice(r[0], r[1]).trimEnd().endsWith(close)) unclosed = node;
        } });
        if (unclosed?.range) {
          return say(unclosed.range[0], unclosed.range[0] + 1, `the ${open} … ${close} ${what} that starts here is not closed: add the closing ${close} (before the end of the line or of the value).`);
        }
        return say(start, end, `the closing ${close} of a ${open} … ${close} ${what} is missing, or indented less than the key it belongs to.`);
      }
      if (/All mapping items must start at the same column/.test(message)) {
        return say(start + indentOf(start), start + indentOf(start) + 1, 'this key does not start in the same column as the other keys of its mapping: indent them by the same number of spaces.');
      }
      return say(start, end, yamlMessage(message).replace(/^YAML syntax: /, ''));
    }
    case 'UNEXPECTED_TOKEN': {
      if (/Unexpected scalar at node end/.test(message)) return say(start, end, 'unexpected text after a quoted value or a closing bracket: put the whole value inside the quotes, or remove the text.');
      const token = /"(.)"$/.exec(message)?.[1];
      if (token && '}])'.includes(token)) return say(start, end, `an extra \`${token}\` closes nothing: remove it.`);
      return say(start, end, yamlMessage(message).replace(/^YAML syntax: /, ''));
    }
    case 'RESOURCE_EXHAUSTION':
      return say(start, end, 'the structure is nested too deeply to be read (hundreds of levels; a pack needs fewer than ten): is a bracket left unclosed, or is this not a pack file?');
    default:
      return say(start, end, yamlMessage(message).replace(/^YAML syntax: /, ''));
  }
}

function yamlMessage(message: string): string {
  return `YAML syntax: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** The pack schema's node for a data path (for the fields a mapping may have). */
function schemaAt(path: Path): { type?: unknown; properties?: Record<string, unknown>; enum?: unknown[] } | undefined {
  let s = packSchema as unknown as { items?: unknown; properties?: Record<string, unknown> } | undefined;
  for (const seg of path) s = (typeof seg === 'number' ? s?.items : s?.properties?.[seg]) as typeof s;
  return s as ReturnType<typeof schemaAt>;
}

/** The one candidate within a small edit distance of `word`, if any: "sorce" → "source". */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit || c === word) continue;
    let prev = Array.from({ length: c.length + 1 }, (_, j) => j);
    for (let i = 1; i <= word.length; i++) {
      const row = [i];
      for (let j = 1; j <= c.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word[i - 1] === c[j - 1] ? 0 : 1));
      prev = row;
    }
    const d = prev[c.length]!;
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}

const REQUIRED_HINTS: Record<string, string> = {
  id: 'a stable id of lowercase letters, digits and hyphens',
  source: 'where the fact comes from',
  confidence: 'high, medium or low',
  name: 'en: …, vi: …',
  title: 'en: …, vi: …',
  description: 'en: …, vi: …',
  type: 'resolution, directive, decree, …',
  number: 'the number before the type code: "34" in 34-NQ/TW',
  triggers: 'the phrases that announce the framing, per language',
  members: 'a list of at least two',
  person: 'the id of an entry of people',
  form: 'the wrong form as writers type it',
  year: 'a year',
};

function describeValue(node: unknown): string {
  if (node === undefined || node === null) return 'empty';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined || v === '') return 'empty';
    if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 39)}…` : v}"`;
    if (typeof v === 'number' || typeof v === 'bigint') return `the number ${String(v)}`;
    return `\`${String(v)}\``;
  }
  return 'something else';
}

function schemaMessage(doc: Document.Parsed, error: ErrorObject): string {
  const path = pathOf(error);
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = path[path.length - 1];
  const field = names[names.length - 1];
  const parent = names[names.length - 2];
  const where =
    path.length === 0 ? 'the file'
    : typeof last === 'number' ? `an entry of \`${(field === 'en' || field === 'vi') && parent !== undefined ? `${parent}.${field}` : field}\``
    : (last === 'en' || last === 'vi') && parent !== undefined ? `\`${parent}.${last}\``
    : `\`${field}\``;
  const Where = where[0]!.toUpperCase() + where.slice(1);
  const p = error.params as Record<string, unknown>;
  const { node } = path.length === 0 ? { node: doc.contents } : nodeAt(doc.contents, path);
  const value = isScalar(node) ? node.value : undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const hint = REQUIRED_HINTS[missing] ? ` (${REQUIRED_HINTS[missing]})` : '';
      const entry = typeof last === 'number' ? ` in this entry of \`${field}\`` : field ? ` in \`${field}\`` : ' in this entry';
      return `Missing required field \`${missing}\`${hint}${entry}.`;
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const suggestion = closest(extra, Object.keys(schemaAt(path)?.properties ?? {}));
      const mean = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      if (path.length === 0) return `Unknown field \`${extra}\`${mean}${mean ? ' A' : '; a'} pack file has the sections ${['pack', ...SECTIONS].join(', ')}.`;
      return `Unknown field \`${extra}\`${mean || '.'}`;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      return `${where} must be one of: ${allowed.join(', ')}${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`;
    }
    case 'type': {
      const types = String(p.type).split(',');
      const keys = Object.keys(schemaAt(path)?.properties ?? {}).join();
      const localized = types.includes('object') && keys === 'en,vi';
      if (keys === 'publisher,title,date,url' && types.includes('array')) {
        return `${where} must be a list of sources (\`- publisher: …\`, \`title: …\`, \`date: …\`, \`url: …\`) or a sentence, but here it is ${describeValue(node)}.`;
      }
      const words: Record<string, string> = {
        string: 'text',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        array: 'a list',
        object: localized ? 'a mapping of languages (en: …, vi: …)' : types.includes('string') ? 'a mapping (form: …, fix: …)' : 'a mapping (key: value)',
        null: 'empty',
      };
      const expected = types.map((t) => words[t] ?? t).join(' or ');
      const actual = describeValue(node);
      if (path.length === 0) {
        return `A pack file must be a mapping of sections (${['pack', ...SECTIONS].join(', ')}), but this one is ${actual}: put the entries under a section such as \`terms:\`.`;
      }
      let hint = '';
      if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) hint = `: write it in quotes ("${String(value)}")`;
      else if (types.includes('array') && isScalar(node) && value !== null && value !== undefined) hint = `: write [${String(value)}], or one \`- item\` per line`;
      else if (types.includes('array') && isMap(node)) hint = ': start each entry with `- `';
      else if (types.includes('array') && actual === 'empty') hint = ': write `[]` for none, or list the entries under it, each starting with `- `';
      return `${Where} must be ${expected}, but here it is ${actual}${hint}.`;
    }
    case 'pattern':
      if (String(p.pattern).startsWith('^\\d{4}')) return `${where} must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`;
      if (String(p.pattern).startsWith('^[a-z0-9]')) return `${where} must be an id of lowercase letters, digits and hyphens.`;
      if (String(p.pattern).startsWith('^https?')) return `${where} must be an http(s) URL.`;
      return `${where} does not have the expected form.`;
    case 'minLength':
      return `${Where} must not be empty.`;
    case 'minItems':
      return `${Where} needs at least ${String(p.limit)} entries${isSeq(node) ? `, but here it has ${node.items.length}` : ''}.`;
    case 'minProperties':
      return `${where} needs at least one language (en or vi).`;
    case 'minimum':
    case 'maximum':
      return `${Where} must be at ${error.keyword === 'minimum' ? 'least' : 'most'} ${String(p.limit)}${value !== undefined ? `, but here it is ${String(value)}` : ''}.`;
    default:
      return `${Where} is not valid here (${error.keyword}).`;
  }
}

// ---------------------------------------------------------------------------------------
// Checks the schema cannot express: real calendar dates, periods in order, holders whose
// terms overlap. Each is a pass over the entries (holders: sorted per title).

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface Issue {
  path: Path;
  ruleId: 'vocab/date' | 'vocab/holders';
  message: string;
  severity?: 'warning';
}

/** Whether the period ending at `end` certainly ends before the one starting at `start` begins (at the coarser precision). */
function before(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}


/** Whether `title` is, by its name, one of several held at once ("Deputy Prime Minister", "Ủy viên Bộ Chính trị"). */
function heldByMany(name: { en?: string; vi?: string }): boolean {
  return /^(deputy|vice|member|alternate|assistant|permanent member)\b/i.test(name.en ?? '') || /^(phó|ủy viên|uỷ viên)(\s|$)/i.test(name.vi ?? '');
}

function semanticIssues(pack: PackFile): Issue[] {
  const issues: Issue[] = [];
  /** The date at `path`, if it is a real one. */
  const date = (path: Path, field: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (!DATE.test(value)) {
      const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
      issues.push({
        path, ruleId: 'vocab/date',
        message: `\`${field}: ${value}\` is not a date: write it YYYY, YYYY-MM or YYYY-MM-DD${digits ? ` ("${digits[1]}-${digits[2]}-${digits[3]}")` : ''}, in quotes.`,
      });
      return undefined;
    }
    if (value.length === 10) {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const days = daysInMonth(y, m);
      if (d > days) {
        issues.push({ path, ruleId: 'vocab/date', message: `\`${field}: ${value}\` is not a day of the calendar: ${MONTHS[m - 1]} ${y} has ${days} days.` });
        return undefined;
      }
    }
    return value;
  };
  const period = (base: Path, fromField: string, toField: string, from: string | undefined, to: string | undefined, what: string): boolean => {
    const f = date([...base, fromField], fromField, from);
    const t = date([...base, toField], toField, to);
    if (f !== undefined && t !== undefined && before(t, f)) {
      issues.push({ path: [...base, toField], ruleId: 'vocab/date', message: `\`${toField}: ${t}\` is before \`${fromField}: ${f}\`: ${what}. Swap or correct the dates.` });
      return false;
    }
    return (from === undefined || f !== undefined) && (to === undefined || t !== undefined);
  };
  pack.documents?.forEach((d, i) => date(['documents', i, 'date'], 'date', d.date));
  pack.bodies?.forEach((b, i) => period(['bodies', i], 'valid_from', 'valid_to', b.valid_from, b.valid_to, 'the body would cease to exist before it was set up'));
  pack.events?.forEach((e, i) => period(['events', i], 'start', 'end', e.start, e.end, 'the event would end before it starts'));
  pack.titles?.forEach((t, i) => {
    interface Span { j: number; person: string; acting: boolean; start: string; end: string; from?: string; to?: string }
    const spans: Span[] = [];
    t.holders?.forEach((h, j) => {
      const ok = period(['titles', i, 'holders', j], 'from', 'to', h.from, h.to, 'the holder would leave office before taking it');
      // The days the holding certainly covers: from the last day `from` may mean to the first
      // day `to` may mean. Without `from`, when it began is unknown: nothing is certain.
      if (ok && h.from !== undefined) spans.push({ j, person: h.person, acting: h.acting === true, start: periodEnd(h.from), end: h.to === undefined ? '9999-12-31' : periodStart(h.to), from: h.from, ...(h.to !== undefined ? { to: h.to } : {}) });
    });
    if (spans.length < 2) return;
    spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.j - b.j));
    const term = (s: Span): string => `from ${s.from}${s.to ? ` to ${s.to}` : ' with no `to`'}`;
    const many = heldByMany(t.name);
    // Same person, same capacity: one holding too many. Different people, neither acting, on
    // a title held by one person at a time: a warning, since a pack cannot say which titles are.
    const latest = new Map<string, Span>();
    let best: Span | undefined;
    let bestOther: Span | undefined;
    for (const s of spans) {
      const key = `${s.person}\u0000${s.acting}`;
      const same = latest.get(key);
      if (same && same.end > s.start) {
        issues.push({
          path: ['titles', i, 'holders', s.j], ruleId: 'vocab/holders',
          message: `\`${s.person}\` already holds this title ${term(same)} (another entry of \`holders\`); this holding ${term(s)} overlaps it: merge the two entries, or correct their dates.`,
        });
      }
      if (!same || s.end > same.end) latest.set(key, s);
      if (s.acting) continue;
      const other = best && best.person !== s.person ? best : bestOther;
      if (!many && other && other.end > s.start && !(same && same.end > s.start)) {
        issues.push({
          path: ['titles', i, 'holders', s.j], ruleId: 'vocab/holders', severity: 'warning',
          message: `\`${s.person}\` holds this title ${term(s)} while \`${other.person}\` still holds it (${term(other)}): if the title has one holder at a time, end the earlier holding with \`to:\`; mark an acting holder \`acting: true\`.`,
        });
      }
      if (!best || s.end > best.end) {
        if (best && best.person !== s.person) bestOther = best;
        best = s;
      } else if (s.person !== best.person && (!bestOther || s.end > bestOther.end)) bestOther = s;
    }
  });
  return issues;
}

/** Merges layers in order: a later entry with the same id replaces an earlier one. */
export function mergeLayers(layers: Layer[]): { vocabulary: Vocabulary; problems: VocabProblem[] } {
  const vocabulary: { [K in keyof Vocabulary]: Vocabulary[K] extends ReadonlyMap<infer I, infer E> ? Map<I, E> : Vocabulary[K] } = {
    documents: new Map(),
    bodies: new Map(),
    titles: new Map(),
    people: new Map(),
    terms: new Map(),
    framings: new Map(),
    events: new Map(),
    milestones: new Map(),
    partnerships: new Map(),
    origins: new Map(),
    layers: [],
  };
  const problems: VocabProblem[] = [];
  for (const layer of layers) {
    let count = 0;
    const seenInLayer = new Map<string, string>();
    for (const file of layer.files) {
      const occurrences = new Map<string, number>();
      for (const section of SECTIONS) {
        for (const entry of file.pack[section] ?? []) {
          const key = `${section}:${entry.id}`;
          const k = occurrences.get(key) ?? 0;
          occurrences.set(key, k + 1);
          const origin = file.origins.get(k > 0 ? `${key}#${k}` : key) ?? file.origins.get(key);
          const previous = seenInLayer.get(key);
          if (previous !== undefined && origin) {
            problems.push({
              file: file.path, line: origin.line, column: origin.column, endLine: origin.line, endColumn: origin.column + entry.id.length,
              ruleId: 'vocab/duplicate-id', message: `The id \`${entry.id}\` is already used in ${section} (${previous}); ids must be unique within a layer.`,
            });
            continue;
          }
          seenInLayer.set(key, origin ? `${origin.file}:${origin.line}` : file.path);
          (vocabulary[section] as Map<string, unknown>).set(entry.id, entry);
          if (origin) vocabulary.origins.set(key, { ...origin, layer: layer.name });
          count++;
        }
      }
    }
    vocabulary.layers.push({ name: layer.name, files: layer.files.map((f) => f.path), entities: count });
  }
  problems.push(...checkReferences(vocabulary));
  return { vocabulary, problems };
}

function checkReferences(v: Vocabulary): VocabProblem[] {
  const problems: VocabProblem[] = [];
  // Located at the id of the entry that holds the reference (the message names the field and
  // its value): the merged vocabulary keeps entry origins, not the positions of every field.
  const check = (section: Section, id: string, path: Path, target: Section, ref: string | undefined): void => {
    if (ref === undefined || (v[target] as Map<string, unknown>).has(ref)) return;
    const field = String(path[path.length - 1]);
    const o = v.origins.get(`${section}:${id}`);
    const suggestion = closest(ref, [...(v[target] as Map<string, unknown>).keys()].filter((k) => target !== section || k !== id));
    problems.push({
      file: o?.file ?? '(vocabulary)', line: o?.line ?? 1, column: o?.column ?? 1, endLine: o?.line ?? 1, endColumn: (o?.column ?? 1) + id.length,
      ruleId: 'vocab/unknown-reference',
      message: `\`${field}: ${ref}\` in ${section} \`${id}\` names no entry of ${target}${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
    });
  };
  for (const d of v.documents.values()) {
    check('documents', d.id, ['issuer'], 'bodies', d.issuer);
    check('documents', d.id, ['superseded_by'], 'documents', d.superseded_by);
  }
  for (const b of v.bodies.values()) check('bodies', b.id, ['successor'], 'bodies', b.successor);
  for (const t of v.titles.values()) {
    check('titles', t.id, ['body'], 'bodies', t.body);
    t.holders?.forEach((h, j) => check('titles', t.id, ['holders', j, 'person'], 'people', h.person));
  }
  for (const m of v.milestones.values()) check('milestones', m.id, ['set_by'], 'events', m.set_by);
  return problems;
}

export function problemToString(p: VocabProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity ?? 'error'} ${p.ruleId} ${p.message}`;
}
