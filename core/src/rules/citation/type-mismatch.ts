import { symbolKey } from '../../vocabulary/compile';
import { matchCase, type Rule } from '../rule';
import { msg } from '../../messages/message';
import { describe, describeCode } from '../support/citations';
import { defineRule } from '../rule';
import { codeKey, typeInfo, typesForCode } from '../../vocabulary/documentTypes';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (!c.typeWord || !c.symbol || c.foreign) continue;
      const word = typeInfo(c.typeWord.type);
      if (word.codes.some((code) => codeKey(code) === codeKey(c.symbol!.code))) continue;
      const actual = typesForCode(c.symbol.code);
      if (actual.length === 0) continue;
      const known = ctx.vocab.bySymbol.get(symbolKey(c.symbol.text));
      const right = known ? typeInfo(known.type) : actual[0]!;
      const lang = c.typeWord.lang;
      const replacement = matchCase(right.display[lang], c.typeWord.text);
      out.push({
        ruleId: 'citation/type-mismatch',
        start: c.typeWord.start,
        end: c.symbol.end,
        message: known
          ? msg('citation/type-mismatch.known', {
              written: c.typeWord.text,
              symbol: c.symbol.text,
              code: { message: describeCode(c.symbol.code) },
              document: { message: describe(known, ctx.vocab) },
            })
          : msg('citation/type-mismatch', { written: c.typeWord.text, symbol: c.symbol.text, code: { message: describeCode(c.symbol.code) } }),
        fixes: [
          {
            title: msg('citation/type-mismatch.fix', { written: c.typeWord.text, replacement }),
            edits: [{ start: c.typeWord.start, end: c.typeWord.end, newText: replacement }],
            preferred: true,
          },
        ],
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/type-mismatch',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'The type word of a citation disagrees with the type code of its symbol (Resolution … -CT/TW).',
  description: 'a type word that disagrees with the symbol\'s type code: "Resolution No. 32-CT/TW" (CT is a directive), "Chỉ thị số 34-NQ/TW"',
  check,
});
