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
  { id: 'citation/type-mismatch', description: 'The type word of a citation disagrees with the type code of its symbol (Resolution … -CT/TW).', defaultSeverity: 'error' },
  { id: 'citation/unknown', description: 'A Party or State document that the vocabulary does not know.', defaultSeverity: 'information' },
  { id: 'title/non-canonical', description: 'A body or official title written in a wrong, mistranslated or non-canonical form.', defaultSeverity: 'warning' },
  { id: 'term/non-canonical', description: 'A term written in a wrong variant or mistranslation.', defaultSeverity: 'warning' },
  { id: 'framing/incomplete', description: 'A required framing (the three pillars) with members missing.', defaultSeverity: 'warning' },
  { id: 'framing/naming', description: 'A member of a framing called by a wrong name (People\'s diplomacy).', defaultSeverity: 'warning' },
  { id: 'text/unicode-normalization', description: 'Text not in Unicode NFC (decomposed Vietnamese diacritics).', defaultSeverity: 'warning' },
  { id: 'text/front-matter', description: 'A report front matter value that cannot be used (date, lang, communique.disable).', defaultSeverity: 'warning' },
];

export const RULE_IDS = new Set(RULES.map((r) => r.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
