// textlint-rule-prh dictionaries as vocabulary layers, and the term part of a pack as one.
// A prh rule is `expected` with `pattern(s)`: each literal pattern becomes a wrong variant
// whose fix is `expected`. Regular-expression patterns (/…/) are not taken: user vocabulary
// never becomes a regular expression; they are reported and skipped.

import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { stringify } from 'yaml';
import type { PackFile, TermEntry, Vocabulary, WrongVariant } from './model';

export interface PrhProblem {
  /** Offset range in the YAML text. */
  range: [number, number];
  message: string;
  severity: 'error' | 'warning';
}

/** Whether parsed YAML looks like a prh dictionary rather than a pack file. */
export function isPrhDictionary(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.includes('rules') && keys.every((k) => ['version', 'rules', 'imports'].includes(k));
}

const vietnamese = (s: string): boolean => /[^\x00-\x7f\u2018\u2019]/.test(s);

export function prhToPack(doc: Document.Parsed, data: { rules?: unknown; imports?: unknown }, path: string): { pack: PackFile; problems: PrhProblem[]; lines: number[] } {
  const problems: PrhProblem[] = [];
  const terms: TermEntry[] = [];
  const lines: number[] = [];
  const rulesNode = doc.get('rules', true);
  const nodeRange = (i: number, key?: string): [number, number] => {
    const item = isSeq(rulesNode) ? rulesNode.items[i] : undefined;
    const node = key && isMap(item) ? (item.get(key, true) as { range?: [number, number, number] } | undefined) : (item as { range?: [number, number, number] } | undefined);
    const r = node?.range ?? (item as { range?: [number, number, number] } | undefined)?.range ?? [0, 0, 0];
    return [r[0], r[1]];
  };
  /** The pattern's own node, so that a warning points at the line it is on. */
  const patternRange = (i: number, pattern: string): [number, number] => {
    const item = isSeq(rulesNode) ? rulesNode.items[i] : undefined;
    if (isMap(item)) {
      for (const key of ['patterns', 'pattern']) {
        const node = item.get(key, true);
        const hit = isSeq(node) ? node.items.find((x) => (x as { value?: unknown }).value === pattern) : node;
        const r = (hit as { range?: [number, number, number] } | undefined)?.range;
        if (r) return [r[0], r[1]];
      }
    }
    return nodeRange(i);
  };
  if (data.imports !== undefined) {
    const r = (doc.get('imports', true) as { range?: [number, number] } | undefined)?.range ?? [0, 0];
    problems.push({ range: [r[0], r[1]], severity: 'warning', message: 'prh `imports` are not followed; pass each dictionary with its own --vocab.' });
  }
  if (!Array.isArray(data.rules)) {
    // At the `rules` key: its value may be empty, or start lines below.
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'rules') : undefined;
    const r = (pair?.key as { range?: [number, number, number] } | undefined)?.range ?? [0, 0, 0];
    problems.push({ range: [r[0], r[1]], severity: 'error', message: 'A prh dictionary needs `rules:` as a list of { expected, pattern(s) }.' });
    return { pack: {}, problems, lines };
  }
  data.rules.forEach((rule: unknown, i: number) => {
    const r = (rule ?? {}) as Record<string, unknown>;
    const expected = r.expected;
    if (typeof expected !== 'string' || expected.length === 0) {
      problems.push({ range: nodeRange(i), severity: 'error', message: 'This prh rule has no `expected` text (the correct form that replaces its patterns): add `expected:`, or remove the rule.' });
      return;
    }
    const raw = r.patterns ?? r.pattern ?? [];
    const all = Array.isArray(raw) ? raw : [raw];
    const patterns = all.filter((p): p is string => typeof p === 'string');
    if (patterns.length < all.length) {
      // A number or a mapping among the patterns: YAML read it as something other than text.
      const key = r.patterns !== undefined ? 'patterns' : 'pattern';
      const item = isSeq(rulesNode) ? rulesNode.items[i] : undefined;
      const node = isMap(item) ? item.get(key, true) : undefined;
      const bad = isSeq(node) ? node.items.find((x) => !(isScalar(x) && typeof x.value === 'string')) : node;
      const range = (bad as { range?: [number, number, number] } | undefined)?.range;
      problems.push({ range: range ? [range[0], range[1]] : nodeRange(i, key), severity: 'warning', message: `A pattern of this prh rule is not text and is skipped: write each pattern as text, in quotes if YAML would read it as a number ("${String(isScalar(bad) ? bad.value : '…')}").` });
    }
    const wrong: WrongVariant[] = [];
    for (const p of patterns) {
      if (p.length > 2 && p.startsWith('/') && p.lastIndexOf('/') > 0) {
        problems.push({ range: patternRange(i, p), severity: 'warning', message: `The regular-expression pattern ${p} is skipped: Communiqué matches literal forms only; list the variants it stands for.` });
        continue;
      }
      if (p === expected) continue;
      wrong.push({ form: p, fix: expected, ...(typeof r.prh === 'string' ? { reason: r.prh } : {}) });
    }
    if (wrong.length === 0) return;
    terms.push({
      id: `prh-${i + 1}`,
      name: vietnamese(expected) ? { vi: expected } : { en: expected },
      wrong,
      source: `prh dictionary ${path}`,
      confidence: 'high',
    });
    lines.push(nodeRange(i)[0]);
  });
  return { pack: { terms }, problems, lines };
}

/** The wrong-to-canonical part of a vocabulary as a prh dictionary (YAML). */
export function vocabularyToPrh(v: Vocabulary): string {
  const rules: { expected: string; patterns: string[]; prh?: string }[] = [];
  const add = (canonical: string | undefined, wrong: WrongVariant[] | undefined): void => {
    const byFix = new Map<string, WrongVariant[]>();
    for (const w of wrong ?? []) {
      const fix = w.fix ?? canonical;
      if (!fix || w.unless_near) continue; // context-dependent forms cannot be said in prh
      byFix.set(fix, [...(byFix.get(fix) ?? []), w]);
    }
    for (const [expected, forms] of byFix) {
      const reason = forms.find((f) => f.reason)?.reason;
      rules.push({ expected, patterns: forms.map((f) => f.form), ...(reason ? { prh: reason } : {}) });
    }
  };
  for (const e of [...v.terms.values(), ...v.bodies.values(), ...v.titles.values()]) add(e.name.en ?? e.name.vi, e.wrong);
  for (const f of v.framings.values()) for (const m of f.members) add(m.name.en ?? m.name.vi, m.wrong);
  return stringify({ version: 1, rules });
}
