// A compiled vocabulary as one byte array, so that an adapter can keep it on disk and start
// with a large pack without parsing, merging and compiling it again. Starting from a
// snapshot costs about the same for 100 terms as for 10,000: the automaton's arrays are read
// back as views on the same bytes, and every entry, surface-form list and origin is kept as
// its own JSON slice, parsed the first time it is asked for (a check touches few of them).
//
// Layout: "CQV1", u32 header length, header (UTF-8 JSON: layers, load warnings, ids per
// table, and the segments' types and lengths), zero padding to 4 bytes, then each segment
// in the header's order, each starting on a 4-byte boundary.

import { Automaton, type AutomatonArrays } from '../matcher/automaton';
import { compiledFrom, type CompiledVocabulary, type SurfaceForm } from './compile';
import type { VocabProblem } from './problems';
import type { Origin, Vocabulary, WrongVariant } from './model';
import { SECTIONS } from './model';
import type { Lang } from '../types';

const MAGIC = 0x31565143; // "CQV1" read as a little-endian u32

const ARRAY_TYPES = { Int32Array, Uint16Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;
type Segment = Int32Array | Uint16Array | Uint8Array;
const AUTOMATON: (keyof AutomatonArrays)[] = ['childStart', 'edge', 'fail', 'outputLink', 'endOffsets', 'endPatterns', 'patternLengths', 'patternEdges', 'rowOf', 'rows'];
/** Tables of JSON slices: the vocabulary's sections, its origins, and the forms per pattern. */
type TableName = (typeof SECTIONS)[number] | 'origins' | 'forms';

interface Header {
  /** File and layer names that origins refer to by index. */
  places: string[];
  layers: Vocabulary['layers'];
  problems: VocabProblem[];
  /** Keys per table (for forms, none: the pattern number is the key). */
  keys: Partial<Record<TableName, string[]>>;
  segments: { name: string; type: ArrayTypeName; length: number }[];
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Values as JSON slices: their bytes one after another, and where each starts. */
function slices(values: Iterable<unknown>): { offsets: Int32Array; bytes: Uint8Array } {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const v of values) {
    const b = encoder.encode(JSON.stringify(v));
    parts.push(b);
    total += b.length;
  }
  const offsets = new Int32Array(parts.length + 1);
  const bytes = new Uint8Array(total);
  parts.forEach((p, i) => {
    bytes.set(p, offsets[i]!);
    offsets[i + 1] = offsets[i]! + p.length;
  });
  return { offsets, bytes };
}

export function snapshotOf(compiled: CompiledVocabulary, problems: VocabProblem[]): Uint8Array {
  const v = compiled.vocabulary;
  const segments: [string, Segment][] = [];
  const keys: Header['keys'] = {};
  const table = (name: TableName, entries: Iterable<[string, unknown]> | undefined, values?: unknown[]): void => {
    let list = values;
    if (entries) {
      const pairs = [...entries];
      keys[name] = pairs.map(([k]) => k);
      list = pairs.map(([, e]) => e);
    }
    const { offsets, bytes } = slices(list!);
    segments.push([`${name}.offsets`, offsets], [`${name}.bytes`, bytes]);
  };
  for (const s of SECTIONS) table(s, v[s]);
  // Origins as [file, line, column, layer], the file and layer by their index in `places`.
  const places: string[] = [];
  const place = (name: string): number => {
    const k = places.indexOf(name);
    return k >= 0 ? k : places.push(name) - 1;
  };
  table('origins', [...v.origins].map(([k, o]) => [k, [place(o.file), o.line, o.column, place(o.layer)]] as [string, unknown]));
  table('forms', undefined, Array.from({ length: compiled.automaton.size }, (_, p) => compiled.forms.at(p)!.map((f) => encodeForm(f, v))));
  const arrays = compiled.automaton.toArrays();
  for (const name of AUTOMATON) segments.push([name, arrays[name]]);

  const header: Header = {
    places,
    layers: v.layers,
    problems,
    keys,
    segments: segments.map(([name, a]) => ({ name, type: a.constructor.name as ArrayTypeName, length: a.length })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align4(8 + json.length);
  for (const [, a] of segments) size = align4(size + a.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let offset = align4(8 + json.length);
  for (const [, a] of segments) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset = align4(offset + a.byteLength);
  }
  return out;
}

/**
 * A surface form as a tuple: [kind, id, role, form, lang, flags, wrong], where wrong is the
 * index of the wrong variant in its entity's list (-1: none), or the variant itself when it is
 * not found there. Forms are most of a snapshot: as objects, with the variant copied out of
 * its entity, they took three times the bytes.
 */
type EncodedForm = [SurfaceForm['kind'], string, SurfaceForm['role'], string, Lang | 0, number, number | WrongVariant];
const CASE_SENSITIVE = 1;
const DIACRITICS_STRICT = 2;

/** The wrong variants of the entity a form names, where wrong forms come from. */
function wrongListOf(kind: SurfaceForm['kind'], id: string, v: Vocabulary): WrongVariant[] | undefined {
  switch (kind) {
    case 'body': return v.bodies.get(id)?.wrong;
    case 'title': return v.titles.get(id)?.wrong;
    case 'term': return v.terms.get(id)?.wrong;
    case 'member': {
      const slash = id.indexOf('/');
      return v.framings.get(id.slice(0, slash))?.members.find((m) => m.id === id.slice(slash + 1))?.wrong;
    }
    default: return undefined;
  }
}

function encodeForm(f: SurfaceForm, v: Vocabulary): EncodedForm {
  const flags = (f.caseSensitive ? CASE_SENSITIVE : 0) | (f.diacriticsStrict ? DIACRITICS_STRICT : 0);
  let wrong: number | WrongVariant = -1;
  if (f.wrong) {
    const k = wrongListOf(f.kind, f.id, v)?.indexOf(f.wrong) ?? -1;
    wrong = k >= 0 ? k : f.wrong;
  }
  return [f.kind, f.id, f.role, f.form, f.lang ?? 0, flags, wrong];
}

function decodeForm(e: EncodedForm, v: Vocabulary): SurfaceForm {
  const [kind, id, role, form, lang, flags, wrong] = e;
  const f: SurfaceForm = { kind, id, role, form, caseSensitive: (flags & CASE_SENSITIVE) !== 0, diacriticsStrict: (flags & DIACRITICS_STRICT) !== 0 };
  if (lang) f.lang = lang;
  if (typeof wrong === 'object') f.wrong = wrong;
  else if (wrong >= 0) f.wrong = wrongListOf(kind, id, v)?.[wrong];
  return f;
}

const decoder = new TextDecoder();

/** Values kept as JSON slices, each parsed on first use. */
interface Values<V> {
  readonly length: number;
  at(i: number): V;
}

class Slices<V> implements Values<V> {
  private readonly parsed: (V | undefined)[];
  constructor(
    private readonly offsets: Int32Array,
    private readonly bytes: Uint8Array,
  ) {
    this.parsed = new Array<V | undefined>(offsets.length - 1);
  }
  /** The values as another type, each converted on first use. */
  map<W>(convert: (v: V) => W): Values<W> {
    const converted: (W | undefined)[] = [];
    return { length: this.length, at: (i) => (converted[i] ??= convert(this.parse(i))) };
  }
  get length(): number {
    return this.offsets.length - 1;
  }
  at(i: number): V {
    return (this.parsed[i] ??= this.parse(i));
  }
  /** The value, parsed again and not kept (for values the caller keeps in another form). */
  parse(i: number): V {
    return JSON.parse(decoder.decode(this.bytes.subarray(this.offsets[i]!, this.offsets[i + 1]!))) as V;
  }
}

/** A read-only map over slices: the keys are known at once, the values parsed when read. */
class SnapshotMap<V> implements ReadonlyMap<string, V> {
  /** Key → place, made on the first lookup: a check may never look up some tables (origins). */
  private indexOf: Map<string, number> | undefined;
  constructor(
    private readonly keyList: string[],
    private readonly values_: Values<V>,
  ) {}
  private get index(): Map<string, number> {
    return (this.indexOf ??= new Map(this.keyList.map((k, i) => [k, i])));
  }
  get size(): number {
    return this.keyList.length;
  }
  get(key: string): V | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.values_.at(i);
  }
  has(key: string): boolean {
    return this.index.has(key);
  }
  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.keyList.length; i++) yield [this.keyList[i]!, this.values_.at(i)];
  }
  keys(): MapIterator<string> {
    return this.keyList[Symbol.iterator]() as MapIterator<string>;
  }
  *values(): MapIterator<V> {
    for (let i = 0; i < this.keyList.length; i++) yield this.values_.at(i);
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** The vocabulary in a snapshot, or undefined when the bytes are not one (damaged, truncated, other version). */
export function fromSnapshot(bytes: Uint8Array): { compiled: CompiledVocabulary; problems: VocabProblem[] } | undefined {
  try {
    // Typed-array views need 4-byte alignment in their buffer.
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) return undefined;
    const jsonLength = view.getUint32(4, true);
    const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + jsonLength))) as Header;
    let offset = align4(8 + jsonLength);
    const segments = new Map<string, Segment>();
    for (const { name, type, length } of header.segments) {
      const Type = ARRAY_TYPES[type];
      if (!Type) return undefined;
      const byteLength = length * Type.BYTES_PER_ELEMENT;
      if (offset + byteLength > bytes.length) return undefined;
      segments.set(name, new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length));
      offset = align4(offset + byteLength);
    }
    const slicesOf = <V>(name: TableName): Slices<V> => {
      const offsets = segments.get(`${name}.offsets`);
      const data = segments.get(`${name}.bytes`);
      if (!(offsets instanceof Int32Array) || !(data instanceof Uint8Array) || offsets[offsets.length - 1]! > data.length) throw new Error(`bad table ${name}`);
      return new Slices<V>(offsets, data);
    };
    const mapOf = <V>(name: TableName): SnapshotMap<V> => new SnapshotMap<V>(header.keys[name] ?? [], slicesOf<V>(name));
    const origins = new SnapshotMap<Origin>(header.keys.origins ?? [], slicesOf<[number, number, number, number]>('origins').map(([file, line, column, layer]) => ({ file: header.places[file]!, line, column, layer: header.places[layer]! })));
    const vocabulary = { origins, layers: header.layers } as Partial<Record<keyof Vocabulary, unknown>>;
    for (const s of SECTIONS) vocabulary[s] = mapOf(s);
    const arrays = Object.fromEntries(AUTOMATON.map((name) => [name, segments.get(name)])) as unknown as AutomatonArrays;
    if (AUTOMATON.some((name) => !arrays[name])) return undefined;
    const encoded = slicesOf<EncodedForm[]>('forms');
    const automaton = Automaton.fromArrays(arrays);
    if (encoded.length !== automaton.size) return undefined;
    const v = vocabulary as unknown as Vocabulary;
    const decoded: (SurfaceForm[] | undefined)[] = [];
    const forms = { at: (p: number): SurfaceForm[] | undefined => (decoded[p] ??= p >= 0 && p < encoded.length ? encoded.parse(p).map((e) => decodeForm(e, v)) : undefined) };
    return { compiled: compiledFrom(v, automaton, forms), problems: header.problems };
  } catch {
    return undefined;
  }
}
