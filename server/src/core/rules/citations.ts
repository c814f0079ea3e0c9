// citation/type-mismatch and citation/unknown.

import { codeKey, describeCode, typeInfo, typesForCode } from '../citations/types';
import type { Citation } from '../citations/grammar';
import { symbolKey, typeNumberKey, type CompiledVocabulary } from '../vocabulary/compile';
import type { DocumentEntry, Lang } from '../vocabulary/model';
import { matchCase, type Rule } from './context';

/** The vocabulary document a citation names, if any. */
export function resolveCitation(c: Citation, vocab: CompiledVocabulary): DocumentEntry | undefined {
  if (c.symbol) return vocab.bySymbol.get(symbolKey(c.symbol.text));
  if (c.number && c.typeWord) {
    const docs = vocab.byTypeNumber.get(typeNumberKey(c.typeWord.type, c.number.value)) ?? [];
    if (c.partyTerm !== undefined) return docs.find((d) => d.party_term === c.partyTerm);
    // Numbers restart each Party term: prefer the most recent document.
    return [...docs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  }
  return undefined;
}

/** "the Politburo's directive of 2019 on strengthening …" */
export function describe(d: DocumentEntry, vocab: CompiledVocabulary, lang: Lang): string {
  const issuer = d.issuer ? vocab.vocabulary.bodies.get(d.issuer)?.name : undefined;
  const issuerName = issuer?.[lang] ?? issuer?.en;
  const year = d.date ? ` of ${String(d.date).slice(0, 4)}` : '';
  const title = (d.title[lang] ?? d.title.en ?? d.title.vi ?? '').replace(new RegExp(`^${typeInfo(d.type).display.en}\\s+`, 'i'), '');
  return `${issuerName ? `the ${issuerName}'s` : 'a'} ${d.type}${year}${title ? ` ${title}` : ''}`;
}

export const typeMismatch: Rule = (ctx) => {
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
        message: `“${c.typeWord.text}” does not match ${c.symbol.text}: ${describeCode(c.symbol.code)}${known ? `; ${c.symbol.text} is ${describe(known, ctx.vocab, lang)}` : ''}.`,
        fixes: [{ title: `Change “${c.typeWord.text}” to “${replacement}”`, edits: [{ start: c.typeWord.start, end: c.typeWord.end, newText: replacement }], preferred: true }],
      });
    }
  }
  return out;
};

export const unknownCitation: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (c.foreign) continue;
      if (resolveCitation(c, ctx.vocab)) continue;
      if (c.symbol) {
        if (c.symbol.kind === 'party' && c.symbol.issuer !== 'TW') continue; // provincial Party committees: outside the pack's scope
        out.push({
          ruleId: 'citation/unknown',
          start: c.symbol.start,
          end: c.symbol.end,
          message: `${c.symbol.text} is not in the vocabulary; check the number and type code, or add the document to a pack.`,
          fixes: [],
        });
        continue;
      }
      if (!c.number || !c.typeWord) continue;
      const written = c.typeWord.text;
      // English short forms are citations only when capitalised ("Resolution 34", not "resolution 3 of the…").
      if (c.typeWord.lang === 'en' && written[0] !== written[0]!.toUpperCase()) continue;
      const sameNumber = [...ctx.vocab.vocabulary.documents.values()].filter((d) => Number(d.number) === Number(c.number!.value) && d.type !== c.typeWord!.type);
      const hint = sameNumber.length > 0 ? ` Did you mean ${sameNumber.map((d) => `${typeInfo(d.type).display[c.typeWord!.lang]} ${d.number}${d.symbol ? ` (${d.symbol})` : ''}`).join(' or ')}?` : '';
      out.push({
        ruleId: 'citation/unknown',
        start: c.start,
        end: c.end,
        message: `${written} ${c.number.value} is not in the vocabulary.${hint}`,
        fixes: sameNumber.map((d, i) => {
          const word = matchCase(typeInfo(d.type).display[c.typeWord!.lang], written);
          return { title: `Change to “${word} ${c.number!.value}”`, edits: [{ start: c.typeWord!.start, end: c.typeWord!.end, newText: word }], preferred: i === 0 && sameNumber.length === 1 };
        }),
      });
    }
  }
  return out;
};
