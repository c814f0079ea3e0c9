// Aho–Corasick automaton over UTF-16 code units: every surface form of the vocabulary
// is found in one pass whose time is linear in the text (plus the matches reported).
// Vocabulary strings are only ever literal patterns here, never regular expressions.
//
// The trie is kept in flat typed arrays (first child, next sibling, edge code) rather than a
// Map per node: a 10,000-term pack makes some 370,000 nodes, and a Map each cost most of the
// build time and tens of megabytes. The root's transitions, where most steps start, are a
// dense table; deeper nodes have few children, scanned in their sibling list.

import { isWordCode } from '../text/fold';

export interface AutomatonMatch {
  pattern: number;
  start: number;
  end: number;
}

const NONE = -1;

export class Automaton {
  private firstChild = new Int32Array(1024).fill(NONE);
  private nextSibling = new Int32Array(1024).fill(NONE);
  private edge = new Uint16Array(1024);
  private nodes = 1;
  private rootNext = new Int32Array(65536);
  private fail = new Int32Array(0);
  /** Nearest node on the failure chain that ends a pattern (NONE if none): outputs without copying lists. */
  private outputLink = new Int32Array(0);
  /** 1 where a pattern ends exactly at the node. */
  private endsHere = new Uint8Array(0);
  /** Patterns that end exactly at a node. */
  private readonly ends = new Map<number, number[]>();
  private readonly patternLengths: number[] = [];
  private readonly patternEdges: { wordStart: boolean; wordEnd: boolean }[] = [];
  private built = false;

  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]! || NONE;
    for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) if (this.edge[k] === c) return k;
    return NONE;
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
    this.patternLengths.push(pattern.length);
    this.patternEdges.push({
      wordStart: pattern.length > 0 && isWordCode(pattern.charCodeAt(0)),
      wordEnd: pattern.length > 0 && isWordCode(pattern.charCodeAt(pattern.length - 1)),
    });
    const list = this.ends.get(node);
    if (list) list.push(index);
    else this.ends.set(node, [index]);
    return index;
  }

  get size(): number {
    return this.patternLengths.length;
  }

  build(): this {
    const n = this.nodes;
    this.fail = new Int32Array(n);
    this.outputLink = new Int32Array(n).fill(NONE);
    this.endsHere = new Uint8Array(n);
    for (const node of this.ends.keys()) this.endsHere[node] = 1;
    const queue = new Int32Array(n);
    let tail = 0;
    for (let k = this.firstChild[0]!; k !== NONE; k = this.nextSibling[k]!) queue[tail++] = k;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) {
        const c = this.edge[k]!;
        let f = this.fail[node]!;
        let target = this.child(f, c);
        while (target === NONE && f !== 0) {
          f = this.fail[f]!;
          target = this.child(f, c);
        }
        const fk = target !== NONE && target !== k ? target : 0;
        this.fail[k] = fk;
        this.outputLink[k] = this.endsHere[fk] ? fk : this.outputLink[fk]!;
        queue[tail++] = k;
      }
    }
    this.built = true;
    return this;
  }

  /**
   * All matches in `text[from, to)` that start and end on word boundaries (where the
   * pattern's own edge is a word character).
   */
  search(text: string, from = 0, to = text.length): AutomatonMatch[] {
    if (!this.built) this.build();
    const matches: AutomatonMatch[] = [];
    const report = (node: number, end: number): void => {
      for (const p of this.ends.get(node)!) {
        const start = end - this.patternLengths[p]!;
        const edges = this.patternEdges[p]!;
        if (edges.wordStart && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (edges.wordEnd && end < text.length && isWordCode(text.charCodeAt(end))) continue;
        matches.push({ pattern: p, start, end });
      }
    };
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      let next = this.child(node, c);
      while (next === NONE && node !== 0) {
        node = this.fail[node]!;
        next = this.child(node, c);
      }
      node = next === NONE ? 0 : next;
      if (node === 0) continue;
      if (this.endsHere[node]) report(node, i + 1);
      for (let o = this.outputLink[node]!; o !== NONE && o !== 0; o = this.outputLink[o]!) report(o, i + 1);
    }
    return matches;
  }
}
