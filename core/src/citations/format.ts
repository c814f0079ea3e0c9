// Writing a citation of a known document in the house styles.

import type { CompiledVocabulary } from '../vocabulary/compile';
import type { DocumentEntry } from '../vocabulary/model';
import { formatDate, vietnameseShortDate } from '../time';
import { typeInfo } from '../vocabulary/documentTypes';

export type CitationStyle = 'short' | 'full' | 'vietnamese';

/**
 * short: "Resolution No. 34-NQ/TW"
 * full: "Resolution No. 34-NQ/TW of the Politburo, dated 9 January 2023, on a number of …"
 * vietnamese: "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị"
 */
export function formatCitation(d: DocumentEntry, style: CitationStyle, vocab: CompiledVocabulary): string {
  const info = typeInfo(d.type);
  if (d.type === 'agreement' || d.type === 'treaty') return formatAgreement(d, style);
  const id = d.symbol ?? d.number;
  const issuer = d.issuer ? vocab.vocabulary.bodies.get(d.issuer) : undefined;
  const term = d.party_term && !d.symbol ? ` (Session ${roman(d.party_term)})` : '';
  if (style === 'vietnamese') {
    const date = d.date ? ` ${vietnameseDate(String(d.date))}` : '';
    return `${info.display.vi} số ${id}${d.party_term && !d.symbol ? ` khóa ${roman(d.party_term)}` : ''}${date}${issuer?.name.vi ? ` của ${issuer.name.vi}` : ''}`;
  }
  const short = `${info.display.en} No. ${id}${term}`;
  if (style === 'short') return short;
  const subject = (d.title.en ?? '').replace(new RegExp(`^${info.display.en}\\s+(No\\.\\s*\\S+\\s+)?(of the [^,]+?\\s+)?`, 'i'), '');
  const parts = [short];
  if (issuer?.name.en) parts[0] += ` of the ${issuer.name.en}`;
  if (d.date) parts.push(`dated ${formatDate(d.date)}`);
  return `${parts.join(', ')}${subject ? `, ${subject}` : ''}`;
}

/** An agreement by its name and acronym: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)". */
function formatAgreement(d: DocumentEntry, style: CitationStyle): string {
  const vi = style === 'vietnamese';
  const name = (vi ? d.title.vi : d.title.en) ?? d.title.en ?? d.title.vi ?? d.number;
  const short = name.includes(d.number) ? name : `${name} (${d.number})`;
  if (style === 'short') return short;
  const parts = [short];
  if (d.signed) parts.push(vi ? `ký ${vietnameseDate(String(d.signed))}` : `signed ${formatDate(d.signed)}`);
  if (d.in_force) parts.push(vi ? `có hiệu lực với Việt Nam từ ${vietnameseDate(String(d.in_force))}` : `in force for Vietnam from ${formatDate(d.in_force)}`);
  return parts.join(', ');
}

/** "ngày 9/1/2023", "tháng 5/1988", "năm 2019". */
export function vietnameseDate(date: string): string {
  const parts = date.split('-').length;
  return `${parts === 3 ? 'ngày' : parts === 2 ? 'tháng' : 'năm'} ${vietnameseShortDate(date)}`;
}

export function roman(n: number): string {
  const table: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
