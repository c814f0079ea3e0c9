// Aho–Corasick automaton over UTF-16 code units: every surface form of the vocabulary
// is found in one pass whose time is linear in the text (plus the matches reported).
// Vocabulary strings are only ever literal patterns here, never regular expressions.
//
// The trie is kept in flat typed arrays rather than a Map per node: a 10,000-term pack makes
// some 370,000 nodes, and a Map each cost most of the build time and tens of megabytes. While
// patterns are added, each node has a first child and a next sibling; the built automaton is
// numbered breadth first, so that a node's children are consecutive nodes (`childStart`), sorted
// by their code unit, and the shallow nodes where most steps happen lie side by side. The root's
// transitions are a dense table, and so are the ASCII transitions of nodes with many children;
// other children are scanned, or searched by halves where there are many.

import { isWordCode } from '../text/fold';

export interface AutomatonMatch {
  pattern: number;
  start: number;
  end: number;
}

const NONE = -1;
const WORD_START = 1;
const WORD_END = 2;
/** Nodes with at least this many children get a dense row of ASCII transitions, up to MAX_ROWS of them. */
const ROW_MIN_CHILDREN = 4;
const MAX_ROWS = 8192;

/** A built automaton as flat arrays, for a snapshot on disk (see vocabulary/snapshot.ts). */
export interface AutomatonArrays {
  childStart: Int32Array;
  edge: Uint16Array;
  fail: Int32Array;
  outputLink: Int32Array;
  endOffsets: Int32Array;
  endPatterns: Int32Array;
  patternLengths: Int32Array;
  patternEdges: Uint8Array;
  rowOf: Int32Array;
  rows: Int32Array;
}

/** Children of a node beyond this many are searched by halves (they are sorted), not scanned. */
const SCAN_MAX = 8;

export class Automaton {
  // While adding: each node's first child and next sibling (dropped by build()).
  private firstChild = new Int32Array(1024).fill(NONE);
  private nextSibling = new Int32Array(1024).fill(NONE);
  /** The code unit on the edge into each node. */
  private edge = new Uint16Array(1024);
  /** Once built: the children of node k are the nodes childStart[k] … childStart[k + 1] - 1. */
  private childStart = new Int32Array(0);
  private nodes = 1;
  private rootNext = new Int32Array(65536);
  private fail = new Int32Array(0);
  /** Nearest node on the failure chain that ends a pattern (NONE if none): outputs without copying lists. */
  private outputLink = new Int32Array(0);
  /** Patterns that end exactly at a node, while adding; after build, `endOffsets`/`endPatterns`. */
  private ends: Map<number, number[]> | undefined = new Map();
  /** Patterns ending at node n: endPatterns[endOffsets[n] … endOffsets[n + 1]). */
  private endOffsets = new Int32Array(0);
  private endPatterns = new Int32Array(0);
  private patternLengths: number[] | Int32Array = [];
  /** Per pattern: bit 1 when it starts with a word character, bit 2 when it ends with one. */
  private patternEdges: number[] | Uint8Array = [];
  private built = false;

  /** Per node, its row in `rows` (NONE for most): nodes with many children find an ASCII child in one step. */
  private rowOf = new Int32Array(0);
  private rows = new Int32Array(0);

  /** The child of `node` along `c`, or NONE. */
  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]! || NONE;
    if (!this.built) {
      for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) if (this.edge[k] === c) return k;
      return NONE;
    }
    if (c < 128) {
      const row = this.rowOf[node]!;
      if (row >= 0) return this.rows[row * 128 + c]!;
    }
    return findChild(this.edge, this.childStart[node]!, this.childStart[node + 1]!, c);
  }

  private newNode(parent: number, c: number): number {
    if (this.nodes === this.edge.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T, fill?: number): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        if (fill !== undefined) b.fill(fill);
        b.set(a);
        return b;
      };
      this.firstChild = grow(this.firstChild, NONE);
      this.nextSibling = grow(this.nextSibling, NONE);
      this.edge = grow(this.edge);
    }
    const n = this.nodes++;
    this.edge[n] = c;
    this.nextSibling[n] = this.firstChild[parent]!;
    this.firstChild[parent] = n;
    if (parent === 0) this.rootNext[c] = n;
    return n;
  }

  /** Adds a folded pattern; returns its index. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.child(node, c);
      if (next === NONE) next = this.newNode(node, c);
      node = next;
    }
    const index = this.patternLengths.length;
    (this.patternLengths as number[]).push(pattern.length);
    (this.patternEdges as number[]).push(
      (pattern.length > 0 && isWordCode(pattern.charCodeAt(0)) ? WORD_START : 0) | (pattern.length > 0 && isWordCode(pattern.charCodeAt(pattern.length - 1)) ? WORD_END : 0),
    );
    const ends = this.ends!;
    const list = ends.get(node);
    if (list) list.push(index);
    else ends.set(node, [index]);
    return index;
  }

  private endsAt(node: number): boolean {
    return this.endOffsets[node + 1] !== this.endOffsets[node];
  }

  /** The built automaton's arrays (shared, not copied). */
  toArrays(): AutomatonArrays {
    if (!this.built) this.build();
    const { childStart, edge, fail, outputLink, endOffsets, endPatterns, rowOf, rows } = this;
    return {
      childStart,
      edge,
      fail,
      outputLink,
      endOffsets,
      endPatterns,
      patternLengths: this.patternLengths as Int32Array,
      patternEdges: this.patternEdges as Uint8Array,
      rowOf,
      rows,
    };
  }

  /** An automaton from the arrays of a built one; they are used as they are, not copied. */
  static fromArrays(a: AutomatonArrays): Automaton {
    const automaton = new Automaton();
    Object.assign(automaton, a);
    automaton.nodes = a.edge.length;
    automaton.ends = undefined;
    automaton.firstChild = automaton.nextSibling = new Int32Array(0);
    for (let k = a.childStart[0]!; k < a.childStart[1]!; k++) automaton.rootNext[a.edge[k]!] = k;
    automaton.built = true;
    return automaton;
  }

  get size(): number {
    return this.patternLengths.length;
  }

  build(): this {
    const n = this.nodes;
    this.renumberBreadthFirst();
    this.endOffsets = new Int32Array(n + 1);
    this.endPatterns = new Int32Array(this.patternLengths.length);
    for (const [node, list] of this.ends!) this.endOffsets[node + 1] = list.length;
    for (let i = 0; i < n; i++) this.endOffsets[i + 1]! += this.endOffsets[i]!;
    for (const [node, list] of this.ends!) this.endPatterns.set(list, this.endOffsets[node]!);
    this.ends = undefined;
    this.patternLengths = Int32Array.from(this.patternLengths);
    this.patternEdges = Uint8Array.from(this.patternEdges);
    this.indexRows();
    this.built = true;
    // Failure links, level by level: the nodes are numbered so, and a node's failure target is shallower.
    const { childStart, edge } = this;
    this.fail = new Int32Array(n);
    this.outputLink = new Int32Array(n).fill(NONE);
    for (let node = 0; node < n; node++) {
      for (let k = childStart[node]!; k < childStart[node + 1]!; k++) {
        const c = edge[k]!;
        let fk = 0;
        if (node !== 0) {
          let f = this.fail[node]!;
          let target = this.child(f, c);
          while (target === NONE && f !== 0) {
            f = this.fail[f]!;
            target = this.child(f, c);
          }
          fk = target !== NONE ? target : 0;
        }
        this.fail[k] = fk;
        this.outputLink[k] = this.endsAt(fk) ? fk : this.outputLink[fk]!;
      }
    }
    return this;
  }

  /**
   * Numbers the nodes breadth first, each node's children in the order of their code units, and
   * keeps the children as ranges (`childStart`) instead of sibling lists.
   */
  private renumberBreadthFirst(): void {
    const n = this.nodes;
    const { firstChild, nextSibling, edge } = this;
    const order = new Int32Array(n);
    const newId = new Int32Array(n);
    const childStart = new Int32Array(n + 1);
    const renumberedEdge = new Uint16Array(n);
    let tail = 1;
    for (let head = 0; head < n; head++) {
      childStart[head] = tail;
      // The children go into `order` by insertion sort on their code units (most nodes have one).
      for (let k = firstChild[order[head]!]!; k !== NONE; k = nextSibling[k]!) {
        const c = edge[k]!;
        let at = tail++;
        while (at > childStart[head]! && edge[order[at - 1]!]! > c) {
          order[at] = order[at - 1]!;
          at--;
        }
        order[at] = k;
      }
      for (let j = childStart[head]!; j < tail; j++) {
        newId[order[j]!] = j;
        renumberedEdge[j] = edge[order[j]!]!;
      }
    }
    childStart[n] = tail;
    this.childStart = childStart;
    this.edge = renumberedEdge;
    this.firstChild = this.nextSibling = new Int32Array(0);
    this.rootNext.fill(0);
    for (let k = childStart[0]!; k < childStart[1]!; k++) this.rootNext[renumberedEdge[k]!] = k;
    const ends = new Map<number, number[]>();
    for (const [node, list] of this.ends!) ends.set(newId[node]!, list);
    this.ends = ends;
  }

  /** Dense rows for the nodes with the most children: near the root, where failure links lead and most steps happen. */
  private indexRows(): void {
    const n = this.nodes;
    const { childStart, edge } = this;
    this.rowOf = new Int32Array(n).fill(NONE);
    let rows = 0;
    for (let k = 1; k < n && rows < MAX_ROWS; k++) if (childStart[k + 1]! - childStart[k]! >= ROW_MIN_CHILDREN) this.rowOf[k] = rows++;
    this.rows = new Int32Array(rows * 128).fill(NONE);
    for (let k = 1; k < n; k++) {
      const row = this.rowOf[k]!;
      if (row === NONE) continue;
      for (let j = childStart[k]!; j < childStart[k + 1]!; j++) if (edge[j]! < 128) this.rows[row * 128 + edge[j]!] = j;
    }
  }

  /**
   * All matches in `text[from, to)` that start and end on word boundaries (where the
   * pattern's own edge is a word character).
   */
  search(text: string, from = 0, to = text.length): AutomatonMatch[] {
    if (!this.built) this.build();
    const matches: AutomatonMatch[] = [];
    // The arrays in locals and the child lookup written out: this loop meets every folded
    // character of every report, and a first check runs it before the JIT has inlined anything.
    const { endOffsets, endPatterns, patternLengths, patternEdges, rootNext, rowOf, rows, childStart, edge, fail, outputLink } = this;
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      let next = NONE;
      for (;;) {
        if (node === 0) {
          next = rootNext[c]! || NONE;
          break;
        }
        const row = c < 128 ? rowOf[node]! : NONE;
        if (row >= 0) next = rows[row * 128 + c]!;
        else {
          const first = childStart[node]!;
          const end = childStart[node + 1]!;
          if (end - first <= SCAN_MAX) {
            for (let k = first; k < end; k++) {
              if (edge[k] === c) {
                next = k;
                break;
              }
            }
          } else next = findChild(edge, first, end, c);
        }
        if (next !== NONE) break;
        node = fail[node]!;
      }
      node = next === NONE ? 0 : next;
      if (node === 0) continue;
      // The node itself if it ends patterns, then those on its failure chain that do.
      for (let o = endOffsets[node + 1] !== endOffsets[node] ? node : outputLink[node]!; o > 0; o = outputLink[o]!) {
        const end = i + 1;
        for (let k = endOffsets[o]!, last = endOffsets[o + 1]!; k < last; k++) {
          const p = endPatterns[k]!;
          const start = end - patternLengths[p]!;
          const edges = patternEdges[p]!;
          if (edges & WORD_START && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
          if (edges & WORD_END && end < text.length && isWordCode(text.charCodeAt(end))) continue;
          matches.push({ pattern: p, start, end });
        }
      }
    }
    return matches;
  }
}

/** The node among [first, end) (sorted by their code units) whose edge is `c`, or NONE. */
function findChild(edge: Uint16Array, first: number, end: number, c: number): number {
  if (end - first <= SCAN_MAX) {
    for (let k = first; k < end; k++) if (edge[k] === c) return k;
    return NONE;
  }
  let lo = first;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = edge[mid]!;
    if (e === c) return mid;
    if (e < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}
