// The non-prose parts of a Markdown paragraph: code spans, autolinks, inline HTML, link
// destinations and labels, footnote references, bare URLs, and emphasis delimiters. One
// left-to-right pass; each construct is read with a sticky (anchored) expression or a
// bounded search, so the scan is linear in the paragraph.

export interface InlineSpan {
  start: number;
  end: number;
  /** `markup` (emphasis delimiters) separates words softly; the rest are hard breaks. */
  kind: 'code' | 'autolink' | 'html' | 'link' | 'url' | 'markup';
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>/y;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const URL = /(?:https?:\/\/|www\.)[^\s<>]+/y;
/**
 * Where the next construct may start: most of a paragraph is prose, skipped by the expression
 * engine rather than a character at a time. A bare URL still needs no letter or digit before it.
 */
const NEXT = /[\\`<\][*~_]|(?=https?:\/\/|www\.)/g;

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Positions of backtick runs by length, built once, so unmatched runs cost no rescans. */
function backtickRuns(s: string): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (let i = s.indexOf('`'); i >= 0;) {
    let j = i;
    while (s[j] === '`') j++;
    const list = runs.get(j - i) ?? [];
    list.push(i);
    runs.set(j - i, list);
    i = s.indexOf('`', j);
  }
  return runs;
}

export function scanInline(s: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let runs: Map<number, number[]> | undefined;
  const cursor = new Map<number, number>();
  let i = 0;
  const at = (re: RegExp): number => {
    re.lastIndex = i;
    return re.test(s) ? re.lastIndex : -1;
  };
  while (i < s.length) {
    NEXT.lastIndex = i;
    const next = NEXT.exec(s);
    if (!next) break;
    i = next.index;
    const c = s[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let j = i;
      while (s[j] === '`') j++;
      const length = j - i;
      runs ??= backtickRuns(s);
      // After a backslash-escaped backtick the run is shorter than the one indexed: none may match.
      const list = runs.get(length) ?? [];
      let k = cursor.get(length) ?? 0;
      while (k < list.length && list[k]! <= i) k++;
      cursor.set(length, k);
      if (k < list.length) {
        const end = list[k]! + length;
        spans.push({ start: i, end, kind: 'code' });
        i = end;
      } else i = j;
      continue;
    }
    if (c === '<') {
      let end = at(AUTOLINK);
      if (end > 0) {
        spans.push({ start: i, end, kind: 'autolink' });
        i = end;
        continue;
      }
      if (s.startsWith('<!--', i)) {
        const close = s.indexOf('-->', i + 4);
        end = close < 0 ? s.length : close + 3;
        spans.push({ start: i, end, kind: 'html' });
        i = end;
        continue;
      }
      end = at(TAG);
      if (end > 0) {
        spans.push({ start: i, end, kind: 'html' });
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (c === ']' && (s[i + 1] === '(' || s[i + 1] === '[')) {
      // "[text](destination "title")" or "[text][label]": the text is prose, the rest is not.
      const open = s[i + 1]!;
      const close = open === '(' ? ')' : ']';
      let depth = 0;
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === open) depth++;
        else if (s[j] === close && --depth === 0) break;
      }
      if (j < s.length) {
        spans.push({ start: i, end: j + 1, kind: 'link' });
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === '[' && s[i + 1] === '^') {
      const close = s.indexOf(']', i);
      if (close > 0) {
        spans.push({ start: i, end: close + 1, kind: 'link' });
        i = close + 1;
        continue;
      }
    }
    if ((c === 'h' || c === 'w') && !isAlnum(s[i - 1])) {
      let end = at(URL);
      if (end > 0) {
        while (end > i && /[.,;:!?'")\]*_]/.test(s[end - 1]!)) end--;
        spans.push({ start: i, end, kind: 'url' });
        i = end;
        continue;
      }
    }
    if (c === '*' || c === '~' || c === '_') {
      let j = i;
      while (s[j] === c) j++;
      // "snake_case" is a word, not emphasis.
      if (c !== '_' || !isAlnum(s[i - 1]) || !isAlnum(s[j])) spans.push({ start: i, end: j, kind: 'markup' });
      i = j;
      continue;
    }
    i++;
  }
  return spans;
}
