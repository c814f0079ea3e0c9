// Validation against the pack's JSON Schema, by the validator Ajv generated at build time
// (`communique:pack-validator`: no schema is compiled and no code evaluated at run time), and
// each error explained for pack authors at the place to fix.

import type { ErrorObject } from 'ajv';
import validatePack from 'communique:pack-validator';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import packSchema from '../../../vocabulary/pack.schema.json';
import { SECTIONS } from './model';
import { closest } from './problems';
import { nodeAt, type Path } from './yaml';

/** The schema errors of a pack's data: none when it is valid. */
export function validate(data: unknown): ErrorObject[] {
  return validatePack(data) ? [] : [...(validatePack.errors ?? [])];
}

/** The schema errors of a parsed pack, each at its offsets in the file with its explanation. */
export function schemaProblems(doc: Document.Parsed, data: unknown): { start: number; end: number; message: string }[] {
  return validate(data).map((error) => {
    const range = locate(doc, error);
    return { start: range[0], end: range[1], message: schemaMessage(doc, error) };
  });
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

/** The pack schema's node for a data path (for the fields a mapping may have). */
function schemaAt(path: Path): { type?: unknown; properties?: Record<string, unknown>; enum?: unknown[] } | undefined {
  let s = packSchema as unknown as { items?: unknown; properties?: Record<string, unknown> } | undefined;
  for (const seg of path) s = (typeof seg === 'number' ? s?.items : s?.properties?.[seg]) as typeof s;
  return s as ReturnType<typeof schemaAt>;
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
