// Findings to LSP diagnostics and code actions. Every offset ↔ position conversion of the
// server goes through the TextDocument here.

import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { msg, render, type Finding, type Fix, type Lang, type Severity, type VocabProblem } from '@communique/core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'communique';

/**
 * Carried in `Diagnostic.data`: which finding of which version, so that a code action finds
 * the fixes in the server's last result. (The fixes themselves are not sent with every
 * diagnostic: on each keystroke that would be most of the payload.)
 */
interface DiagnosticData {
  version: number;
  index: number;
}

/**
 * `rulesDocs`: the folder of the rule pages (docs/rules/, shipped with the extension), as a URI
 * ending in a slash; each diagnostic links its rule's page, as ESLint's link theirs.
 */
export function toDiagnostic(doc: TextDocument, f: Finding, index: number, rulesDocs?: string, original?: Original): Diagnostic {
  const data: DiagnosticData = { version: doc.version, index };
  // A finding of the pair check points at the original's sentence it was compared with.
  const related =
    original && f.counterpart
      ? [
          {
            location: { uri: original.uri, range: { start: original.doc.positionAt(f.counterpart.start), end: original.doc.positionAt(f.counterpart.end) } },
            message: original.label,
          },
        ]
      : undefined;
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    ...(rulesDocs ? { codeDescription: { href: `${rulesDocs}${f.ruleId}.md` } } : {}),
    message: f.message,
    ...(related ? { relatedInformation: related } : {}),
    data,
  };
}

/** The original a report was compared with: its URI and text (to place the counterparts). */
interface Original {
  uri: string;
  doc: TextDocument;
  label: string;
}

/** Diagnostics of a document's findings, at most `max` of them and then one notice of how many more there are. */
export function diagnosticsOf(doc: TextDocument, findings: Finding[], max: number, rulesDocs?: string, lang: Lang = 'en', pair?: { uri: string; doc: TextDocument }): Diagnostic[] {
  const original = pair ? { uri: pair.uri, doc: pair.doc, label: render(msg('parallel.related'), lang) } : undefined;
  const shown = findings.slice(0, max).map((f, i) => toDiagnostic(doc, f, i, rulesDocs, original));
  if (findings.length > max) {
    const first = findings[max]!;
    shown.push({
      range: { start: doc.positionAt(first.start), end: doc.positionAt(first.start) },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'communique/limit',
      message: render(msg('server.limit', { count: findings.length - max, max }), lang),
    });
  }
  return shown;
}

export function vocabDiagnostic(p: VocabProblem): Diagnostic {
  return {
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: Math.max(p.endColumn - 1, p.column) } },
    severity: p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: SOURCE,
    code: p.ruleId,
    message: p.message,
  };
}

function edits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/** Quick fixes for the diagnostics the client sends back, if they are ours and of the current result. */
export function quickFixes(doc: TextDocument, diagnostics: Diagnostic[], findings: Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    const finding = data && data.version === doc.version ? findings[data.index] : undefined;
    if (!finding || finding.ruleId !== d.code) continue;
    for (const fix of finding.fixes) {
      const action = CodeAction.create(fix.title, { changes: { [doc.uri]: edits(doc, fix) } }, CodeActionKind.QuickFix);
      action.diagnostics = [d];
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}

/** Every preferred fix of the document at once, for "Fix all" and codeActionsOnSave. */
export function fixAll(doc: TextDocument, findings: Finding[], lang: Lang = 'en'): CodeAction | undefined {
  const chosen: TextEdit[] = [];
  let lastEnd = -1;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    const first = Math.min(...fix.edits.map((e) => e.start));
    if (first < lastEnd) continue; // overlapping fixes: the next run of "fix all" takes the rest
    chosen.push(...edits(doc, fix));
    lastEnd = Math.max(...fix.edits.map((e) => e.end));
  }
  if (chosen.length === 0) return undefined;
  return CodeAction.create(render(msg('server.fix-all'), lang), { changes: { [doc.uri]: chosen } }, FIX_ALL_KIND);
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.communique`;
