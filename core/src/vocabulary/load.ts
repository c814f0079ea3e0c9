// Loading a vocabulary file: a TBX term base, a prh dictionary or a pack, read with the
// positions of what it defines and of every problem (file, line and column). Vocabulary is
// data: it is parsed, never evaluated. The steps, in order: the file's size and encoding;
// its YAML (yaml.ts); the schema (schema.ts); the pack filled in (normalise.ts); the checks
// the schema cannot express (checks.ts). Layers of loaded files are merged by merge.ts.

import { semanticIssues } from './checks';
import type { LoadedFile, Origin, PackFile } from './model';
import { normalise } from './normalise';
import { isPrhDictionary, prhToPack } from './prh';
import { byPosition, isBlocking, locator, Positions, type Locate, type VocabProblem } from './problems';
import { schemaProblems, validate } from './schema';
import { isTbxSource, tbxToPack } from './tbx';
import { entryOrigins, idOrigins, readYamlDocument, readYamlFast, TOO_DEEP_MESSAGE, valueRange } from './yaml';

// The loader's API, importable from here as it always was; its parts are defined in the modules above.
export { mergeLayers } from './merge';
export type { Layer, LoadedFile } from './model';
export { describeSource } from './normalise';
export { isBlocking, problemToString, type VocabProblem } from './problems';

export interface SourceFile {
  path: string;
  text: string;
  /**
   * A key of the file's content, when the adapter has a cheaper one than hashing the text (the
   * Node adapter hashes the bytes it read, and decodes them only if the text is asked for).
   */
  key?: string;
}

/** Larger files are refused before parsing. */
export const MAX_VOCAB_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The UTF-8 size of `text` as far as it matters against `limit`: exact when it is near the
 * limit, a lower bound (its length) when that alone decides.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A character that no YAML (or XML) text contains: a binary file, a UTF-16 file read as UTF-8, or bytes that are not UTF-8. */
function badCharacter(text: string, kind = 'YAML'): { offset: number; message: string } | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { offset: nul, message: `The file contains NUL bytes (the first one is here), so it is not a ${kind} text file: it is binary, or saved as UTF-16. Save the pack as UTF-8 text.` };
  }
  const m = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]/.exec(text);
  if (!m) return undefined;
  if (m[0] === '\ufffd') {
    return { offset: m.index, message: 'The file is not valid UTF-8 here (a byte that is not UTF-8 text, shown as \ufffd): it was probably saved as Windows-1252, Latin-1 or another legacy encoding. Save the pack as UTF-8.' };
  }
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset: m.index, message: `The file contains the control character ${code} here, which a ${kind} text cannot contain: is it a binary file? Remove the character, or save the pack as UTF-8 text.` };
}

export function loadPackFile(source: SourceFile): { file?: LoadedFile; problems: VocabProblem[] } {
  const path = source.path;
  const size = utf8Length(source.text, MAX_VOCAB_FILE_BYTES);
  if (size > MAX_VOCAB_FILE_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
    return {
      problems: [{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'vocab/io', message: `The file is ${mb(size)} MB; a vocabulary file may be at most ${mb(MAX_VOCAB_FILE_BYTES)} MB: split the pack into several files.` }],
    };
  }
  // A byte-order mark is not part of the text (editors do not count it as a column).
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const positions = new Positions(text);
  const at = locator(path, positions);

  const tbx = isTbxSource(path, text);
  const bad = badCharacter(text, tbx ? 'XML' : 'YAML');
  if (bad) return { problems: [at(bad.offset, bad.offset + 1, bad.message, 'vocab/syntax')] };

  if (tbx) {
    const converted = tbxToPack(text, path);
    const problems = converted.problems.map((p) => at(p.range[0], p.range[1], p.message, p.ruleId, p.severity === 'warning' ? 'warning' : undefined));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.some(isBlocking)) return { problems };
    return { file: convertedFile(path, converted.pack, converted.offsets, positions), problems };
  }

  const fast = loadFast(path, text, positions);
  if (fast && 'file' in fast) return { file: fast.file, problems: [] };
  if (fast) {
    // Refused before the position-keeping parser, which would exhaust the stack on it.
    return { problems: [at(fast.tooDeep, fast.tooDeep + 1, TOO_DEEP_MESSAGE, 'vocab/syntax')] };
  }
  return loadCarefully(path, text, positions, at);
}

/** A pack converted from a term base or a prh dictionary: each term's origin is where the converter found it. */
function convertedFile(path: string, pack: PackFile, offsets: number[], positions: Positions): LoadedFile {
  const origins = new Map<string, Omit<Origin, 'layer'>>();
  pack.terms?.forEach((t, i) => {
    const pos = positions.at(offsets[i] ?? 0);
    origins.set(`terms:${t.id}`, { file: path, line: pos.line, column: pos.col });
  });
  return { path, pack, origins };
}

/**
 * The common case, a valid pack file, read by js-yaml: about ten times faster than building
 * the position-keeping document (2 s → 0.2 s for 10,000 terms). Anything unusual — an error,
 * an alias, a prh dictionary, a date or holder problem — returns undefined, and the careful
 * path reports it with its position; a structure nested too deeply for that parser's stack
 * returns where it gets too deep. Entity origins come from a scan for the `id:` keys.
 */
function loadFast(path: string, text: string, positions: Positions): { file: LoadedFile } | { tooDeep: number } | undefined {
  const read = readYamlFast(text);
  if (!read || 'tooDeep' in read) return read;
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || isPrhDictionary(data)) return undefined;
  if (validate(data).length > 0) return undefined;
  const pack = normalise(data as PackFile);
  if (semanticIssues(pack).length > 0) return undefined;
  return { file: { path, pack, origins: idOrigins(text, path, pack, positions) } };
}

/** Any file the fast path passed over, read with the position of every problem. */
function loadCarefully(path: string, text: string, positions: Positions, at: Locate): { file?: LoadedFile; problems: VocabProblem[] } {
  const read = readYamlDocument(text);
  if ('problems' in read) return { problems: read.problems.map((p) => at(p.start, p.end, p.message, 'vocab/syntax')) };
  const { doc, data } = read;
  const problems: VocabProblem[] = read.warnings.map((w) => at(w.start, w.end, w.message, 'vocab/syntax'));
  if (data === null || data === undefined) return { file: { path, pack: {}, origins: new Map() }, problems };

  if (isPrhDictionary(data)) {
    const converted = prhToPack(doc, data as { rules?: unknown; imports?: unknown }, path);
    for (const p of converted.problems) problems.push(at(p.range[0], p.range[1], p.message, 'vocab/prh', p.severity === 'warning' ? 'warning' : undefined));
    if (problems.some(isBlocking)) return { problems };
    return { file: convertedFile(path, converted.pack, converted.lines, positions), problems };
  }

  for (const p of schemaProblems(doc, data)) problems.push(at(p.start, p.end, p.message, 'vocab/schema'));
  if (problems.length > 0) return { problems: problems.sort(byPosition) };

  const pack = normalise(data as PackFile);
  for (const issue of semanticIssues(pack)) {
    const r = valueRange(doc, issue.path);
    problems.push(at(r[0], r[1], issue.message, issue.ruleId, issue.severity));
  }
  problems.sort(byPosition);
  if (problems.some(isBlocking)) return { problems };
  return { file: { path, pack, origins: entryOrigins(doc, path, pack, positions) }, problems };
}
