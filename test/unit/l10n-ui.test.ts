// The user interface in English and Vietnamese: the manifest's strings (package.json `%key%` →
// package.nls.json, package.nls.vi.json), the client's (`l10n.t('…')` in client/src →
// l10n/bundle.l10n.vi.json) and the command line's help and usage errors (cli/src/usage.ts).
// Every key is in both languages with the same placeholders, no key is stale, the Vietnamese
// strings are Vietnamese (no English word of a short list left in them), and the .vsix ships
// the translations.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliLanguage, usage, usageErrorMessage, UsageError, type UsageKey } from '../../cli/src/usage';
import { repoRoot } from '../helpers';

const root = repoRoot();
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;

/** `{0}`, `{1}`, … of a message, sorted: the same multiset in both languages. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

/** English words that must not be left in a Vietnamese string (outside code and quoted examples). */
const STOP_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'for', 'with', 'this', 'that', 'not', 'file', 'files', 'check', 'reload', 'server']);

/**
 * The stop words left in a Vietnamese UI string once what is not prose is taken out: code in
 * backticks, examples quoted with “…”, '…' or "…", the product name, and any token with a
 * character prose has not (`communique.rules`, `.communique/`, `--vocab`, `include/exclude`, `{0}`),
 * a word in capitals (a metavariable such as FILE, an acronym);
 * in the command line's texts also the syntax lines (`  communique …`) and the command a
 * sentence names (`lệnh check`).
 */
function englishLeaks(text: string): string[] {
  const prose = text
    .replace(/^ {2}communique .*$/gm, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/'[^'\s][^']*'/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/Communiqué/g, ' ')
    .replace(/\blệnh (check|rules|config print|vocab (validate|import|export|stats))\b/g, ' ');
  const leaks: string[] = [];
  for (const raw of prose.split(/\s+/)) {
    const token = raw.replace(/^[(“"'«[]+/, '').replace(/[)”"'»\],;:.!?…]+$/, '');
    // Code, and metavariables and acronyms (FILE, PATH, YAML).
    if (token === '' || /[./\\*_{}|<>=@$#%-]/.test(token) || /^[A-Z]{2,}$/.test(token)) continue;
    for (const word of token.toLowerCase().split(/[^\p{L}]+/u)) if (STOP_WORDS.has(word)) leaks.push(word);
  }
  return leaks;
}

/** Vietnamese has letters English has not; a string without any is taken as untranslated. */
const looksVietnamese = (s: string): boolean => /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(s);

test('the stop-word check finds English words in prose and leaves code, quotations and the product name alone', () => {
  assert.deepEqual(englishLeaks('Tải lại the file'), ['the', 'file']);
  assert.deepEqual(englishLeaks('Kiểm tra (check) và Reload, This'), ['check', 'reload', 'this']);
  assert.deepEqual(englishLeaks('Giá trị `error`, `off`; xem communique.rules, .communique/, --vocab, “Resolution No. 34-NQ/TW of the Politburo”'), []);
  assert.deepEqual(englishLeaks('Máy chủ Communiqué đã dừng.'), []);
  assert.deepEqual(englishLeaks('  communique check [--format pretty|json] FILE\nlệnh check cần một tệp'), []);
});

// ---------------------------------------------------------------------------------------
// The manifest

interface Manifest {
  l10n?: string;
  contributes: {
    configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
    commands: { command: string; title: string; category?: string }[];
  };
}
const manifest = readJson<Manifest>('package.json');
const nlsEn = readJson<Record<string, string>>('package.nls.json');
const nlsVi = readJson<Record<string, string>>('package.nls.vi.json');

/** Every `%key%` anywhere in the manifest, with where it is. */
function manifestKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      const m = /^%([^%\s]+)%$/.exec(value);
      if (m) keys.set(m[1]!, at);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  walk(manifest, 'package.json');
  return keys;
}

test('every %key% of package.json is in package.nls.json and package.nls.vi.json, with the same placeholders, and neither has a key more', () => {
  const keys = manifestKeys();
  assert.ok(keys.size > 0);
  for (const [key, at] of keys) {
    assert.equal(typeof nlsEn[key], 'string', `${at}: %${key}% is not in package.nls.json`);
    assert.equal(typeof nlsVi[key], 'string', `${at}: %${key}% is not in package.nls.vi.json`);
    assert.deepEqual(placeholders(nlsVi[key]!), placeholders(nlsEn[key]!), `${key}: placeholders`);
  }
  assert.deepEqual(
    Object.keys(nlsEn).filter((k) => !keys.has(k)),
    [],
    'package.nls.json keys no %key% uses',
  );
  assert.deepEqual(
    Object.keys(nlsVi).filter((k) => !keys.has(k)),
    [],
    'package.nls.vi.json keys no %key% uses',
  );
});

test("the manifest's user-visible strings all go through package.nls.json: command titles and category, the settings' title, descriptions and enum descriptions", () => {
  const isKey = (s: string | undefined): boolean => s === undefined || /^%[^%\s]+%$/.test(s);
  const { configuration, commands } = manifest.contributes;
  assert.ok(isKey(configuration.title), 'contributes.configuration.title');
  for (const c of commands) {
    assert.ok(isKey(c.title), `${c.command}: title ${c.title}`);
    assert.ok(isKey(c.category), `${c.command}: category ${c.category}`);
  }
  for (const [name, p] of Object.entries(configuration.properties)) {
    assert.ok(p.description !== undefined || p.markdownDescription !== undefined, `${name} has a description`);
    assert.ok(isKey(p.description) && isKey(p.markdownDescription), `${name}: description`);
    for (const d of p.enumDescriptions ?? []) assert.ok(isKey(d), `${name}: enum description ${d}`);
  }
});

test('the product name and the category stay "Communiqué"; the other manifest strings are translated, with no English word left', () => {
  assert.equal(nlsVi['command.category'], 'Communiqué');
  assert.equal(nlsVi['configuration.title'], 'Communiqué');
  for (const [key, vi] of Object.entries(nlsVi)) {
    assert.deepEqual(englishLeaks(vi), [], `${key}: ${vi}`);
    if (vi === 'Communiqué') continue;
    assert.ok(looksVietnamese(vi), `${key} is not translated: ${vi}`);
  }
});

// ---------------------------------------------------------------------------------------
// The client

const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.vi.json');

/** The messages of every `l10n.t('…')` in client/src; a call whose message is not a single-quoted literal fails. */
function clientMessages(): Map<string, string> {
  const messages = new Map<string, string>();
  const dir = join(root, 'client/src');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const calls = [...text.matchAll(/\bl10n\.t\(/g)].length;
    const literals = [...text.matchAll(/\bl10n\.t\(\s*'((?:[^'\\\n]|\\.)*)'/g)];
    assert.equal(literals.length, calls, `client/src/${name}: every l10n.t call has a single-quoted literal message, so that it can be checked here`);
    for (const m of literals) messages.set(m[1]!.replace(/\\(.)/g, '$1'), `client/src/${name}`);
  }
  return messages;
}

test('every l10n.t message of the client is in l10n/bundle.l10n.vi.json, with the same placeholders, and the bundle has no stale key', () => {
  assert.equal(manifest.l10n, './l10n');
  const messages = clientMessages();
  assert.ok(messages.size > 20, `${messages.size} messages`);
  for (const [message, file] of messages) {
    assert.equal(typeof bundle[message], 'string', `${file}: ${JSON.stringify(message)} is not in l10n/bundle.l10n.vi.json`);
    assert.deepEqual(placeholders(bundle[message]!), placeholders(message), `${JSON.stringify(message)}: placeholders`);
  }
  assert.deepEqual(
    Object.keys(bundle).filter((k) => !messages.has(k)),
    [],
    'stale keys in l10n/bundle.l10n.vi.json',
  );
});

test("the client's Vietnamese strings are translated, with no English word left", () => {
  for (const [en, vi] of Object.entries(bundle)) {
    assert.notEqual(vi.trim(), '', en);
    assert.deepEqual(englishLeaks(vi), [], `${en} → ${vi}`);
    assert.ok(looksVietnamese(vi), `not translated: ${en} → ${vi}`);
  }
});

test('the client shows no message, title, placeholder, tooltip or output line that bypasses l10n.t', () => {
  const dir = join(root, 'client/src');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    // A literal (or a template that starts with words) passed where the user reads it; templates
    // that only join localised parts (`${head}: ${what}`) are fine.
    const literal = String.raw`(?:'|"|\x60(?!\$\{))`;
    for (const pattern of [
      new RegExp(String.raw`\b(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|appendLine|\.info|\.warn|\.error)\(\s*${literal}`, 'g'),
      new RegExp(String.raw`\b(?:tooltip|placeHolder|prompt|title)\s*[:=]\s*${literal}`, 'g'),
      new RegExp(String.raw`new Error\(\s*${literal}`, 'g'),
    ]) {
      const hits = [...text.matchAll(pattern)].map((m) => `${name}:${text.slice(0, m.index).split('\n').length}: ${m[0]}`);
      assert.deepEqual(hits, [], `${pattern}`);
    }
  }
});

test('the .vsix ships package.nls*.json and l10n/*.json', () => {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  const files = r.stdout.split('\n').map((l) => l.trim());
  for (const f of ['package.nls.json', 'package.nls.vi.json', 'l10n/bundle.l10n.vi.json']) assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
});

// ---------------------------------------------------------------------------------------
// The command line (its process runs are in test/cli/l10n.test.ts)

test('cliLanguage: the first of LC_ALL, LC_MESSAGES and LANG that is set; vi… is Vietnamese, anything else English', () => {
  assert.equal(cliLanguage({}), 'en');
  assert.equal(cliLanguage({ LANG: 'vi_VN.UTF-8' }), 'vi');
  assert.equal(cliLanguage({ LANG: 'vi' }), 'vi');
  assert.equal(cliLanguage({ LANG: 'en_US.UTF-8' }), 'en');
  assert.equal(cliLanguage({ LANG: 'C.UTF-8' }), 'en');
  assert.equal(cliLanguage({ LANG: 'fr_FR.UTF-8' }), 'en');
  assert.equal(cliLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' }), 'vi');
  assert.equal(cliLanguage({ LANG: 'vi_VN.UTF-8', LC_MESSAGES: 'C' }), 'en');
  assert.equal(cliLanguage({ LANG: 'vi_VN.UTF-8', LC_ALL: 'C' }), 'en');
  assert.equal(cliLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' }), 'vi');
  // Set but empty is unset, as for setlocale.
  assert.equal(cliLanguage({ LANG: 'vi_VN.UTF-8', LC_ALL: '', LC_MESSAGES: '' }), 'vi');
});

/** Every usage error, with the arguments of each branch of its text. */
const SAMPLES: Record<UsageKey, unknown[][]> = {
  unknownCommand: [[['frobnicate', 'x.md']]],
  date: [['2024-13-01']],
  lang: [['fr']],
  messageLanguage: [['fr']],
  checkFormat: [['xml']],
  maxWarnings: [['many']],
  checkInputs: [[]],
  compareInputs: [[[]], [['a.md']]],
  rulesFormat: [['xml']],
  rulesArguments: [[['x', 'y']]],
  configFile: [[[]], [['a.md', 'b.md']]],
  configFormat: [['xml']],
  validatePaths: [[]],
  statsFormat: [['xml']],
  statsArguments: [[['a.md']]],
  exportFormat: [[undefined], ['csv']],
  exportArguments: [[['a.md']]],
  importFrom: [[undefined], ['csv']],
  importFile: [[[]], [['a', 'b']]],
};

function usageErrors(): UsageError[] {
  const make = UsageError as new (key: UsageKey, ...args: unknown[]) => UsageError;
  return (Object.entries(SAMPLES) as [UsageKey, unknown[][]][]).flatMap(([key, samples]) => samples.map((args) => new make(key, ...args)));
}

test('the English usage errors are the texts scripts and tests match; their message is English whatever the language', () => {
  const en = usageErrors().map((e) => usageErrorMessage(e, 'en'));
  assert.deepEqual(
    en,
    usageErrors().map((e) => e.message),
  );
  for (const expected of [
    'Unknown command: frobnicate x.md',
    '--date must be a date written YYYY-MM-DD, not "2024-13-01"',
    '--format must be pretty, json or sarif, not "xml"',
    'check needs at least one file, folder, glob or - (standard input)',
    'config print takes one file (got none)',
    'vocab export needs --format tbx or --format prh',
    'vocab import needs --from tbx or --from prh, not "csv"',
    'vocab stats takes no file arguments (got a.md); use --vocab',
  ]) {
    assert.ok(en.includes(expected), expected);
  }
  assert.match(usage('en'), /^Usage:\n {2}communique check \[options\] FILE\|FOLDER\|GLOB\|-\.\.\.\n/);
  assert.match(usage('en'), /\n\nExit codes: 0 clean, 1 findings over the limits, 2 usage error, unreadable file or invalid vocabulary\.$/);
});

test('the Vietnamese usage errors keep the flags, values and command names, and leave no English word', () => {
  const syntax = (s: string): string[] =>
    [...s.matchAll(/--[a-z-]+|"[^"]*"|(?<![\p{L}-])(?:pretty|json|sarif|tbx|prh|en|vi)(?!\p{L})|YYYY-MM-DD|frobnicate|a\.md|b\.md/gu)].map((m) => m[0]).sort();
  for (const e of usageErrors()) {
    const vi = usageErrorMessage(e, 'vi');
    assert.notEqual(vi, e.message, `${e.key} is translated`);
    assert.ok(looksVietnamese(vi), `${e.key}: ${vi}`);
    assert.deepEqual(syntax(vi), syntax(e.message), `${e.key}: ${vi}`);
    assert.deepEqual(englishLeaks(vi), [], `${e.key}: ${vi}`);
  }
});

test('the Vietnamese help keeps every syntax line of the English one and leaves no English word in its prose', () => {
  const syntaxLines = (s: string): string[] =>
    s
      .split('\n')
      .filter((l) => /^ {2}communique |^ {6}--/.test(l))
      .map((l) => l.replace(/(?<=\S) {2,}\S.*$/, '').replace(/\[(options|tùy chọn)\]/, '[…]'));
  assert.deepEqual(syntaxLines(usage('vi')), syntaxLines(usage('en')));
  assert.match(usage('vi'), /^Cách dùng:\n/);
  assert.deepEqual(englishLeaks(usage('vi')), []);
  // The descriptions start in the same column as the English ones.
  const column = (s: string): number[] => s.split('\n').flatMap((l) => (/^ {6}--\S+( \S+)? +\S/.test(l) ? [l.search(/(?<=\S {2,})\S/)] : []));
  assert.deepEqual(column(usage('vi')), column(usage('en')));
});

test("util.parseArgs' errors are said in Vietnamese when Node's wording is known, and as Node says them otherwise", () => {
  const vi = (message: string): string => usageErrorMessage(Object.assign(new Error(message), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }), 'vi');
  assert.equal(vi("Unknown option '--foo'"), "Tùy chọn không xác định: '--foo'");
  assert.match(
    vi("Unknown option '--foo'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--foo\""),
    /^Tùy chọn không xác định: '--foo'\. Để truyền .* '-- "--foo"'$/,
  );
  assert.equal(vi("Option '-o, --output <value>' argument missing"), "Tùy chọn '-o, --output <value>' thiếu giá trị");
  assert.equal(vi("Option '--no-builtin' does not take an argument"), "Tùy chọn '--no-builtin' không nhận giá trị");
  assert.match(
    vi(
      "Option '--format' argument is ambiguous.\nDid you forget to specify the option argument for '--format'?\nTo specify an option argument starting with a dash use '--format=-XYZ'.",
    ),
    /^Giá trị của tùy chọn '--format' không rõ ràng\./,
  );
  assert.equal(vi("Unexpected argument 'x'. This command does not take positional arguments"), "Đối số không mong đợi: 'x'. Lệnh này không nhận đối số vị trí");
  assert.equal(vi('Some future wording'), 'Some future wording');
  assert.equal(usageErrorMessage(new Error("Unknown option '--foo'"), 'en'), "Unknown option '--foo'");
  for (const m of ["Unknown option '--foo'", "Option '--x <value>' argument missing", "Option '--x' does not take an argument"]) assert.deepEqual(englishLeaks(vi(m)), [], m);
});
