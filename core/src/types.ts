// The words every layer of the core shares: languages, texts per language, dates as precise
// as their sources and the kinds of documents. The ground floor: it imports nothing.

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];

/** A text in each language; either may be missing. */
export type Localized = Partial<Record<Lang, string>>;
/** Surface forms in each language. */
export type LocalizedList = Partial<Record<Lang, string[]>>;

/** A date as precise as the source allows: "2023", "2023-01" or "2023-01-09". */
export type PartialDate = string;

export type DocumentType =
  | 'resolution'
  | 'directive'
  | 'conclusion'
  | 'regulation'
  | 'decision'
  | 'guidance'
  | 'notice'
  | 'statute'
  | 'project'
  | 'plan'
  | 'programme'
  | 'report'
  | 'decree'
  | 'law'
  | 'agreement'
  | 'treaty';
