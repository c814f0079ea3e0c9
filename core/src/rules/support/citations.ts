// Shared by the citation/type-mismatch, citation/unknown, citation/malformed, citation/issuer-mismatch, citation/date-mismatch, citation/superseded rules.

import { type CompiledVocabulary } from '../../vocabulary/compile';
import type { DocumentEntry } from '../../vocabulary/model';
import { msg, type Message, type Param } from '../../messages/message';
import type { Localized } from '../../types';
import { typeInfo, typesForCode } from '../../vocabulary/documentTypes';

/** "the Politburo's directive of 2019 on strengthening …", "chỉ thị năm 2019 của Bộ Chính trị, về …". */
export function describe(d: DocumentEntry, vocab: CompiledVocabulary): Message {
  const issuer = d.issuer ? vocab.vocabulary.bodies.get(d.issuer)?.name : undefined;
  const info = typeInfo(d.type);
  // The title without its leading type word ("Resolution on …" → "on …"), in each language.
  const title: Localized = {};
  for (const lang of ['en', 'vi'] as const) {
    const t = d.title[lang];
    if (t) title[lang] = t.replace(new RegExp(`^${info.display[lang]}\\s+`, 'i'), '');
  }
  return msg('document.described', {
    issuer: issuer ?? 'none',
    type: { en: d.type, vi: info.display.vi.toLowerCase() },
    year: d.date ? String(d.date).slice(0, 4) : 'none',
    title: title.en || title.vi ? title : 'none',
  });
}

/** "CT is a directive (chỉ thị)", "CT là ký hiệu của chỉ thị". */
export function describeCode(code: string): Message {
  const types = typesForCode(code);
  if (types.length === 0) return msg('document.code-unknown', { code });
  return msg('document.code', {
    code,
    types: { list: types.map((t) => ({ message: msg('document.type', { type: t.type, word: t.display.vi.toLowerCase() }) })), join: 'or' },
  });
}

/** A document as the findings name it: its symbol, else its type and number ("Resolution 12", "Nghị quyết số 12"). */
export function documentName(d: DocumentEntry): Param {
  if (d.symbol) return d.symbol;
  const info = typeInfo(d.type);
  return { message: msg('document.numbered', { type: info.display, number: d.number }) };
}

/** "A or B or C": alternatives one after the other, as the English findings have always listed them. */
export function alternatives(items: Param[]): Param {
  const [first, ...rest] = items;
  return rest.length === 0 ? first! : { message: msg('document.or', { first: first!, rest: alternatives(rest) }) };
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
