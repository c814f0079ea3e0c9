// Builds the extension: client, server and CLI each bundled into one file with a source
// map. With --tests, also bundles every test file into out/test (the same way, so tests
// run exactly the code that ships). The built-in pack is embedded at build time.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, chmodSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

/** `import files from 'communique:builtin-pack'`: the built-in YAML files as text. */
const builtinPack = {
  name: 'builtin-pack',
  setup(b) {
    b.onResolve({ filter: /^communique:builtin-pack$/ }, () => ({ path: 'builtin-pack', namespace: 'communique' }));
    b.onLoad({ filter: /.*/, namespace: 'communique' }, () => {
      const dir = join(root, 'vocabulary', 'builtin');
      const files = readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => ({ path: `builtin/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
      return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: files.map((f) => join(dir, f.path.slice(8))) };
    });
  },
};

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  plugins: [builtinPack],
  // Some dependencies ship only ESM and read import.meta.url; give them the CJS equivalent.
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(version) },
  inject: [join(root, 'scripts/import-meta-url.js')],
};

const shebang = { js: '#!/usr/bin/env node' };

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server.js'), banner: shebang }),
  build({ ...common, entryPoints: [join(root, 'cli/src/main.ts')], outfile: join(root, 'dist/cli.js'), banner: shebang }),
]);
chmodSync(join(root, 'dist/server.js'), 0o755);
chmodSync(join(root, 'dist/cli.js'), 0o755);

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
