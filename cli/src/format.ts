// Pretty (compiler-style) and JSON output.

import { LineIndex, type Finding, type VocabProblem } from '@communique/core';
import type { CheckedFile } from './sarif';

export function position(lines: LineIndex, offset: number): { line: number; column: number } {
  const p = lines.position(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

function preferredFix(f: Finding): string | undefined {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  if (!fix) return undefined;
  return fix.edits.map((e) => e.newText).join(' … ');
}

/** `file:line:col severity rule-id message (fix: …)`, then a summary line. */
export function formatPretty(files: CheckedFile[]): string {
  let out = '';
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const original = file.counterpart ? new LineIndex(file.counterpart.text) : undefined;
    for (const f of file.findings) {
      counts[f.severity]++;
      const { line, column } = position(lines, f.start);
      const fix = preferredFix(f);
      out += `${file.path}:${line}:${column} ${f.severity} ${f.ruleId} ${f.message}${fix !== undefined ? ` (fix: ${fix})` : ''}\n`;
      if (original && f.counterpart) {
        const at = position(original, f.counterpart.start);
        out += `  ${file.counterpart!.path}:${at.line}:${at.column} (original)\n`;
      }
    }
  }
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  out += `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.information + counts.hint, 'note')} in ${plural(files.length, 'file')}\n`;
  return out;
}

export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(
    files.map((file) => {
      const lines = new LineIndex(file.text);
      return {
        file: file.path,
        findings: file.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          start: position(lines, f.start),
          end: position(lines, f.end),
          offset: { start: f.start, end: f.end },
          ...(file.counterpart && f.counterpart
            ? {
                original: {
                  file: file.counterpart.path,
                  start: position(new LineIndex(file.counterpart.text), f.counterpart.start),
                  end: position(new LineIndex(file.counterpart.text), f.counterpart.end),
                  offset: f.counterpart,
                },
              }
            : {}),
          fixes: f.fixes.map((x) => ({
            title: x.title,
            preferred: x.preferred === true,
            edits: x.edits.map((e) => ({ start: position(lines, e.start), end: position(lines, e.end), newText: e.newText })),
          })),
        })),
      };
    }),
    null,
    2,
  );
}

export function formatProblems(problems: VocabProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity ?? 'error'} ${p.ruleId} ${p.message}\n`).join('');
}
