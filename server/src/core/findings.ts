// What a check produces. Offsets are UTF-16 offsets into the original text; each adapter
// converts them (LSP: line/character; SARIF: 1-based line/column).

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The most likely fix, applied by "fix all". */
  preferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  related?: { start: number; end: number; message: string }[];
}

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/** Every rule this version implements, with its default severity: error for a wrong fact, warning for a wrong form, information for what is only unknown. */
export const RULES: RuleInfo[] = [
  { id: 'citation/malformed', description: 'A document symbol written in a wrong form (34/NQ-TW, No.32-CT/TW).', defaultSeverity: 'warning' },
  { id: 'citation/unknown', description: 'A Party or State document that the vocabulary does not know.', defaultSeverity: 'information' },
  { id: 'citation/type-mismatch', description: 'The type word of a citation disagrees with the type code of its symbol (Resolution … -CT/TW).', defaultSeverity: 'error' },
  { id: 'citation/issuer-mismatch', description: 'A citation attributed to a body that did not issue it.', defaultSeverity: 'error' },
  { id: 'citation/date-mismatch', description: 'A citation given a year that is not the year of the document.', defaultSeverity: 'error' },
  { id: 'citation/superseded', description: 'A document cited as current that has been superseded.', defaultSeverity: 'information' },
  { id: 'title/non-canonical', description: 'A body or official title written in a wrong, mistranslated or non-canonical form.', defaultSeverity: 'warning' },
  { id: 'title/outdated', description: 'A body named as current that was dissolved or renamed by the report\'s date.', defaultSeverity: 'warning' },
  { id: 'title/holder-mismatch', description: 'A person given a title they did not hold on the report\'s date (or the year the sentence names).', defaultSeverity: 'error' },
  { id: 'term/non-canonical', description: 'A term written in a wrong variant or mistranslation.', defaultSeverity: 'warning' },
  { id: 'term/inconsistent', description: 'Two accepted names of the same thing mixed in one document.', defaultSeverity: 'warning' },
  { id: 'framing/incomplete', description: 'A required framing (the three pillars) with members missing.', defaultSeverity: 'warning' },
  { id: 'framing/order', description: 'The members of a framing listed out of their order.', defaultSeverity: 'warning' },
  { id: 'framing/naming', description: 'A member of a framing called by a wrong name (People\'s diplomacy).', defaultSeverity: 'warning' },
  { id: 'fact/congress-date', description: 'A Party congress given a year that is not its own.', defaultSeverity: 'error' },
  { id: 'fact/event-date', description: 'A membership, UN seat, chairmanship, summit hosted, normalisation or agreement (signature, entry into force) given a year that is not its own.', defaultSeverity: 'error' },
  { id: 'fact/partnership', description: 'A level of relations (comprehensive, strategic, comprehensive strategic, special) stated for a country that did not have it with Vietnam on the report\'s date or the sentence\'s year.', defaultSeverity: 'error' },
  { id: 'fact/milestone', description: 'A milestone given the wrong year (the 2030 and 2045 goals).', defaultSeverity: 'error' },
  { id: 'text/unicode-normalization', description: 'Text not in Unicode NFC (decomposed Vietnamese diacritics).', defaultSeverity: 'warning' },
  { id: 'text/ordinal-mistranslation', description: 'A weekday standing for a list ordinal in translated text ("Monday, …" for "Second, …", from Thứ hai).', defaultSeverity: 'warning' },
  { id: 'text/spacing', description: 'Two sentences run together without a space.', defaultSeverity: 'warning' },
  { id: 'text/front-matter', description: 'A report front matter value that cannot be used (date, lang, communique.disable).', defaultSeverity: 'warning' },
];

export const RULE_IDS = new Set(RULES.map((r) => r.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
