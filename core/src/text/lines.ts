// Line starts, and offsets to line/column for adapters that do not have their own (the CLI,
// SARIF); where a line ends and whether it is blank, for the Markdown reader.

export interface LineColumn {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts (line breaks: \n, \r\n and a lone \r, as CommonMark counts them). */
  readonly starts: number[] = [0];

  constructor(text: string) {
    if (text.indexOf('\r') < 0) {
      // The common case, found by the engine's own search rather than character by character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): LineColumn {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }
}

/** Whether a line holds only spaces, tabs and a carriage return. */
export function isBlankLine(text: string, lines: number[], line: number): boolean {
  for (let i = lines[line]!, end = lineEnd(text, lines, line); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Where a line ends: the offset of the last character of its line break (a \r before a \n is in the line), or the text's end. */
export function lineEnd(text: string, lines: number[], line: number): number {
  const next = lines[line + 1];
  return next === undefined ? text.length : next - 1;
}
