// The vocabulary as the checking core sees it, after loading and merging the layers.
// Mirrors vocabulary/pack.schema.json; the loader guarantees the shape.

import type { DocumentType, Lang, Localized, LocalizedList, PartialDate } from '../types';

export type Confidence = 'high' | 'medium' | 'low';

/** One public source of a fact. */
export interface SourceRef {
  publisher: string;
  title?: string;
  date?: PartialDate;
  url: string;
}

/**
 * Where a fact comes from and how sure we are of it; every entity carries one. A pack writes
 * `source` as a list of public sources or as a sentence; the loader keeps the list in
 * `sources` and puts a one-line reading of it in `source` (and the first link in `source_url`).
 */
export interface Provenance {
  source: string;
  sources?: SourceRef[];
  source_url?: string;
  confidence: Confidence;
  note?: string;
}

/** How a surface form may vary in a text and still be recognised. */
export interface MatchOptions {
  /** `sensitive`: only this capitalisation is the form (e.g. "Bộ Chính Trị" as a wrong variant). */
  case?: 'sensitive' | 'insensitive';
  /** `lenient` (default): the form is also found without its diacritics ("Ban Doi ngoai"). */
  diacritics?: 'strict' | 'lenient';
}

/** A wrong or outdated form and what replaces it. */
export interface WrongVariant extends MatchOptions {
  form: string;
  lang?: Lang;
  /** Replacement; defaults to the entity's canonical name in `lang`. */
  fix?: string;
  /** Shown to the writer: why the form is wrong ("machine translation of Bộ Chính trị"). */
  reason?: string;
  /**
   * Words that make the form correct when they stand near it (within ten words, in the same
   * sentence), because the same words are right there (case-insensitive, diacritic-folded).
   */
  unless_near?: string[];
}

export type DocumentStatus = 'in-force' | 'superseded' | 'expired' | 'unknown';

export interface DocumentEntry extends Provenance {
  id: string;
  type: DocumentType;
  /** The document's number as written before its type code: "34", "01", "30". */
  number: string;
  /** The full symbol, e.g. "34-NQ/TW", "30/2020/NĐ-CP"; absent when unconfirmed. */
  symbol?: string;
  /** Party term (khóa) for Party documents, since numbers restart each term. */
  party_term?: number;
  /** Body id. */
  issuer?: string;
  date?: PartialDate;
  title: Localized;
  summary?: Localized;
  status?: DocumentStatus;
  superseded_by?: string;
  /** The short forms writers use: "Resolution 34", "Nghị quyết 34". */
  short_forms?: LocalizedList;
  /** Agreements and treaties: signature, and entry into force for Vietnam. */
  signed?: PartialDate;
  in_force?: PartialDate;
}

export interface BodyEntry extends Provenance {
  id: string;
  name: Localized;
  abbreviations?: string[];
  /** Accepted alternatives to the canonical name. */
  variants?: LocalizedList;
  wrong?: WrongVariant[];
  definition?: Localized;
  valid_from?: PartialDate;
  valid_to?: PartialDate;
  successor?: string;
}

export interface Holder extends Provenance {
  person: string;
  from?: PartialDate;
  to?: PartialDate;
  acting?: boolean;
}

export interface TitleEntry extends Provenance {
  id: string;
  name: Localized;
  /** Body id. */
  body?: string;
  variants?: LocalizedList;
  wrong?: WrongVariant[];
  definition?: Localized;
  valid_from?: PartialDate;
  valid_to?: PartialDate;
  holders?: Holder[];
}

export interface PersonEntry extends Provenance {
  id: string;
  name: Localized;
  variants?: string[];
  /** The country the person serves, when not Vietnam. */
  country?: string;
  /** Titles the person is called by whatever the date ("President Ho Chi Minh"). */
  styled?: string[];
}

export interface TermEntry extends Provenance {
  id: string;
  name: Localized;
  variants?: LocalizedList;
  /** Renderings wrong as a translation of this term, though right elsewhere ("innovation" for đổi mới): read by the pair check only. */
  mistranslations?: LocalizedList;
  wrong?: WrongVariant[];
  definition?: Localized;
}

export interface FramingMember {
  id: string;
  name: Localized;
  /** Other accepted names of the member. */
  variants?: LocalizedList;
  /** Bare words that name the member only inside an enumeration ("Party, State and people-to-people diplomacy"). */
  short?: LocalizedList;
  role?: Localized;
  /** Wrong names of the member ("People's diplomacy" for people-to-people diplomacy). */
  wrong?: WrongVariant[];
}

export interface FramingEntry extends Provenance {
  id: string;
  name: Localized;
  /** Phrases that announce the framing: "three pillars", "ba trụ cột". */
  triggers: LocalizedList;
  members: FramingMember[];
  /** The framing written out in full, used as the fix for an incomplete one. */
  statement?: Localized;
  definition?: Localized;
}

export type EventKind = 'congress' | 'plenum' | 'membership' | 'un-seat' | 'chairmanship' | 'hosting' | 'normalisation' | 'diplomatic-relations' | 'other';

export interface EventEntry extends Provenance {
  id: string;
  kind?: EventKind;
  name: Localized;
  /** How writers name the organisation or country the event is about. */
  subject?: LocalizedList;
  ordinal?: number;
  start?: PartialDate;
  end?: PartialDate;
  place?: Localized;
}

export type PartnershipLevel = 'comprehensive' | 'strategic' | 'comprehensive-strategic' | 'special';

export interface PartnershipStage extends Provenance {
  level: PartnershipLevel;
  from: PartialDate;
  /** The framework's exact name, as the joint statement gives it. */
  name?: Localized;
}

/** Vietnam's relationship with one country: the levels it reached, in date order. */
export interface PartnershipEntry extends Provenance {
  id: string;
  country: Localized;
  aliases?: LocalizedList;
  established?: PartialDate;
  levels: PartnershipStage[];
}

export interface MilestoneEntry extends Provenance {
  id: string;
  year: number;
  description: Localized;
  /** Phrases that name the milestone; a year written with them must be `year`. */
  marks?: LocalizedList;
  /** Event id that set the milestone. */
  set_by?: string;
}

/** One YAML file of a pack, as written. All sections are optional. */
export interface PackFile {
  pack?: { id: string; name?: string; version?: string; description?: string };
  documents?: DocumentEntry[];
  bodies?: BodyEntry[];
  titles?: TitleEntry[];
  people?: PersonEntry[];
  terms?: TermEntry[];
  framings?: FramingEntry[];
  events?: EventEntry[];
  milestones?: MilestoneEntry[];
  partnerships?: PartnershipEntry[];
}

export const SECTIONS = ['documents', 'bodies', 'titles', 'people', 'terms', 'framings', 'events', 'milestones', 'partnerships'] as const;
export type Section = (typeof SECTIONS)[number];

/** Where an entity was defined, so that hovers and errors can point at it. */
export interface Origin {
  file: string;
  line: number;
  column: number;
  layer: string;
}

/**
 * The merged vocabulary of all layers; later layers override earlier ones by id. Read-only:
 * restored from a snapshot, its entries are parsed on first use (see snapshot.ts).
 */
export interface Vocabulary {
  documents: ReadonlyMap<string, DocumentEntry>;
  bodies: ReadonlyMap<string, BodyEntry>;
  titles: ReadonlyMap<string, TitleEntry>;
  people: ReadonlyMap<string, PersonEntry>;
  terms: ReadonlyMap<string, TermEntry>;
  framings: ReadonlyMap<string, FramingEntry>;
  events: ReadonlyMap<string, EventEntry>;
  milestones: ReadonlyMap<string, MilestoneEntry>;
  partnerships: ReadonlyMap<string, PartnershipEntry>;
  origins: ReadonlyMap<string, Origin>;
  /** Names of the layers in force, in order, with their entity counts. */
  layers: { name: string; files: string[]; entities: number }[];
}

/** A vocabulary file as loaded: its entries, and where each is defined (`section:id`; a duplicate's under `section:id#k`). */
export interface LoadedFile {
  path: string;
  pack: PackFile;
  origins: Map<string, Omit<Origin, 'layer'>>;
}

/** A layer of the vocabulary (the built-in pack, a user's pack): its files, in order. */
export interface Layer {
  name: string;
  files: LoadedFile[];
}
