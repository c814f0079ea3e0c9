// Builds the extension: client, server and CLI each bundled into one file with a source
// map (the CLI behind a small launcher, dist/cli.js), and the web build (client and server for a
// browser: dist/web/). With --tests, also bundles every test file into out/test (the same way, so
// tests run exactly the code that ships); with --bundle ENTRY OUT, one more entry. The built-in
// pack is embedded at build time.
import { build as esbuild } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import AjvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { existsSync, readdirSync, readFileSync, statSync, chmodSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;
const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

/**
 * esbuild, with every JavaScript output written in ASCII. Its ascii charset still leaves
 * regular-expression literals and comments as written (Đ in the citation patterns, … in
 * markdown-it), and one such character makes V8 keep the whole bundle's source, which it holds
 * for as long as the process runs, at two bytes a character: 1.7 MB more in the server. An
 * escape \uXXXX means the same in a regular expression, a comment or an identifier; on the
 * handful of lines concerned, the source map's later columns move by five per character.
 */
async function build(options) {
  const result = await esbuild({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, /\.[cm]?js$/.test(file.path) ? asciiOnly(file.text, file.path) : file.contents);
  }
  return result;
}

function asciiOnly(code, path) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    // "\é" in a regular expression is é; "\\u00e9" would be a backslash and "u00e9".
    if (slashes.length % 2 === 1)
      throw new Error(`${relative(root, path)}: a backslash before "${c}"; write it as \\u${c.charCodeAt(0).toString(16).padStart(4, '0')} in the source`);
    return `${slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The pack schema compiled by Ajv into standalone code: no schema compilation, no eval, at run time. */
function packValidatorSource() {
  const schema = JSON.parse(readFileSync(join(root, 'vocabulary/pack.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}

/** The built-in pack, validated and parsed by the real loader (bundled first, then run): JSON. */
async function builtinPackJson() {
  const script = join(root, 'out/build/compile-builtin.js');
  await build({ ...common, plugins: [virtualModules({ pack: 'none' })], entryPoints: [join(root, 'scripts/compile-builtin.ts')], outfile: script, sourcemap: false });
  const r = spawnSync(process.execPath, [script, join(root, 'vocabulary/builtin')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr || `compile-builtin exited ${r.status}`);
  return r.stdout;
}

/**
 * How bundles get the built-in pack. In the browser (`inline`): a JSON string parsed on first
 * use, inside a function, so that loading the bundle builds neither its objects nor the string.
 * On Node (`file`): dist/builtin-pack.json beside the bundle, read on first use — most starts
 * restore the compiled vocabulary from the cache and never read it, and the bundles stay small
 * (reading, hashing and deserialising a bundle costs by its size at every start).
 */
const PACK_FROM_FILE = `
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
export default function builtinFiles() {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  // Beside the bundle (dist/), or, for a test bundle under out/test/…, in the package's dist/.
  for (const dir of [here, join(here, '..'), join(here, '..', '..'), join(here, '..', '..', '..')]) {
    for (const file of [join(dir, 'builtin-pack.json'), join(dir, 'dist', 'builtin-pack.json')]) {
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    }
  }
  throw new Error('The built-in vocabulary (builtin-pack.json) is missing beside ' + here + '; reinstall Communiqué.');
}
`;

/**
 * The built-in pack's original YAML texts, for Go to Definition (communique-vocabulary:/builtin/<file>).
 * On Node: read from vocabulary/builtin/ of the package (shipped in the VSIX) when asked. In the
 * browser: inlined, inside a function, so that loading the worker builds no strings until asked.
 */
const SOURCES_FROM_FILE = `
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
export default function builtinSource(file) {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const dir of [join(here, '..'), join(here, '..', '..'), join(here, '..', '..', '..')]) {
    const path = join(dir, 'vocabulary', 'builtin', file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return undefined;
}
`;
function builtinSourcesInline() {
  const dir = join(root, 'vocabulary/builtin');
  const texts = {};
  const walk = (folder, prefix) => {
    for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(folder, e.name), `${prefix}${e.name}/`);
      else if (/\.ya?ml$/.test(e.name)) texts[`${prefix}${e.name}`] = readFileSync(join(folder, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return `let texts;\nexport default function builtinSource(file) {\n  texts ??= ${JSON.stringify(texts)};\n  return Object.prototype.hasOwnProperty.call(texts, file) ? texts[file] : undefined;\n}\n`;
}

/**
 * The rule registry's list: the default export of every core/src/rules/<category>/<name>.ts
 * (support/ holds what rules share, and is no category). Adding a rule is adding its file.
 */
function rulesModuleSource() {
  const dir = join(root, 'core/src/rules');
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'support')
    .flatMap((e) =>
      readdirSync(join(dir, e.name))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, e.name, f)),
    )
    .sort();
  const withExamples = files.map((f, i) => {
    const id = relative(dir, f).replace(/\\/g, '/').replace(/\.ts$/, '');
    return `Object.assign({}, rule${i}, { examples: ${JSON.stringify(examplesOf(id))} })`;
  });
  return files.map((f, i) => `import rule${i} from ${JSON.stringify(f)};`).join('\n') + `\nexport default [${withExamples.join(', ')}];\n`;
}

/** A rule's examples: the `markdown wrong` and `markdown right` blocks of its page, docs/rules/<id>.md. */
function examplesOf(id) {
  const page = join(root, 'docs/rules', `${id}.md`);
  const text = existsSync(page) ? readFileSync(page, 'utf8') : '';
  const examples = { wrong: [], right: [] };
  for (const m of text.matchAll(/^```markdown (wrong|right|original)\n([\s\S]*?)^```$/gm)) {
    if (m[1] === 'original') examples.original = m[2];
    else examples[m[1]].push(m[2]);
  }
  return examples;
}

/** `communique:pack-validator`, `communique:builtin-pack`, `communique:builtin-sources` and `communique:rules`, generated once per build. */
function virtualModules({ pack }) {
  return {
    name: 'communique-virtual-modules',
    setup(b) {
      b.onResolve({ filter: /^communique:(pack-validator|builtin-pack|builtin-sources|rules)$/ }, (args) => ({ path: args.path.slice(11), namespace: 'communique' }));
      b.onLoad({ filter: /.*/, namespace: 'communique' }, async (args) => {
        if (args.path === 'rules') return { contents: (generated.rules ??= rulesModuleSource()), loader: 'js', resolveDir: root };
        if (args.path === 'pack-validator') return { contents: (generated.validator ??= packValidatorSource()), loader: 'js', resolveDir: root };
        if (args.path === 'builtin-sources') {
          if (pack === 'inline') return { contents: (generated.sources ??= builtinSourcesInline()), loader: 'js' };
          return { contents: SOURCES_FROM_FILE, loader: 'js', resolveDir: root };
        }
        if (pack === 'none') return { contents: 'export default function builtinFiles() { return []; }', loader: 'js' };
        if (pack === 'file') return { contents: PACK_FROM_FILE, loader: 'js', resolveDir: root };
        const json = await (generated.pack ??= builtinPackJson());
        return { contents: `export default function builtinFiles() { return JSON.parse(${JSON.stringify(json)}); }`, loader: 'js', watchFiles: [] };
      });
    },
  };
}
const generated = {};

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
/**
 * Identifies the pack loader and compiler, and the built-in pack: cached pack files and
 * compiled vocabularies from another build are not reused. The code is every module that the
 * vocabulary entry bundles, as esbuild's metafile lists them, so no hand-kept list can miss one.
 */
async function loaderHashOf() {
  const { metafile } = await esbuild({
    entryPoints: [join(root, 'core/src/vocabulary/index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    plugins: [virtualModules({ pack: 'none' })],
  });
  const filesIn = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
  const code = Object.keys(metafile.inputs)
    .filter((f) => !f.includes(':') && !f.startsWith('node_modules/'))
    .sort();
  return createHash('sha256')
    .update([...code, ...filesIn('vocabulary/builtin')].map((f) => `${f}\0${readFileSync(join(root, f), 'utf8')}`).join('\0'))
    .digest('hex')
    .slice(0, 12);
}
const loaderHash = await loaderHashOf();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  plugins: [],
  // Some dependencies ship only ESM and read import.meta.url; give them the CJS equivalent.
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(version), __LOADER_HASH__: JSON.stringify(loaderHash) },
  inject: [join(root, 'scripts/import-meta-url.js')],
};

const shebang = { js: '#!/usr/bin/env node' };

/**
 * The web build must not reach for Node: every import of a Node built-in (`fs`, `node:path`, …)
 * fails it, naming the importer, even where a package's `browser` field would quietly swap the
 * module for an empty one.
 */
const noNodeBuiltins = {
  name: 'communique-no-node-builtins',
  setup(b) {
    const names = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const filter = new RegExp(`^(node:.*|(${names.join('|')})(/.*)?)$`);
    b.onResolve({ filter }, (args) => ({
      errors: [
        {
          text: `Node built-in "${args.path}" imported by ${relative(root, args.importer) || args.importer}: the web build (${b.initialOptions.outfile ? relative(root, b.initialOptions.outfile) : ''}) runs in a browser, where it does not exist`,
        },
      ],
    }));
  },
};

/** Client and server for VS Code on the web: no Node, the built-in pack inside; warnings are errors. */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  logLevel: 'error',
  define: { __VERSION__: common.define.__VERSION__, __LOADER_HASH__: common.define.__LOADER_HASH__ },
  inject: [],
  metafile: true,
};

/** esbuild's warnings for a web bundle (import.meta, a require it cannot see, …) fail the build: they are bugs in a browser. */
async function buildWeb(options) {
  const result = await build(options);
  if (result.warnings.length > 0) {
    throw new Error(`${relative(root, options.outfile)}: ${result.warnings.map((w) => `${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`).join('\n')}`);
  }
  return result;
}

/**
 * A bundle behind a launcher: the bundle (dist/cli-main.js, dist/server-main.js), then the small
 * launcher that is the bin (dist/cli.js, dist/server.js: cli/src/launch.ts, server/src/node/start.ts),
 * which runs the bundle from a V8 code cache named by the bundle's hash (server/src/node/launch.ts).
 */
async function buildLaunched({ entry, bundle, launcher, launcherOut }) {
  const { metafile } = await build({ ...common, entryPoints: [join(root, entry)], outfile: join(root, bundle), metafile: true });
  // The launcher compiles the bundle with vm.Script, which has no loader for import() (bundled
  // modules' import() become require; one of a module left outside would stay).
  const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
  if (dynamic.length > 0)
    throw new Error(`${bundle}: import(${dynamic.map((i) => JSON.stringify(i.path)).join(', ')}) cannot run from the launcher (server/src/node/launch.ts); use require`);
  const hash = createHash('sha256')
    .update(readFileSync(join(root, bundle)))
    .digest('hex');
  await build({
    ...common,
    plugins: [],
    inject: [],
    define: { __BUNDLE_HASH__: JSON.stringify(hash) },
    entryPoints: [join(root, launcher)],
    outfile: join(root, launcherOut),
    banner: shebang,
  });
}

common.plugins = [virtualModules({ pack: 'file' })];
web.plugins = [noNodeBuiltins, virtualModules({ pack: 'inline' })];
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/builtin-pack.json'), await (generated.pack ??= builtinPackJson()));
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/node.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] }),
  buildLaunched({ entry: 'server/src/node/main.ts', bundle: 'dist/server-main.js', launcher: 'server/src/node/start.ts', launcherOut: 'dist/server.js' }),
  buildLaunched({ entry: 'cli/src/main.ts', bundle: 'dist/cli-main.js', launcher: 'cli/src/launch.ts', launcherOut: 'dist/cli.js' }),
  // VS Code loads a web extension's `browser` script as CommonJS; the server is a worker script.
  buildWeb({ ...web, format: 'cjs', entryPoints: [join(root, 'client/src/browser.ts')], outfile: join(root, 'dist/web/client.js'), external: ['vscode'] }),
  buildWeb({ ...web, format: 'iife', entryPoints: [join(root, 'server/src/browser/main.ts')], outfile: join(root, 'dist/web/server.js') }),
]);
chmodSync(join(root, 'dist/server.js'), 0o755);
chmodSync(join(root, 'dist/cli.js'), 0o755);

// --bundle ENTRY OUT: one more bundle built the same way (e.g. bench/core.ts, the in-process benchmark).
const extra = process.argv.indexOf('--bundle');
if (extra >= 0) {
  await build({ ...common, entryPoints: [resolve(process.argv[extra + 1])], outfile: resolve(process.argv[extra + 2]) });
}

if (withTests) {
  const tests = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'fixtures' || name === 'corpus' || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.test\.ts$/.test(name) || /^runTest\.ts$/.test(name) || /suite[\\/]index\.ts$/.test(relative(root, path))) tests.push(path);
    }
  };
  walk(join(root, 'test'));
  rmSync(join(root, 'out'), { recursive: true, force: true });
  await build({ ...common, entryPoints: tests, outdir: join(root, 'out/test'), outbase: join(root, 'test'), external: ['vscode', 'mocha'] });
}
