// Alignment of two sequences of text units (blocks, then the sentences of aligned blocks), in
// the manner of Gale and Church (1993): a dynamic programme over "beads" — one unit to one, one
// to two, two to one, one to none — whose cost is how unlikely the two lengths are as
// translations of each other, lowered by what both sides share (numbers, dates, symbols,
// entities: anchors written the same in either language). Banded around the diagonal, so its
// work grows with the documents' length, not its square.

export interface AlignUnit {
  /** Letters and digits. */
  length: number;
  /** Language-independent keys ("n:6.5", "y:2023", "doc:nq-34-tw-2023", "person:to-lam"). */
  anchors: readonly string[];
  /** Units of another kind align at a cost (a heading with a paragraph). */
  kind?: string;
}

/** One bead: source units [s, s + sn) with target units [t, t + tn); either count may be 0. */
export interface Bead {
  s: number;
  sn: number;
  t: number;
  tn: number;
}

// The moves and their prior costs (−ln of their frequency in Gale and Church's data, roughly).
const MOVES: [number, number, number][] = [
  [1, 1, 0.12],
  [1, 0, 3.2],
  [0, 1, 3.2],
  [2, 1, 2.4],
  [1, 2, 2.4],
  [2, 2, 4.5],
  [3, 1, 5.5],
  [1, 3, 5.5],
];
/** Variance of the target length per source character (Gale and Church measured 6.8 between European languages; tuned on our pairs). */
const VARIANCE = 4;
const SHARED_BONUS = 1.6;
const UNSHARED_COST = 0.4;
const KIND_COST = 3;

/** −ln of the two-tailed probability of a standard normal deviate of at least |z|. */
function lengthCost(ls: number, lt: number, ratio: number): number {
  if (ls === 0 && lt === 0) return 0;
  const mean = (ls + lt / ratio) / 2;
  const z = Math.abs((lt - ls * ratio) / Math.sqrt(VARIANCE * Math.max(mean, 1)));
  // Abramowitz–Stegun 26.2.17 for the normal tail.
  const t = 1 / (1 + 0.2316419 * z);
  const tail = 0.3989423 * Math.exp((-z * z) / 2) * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  const p = Math.max(2 * tail, 1e-12);
  return Math.min(-Math.log(p), 27);
}

/** Anchors as sorted integer ids, per unit and per run of two and three units ending at it: shared counts without allocation. */
class AnchorRuns {
  private readonly runs: Int32Array[][];
  constructor(units: readonly AlignUnit[], ids: Map<string, number>) {
    const one = units.map((u) => Int32Array.from(u.anchors.map((a) => ids.get(a) ?? ids.set(a, ids.size).get(a)!)).sort());
    const merged = (i: number, n: number): Int32Array => {
      if (i - n + 1 < 0) return new Int32Array(0);
      const parts = one.slice(i - n + 1, i + 1);
      const out = new Int32Array(parts.reduce((a, p) => a + p.length, 0));
      let k = 0;
      for (const p of parts) out.set(p, (k += p.length) - p.length);
      return out.sort();
    };
    this.runs = [one, one.map((_, i) => merged(i, 2)), one.map((_, i) => merged(i, 3))];
  }
  /** The anchors of units [end - n, end). */
  of(end: number, n: number): Int32Array {
    return this.runs[n - 1]![end - 1]!;
  }
}

/** Anchors both sides share (as multisets), and those only one side has. */
function anchorCost(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return -SHARED_BONUS * shared + UNSHARED_COST * (a.length + b.length - 2 * shared);
}

/** The cheapest sequence of beads covering both sequences. `ratio`: expected target length per source length. */
export function align(source: readonly AlignUnit[], target: readonly AlignUnit[], ratio: number, moves: 'blocks' | 'sentences' = 'sentences'): Bead[] {
  // Blocks: one to one, to none, to two; sentences also two to two and three to one (clauses regrouped).
  const allowed = moves === 'blocks' ? MOVES.slice(0, 5) : MOVES;
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) return n + m === 0 ? [] : [{ s: 0, sn: n, t: 0, tn: m }];
  // Wide enough for the drift dropped or added units make (|n − m|) and a little more.
  const band = (moves === 'blocks' ? 12 : 40) + Math.abs(n - m);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = Math.round((i * m) / n);
    lo[i] = Math.max(0, c - band);
    hi[i] = Math.min(m, c + band);
  }
  const width = 2 * band + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Int8Array((n + 1) * width).fill(-1);
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : i * width + (j - lo[i]!));
  const sLen = prefix(source);
  const tLen = prefix(target);
  const ids = new Map<string, number>();
  const sAnchors = new AnchorRuns(source, ids);
  const tAnchors = new AnchorRuns(target, ids);
  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < allowed.length; k++) {
        const [di, dj, prior] = allowed[k]!;
        if (di > i || dj > j) continue;
        const from = at(i - di, j - dj);
        if (from < 0 || cost[from] === Infinity) continue;
        let c = cost[from]! + prior;
        if (di > 0 && dj > 0) {
          c += lengthCost(sLen[i]! - sLen[i - di]!, tLen[j]! - tLen[j - dj]!, ratio);
          c += anchorCost(sAnchors.of(i, di), tAnchors.of(j, dj));
          if (source[i - di]!.kind !== target[j - dj]!.kind) c += KIND_COST;
        } else {
          // A unit left alone: the longer, the less likely (a translator drops short asides).
          const len = di ? sLen[i]! - sLen[i - 1]! : tLen[j]! - tLen[j - 1]!;
          c += Math.min(len / 80, 2);
        }
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      const here = at(i, j);
      cost[here] = best;
      move[here] = bestMove;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = move[at(i, j)]!;
    if (k < 0) {
      // Unreachable within the band (cannot happen: the band always contains a path); keep what is left as one bead.
      beads.push({ s: 0, sn: i, t: 0, tn: j });
      break;
    }
    const [di, dj] = MOVES[k]!;
    beads.push({ s: i - di, sn: di, t: j - dj, tn: dj });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function prefix(units: readonly AlignUnit[]): Float64Array {
  const out = new Float64Array(units.length + 1);
  for (let i = 0; i < units.length; i++) out[i + 1] = out[i]! + units[i]!.length;
  return out;
}
