// Loading vocabulary files: YAML with source positions, validated against the pack's
// JSON Schema, every problem reported with its file, line and column. Vocabulary is
// data: it is parsed, never evaluated.

import type { ErrorObject } from 'ajv';
import validatePack from 'communique:pack-validator';
import { load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { isPrhDictionary, prhToPack } from './prh';
import {
  SECTIONS,
  type Origin,
  type PackFile,
  type Section,
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
  /** `vocab/syntax`, `vocab/schema`, `vocab/duplicate-id`, `vocab/unknown-reference`, `vocab/io`, `vocab/prh`. */
  ruleId: string;
  /** A warning is reported but does not keep the layer out; default: error. */
  severity?: 'warning';
}

export const isBlocking = (p: VocabProblem): boolean => p.severity !== 'warning';

export interface SourceFile {
  path: string;
  text: string;
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

/** The pack schema's validator, generated at build time (no schema compilation or code evaluation at run time). */
function validate(data: unknown): ErrorObject[] {
  return validatePack(data) ? [] : [...(validatePack.errors ?? [])];
}

export function loadPackFile(source: SourceFile): { file?: LoadedFile; problems: VocabProblem[] } {
  const problems: VocabProblem[] = [];
  const lines = new LineCounter();
  const at = (path: string, start: number, end: number, message: string, ruleId: string): VocabProblem => {
    const s = lines.linePos(start);
    const e = lines.linePos(Math.max(start, end));
    return { file: path, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, message, ruleId };
  };
  if (source.text.length > MAX_VOCAB_FILE_BYTES) {
    return {
      problems: [{ file: source.path, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message: `The file is larger than ${MAX_VOCAB_FILE_BYTES / 1024 / 1024} MB; split the pack into several files.` }],
    };
  }
  const fast = loadFast(source);
  if (fast) return { file: fast, problems: [] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return { problems: [at(source.path, 0, 0, `Cannot parse YAML: ${(e as Error).message}`, 'vocab/syntax')] };
  }
  for (const err of [...doc.errors, ...doc.warnings]) {
    const [s, e] = err.pos;
    problems.push(at(source.path, s, e, yamlMessage(err.message), 'vocab/syntax'));
  }
  if (doc.errors.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { problems: [at(source.path, 0, 0, `The file expands too many YAML aliases (${(e as Error).message}); write the entries out.`, 'vocab/syntax')] };
  }
  if (data === null || data === undefined) return { file: { path: source.path, pack: {}, origins: new Map() }, problems };

  if (isPrhDictionary(data)) {
    const converted = prhToPack(doc, data as { rules?: unknown; imports?: unknown }, source.path);
    for (const p of converted.problems) {
      problems.push({ ...at(source.path, p.range[0], p.range[1], p.message, 'vocab/prh'), ...(p.severity === 'warning' ? { severity: 'warning' as const } : {}) });
    }
    if (problems.some(isBlocking)) return { problems };
    const origins = new Map<string, Omit<Origin, 'layer'>>();
    converted.pack.terms?.forEach((t, i) => {
      const pos = lines.linePos(converted.lines[i] ?? 0);
      origins.set(`terms:${t.id}`, { file: source.path, line: pos.line, column: pos.col });
    });
    return { file: { path: source.path, pack: converted.pack, origins }, problems };
  }

  for (const error of validate(data)) {
    const { node, key } = locate(doc, error);
    const range = key?.range ?? node?.range ?? [0, 0];
    problems.push(at(source.path, range[0], range[1], schemaMessage(error), 'vocab/schema'));
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };

  const pack = normalise(data as PackFile);
  const origins = new Map<string, Omit<Origin, 'layer'>>();
  for (const section of SECTIONS) {
    const seq = doc.get(section, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      const entry = pack[section]?.[i];
      if (!entry || !isMap(item)) return;
      const idNode = item.get('id', true) as YamlNode | undefined;
      const offset = idNode?.range?.[0] ?? item.range?.[0] ?? 0;
      const pos = lines.linePos(offset);
      origins.set(`${section}:${entry.id}`, { file: source.path, line: pos.line, column: pos.col });
    });
  }
  return { file: { path: source.path, pack, origins }, problems };
}

/**
 * The common case, a valid pack file, read by js-yaml: about ten times faster than building
 * the position-keeping document (2 s → 0.2 s for 10,000 terms). Anything unusual — an error,
 * an alias, a prh dictionary — returns undefined, and the careful path reports it with its
 * position. Entity origins come from a scan for the `id:` keys.
 */
function loadFast(source: SourceFile): LoadedFile | undefined {
  // Aliases could make a shared structure that validation would walk exponentially often.
  if (/(?:^|[\s[{,:-])[*&][^\s,\]}]/m.test(source.text)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(source.text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || isPrhDictionary(data)) return undefined;
  if (validate(data).length > 0) return undefined;
  const pack = normalise(data as PackFile);
  const starts = [0];
  for (let i = source.text.indexOf('\n'); i >= 0; i = source.text.indexOf('\n', i + 1)) starts.push(i + 1);
  const positions = new Map<string, number[]>();
  const idKey = /(?:^|[\s{,])id:[ \t]*(["']?)([a-z0-9][a-z0-9-]*)\1/g;
  for (let m = idKey.exec(source.text); m; m = idKey.exec(source.text)) {
    const list = positions.get(m[2]!) ?? [];
    list.push(m.index + m[0].length - m[2]!.length - m[1]!.length * 2 + m[1]!.length);
    positions.set(m[2]!, list);
  }
  const origins = new Map<string, Omit<Origin, 'layer'>>();
  const used = new Map<string, number>();
  for (const section of SECTIONS) {
    for (const entry of pack[section] ?? []) {
      const k = used.get(entry.id) ?? 0;
      used.set(entry.id, k + 1);
      const offset = positions.get(entry.id)?.[k] ?? 0;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const key = `${section}:${entry.id}`;
      // A duplicate keeps its own (later) position, so that the duplicate-id error points at it.
      origins.set(origins.has(key) ? `${key}#${k}` : key, { file: source.path, line: lo + 1, column: offset - starts[lo]! + 1 });
    }
  }
  return { path: source.path, pack, origins };
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
  return pack;
}

function locate(doc: Document.Parsed, error: ErrorObject): { node?: YamlNode; key?: YamlNode } {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as YamlNode | undefined;
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined && node && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === extra);
    if (pair && isScalar(pair.key)) return { node, key: pair.key };
  }
  return { node: node ?? undefined };
}

function yamlMessage(message: string): string {
  return `YAML syntax: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}

function schemaMessage(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : '`' + error.instancePath.slice(1).split('/').filter((p) => !/^\d+$/.test(p)).pop() + '`';
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `Missing required field \`${String(p.missingProperty)}\` in this entry.`;
    case 'additionalProperties':
      return `Unknown field \`${String(p.additionalProperty)}\`${error.instancePath === '' ? `; a pack file has the sections ${['pack', ...SECTIONS].join(', ')}` : ''}.`;
    case 'enum':
      return `${where} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}.`;
    case 'type':
      return `${where} must be ${String(p.type).replace(',', ' or ')}.`;
    case 'pattern':
      if (String(p.pattern).startsWith('^\\d{4}')) return `${where} must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`;
      if (String(p.pattern).startsWith('^[a-z0-9]')) return `${where} must be an id of lowercase letters, digits and hyphens.`;
      if (String(p.pattern).startsWith('^https?')) return `${where} must be an http(s) URL.`;
      return `${where} does not have the expected form.`;
    case 'minLength':
      return `${where} must not be empty.`;
    case 'minItems':
      return `${where} needs at least ${String(p.limit)} items.`;
    case 'minProperties':
      return `${where} needs at least one language (en or vi).`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

/** Merges layers in order: a later entry with the same id replaces an earlier one. */
export function mergeLayers(layers: Layer[]): { vocabulary: Vocabulary; problems: VocabProblem[] } {
  const vocabulary: Vocabulary = {
    documents: new Map(),
    bodies: new Map(),
    titles: new Map(),
    people: new Map(),
    terms: new Map(),
    framings: new Map(),
    events: new Map(),
    milestones: new Map(),
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
              file: file.path, line: origin.line, column: origin.column, endLine: origin.line, endColumn: origin.column + entry.id.length + 4,
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
  const check = (section: Section, id: string, field: string, target: Section, ref: string | undefined): void => {
    if (ref === undefined || (v[target] as Map<string, unknown>).has(ref)) return;
    const o = v.origins.get(`${section}:${id}`);
    problems.push({
      file: o?.file ?? '(vocabulary)', line: o?.line ?? 1, column: o?.column ?? 1, endLine: o?.line ?? 1, endColumn: (o?.column ?? 1) + id.length + 4,
      ruleId: 'vocab/unknown-reference', message: `\`${field}: ${ref}\` in ${section} \`${id}\` names no entry of ${target}.`,
    });
  };
  for (const d of v.documents.values()) {
    check('documents', d.id, 'issuer', 'bodies', d.issuer);
    check('documents', d.id, 'superseded_by', 'documents', d.superseded_by);
  }
  for (const b of v.bodies.values()) check('bodies', b.id, 'successor', 'bodies', b.successor);
  for (const t of v.titles.values()) {
    check('titles', t.id, 'body', 'bodies', t.body);
    for (const h of t.holders ?? []) check('titles', t.id, 'person', 'people', h.person);
  }
  for (const m of v.milestones.values()) check('milestones', m.id, 'set_by', 'events', m.set_by);
  return problems;
}

export function problemToString(p: VocabProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity ?? 'error'} ${p.ruleId} ${p.message}`;
}
