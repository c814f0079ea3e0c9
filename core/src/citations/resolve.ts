// Which vocabulary document a citation names: by symbol, or by type and number (with the
// Party term when the citation gives one). Done once per block analysis; rules, hovers and
// links read the result from the citation.

import { symbolKey, typeNumberKey, type CompiledVocabulary } from '../vocabulary/compile';
import type { DocumentEntry } from '../vocabulary/model';
import type { Citation } from './grammar';

export function resolveCitation(c: Citation, vocab: CompiledVocabulary): DocumentEntry | undefined {
  if (c.foreign) return undefined;
  if (c.symbol) return vocab.bySymbol.get(symbolKey(c.symbol.text));
  if (c.number && c.typeWord) {
    const docs = vocab.byTypeNumber.get(typeNumberKey(c.typeWord.type, c.number.value)) ?? [];
    if (c.partyTerm !== undefined) return docs.find((d) => d.party_term === c.partyTerm);
    // Numbers restart each Party term: prefer the most recent document.
    return [...docs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  }
  return undefined;
}
