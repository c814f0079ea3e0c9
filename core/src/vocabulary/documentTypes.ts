// Document types: the words that name them in each language and the type codes of
// their symbols (NQ in 34-NQ/TW), as the Party's and the Government's numbering rules give them.

import type { DocumentType, Lang } from '../types';

export interface DocumentTypeInfo {
  type: DocumentType;
  /** Type codes as written in symbols, upper case with Đ. */
  codes: string[];
  words: Record<Lang, string[]>;
  /** The word used in a fix, per language. */
  display: Record<Lang, string>;
}

export const DOCUMENT_TYPES: DocumentTypeInfo[] = [
  { type: 'resolution', codes: ['NQ'], words: { en: ['Resolution', 'Resolutions'], vi: ['Nghị quyết'] }, display: { en: 'Resolution', vi: 'Nghị quyết' } },
  { type: 'directive', codes: ['CT'], words: { en: ['Directive', 'Directives'], vi: ['Chỉ thị'] }, display: { en: 'Directive', vi: 'Chỉ thị' } },
  { type: 'conclusion', codes: ['KL'], words: { en: ['Conclusion', 'Conclusions'], vi: ['Kết luận'] }, display: { en: 'Conclusion', vi: 'Kết luận' } },
  { type: 'regulation', codes: ['QĐ'], words: { en: ['Regulation', 'Regulations'], vi: ['Quy định'] }, display: { en: 'Regulation', vi: 'Quy định' } },
  { type: 'decision', codes: ['QĐ'], words: { en: ['Decision', 'Decisions'], vi: ['Quyết định'] }, display: { en: 'Decision', vi: 'Quyết định' } },
  { type: 'guidance', codes: ['HD'], words: { en: ['Guidance', 'Guideline', 'Guidelines'], vi: ['Hướng dẫn'] }, display: { en: 'Guidance', vi: 'Hướng dẫn' } },
  { type: 'notice', codes: ['TB'], words: { en: ['Notice'], vi: ['Thông báo'] }, display: { en: 'Notice', vi: 'Thông báo' } },
  { type: 'statute', codes: ['QC'], words: { en: ['Statute'], vi: ['Quy chế'] }, display: { en: 'Statute', vi: 'Quy chế' } },
  { type: 'project', codes: ['ĐA'], words: { en: ['Project'], vi: ['Đề án'] }, display: { en: 'Project', vi: 'Đề án' } },
  { type: 'plan', codes: ['KH'], words: { en: ['Plan'], vi: ['Kế hoạch'] }, display: { en: 'Plan', vi: 'Kế hoạch' } },
  { type: 'programme', codes: ['CTR'], words: { en: ['Programme', 'Program'], vi: ['Chương trình'] }, display: { en: 'Programme', vi: 'Chương trình' } },
  { type: 'report', codes: ['BC'], words: { en: ['Report'], vi: ['Báo cáo'] }, display: { en: 'Report', vi: 'Báo cáo' } },
  { type: 'decree', codes: ['NĐ'], words: { en: ['Decree', 'Decrees'], vi: ['Nghị định'] }, display: { en: 'Decree', vi: 'Nghị định' } },
  { type: 'law', codes: ['QH'], words: { en: ['Law'], vi: ['Luật'] }, display: { en: 'Law', vi: 'Luật' } },
  // International agreements have no Party or State symbol: they are found by their names
  // ("CPTPP"), never by a type word and a number, so they have no words and no codes.
  { type: 'agreement', codes: [], words: { en: [], vi: [] }, display: { en: 'Agreement', vi: 'Hiệp định' } },
  { type: 'treaty', codes: [], words: { en: [], vi: [] }, display: { en: 'Treaty', vi: 'Điều ước' } },
];

const byType = new Map(DOCUMENT_TYPES.map((t) => [t.type, t]));
const byCode = new Map<string, DocumentTypeInfo[]>();
for (const t of DOCUMENT_TYPES) {
  for (const c of t.codes) {
    const key = codeKey(c);
    byCode.set(key, [...(byCode.get(key) ?? []), t]);
  }
}

/** Codes compare without case and with Đ written D (01-DA/TW is 01-ĐA/TW). */
export function codeKey(code: string): string {
  return code.normalize('NFC').toUpperCase().replace(/Đ/g, 'D');
}

export function typeInfo(type: DocumentType): DocumentTypeInfo {
  return byType.get(type)!;
}

/** The document types a type code may stand for (QĐ: decision or regulation). */
export function typesForCode(code: string): DocumentTypeInfo[] {
  return byCode.get(codeKey(code)) ?? [];
}

/** Human name of a code for messages: "CT is a directive (chỉ thị)". */
export function describeCode(code: string): string {
  const types = typesForCode(code);
  if (types.length === 0) return `${code} is not a known type code`;
  return `${code} is ${types.map((t) => `a ${t.type} (${t.display.vi.toLowerCase()})`).join(' or ')}`;
}
