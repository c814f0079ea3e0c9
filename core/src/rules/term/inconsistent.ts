import { msg } from '../../messages/message';
import { fold } from '../../text/fold';
import type { Mention } from '../../analysis/mentions';
import type { SurfaceForm } from '../../vocabulary/compile';
import { matchCase, type Rule, type RuleContext } from '../rule';
import { defineRule } from '../rule';

// Titles are not counted: writers rightly vary them ("Prime Minister", later "PM"; "General
// Secretary", later "Party chief"), as style guides allow.
const COUNTED = new Set(['body', 'term', 'member']);

/** Vocabulary names folded once: the rule compares them for every repeated mention. */
const FOLDED = new Map<string, string>();

function foldedName(name: string): string {
  let f = FOLDED.get(name);
  if (f === undefined) {
    f = fold(name);
    if (FOLDED.size < 100_000) FOLDED.set(name, f);
  }
  return f;
}

const ACRONYM = /^[A-Z0-9][A-Z0-9&.\-–]{1,11}$/;

/** One name's words all in the other's ("non-permanent UN Security Council member" / "non-permanent member of the UN Security Council"): the same wording reordered. */
function sameWords(a: string, b: string): boolean {
  const words = (x: string): Set<string> => new Set(x.replace(/\bun\b/g, 'united nations').split(' '));
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return small.size >= 2 && [...small].every((w) => large.has(w));
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const first = new Map<string, Mention>();
  for (const { mentions, folded } of ctx.blocks) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      registerEmbeddedBody(ctx, m, first);
      const f = m.form;
      // A gloss: "Doi Moi (Renewal)", "renewal (đổi mới)" name the thing twice on purpose.
      const previous = mentions[i - 1];
      if (previous && previous.form.kind === f.kind && previous.form.id === f.id && folded.text.slice(previous.foldedEnd, m.foldedStart) === ' (') continue;
      if (!COUNTED.has(f.kind) || (f.role !== 'canonical' && f.role !== 'variant') || f.caseSensitive || m.diacriticsDiffer) continue;
      const key = `${f.kind}:${f.id}:${f.lang ?? ''}`; // same id, kind and language: the same name list
      const established = first.get(key);
      if (!established) {
        first.set(key, m);
        continue;
      }
      if (established.form === f) continue;
      const a = foldedName(established.form.form);
      const b = foldedName(f.form);
      // The same name, or a shortening of it ("the Central Committee" after "the Party Central Committee").
      if (a === b || a.includes(b) || b.includes(a) || sameWords(a, b)) continue;
      // An acronym and the name it stands for ("CPTPP", "the Comprehensive and Progressive
      // Agreement for …") are written together on purpose.
      if (ACRONYM.test(m.text) || ACRONYM.test(established.text)) continue;
      const name = established.form.form;
      out.push({
        ruleId: 'term/inconsistent',
        start: m.start,
        end: m.end,
        message: msg('term/inconsistent', { written: m.text, first: established.text }),
        fixes: [{ title: msg('term/inconsistent.fix', { name }), edits: [{ start: m.start, end: m.end, newText: matchCase(name, m.text) }], preferred: true }],
        related: [{ start: established.start, end: established.end, message: msg('term/inconsistent.first') }],
      });
    }
  }
  return out;
};

/**
 * A title names its body too ("Head of the Party Central Committee's Commission for External
 * Relations"): the body's name used there is the document's name for the body.
 */
function registerEmbeddedBody(ctx: RuleContext, m: Mention, first: Map<string, Mention>): void {
  if (m.form.kind !== 'title' || m.form.role === 'wrong') return;
  const title = ctx.vocab.vocabulary.titles.get(m.form.id);
  const body = title?.body ? ctx.vocab.vocabulary.bodies.get(title.body) : undefined;
  const lang = m.form.lang;
  if (!body || !lang) return;
  const key = `body:${body.id}:${lang}`;
  if (first.has(key)) return;
  const written = fold(m.text);
  const names = [body.name[lang], ...(body.variants?.[lang] ?? [])].filter((n): n is string => !!n);
  const embedded = names.filter((n) => written.includes(foldedName(n))).sort((a, b) => b.length - a.length)[0];
  if (!embedded) return;
  const form: SurfaceForm = { kind: 'body', id: body.id, role: 'variant', form: embedded, lang, caseSensitive: false, diacriticsStrict: false };
  first.set(key, { ...m, form, text: embedded, alternatives: [] });
}

export default defineRule({
  id: 'term/inconsistent',
  defaultSeverity: 'warning',
  scope: 'document',
  summary: 'Two accepted names of the same thing mixed in one document.',
  description:
    'two accepted names of one thing in one document ("Politburo", then "Political Bureau"); English and Vietnamese names do not clash, a gloss in brackets ("Doi Moi (renewal)") is fine, and titles may vary ("Prime Minister", then "PM")',
  check,
});
