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
import type { VocabProblem } from './load';
import type { Vocabulary } from './model';
import { SECTIONS } from './model';

const MAGIC = 0x31565143; // "CQV1" read as a little-endian u32

const ARRAY_TYPES = { Int32Array, Uint16Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;
type Segment = Int32Array | Uint16Array | Uint8Array;
const AUTOMATON: (keyof AutomatonArrays)[] = ['firstChild', 'nextSibling', 'edge', 'fail', 'outputLink', 'endOffsets', 'endPatterns', 'patternLengths', 'patternEdges'];
/** Tables of JSON slices: the vocabulary's sections, its origins, and the forms per pattern. */
const TABLES = [...SECTIONS, 'origins', 'forms'] as const;
type TableName = (typeof TABLES)[number];

interface Header {
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
  table('origins', v.origins);
  table('forms', undefined, Array.from({ length: compiled.automaton.size }, (_, p) => compiled.forms.at(p)));
  const arrays = compiled.automaton.toArrays();
  for (const name of AUTOMATON) segments.push([name, arrays[name]]);

  const header: Header = {
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

const decoder = new TextDecoder();

/** Values kept as JSON slices, each parsed on first use. */
class Slices<V> {
  private readonly parsed: (V | undefined)[];
  constructor(
    private readonly offsets: Int32Array,
    private readonly bytes: Uint8Array,
  ) {
    this.parsed = new Array<V | undefined>(offsets.length - 1);
  }
  get length(): number {
    return this.offsets.length - 1;
  }
  at(i: number): V {
    return (this.parsed[i] ??= JSON.parse(decoder.decode(this.bytes.subarray(this.offsets[i]!, this.offsets[i + 1]!))) as V);
  }
}

/** A read-only map over slices: the keys are known at once, the values parsed when read. */
class SnapshotMap<V> implements ReadonlyMap<string, V> {
  private readonly index = new Map<string, number>();
  constructor(
    private readonly keyList: string[],
    private readonly values_: Slices<V>,
  ) {
    keyList.forEach((k, i) => this.index.set(k, i));
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
    const vocabulary = { origins: mapOf('origins'), layers: header.layers } as Partial<Record<keyof Vocabulary, unknown>>;
    for (const s of SECTIONS) vocabulary[s] = mapOf(s);
    const arrays = Object.fromEntries(AUTOMATON.map((name) => [name, segments.get(name)])) as unknown as AutomatonArrays;
    if (AUTOMATON.some((name) => !arrays[name])) return undefined;
    const forms = slicesOf<SurfaceForm[]>('forms');
    const automaton = Automaton.fromArrays(arrays);
    if (forms.length !== automaton.size) return undefined;
    return { compiled: compiledFrom(vocabulary as unknown as Vocabulary, automaton, forms), problems: header.problems };
  } catch {
    return undefined;
  }
}
