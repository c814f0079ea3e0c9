// title/non-canonical, term/non-canonical and framing/naming: a name written in a wrong
// form, or a Vietnamese name written without its diacritics.

import type { Mention } from '../analyze';
import type { CompiledVocabulary } from '../vocabulary/compile';
import type { Lang, Localized } from '../vocabulary/model';
import { matchCase, type Rule } from './context';

const RULE_BY_KIND: Partial<Record<Mention['form']['kind'], string>> = {
  body: 'title/non-canonical',
  title: 'title/non-canonical',
  term: 'term/non-canonical',
  member: 'framing/naming',
};

function canonicalName(m: Mention, vocab: CompiledVocabulary): Localized | undefined {
  const v = vocab.vocabulary;
  switch (m.form.kind) {
    case 'body': return v.bodies.get(m.form.id)?.name;
    case 'title': return v.titles.get(m.form.id)?.name;
    case 'term': return v.terms.get(m.form.id)?.name;
    case 'member': {
      const [framing, member] = m.form.id.split('/');
      return v.framings.get(framing!)?.members.find((x) => x.id === member)?.name;
    }
    default: return undefined;
  }
}

export const nonCanonicalNames: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { mentions, block } of ctx.blocks) {
    for (const m of mentions) {
      const ruleId = RULE_BY_KIND[m.form.kind];
      if (!ruleId) continue;
      const name = canonicalName(m, ctx.vocab);
      if (m.form.role === 'wrong') {
        const lang: Lang = m.form.lang ?? block.lang;
        const fix = m.form.wrong?.fix ?? name?.[lang] ?? name?.en ?? name?.vi;
        const reason = m.form.wrong?.reason ? ` (${m.form.wrong.reason.trim().replace(/\.$/, '')})` : '';
        out.push({
          ruleId,
          start: m.start,
          end: m.end,
          message: fix ? `“${m.text}” should be “${fix}”${reason}.` : `“${m.text}” is not a correct form${reason}.`,
          fixes: fix ? [{ title: `Replace with “${fix}”`, edits: [{ start: m.start, end: m.end, newText: m.form.caseSensitive ? fix : matchCase(fix, m.text) }], preferred: true }] : [],
        });
      } else if (m.diacriticsDiffer && (m.form.role === 'canonical' || m.form.role === 'variant')) {
        const fix = matchCase(m.form.form, m.text);
        out.push({
          ruleId,
          start: m.start,
          end: m.end,
          message: `“${m.text}” is written without its Vietnamese diacritics: “${m.form.form}”.`,
          fixes: [{ title: `Restore the diacritics: “${fix}”`, edits: [{ start: m.start, end: m.end, newText: fix }], preferred: true }],
        });
      }
    }
  }
  return out;
};
