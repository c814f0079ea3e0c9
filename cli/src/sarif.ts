// SARIF 2.1.0 output: one run, every rule described, results with 1-based regions in
// UTF-16 code units, and quick fixes as `fixes`.

import type * as Sarif from 'sarif';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex, RULES, type Finding, type Severity } from '@communique/core';
import { position } from './format';

export interface CheckedFile {
  path: string;
  text: string;
  findings: Finding[];
  /** In a pair check: the original, where each finding's `counterpart` lies. */
  counterpart?: { path: string; text: string };
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function uriOf(path: string): string {
  if (path === '<stdin>') return 'stdin';
  // Relative paths stay relative (portable across CI checkouts), percent-encoded so that the
  // reference is a valid URI ("a b#1.md" → "a%20b%231.md"); absolute ones become file URIs.
  return isAbsolute(path) ? pathToFileURL(path).href : path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(files: CheckedFile[]): Sarif.Log {
  const results: Sarif.Result[] = [];
  for (const file of files) {
    const regionIn = (lines: LineIndex, start: number, end: number): Sarif.Region => {
      const s = position(lines, start);
      const e = position(lines, end);
      return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: start, charLength: end - start };
    };
    const lines = new LineIndex(file.text);
    const region = (start: number, end: number): Sarif.Region => regionIn(lines, start, end);
    const artifactLocation = { uri: uriOf(file.path) };
    const original = file.counterpart ? { lines: new LineIndex(file.counterpart.text), artifactLocation: { uri: uriOf(file.counterpart.path) } } : undefined;
    for (const f of file.findings) {
      const result: Sarif.Result = {
        ruleId: f.ruleId,
        ruleIndex: RULES.findIndex((r) => r.id === f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.start, f.end) } }],
      };
      if (original && f.counterpart) {
        result.relatedLocations = [
          {
            id: 0,
            physicalLocation: { artifactLocation: original.artifactLocation, region: regionIn(original.lines, f.counterpart.start, f.counterpart.end) },
            message: { text: 'original' },
          },
        ];
      }
      if (f.fixes.length > 0) {
        result.fixes = f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.newText } })) }],
        }));
      }
      results.push(result);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'communique',
            informationUri: 'https://example.invalid/communique',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
