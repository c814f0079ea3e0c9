// Clause-level attachment: which year a sentence gives to an anchor (a citation, an event, a
// country's partnership). Read by walking from the anchor, word by word, over connecting words
// only — prepositions, issuing verbs, date parts, the names of bodies — until a year: "34-NQ/TW,
// which the Politburo adopted on 9 January 2023", "Issued by the Secretariat in March 2021,
// Project 01-ĐA/TW", "Chỉ thị 25-CT/TW, ký ngày 8/8/2019". Any other word ends the walk, so a
// year that belongs to another clause is never taken. A year after "to", "by", "until", "đến"
// is a target ("to 2030"), not a date, and ends the walk too.

import { BARRIER } from './text/fold';

export interface StatedYear {
  /** Folded offsets of the four digits. */
  start: number;
  end: number;
  year: number;
  /** The last year of a range written with it ("2020–2021"). */
  through?: number;
}

interface Token {
  start: number;
  end: number;
  word: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Words that join an anchor to its date in either language: prepositions, auxiliaries, date parts. */
const CONNECTORS = new Set([
  ',',
  '(',
  ')',
  'of',
  'in',
  'on',
  'at',
  'dated',
  'from',
  'since',
  'the',
  'a',
  'an',
  'its',
  'which',
  'that',
  'who',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'being',
  'be',
  'first',
  'officially',
  'formally',
  'also',
  'early',
  'late',
  'mid',
  'mid-',
  'end',
  'beginning',
  'start',
  'middle',
  'half',
  'autumn',
  'spring',
  'summer',
  'winter',
  'nam',
  'ngay',
  'thang',
  'vao',
  'tu',
  'dau',
  'cuoi',
  'giua',
  'duoc',
  'da',
  'do',
  'cua',
  'hoi',
  'luc',
  'chinh',
  'thuc',
  'tai',
  'ha',
  'noi',
  'hanoi',
  'ca',
  'mau',
  'vietnam',
  "vietnam's",
  'viet',
  'trong',
  'during',
  ...MONTHS,
]);
/** Before a year, these make it a target or a limit ("to 2030", "by 2045", "đến năm 2030"), not the date. */
const TARGET = new Set(['to', 'until', 'till', 'by', 'before', 'through', 'den', 'toi', 'truoc', 'after', 'sau', 'vision', 'nhin', 'than']);
const STOP = new Set(['.', ';', ':', '!', '?', BARRIER]);
const YEAR = /^(?:\d{1,2}[/.-]){0,2}((?:19|20)\d{2})(?:[-–](?:(?:19|20)?\d{2}))?$/;
const DAY = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.-]\d{1,2}[/.-]?)$/;

const DATE_PARTS = new Set(['early', 'late', 'mid', 'mid-', 'end', 'the', 'beginning', 'middle', ...MONTHS]);
function isDatePart(t: Token | undefined): boolean {
  return t !== undefined && (DATE_PARTS.has(t.word) || DAY.test(t.word) || YEAR.test(t.word));
}

/** The words of f[from, to), with punctuation as words of its own. */
function tokens(f: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[,();:!?\u0001]|\.(?=\s|$)|[^\s,();:!?\u0001]+/g;
  re.lastIndex = from;
  const slice = f.slice(0, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[0];
    const end = m.index + word.length;
    // "2019." at a sentence's end: the full stop is a word of its own.
    if (word.length > 1 && word.endsWith('.')) {
      out.push({ start: m.index, end: end - 1, word: word.slice(0, -1) });
      out.push({ start: end - 1, end, word: '.' });
      continue;
    }
    out.push({ start: m.index, end, word });
  }
  return out;
}

function yearOfToken(t: Token): StatedYear | undefined {
  const m = YEAR.exec(t.word);
  if (!m) return undefined;
  const start = t.start + t.word.indexOf(m[1]!);
  const range = /[-–]((?:19|20)?\d{2})$/.exec(t.word);
  const through = range ? Number(range[1]!.length === 2 ? m[1]!.slice(0, 2) + range[1] : range[1]) : undefined;
  return { start, end: start + 4, year: Number(m[1]), ...(through !== undefined && through > Number(m[1]) ? { through } : {}) };
}

export interface Walk {
  /** Words allowed besides the connectors: the verbs of this kind of anchor ("issued", "ban hành", "joined"). */
  verbs: ReadonlySet<string>;
  /** Folded ranges that count as one allowed word (names of bodies, the anchor's other names). */
  skip?: readonly { foldedStart: number; foldedEnd: number }[];
  /** At most this many words. */
  limit?: number;
  /** The walk must pass one of `verbs` (before or after the year, within the limit). */
  needVerb?: boolean;
}

/** Multi-word verbs ("ban hanh", "took effect") as one: their words are allowed one by one. */
function verbWords(verbs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const v of verbs) for (const w of v.split(' ')) out.add(w);
  return out;
}
const VERB_WORDS = new WeakMap<ReadonlySet<string>, Set<string>>();
function wordsOf(verbs: ReadonlySet<string>): Set<string> {
  let w = VERB_WORDS.get(verbs);
  if (!w) VERB_WORDS.set(verbs, (w = verbWords(verbs)));
  return w;
}

function skipped(walk: Walk, t: Token): { foldedStart: number; foldedEnd: number } | undefined {
  return walk.skip?.find((s) => t.start >= s.foldedStart && t.start < s.foldedEnd);
}

/** The first year after folded offset `from` that the clause attaches to what ends there. */
export function yearAfter(f: string, from: number, walk: Walk): StatedYear | undefined {
  const limit = walk.limit ?? 12;
  const list = tokens(f, from, Math.min(f.length, from + 200));
  const verbs = wordsOf(walk.verbs);
  let sawVerb = false;
  let sawTarget = false;
  let placeWords = 0;
  let previous = '';
  let count = 0;
  for (let i = 0; i < list.length && count <= limit; i++) {
    const t = list[i]!;
    if (STOP.has(t.word)) return undefined;
    const s = skipped(walk, t);
    if (s) {
      while (i + 1 < list.length && list[i + 1]!.start < s.foldedEnd) i++;
      previous = 'name';
      count++;
      continue;
    }
    const y = yearOfToken(t);
    if (y) {
      if (TARGET.has(previous) || sawTarget) return undefined;
      if (walk.needVerb && !sawVerb) {
        // "2023, when the Politburo adopted it": a verb just after the year still ties it.
        const next = list.slice(i + 1, i + 4).some((n) => walk.verbs.has(n.word));
        if (!next) return undefined;
      }
      return y;
    }
    if (walk.verbs.has(t.word) || verbs.has(t.word)) sawVerb = true;
    else if (!CONNECTORS.has(t.word) && !DAY.test(t.word) && !TARGET.has(t.word)) {
      // A place after "in", "at", "tại" ("held in Da Nang in 2017"): at most two words of it.
      if ((previous === 'in' || previous === 'at' || previous === 'tai' || previous === 'place') && placeWords < 2) {
        placeWords++;
        previous = 'place';
        count++;
        continue;
      }
      return undefined;
    }
    // "to early July 2023", "until March 2021": a limit, whatever date parts follow. ("by the
    // Politburo" names an agent.)
    if (TARGET.has(t.word) && (t.word !== 'by' || isDatePart(list[i + 1]))) sawTarget = true;
    previous = t.word;
    count++;
  }
  return undefined;
}

/** The year before folded offset `to` that the clause attaches to what starts there ("In 2021, the Politburo issued …"). */
export function yearBefore(f: string, to: number, walk: Walk): StatedYear | undefined {
  const limit = walk.limit ?? 12;
  const list = tokens(f, Math.max(0, to - 200), to);
  // The first word may be cut by the window: drop it.
  if (to - 200 > 0) list.shift();
  const verbs = wordsOf(walk.verbs);
  let sawVerb = false;
  let found: StatedYear | undefined;
  let count = 0;
  for (let i = list.length - 1; i >= 0 && count <= limit; i--) {
    const t = list[i]!;
    if (STOP.has(t.word)) break;
    const s = skipped(walk, t);
    if (s) {
      while (i - 1 >= 0 && list[i - 1]!.end > s.foldedStart) i--;
      count++;
      continue;
    }
    const y = yearOfToken(t);
    if (y && !found) {
      const before = list[i - 1]?.word ?? '';
      if (TARGET.has(before)) return undefined;
      found = y;
      if (!walk.needVerb || sawVerb) return found;
      count++;
      continue;
    }
    if (walk.verbs.has(t.word) || verbs.has(t.word)) {
      sawVerb = true;
      if (found) return found;
    } else if (!CONNECTORS.has(t.word) && !DAY.test(t.word) && !TARGET.has(t.word)) break;
    count++;
  }
  return found && (!walk.needVerb || sawVerb) ? found : undefined;
}
