// What is wrong with a vocabulary file, located by file, line and column (1-based, columns in
// UTF-16 code units, as editors count them), and the "did you mean" that messages offer.

import { LineIndex } from '../text/lines';

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

export function problemToString(p: VocabProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity ?? 'error'} ${p.ruleId} ${p.message}`;
}

/** 1-based line and column of offsets into one text (columns in UTF-16 code units, as editors count them). */
export class Positions {
  private index: LineIndex | undefined;
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; col: number } {
    this.index ??= new LineIndex(this.text);
    const p = this.index.position(Math.max(0, offset));
    return { line: p.line + 1, col: p.character + 1 };
  }
}

/** A problem of one file, located by offsets into its text. */
export type Locate = (start: number, end: number, message: string, ruleId: string, severity?: 'warning') => VocabProblem;

export function locator(path: string, positions: Positions): Locate {
  return (start, end, message, ruleId, severity) => {
    const s = positions.at(start);
    const e = positions.at(Math.max(start, end));
    return { file: path, line: s.line, column: s.col, endLine: e.line, endColumn: e.col, message, ruleId, ...(severity ? { severity } : {}) };
  };
}

export const byPosition = (a: VocabProblem, b: VocabProblem): number => a.line - b.line || a.column - b.column;

/** The one candidate within a small edit distance of `word`, if any: "sorce" → "source". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
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
