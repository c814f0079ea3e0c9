import { matchCase, type Rule } from '../rule';
import { defineRule } from '../rule';
import { msg } from '../../messages/message';
import { alternatives } from '../support/citations';
import { typeInfo } from '../../vocabulary/documentTypes';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (c.foreign) continue;
      if (c.document) continue;
      if (c.symbol) {
        if (c.symbol.kind === 'party' && c.symbol.issuer !== 'TW') continue; // provincial Party committees: outside the pack's scope
        out.push({
          ruleId: 'citation/unknown',
          start: c.symbol.start,
          end: c.symbol.end,
          message: msg('citation/unknown', { symbol: c.symbol.text }),
          fixes: [],
        });
        continue;
      }
      if (!c.number || !c.typeWord) continue;
      const written = c.typeWord.text;
      // English short forms are citations only when capitalised ("Resolution 34", not "resolution 3 of the…").
      if (c.typeWord.lang === 'en' && written[0] !== written[0]!.toUpperCase()) continue;
      const sameNumber = [...ctx.vocab.vocabulary.documents.values()].filter((d) => Number(d.number) === Number(c.number!.value) && d.type !== c.typeWord!.type);
      // The documents of that number, named as the report would write them.
      const candidates = sameNumber.map((d) => ({
        message: msg('citation/unknown.candidate', { type: typeInfo(d.type).display[c.typeWord!.lang], number: d.number, symbol: d.symbol ?? 'none' }),
      }));
      out.push({
        ruleId: 'citation/unknown',
        start: c.start,
        end: c.end,
        message:
          candidates.length > 0
            ? msg('citation/unknown.short-form-suggest', { written, number: c.number.value, candidates: alternatives(candidates) })
            : msg('citation/unknown.short-form', { written, number: c.number.value }),
        fixes: sameNumber.map((d, i) => {
          const word = matchCase(typeInfo(d.type).display[c.typeWord!.lang], written);
          return {
            title: msg('citation/unknown.fix', { replacement: `${word} ${c.number!.value}` }),
            edits: [{ start: c.typeWord!.start, end: c.typeWord!.end, newText: word }],
            preferred: i === 0 && sameNumber.length === 1,
          };
        }),
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/unknown',
  defaultSeverity: 'information',
  scope: 'block',
  summary: 'A Party or State document that the vocabulary does not know.',
  description:
    'a Party symbol (`…/TW`), State symbol (`30/2020/NĐ-CP`) or short form ("Resolution 12") that the vocabulary does not know, with a suggestion when another type has that number; other organisations\' documents ("Resolution 2334 of the UN Security Council", "Directive 2011/83/EU") are never read as Party citations',
  check,
});
