// What title/non-canonical, term/non-canonical and framing/naming share: a name written in a
// wrong form, a Vietnamese name without its diacritics, or with capitals Vietnamese does not use.

import type { Mention } from '../../analysis/mentions';
import type { CompiledVocabulary } from '../../vocabulary/compile';
import { matchCase, type Rule, type RuleContext } from '../rule';
import { msg } from '../../messages/message';
import type { Lang, Localized } from '../../types';

/** A vocabulary name as a message parameter: `fallback` (as written, or an id) where a language has no name. */
export function named(name: Localized | undefined, fallback: string): Localized {
  return { en: name?.en ?? fallback, vi: name?.vi ?? name?.en ?? fallback };
}

function canonicalName(m: Mention, vocab: CompiledVocabulary): Localized | undefined {
  const v = vocab.vocabulary;
  switch (m.form.kind) {
    case 'body':
      return v.bodies.get(m.form.id)?.name;
    case 'title':
      return v.titles.get(m.form.id)?.name;
    case 'term':
      return v.terms.get(m.form.id)?.name;
    case 'member': {
      const [framing, member] = m.form.id.split('/');
      return v.framings.get(framing!)?.members.find((x) => x.id === member)?.name;
    }
    default:
      return undefined;
  }
}

/** Whether `written` has the letters of `form` with capitals where the form has none (past its first letter). */
function extraCapitals(written: string, form: string): boolean {
  const w = written.normalize('NFC');
  const f = form.normalize('NFC');
  if (w.length !== f.length || w === f || w.toLowerCase() !== f.toLowerCase()) return false;
  // All in capitals ("BỘ CHÍNH TRỊ" in a heading) is a typographic choice, not a wrong name.
  if (w === w.toUpperCase()) return false;
  for (let i = 1; i < w.length; i++) if (w[i] !== f[i] && w[i] === w[i]!.toUpperCase() && w[i - 1] === ' ') return true;
  return false;
}

/** Findings of `ruleId` for the mentions of the given kinds written in a form that is not theirs. */
export function wrongNames(ctx: RuleContext, ruleId: string, kinds: readonly Mention['form']['kind'][]): ReturnType<Rule> {
  const out: ReturnType<Rule> = [];
  for (const { mentions, block } of ctx.blocks) {
    for (const m of mentions) {
      if (!kinds.includes(m.form.kind)) continue;
      const name = canonicalName(m, ctx.vocab);
      if (m.form.role === 'wrong') {
        const lang: Lang = m.form.lang ?? block.lang;
        const fix = m.form.wrong?.fix ?? name?.[lang] ?? name?.en ?? name?.vi;
        // The pack's reason is a note in English: shown in English messages, left out of Vietnamese
        // ones rather than spliced into a Vietnamese sentence.
        const reason = m.form.wrong?.reason ? { en: m.form.wrong.reason.trim().replace(/\.$/, ''), vi: 'none' } : 'none';
        out.push({
          ruleId,
          start: m.start,
          end: m.end,
          message: fix ? msg('names.wrong', { written: m.text, fix, reason }) : msg('names.incorrect', { written: m.text, reason }),
          fixes: fix
            ? [{ title: msg('names.fix', { fix }), edits: [{ start: m.start, end: m.end, newText: m.form.caseSensitive ? fix : matchCase(fix, m.text) }], preferred: true }]
            : [],
        });
      } else if (m.diacriticsDiffer && (m.form.role === 'canonical' || m.form.role === 'variant')) {
        const fix = matchCase(m.form.form, m.text);
        out.push({
          ruleId,
          start: m.start,
          end: m.end,
          message: msg('names.diacritics', { written: m.text, form: m.form.form }),
          fixes: [{ title: msg('names.fix-diacritics', { fix }), edits: [{ start: m.start, end: m.end, newText: fix }], preferred: true }],
        });
      } else if (m.form.lang === 'vi' && (m.form.kind === 'body' || m.form.kind === 'title') && m.form.role !== 'short' && extraCapitals(m.text, m.form.form)) {
        // "Bộ Quốc Phòng", "Ban Tổ Chức Trung Ương": Vietnamese capitalises only the first syllable
        // of a name and its proper nouns, which the vocabulary's form shows.
        out.push({
          ruleId,
          start: m.start,
          end: m.end,
          message: msg('names.capitals', { written: m.text, form: m.form.form }),
          fixes: [
            {
              title: msg('names.fix-capitals', { fix: matchCase(m.form.form, m.text) }),
              edits: [{ start: m.start, end: m.end, newText: matchCase(m.form.form, m.text) }],
              preferred: true,
            },
          ],
        });
      }
    }
  }
  return out;
}
