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
  /** In the pair check: the range of the original's sentence compared with (in the source file). */
  counterpart?: { start: number; end: number };
}
