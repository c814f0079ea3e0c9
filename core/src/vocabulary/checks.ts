// Checks the schema cannot express. Per file: real calendar dates, periods in order, holders
// whose terms overlap (each a pass over the entries; holders sorted per title). Over the merged
// layers: references to entries that no layer defines.

import { daysInMonth, MONTHS, periodEnd, periodStart } from '../time';
import type { PackFile, Section, Vocabulary } from './model';
import { closest, type VocabProblem } from './problems';
import type { Path } from './yaml';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A problem of one pack file at a data path, located in its YAML by the loader. */
export interface Issue {
  path: Path;
  ruleId: 'vocab/date' | 'vocab/holders';
  message: string;
  severity?: 'warning';
}

/** Whether the period ending at `end` certainly ends before the one starting at `start` begins (at the coarser precision). */
function before(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}

/** Whether `title` is, by its name, one of several held at once ("Deputy Prime Minister", "Ủy viên Bộ Chính trị"). */
function heldByMany(name: { en?: string; vi?: string }): boolean {
  return /^(deputy|vice|member|alternate|assistant|permanent member)\b/i.test(name.en ?? '') || /^(phó|ủy viên|uỷ viên)(\s|$)/i.test(name.vi ?? '');
}

/** What the schema cannot check in one normalised pack file: its dates, periods and holders. */
export function semanticIssues(pack: PackFile): Issue[] {
  const issues: Issue[] = [];
  /** The date at `path`, if it is a real one. */
  const date = (path: Path, field: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (!DATE.test(value)) {
      const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
      issues.push({
        path, ruleId: 'vocab/date',
        message: `\`${field}: ${value}\` is not a date: write it YYYY, YYYY-MM or YYYY-MM-DD${digits ? ` ("${digits[1]}-${digits[2]}-${digits[3]}")` : ''}, in quotes.`,
      });
      return undefined;
    }
    if (value.length === 10) {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const days = daysInMonth(y, m);
      if (d > days) {
        issues.push({ path, ruleId: 'vocab/date', message: `\`${field}: ${value}\` is not a day of the calendar: ${MONTHS[m - 1]} ${y} has ${days} days.` });
        return undefined;
      }
    }
    return value;
  };
  const period = (base: Path, fromField: string, toField: string, from: string | undefined, to: string | undefined, what: string): boolean => {
    const f = date([...base, fromField], fromField, from);
    const t = date([...base, toField], toField, to);
    if (f !== undefined && t !== undefined && before(t, f)) {
      issues.push({ path: [...base, toField], ruleId: 'vocab/date', message: `\`${toField}: ${t}\` is before \`${fromField}: ${f}\`: ${what}. Swap or correct the dates.` });
      return false;
    }
    return (from === undefined || f !== undefined) && (to === undefined || t !== undefined);
  };
  pack.documents?.forEach((d, i) => date(['documents', i, 'date'], 'date', d.date));
  pack.bodies?.forEach((b, i) => period(['bodies', i], 'valid_from', 'valid_to', b.valid_from, b.valid_to, 'the body would cease to exist before it was set up'));
  pack.events?.forEach((e, i) => period(['events', i], 'start', 'end', e.start, e.end, 'the event would end before it starts'));
  pack.titles?.forEach((t, i) => {
    interface Span { j: number; person: string; acting: boolean; start: string; end: string; from?: string; to?: string }
    const spans: Span[] = [];
    t.holders?.forEach((h, j) => {
      const ok = period(['titles', i, 'holders', j], 'from', 'to', h.from, h.to, 'the holder would leave office before taking it');
      // The days the holding certainly covers: from the last day `from` may mean to the first
      // day `to` may mean. Without `from`, when it began is unknown: nothing is certain.
      if (ok && h.from !== undefined) spans.push({ j, person: h.person, acting: h.acting === true, start: periodEnd(h.from), end: h.to === undefined ? '9999-12-31' : periodStart(h.to), from: h.from, ...(h.to !== undefined ? { to: h.to } : {}) });
    });
    if (spans.length < 2) return;
    spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.j - b.j));
    const term = (s: Span): string => `from ${s.from}${s.to ? ` to ${s.to}` : ' with no `to`'}`;
    const many = heldByMany(t.name);
    // Same person, same capacity: one holding too many. Different people, neither acting, on
    // a title held by one person at a time: a warning, since a pack cannot say which titles are.
    const latest = new Map<string, Span>();
    let best: Span | undefined;
    let bestOther: Span | undefined;
    for (const s of spans) {
      const key = `${s.person}\u0000${s.acting}`;
      const same = latest.get(key);
      if (same && same.end > s.start) {
        issues.push({
          path: ['titles', i, 'holders', s.j], ruleId: 'vocab/holders',
          message: `\`${s.person}\` already holds this title ${term(same)} (another entry of \`holders\`); this holding ${term(s)} overlaps it: merge the two entries, or correct their dates.`,
        });
      }
      if (!same || s.end > same.end) latest.set(key, s);
      if (s.acting) continue;
      const other = best && best.person !== s.person ? best : bestOther;
      if (!many && other && other.end > s.start && !(same && same.end > s.start)) {
        issues.push({
          path: ['titles', i, 'holders', s.j], ruleId: 'vocab/holders', severity: 'warning',
          message: `\`${s.person}\` holds this title ${term(s)} while \`${other.person}\` still holds it (${term(other)}): if the title has one holder at a time, end the earlier holding with \`to:\`; mark an acting holder \`acting: true\`.`,
        });
      }
      if (!best || s.end > best.end) {
        if (best && best.person !== s.person) bestOther = best;
        best = s;
      } else if (s.person !== best.person && (!bestOther || s.end > bestOther.end)) bestOther = s;
    }
  });
  return issues;
}

/** References to entries no layer defines, each at the id of the entry that makes it. */
export function checkReferences(v: Vocabulary): VocabProblem[] {
  const problems: VocabProblem[] = [];
  // Located at the id of the entry that holds the reference (the message names the field and
  // its value): the merged vocabulary keeps entry origins, not the positions of every field.
  const check = (section: Section, id: string, path: Path, target: Section, ref: string | undefined): void => {
    if (ref === undefined || (v[target] as Map<string, unknown>).has(ref)) return;
    const field = String(path[path.length - 1]);
    const o = v.origins.get(`${section}:${id}`);
    const suggestion = closest(ref, [...(v[target] as Map<string, unknown>).keys()].filter((k) => target !== section || k !== id));
    problems.push({
      file: o?.file ?? '(vocabulary)', line: o?.line ?? 1, column: o?.column ?? 1, endLine: o?.line ?? 1, endColumn: (o?.column ?? 1) + id.length,
      ruleId: 'vocab/unknown-reference',
      message: `\`${field}: ${ref}\` in ${section} \`${id}\` names no entry of ${target}${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
    });
  };
  for (const d of v.documents.values()) {
    check('documents', d.id, ['issuer'], 'bodies', d.issuer);
    check('documents', d.id, ['superseded_by'], 'documents', d.superseded_by);
  }
  for (const b of v.bodies.values()) check('bodies', b.id, ['successor'], 'bodies', b.successor);
  for (const t of v.titles.values()) {
    check('titles', t.id, ['body'], 'bodies', t.body);
    t.holders?.forEach((h, j) => check('titles', t.id, ['holders', j, 'person'], 'people', h.person));
  }
  for (const m of v.milestones.values()) check('milestones', m.id, ['set_by'], 'events', m.set_by);
  return problems;
}
