// `communique`: the checking core on the command line, for CI pipelines.
//
//   communique check [--format pretty|json|sarif] [--vocab PATH]... [--date YYYY-MM-DD]
//                    [--lang en|vi] [--max-warnings N] [--no-builtin] FILE|GLOB|-...
//   communique compare [--format pretty|json|sarif] [--vocab PATH]... [--date YYYY-MM-DD] SOURCE TARGET
//   communique vocab validate PATH...
//   communique vocab import --from tbx|prh FILE [-o OUT]
//   communique vocab export --format tbx|prh [--vocab PATH]... [--no-builtin]
//   communique vocab stats [--format pretty|json] [--vocab PATH]... [--no-builtin]
//
// Exit codes: 0 no error-level findings (and warnings within --max-warnings); 1 findings
// over that; 2 usage error, unreadable file or invalid vocabulary.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildVocabulary,
  RULES,
  checkOptionsOf,
  compareTexts,
  decodeReport,
  reportSyntax,
  effectiveConfig,
  isBlocking,
  isExcluded,
  REPORT_GLOB,
  type CompiledVocabulary,
  type Overrides,
  isPrhDictionary,
  isTbxSource,
  isValidDay,
  loadPackFile,
  vocabularyStats,
  vocabularyToPrh,
  vocabularyToTbx,
  type Finding,
  type LayerSource,
  type VocabProblem,
} from '@communique/core';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { diskVocabularyCache } from '../../server/src/node/packCache';
import { projectRelative, projectRootFor, readProject, type ProjectOnDisk } from '../../server/src/node/project';
import { readLayer } from '../../server/src/node/vocabularyFiles';
import { toSarif, type CheckedFile } from './sarif';
import { formatJson, formatPretty, formatProblems } from './format';
import { progressBar, progressWanted } from './progress';
import { checkFile, checkInWorkers, runWorker, workerCount, WORKER_ARG, WORKER_KIND, type CheckOptions, type FileResult, type WorkerInit } from './workers';
import { cliLanguage, usage, usageErrorMessage, UsageError } from './usage';

export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => string;
  /** Standard error is a terminal: a progress bar may be drawn on it (never when `env.CI` is set). */
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export async function main(argv: string[], io: IO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage(cliLanguage(io.env ?? {})) + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, io);
    if (command === 'compare') return compare(rest, io);
    if (command === 'rules') return listRules(rest, io);
    if (command === 'config' && rest[0] === 'print') return printConfig(rest.slice(1), io);
    if (command === 'vocab' && rest[0] === 'validate') return validate(rest.slice(1), io);
    if (command === 'vocab' && rest[0] === 'export') return exportVocabulary(rest.slice(1), io);
    if (command === 'vocab' && rest[0] === 'stats') return vocabularyStatistics(rest.slice(1), io);
    if (command === 'vocab' && rest[0] === 'import') return importVocabulary(rest.slice(1), io);
    throw new UsageError('unknownCommand', argv);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const lang = cliLanguage(io.env ?? {});
      io.stderr(`communique: ${usageErrorMessage(e as Error, lang)}\n\n${usage(lang)}\n`);
      return 2;
    }
    throw e;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The flags that layer over a project configuration, as `Overrides`. */
function flagOverrides(values: { vocab?: string[]; date?: string; lang?: string; 'message-language'?: string }): Overrides {
  if (values.date !== undefined && !isValidDay(values.date)) throw new UsageError('date', values.date);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'vi') throw new UsageError('lang', values.lang);
  const messageLanguage = values['message-language'];
  if (messageLanguage !== undefined && !['auto', 'en', 'vi'].includes(messageLanguage)) throw new UsageError('messageLanguage', messageLanguage);
  return {
    names: { packs: '--vocab', rules: 'command line', reportDate: '--date', language: '--lang', messageLanguage: '--message-language' },
    packs: (values.vocab ?? []).map((p) => resolve(p)),
    ...(values.date ? { reportDate: values.date } : {}),
    ...(values.lang ? { language: values.lang as 'en' | 'vi' } : {}),
    ...(messageLanguage ? { messageLanguage: messageLanguage as 'auto' | 'en' | 'vi' } : {}),
  };
}

/** The flags `check` and `compare` share: output, vocabulary, configuration, date, message language. */
const REPORT_OPTIONS = {
  format: { type: 'string', default: 'pretty' },
  vocab: { type: 'string', multiple: true, default: [] as string[] },
  'no-builtin': { type: 'boolean', default: false },
  'no-config': { type: 'boolean', default: false },
  date: { type: 'string' },
  'message-language': { type: 'string' },
} as const;

async function check(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...REPORT_OPTIONS, lang: { type: 'string' }, 'max-warnings': { type: 'string' } },
  });
  const format = values.format!;
  if (!['pretty', 'json', 'sarif'].includes(format)) throw new UsageError('checkFormat', format);
  const overrides = flagOverrides(values);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError('maxWarnings', values['max-warnings']);
    maxWarnings = Number(values['max-warnings']);
  }
  if (positionals.length === 0) throw new UsageError('checkInputs');

  const inputs = await expandInputs(positionals, io);
  if (!inputs) return 2;
  const groups = groupByProject(inputs, !values['no-config']);
  const blocking = groups.flatMap((g) => g.project?.problems ?? []);
  for (const g of groups) if (g.project?.problems.length) io.stderr(formatProblems(g.project.problems));
  if (blocking.some(isBlocking)) {
    io.stderr(`communique: the project configuration is invalid; nothing was checked.\n`);
    return 2;
  }

  const env = io.env ?? {};
  const progress = progressBar(inputs.files.length, io.stderr, progressWanted(io.stderrIsTTY, env));
  const results: FileResult[] = [];
  let done = 0;
  for (const group of groups) {
    const effective = effectiveConfig(group.project?.found, overrides);
    const files = group.files.filter((f) => {
      if (f.path === '-' || !group.project || !isExcluded(effective, projectRelative(group.project.root, f.path))) return true;
      // Named on the command line: say why it is not checked; found by a glob or a folder: leave it out quietly.
      if (f.named)
        io.stderr(
          `communique: ${f.path} is not checked: ${effective.include && !effective.exclude.value.length ? 'not in include' : 'excluded'} by ${group.project.found.displayName}\n`,
        );
      return false;
    });
    if (files.length === 0) continue;
    const packs = effective.packs.map((p) => p.value);
    const vocab = loadVocabulary(packs, !values['no-builtin'], io);
    if (!vocab) return 2;
    const options = checkOptionsOf(effective);
    const before = done;
    results.push(...(await checkFiles(files, { vocab, packs, builtin: !values['no-builtin'], options }, io, env, (n) => progress.tick((done = before + n)))));
  }
  progress.clear();
  results.sort((a, b) => a.index - b.index);
  return report(results, format, maxWarnings, io);
}

/** Checks a group's files: on worker threads when there are enough of them, else here. */
async function checkFiles(
  files: { index: number; path: string }[],
  run: { vocab: CompiledVocabulary; packs: string[]; builtin: boolean; options: CheckOptions },
  io: IO,
  env: Record<string, string | undefined>,
  /** Files of this group checked so far. */
  tick: (done: number) => void,
): Promise<FileResult[]> {
  const jobs = files.filter((j) => j.path !== '-');
  const workers = workerCount(jobs.length, env);
  const stdin = files.filter((j) => j.path === '-').map((j) => checkFile(j.index, j.path, run.vocab, run.options, io.stdin));
  if (workers.count === 0) {
    const out = [...stdin];
    for (const [k, j] of jobs.entries()) {
      out.push(checkFile(j.index, j.path, run.vocab, run.options));
      tick(k + 1);
    }
    return out;
  }
  if (workers.forced) io.stderr(`communique: ${jobs.length} files on ${workers.count} worker threads\n`);
  return [...(await checkInWorkers(jobs, workers.count, { vocab: run.packs, builtin: run.builtin, options: run.options }, tick)), ...stdin];
}

/** Prints the results and decides the exit code. */
function report(results: (FileResult & { counterpart?: CheckedFile['counterpart'] })[], format: string, maxWarnings: number, io: IO): number {
  const checked: CheckedFile[] = [];
  let unreadable = false;
  for (const r of results) {
    if ('error' in r) {
      io.stderr(`communique: cannot read ${r.path}: ${r.error}\n`);
      unreadable = true;
      continue;
    }
    checked.push({ path: r.path === '-' ? '<stdin>' : r.path, text: r.text, findings: r.findings, ...('counterpart' in r && r.counterpart ? { counterpart: r.counterpart } : {}) });
  }
  if (format === 'sarif') io.stdout(JSON.stringify(toSarif(checked), null, 2) + '\n');
  else if (format === 'json') io.stdout(formatJson(checked) + '\n');
  else io.stdout(formatPretty(checked));
  if (unreadable) return 2;
  const all: Finding[] = checked.flatMap((c) => c.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

interface Input {
  index: number;
  path: string;
  /** Named on the command line, not found by a glob or in a folder. */
  named: boolean;
}

/** Files by the project they belong to (the nearest .communique/ above each); with `lookup` off, one group without a project. */
function groupByProject(inputs: { files: Input[] }, lookup: boolean): { project?: ProjectOnDisk; files: Input[] }[] {
  const byRoot = new Map<string, { project?: ProjectOnDisk; files: Input[] }>();
  const rootOfDir = new Map<string, string | undefined>();
  for (const f of inputs.files) {
    const dir = f.path === '-' ? process.cwd() : dirname(resolve(f.path));
    if (!rootOfDir.has(dir)) rootOfDir.set(dir, lookup ? projectRootFor(dir) : undefined);
    const root = rootOfDir.get(dir);
    const key = root ?? '';
    let group = byRoot.get(key);
    if (!group) byRoot.set(key, (group = { ...(root ? { project: readProject(root, process.cwd()) } : {}), files: [] }));
    group.files.push(f);
  }
  return [...byRoot.values()];
}

/**
 * The pair check: TARGET (a translation) against SOURCE (its original). The project
 * configuration is the target's; findings are the target's, each pointing at the source.
 */
function compare(args: string[], io: IO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: REPORT_OPTIONS,
  });
  const format = values.format!;
  if (!['pretty', 'json', 'sarif'].includes(format)) throw new UsageError('checkFormat', format);
  if (positionals.length !== 2) throw new UsageError('compareInputs', positionals);
  const [sourcePath, targetPath] = positionals as [string, string];
  const texts: string[] = [];
  for (const path of [sourcePath, targetPath]) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      io.stderr(`communique: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    const decoded = decodeReport(bytes);
    if (!('text' in decoded)) {
      io.stderr(`communique: ${path} is not a text file; nothing was compared.\n`);
      return 2;
    }
    texts.push(decoded.text);
  }
  const [group] = groupByProject({ files: [{ index: 0, path: targetPath, named: true }] }, !values['no-config']);
  if (group?.project?.problems.length) io.stderr(formatProblems(group.project.problems));
  if (group?.project?.problems.some(isBlocking)) {
    io.stderr(`communique: the project configuration is invalid; nothing was compared.\n`);
    return 2;
  }
  const effective = effectiveConfig(group?.project?.found, flagOverrides(values));
  const vocab = loadVocabulary(
    effective.packs.map((p) => p.value),
    !values['no-builtin'],
    io,
  );
  if (!vocab) return 2;
  const options = checkOptionsOf(effective);
  const result = compareTexts(texts[0]!, texts[1]!, vocab, {
    sourceSyntax: reportSyntax(sourcePath),
    targetSyntax: reportSyntax(targetPath),
    rules: options.rules,
    messageLanguage: options.messageLanguage,
    date: options.date,
  });
  const counterpart = { path: sourcePath, text: texts[0]! };
  return report([{ index: 0, path: targetPath, text: texts[1]!, findings: result.findings, counterpart }], format, Infinity, io);
}

function listRules(args: string[], io: IO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'pretty' } } });
  if (values.format !== 'pretty' && values.format !== 'json') throw new UsageError('rulesFormat', values.format);
  if (positionals.length > 0) throw new UsageError('rulesArguments', positionals);
  if (values.format === 'json') {
    const rows = RULES.map((r) => ({
      id: r.id,
      defaultSeverity: r.defaultSeverity,
      scope: r.scope,
      summary: r.summary,
      description: r.description,
      docs: `docs/rules/${r.id}.md`,
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  io.stdout(RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(11)}  ${r.summary}`).join('\n') + '\n');
  return 0;
}

/** What applies to one file, and where each value comes from: the project configuration, a flag or the default. */
function printConfig(args: string[], io: IO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      vocab: { type: 'string', multiple: true, default: [] as string[] },
      'no-config': { type: 'boolean', default: false },
      date: { type: 'string' },
      lang: { type: 'string' },
      'message-language': { type: 'string' },
      format: { type: 'string', default: 'pretty' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('configFile', positionals);
  if (values.format !== 'pretty' && values.format !== 'json') throw new UsageError('configFormat', values.format);
  const file = positionals[0]!;
  const [group] = groupByProject({ files: [{ index: 0, path: file, named: true }] }, !values['no-config']);
  if (group?.project?.problems.length) io.stderr(formatProblems(group.project.problems));
  if (group?.project?.problems.some(isBlocking)) return 2;
  const e = effectiveConfig(group?.project?.found, flagOverrides(values));
  const excluded = group?.project ? isExcluded(e, projectRelative(group.project.root, file)) : false;
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify({ file, configFile: e.configFile ?? null, excluded, ...e }, null, 2)}\n`);
    return 0;
  }
  const row = (key: string, value: string, from: string): string => `${key.padEnd(28)} ${value.padEnd(30)} ${from}`;
  const lines = [`${file}${excluded ? ' (not checked: excluded)' : ''}`, `configuration: ${e.configFile ?? 'none (defaults and flags only)'}`, ''];
  lines.push(row('vocabulary', 'built-in pack', 'default'));
  for (const p of e.packs) lines.push(row('', p.value, p.from));
  lines.push(row('reportDate', e.reportDate?.value ?? '(front matter, else today)', e.reportDate?.from ?? 'default'));
  lines.push(row('language', e.language.value, e.language.from));
  lines.push(row('messageLanguage', e.messageLanguage.value, e.messageLanguage.from));
  if (e.include) lines.push(row('include', e.include.value.join(', '), e.include.from));
  lines.push(row('exclude', e.exclude.value.join(', ') || '(none)', e.exclude.from));
  lines.push('', "rules (the report's front matter may still change these):");
  for (const r of RULES) {
    const set = e.rules[r.id] ?? e.rules[`${r.id.split('/')[0]}/*`];
    lines.push(row(`  ${r.id}`, set?.value ?? r.defaultSeverity, set?.from ?? 'default'));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function loadVocabulary(paths: string[], builtin: boolean, io: IO) {
  const layers: LayerSource[] = [];
  const problems: VocabProblem[] = [];
  for (const path of paths) {
    const read = readLayer(path);
    problems.push(...read.problems);
    if (read.layer) layers.push(read.layer);
  }
  if (problems.length === 0) {
    const built = buildVocabulary(layers, builtin, diskVocabularyCache());
    if (built.compiled) {
      if (built.problems.length > 0) io.stderr(formatProblems(built.problems));
      return built.compiled;
    }
    problems.push(...built.problems);
  }
  io.stderr(formatProblems(problems));
  io.stderr(`communique: the vocabulary is invalid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}); nothing was checked.\n`);
  return undefined;
}

/** Every character that can make a pattern dynamic for picomatch (a superset: `isDynamicPattern` decides). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

async function expandInputs(patterns: string[], io: IO): Promise<{ files: Input[] } | undefined> {
  const files: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, named: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ index: files.length, path, named });
  };
  for (const p of patterns) {
    const folder = p !== '-' && isFolder(p);
    // A name without any of the characters a glob is made of is a file name; tinyglobby (and
    // picomatch) are loaded only for the others.
    const globbing = folder || (p !== '-' && GLOB_CHARACTERS.test(p)) ? (require('tinyglobby') as typeof import('tinyglobby')) : undefined;
    if (!folder && !globbing?.isDynamicPattern(p)) {
      add(p, true);
      continue;
    }
    // A folder stands for the reports in it (Markdown and plain text, by extension).
    const pattern = folder ? `${globbing!.escapePath(p.replace(/[\\/]$/, ''))}/${REPORT_GLOB}` : p;
    const matched = (await globbing!.glob(pattern, { ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false })).sort();
    if (matched.length === 0) {
      io.stderr(`communique: no ${folder ? 'reports in' : 'files match'} ${p}\n`);
      return undefined;
    }
    for (const m of matched) add(m, false);
  }
  return { files };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function validate(paths: string[], io: IO): number {
  if (paths.length === 0) throw new UsageError('validatePaths');
  const layers: LayerSource[] = [];
  const problems: VocabProblem[] = [];
  for (const path of paths) {
    const read = readLayer(path);
    problems.push(...read.problems);
    if (read.layer) layers.push(read.layer);
  }
  if (problems.length === 0) problems.push(...buildVocabulary(layers).problems);
  if (problems.length > 0) io.stderr(formatProblems(problems));
  if (problems.some(isBlocking)) return 2;
  io.stdout(`${paths.join(', ')}: valid\n`);
  return 0;
}

function vocabularyStatistics(args: string[], io: IO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      vocab: { type: 'string', multiple: true, default: [] },
      'no-builtin': { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'pretty' && values.format !== 'json') throw new UsageError('statsFormat', values.format);
  if (positionals.length > 0) throw new UsageError('statsArguments', positionals);
  const vocab = loadVocabulary(values.vocab!, !values['no-builtin'], io);
  if (!vocab) return 2;
  const stats = vocabularyStats(vocab.vocabulary);
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const lines = ['kind          entries   high  medium   low'];
  for (const [kind, row] of Object.entries(stats.kinds)) {
    lines.push(`${kind.padEnd(12)} ${String(row.entries).padStart(8)} ${String(row.high).padStart(6)} ${String(row.medium).padStart(7)} ${String(row.low).padStart(5)}`);
  }
  lines.push('', `holdings of offices: ${stats.holdings}; partnership levels: ${stats.levels}; wrong forms with fixes: ${stats.wrongForms}`);
  lines.push(`facts with a source URL: ${stats.withUrl} of ${stats.facts}`, '', 'facts by publisher:');
  for (const [publisher, n] of stats.publishers) lines.push(`${String(n).padStart(6)}  ${publisher}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function exportVocabulary(args: string[], io: IO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      vocab: { type: 'string', multiple: true, default: [] },
      'no-builtin': { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'prh' && values.format !== 'tbx') throw new UsageError('exportFormat', values.format);
  if (positionals.length > 0) throw new UsageError('exportArguments', positionals);
  const vocab = loadVocabulary(values.vocab!, !values['no-builtin'], io);
  if (!vocab) return 2;
  io.stdout(values.format === 'tbx' ? vocabularyToTbx(vocab.vocabulary) : vocabularyToPrh(vocab.vocabulary));
  return 0;
}

/** A TBX term base or a prh dictionary as a YAML pack file that can be edited and layered like any other. */
function importVocabulary(args: string[], io: Parameters<typeof main>[1]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  const from = values.from;
  if (from !== 'tbx' && from !== 'prh') throw new UsageError('importFrom', from);
  if (positionals.length !== 1) throw new UsageError('importFile', positionals);
  const path = positionals[0]!;
  const problem = (ruleId: string, message: string): number => {
    io.stderr(formatProblems([{ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId, message }]));
    return 2;
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return problem('vocab/io', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const tbx = isTbxSource(path, text);
  if (from === 'tbx' && !tbx)
    return problem('vocab/tbx', 'This file is not XML, so not a TBX term base (those start with <?xml …?> or <tbx>/<martif>); for a YAML file, use --from prh or the file itself.');
  if (from === 'prh') {
    let data: unknown;
    try {
      data = tbx ? undefined : parseYaml(text);
    } catch {
      data = undefined; // a syntax error: the loader reports it with its position
    }
    if (tbx || (data !== undefined && !isPrhDictionary(data))) {
      return problem(
        'vocab/prh',
        `This file is not a textlint-rule-prh dictionary (version: 1 and rules: of expected and patterns)${tbx ? '; for a TBX term base, use --from tbx' : '; a pack needs no import'}.`,
      );
    }
  }
  const loaded = loadPackFile({ path, text });
  if (loaded.problems.length > 0) io.stderr(formatProblems(loaded.problems));
  if (!loaded.file || loaded.problems.some(isBlocking)) return 2;
  const pack = loaded.file.pack;
  const count = pack.terms?.length ?? 0;
  const yaml = [
    `# Imported from ${path.replace(/^.*[\\/]/, '')} by communique vocab import --from ${from}.`,
    '# An ordinary pack file now: edit it, check it with communique vocab validate, pass it with --vocab.',
    stringifyYaml(pack, { lineWidth: 0 }),
  ].join('\n');
  if (values.output === undefined) {
    io.stdout(yaml);
    return 0;
  }
  try {
    writeFileSync(values.output, yaml);
  } catch (e) {
    io.stderr(`communique: cannot write ${values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  io.stderr(`${values.output}: ${count} ${count === 1 ? 'term' : 'terms'} imported from ${path}\n`);
  return 0;
}

const quiet: IO = { stdout: () => undefined, stderr: () => undefined, stdin: () => '' };

/**
 * Runs the command line in this process with its arguments, streams and environment. Called by
 * the launcher, dist/cli.js (launch.ts), once it has loaded this bundle; or below when this
 * bundle is itself the main module (`node dist/cli-main.js …`).
 */
export function runCli(): void {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => readFileSync(0, 'utf8'),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`communique: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

const thread = process.argv[2] === WORKER_ARG ? (require('node:worker_threads') as typeof import('node:worker_threads')) : undefined;
if (thread && !thread.isMainThread && (thread.workerData as { kind?: unknown } | undefined)?.kind === WORKER_KIND) {
  // A worker of checkInWorkers (this bundle, started directly): the main thread has already loaded
  // (and reported on) the same vocabulary.
  runWorker(thread.parentPort!, thread.workerData as WorkerInit, (init) => loadVocabulary(init.vocab, init.builtin, quiet));
} else if (require.main === module) {
  runCli();
}
