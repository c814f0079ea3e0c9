// Aho–Corasick automaton over UTF-16 code units: every surface form of the vocabulary
// is found in one pass whose time is linear in the text (plus the matches reported).
// Vocabulary strings are only ever literal patterns here, never regular expressions.

import { isWordCode } from '../text/fold';

export interface AutomatonMatch {
  pattern: number;
  start: number;
  end: number;
}

export class Automaton {
  // Trie as flat arrays; children kept in per-node maps while building, then frozen.
  private readonly children: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Per node: the patterns that end here, including those reached by suffix links. */
  private outputs: (number[] | undefined)[] = [undefined];
  private readonly patternLengths: number[] = [];
  private readonly patternEdges: { wordStart: boolean; wordEnd: boolean }[] = [];
  private built = false;
  /** The root's transitions as a dense table (0: none): most steps start from the root. */
  private rootNext = new Int32Array(0);

  /** Adds a folded pattern; returns its index. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.children[node]!.get(c);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.outputs.push(undefined);
        this.children[node]!.set(c, next);
      }
      node = next;
    }
    const index = this.patternLengths.length;
    this.patternLengths.push(pattern.length);
    this.patternEdges.push({
      wordStart: pattern.length > 0 && isWordCode(pattern.charCodeAt(0)),
      wordEnd: pattern.length > 0 && isWordCode(pattern.charCodeAt(pattern.length - 1)),
    });
    (this.outputs[node] ??= []).push(index);
    return index;
  }

  get size(): number {
    return this.patternLengths.length;
  }

  build(): this {
    const n = this.children.length;
    this.fail = new Int32Array(n);
    const queue: number[] = [];
    for (const child of this.children[0]!.values()) {
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      for (const [c, child] of this.children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.children[f]!.has(c)) f = this.fail[f]!;
        const target = this.children[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.outputs[this.fail[child]!];
        if (inherited) this.outputs[child] = [...(this.outputs[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
    this.rootNext = new Int32Array(65536);
    for (const [c, child] of this.children[0]!) this.rootNext[c] = child;
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
    let node = 0;
    const rootNext = this.rootNext;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (node === 0) {
        node = rootNext[c]!;
      } else {
        let next = this.children[node]!.get(c);
        while (next === undefined && node !== 0) {
          node = this.fail[node]!;
          next = node === 0 ? rootNext[c] || undefined : this.children[node]!.get(c);
        }
        node = next ?? 0;
      }
      const out = this.outputs[node];
      if (out === undefined) continue;
      for (const p of out) {
        const end = i + 1;
        const start = end - this.patternLengths[p]!;
        const edges = this.patternEdges[p]!;
        if (edges.wordStart && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (edges.wordEnd && end < text.length && isWordCode(text.charCodeAt(end))) continue;
        matches.push({ pattern: p, start, end });
      }
    }
    return matches;
  }
}
