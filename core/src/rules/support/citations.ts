// Shared by the citation/type-mismatch, citation/unknown, citation/malformed, citation/issuer-mismatch, citation/date-mismatch, citation/superseded rules.

import { type CompiledVocabulary } from '../../vocabulary/compile';
import type { DocumentEntry } from '../../vocabulary/model';
import type { Lang } from '../../types';
import { typeInfo } from '../../vocabulary/documentTypes';

/** "the Politburo's directive of 2019 on strengthening …" */
export function describe(d: DocumentEntry, vocab: CompiledVocabulary, lang: Lang): string {
  const issuer = d.issuer ? vocab.vocabulary.bodies.get(d.issuer)?.name : undefined;
  const issuerName = issuer?.[lang] ?? issuer?.en;
  const year = d.date ? ` of ${String(d.date).slice(0, 4)}` : '';
  const title = (d.title[lang] ?? d.title.en ?? d.title.vi ?? '').replace(new RegExp(`^${typeInfo(d.type).display.en}\\s+`, 'i'), '');
  return `${issuerName ? `the ${issuerName}'s` : 'a'} ${d.type}${year}${title ? ` ${title}` : ''}`;
}

export const ISSUING_VERBS = [
  'issued',
  'issues',
  'issue',
  'passed',
  'adopted',
  'promulgated',
  'signed',
  'approved',
  'released',
  'enacted',
  'ban hanh',
  'thong qua',
  'ky',
  'da ban hanh',
];
