// Reading a pack's YAML: the common case fast (js-yaml, positions of the entries' ids only),
// and otherwise the position-keeping document (yaml), whose errors are explained for pack
// authors at the place to fix; and nodes of that document found by their data path.

import { load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLError } from 'yaml';
import { SECTIONS, type Origin, type PackFile, type Section } from './model';
import { Positions } from './problems';

/** Keeps alias expansion bounded: a "billion laughs" file is an error, not an outage. */
const MAX_ALIAS_COUNT = 200;
/** js-yaml's nesting limit, the fast path's default: a pack needs fewer than ten levels. */
const MAX_DEPTH = 100;

/** A problem found reading the YAML, at offsets into the text. */
export interface YamlProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * The data of a pack file by js-yaml, about ten times faster than building the position-keeping
 * document: undefined when the text has an alias (which could make a shared structure that
 * validation would walk exponentially often) or js-yaml fails; `tooDeep` where it gets too deep
 * for that parser's stack.
 */
export function readYamlFast(text: string): { data: unknown } | { tooDeep: number } | undefined {
  if (/(?:^|[\s[{,:-])[*&][^\s,\]}]/m.test(text)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(text, { maxAliases: 0, maxDepth: MAX_DEPTH });
  } catch (e) {
    const { reason, mark } = e as { reason?: unknown; mark?: { position?: unknown } };
    if (typeof reason === 'string' && /maxDepth/.test(reason) && typeof mark?.position === 'number') return { tooDeep: mark.position };
    return undefined;
  }
  return { data };
}

/** The message for a structure nested too deeply for the fast reader, whose stack the position-keeping one would exhaust. */
export const TOO_DEEP_MESSAGE = `YAML syntax: the structure is nested more than ${MAX_DEPTH} levels deep here (a pack needs fewer than ten); is a bracket left unclosed, or is this not a pack file?`;

/** Where each entity is defined, found without the document: by a scan for the `id:` keys. */
export function idOrigins(text: string, path: string, pack: PackFile, positions: Positions): Map<string, Omit<Origin, 'layer'>> {
  const offsets = new Map<string, number[]>();
  const idKey = /(?:^|[\s{,])id:[ \t]*(["']?)([a-z0-9][a-z0-9-]*)\1/g;
  for (let m = idKey.exec(text); m; m = idKey.exec(text)) {
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
      origins.set(k > 0 ? `${key}#${k}` : key, { file: path, line: pos.line, column: pos.col });
    }
  }
  return origins;
}

/**
 * The position-keeping document of a pack file and its data, with the parser's warnings; or the
 * syntax problems that keep it from being read.
 */
export function readYamlDocument(text: string): { doc: Document.Parsed; data: unknown; warnings: YamlProblem[] } | { problems: YamlProblem[] } {
  const problem = (start: number, end: number, message: string) => ({ problems: [{ start, end, message }] });
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return problem(0, 0, `YAML syntax: the file cannot be parsed (${(e as Error).message}).`);
  }
  if (doc.errors.length > 0) return { problems: syntaxProblems(doc, text) };
  const warnings = doc.warnings.map((w) => ({ start: w.pos[0], end: w.pos[1], message: yamlMessage(w.message) }));
  try {
    return { doc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), warnings };
  } catch (e) {
    const message = (e as Error).message;
    if (e instanceof RangeError) {
      return problem(0, 0, 'YAML syntax: the file is nested too deeply to be read (a pack needs fewer than ten levels).');
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
    return problem(r[0], r[1], unresolved !== undefined
      ? `YAML syntax: the alias *${unresolved} refers to no anchor: define \`&${unresolved}\` on a value above it, or write the value out.`
      : `YAML syntax: the aliases (*name) in this file expand to too many copies (more than ${MAX_ALIAS_COUNT}; a "billion laughs" file): write the entries out instead of repeating them through aliases.`);
  }
}

/** Where each entity of a pack read from `doc` is defined: at its `id`, else at its entry. */
export function entryOrigins(doc: Document.Parsed, path: string, pack: PackFile, positions: Positions): Map<string, Omit<Origin, 'layer'>> {
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
  return origins;
}

/** A data path: keys and list indexes from the document's root. */
export type Path = (string | number)[];

/** The node at `path` under `root`, and the key/value pair it is the value of (if any). */
export function nodeAt(root: unknown, path: Path): { node?: YamlNode; pair?: Pair<unknown, unknown> } {
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

/** Where a problem of the value at `path` is shown: a date at its value; a holder at its entry (an empty value at its key). */
export function valueRange(doc: Document.Parsed, path: Path): [number, number] {
  const { node, pair } = nodeAt(doc.contents, path);
  const target = isScalar(node) && node.value === null ? pair?.key : (node ?? pair?.key);
  const r = (target as YamlNode | undefined)?.range ?? [0, 0];
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
