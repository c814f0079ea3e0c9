// Running a bundle from V8's code cache: what the small launchers of the command line
// (cli/src/launch.ts → dist/cli-main.js) and of the language server (server/src/node/serve.ts →
// dist/server-main.js) share. Compiling a bundle of 1–2 MB, and then each of its functions as it
// is first called, costs 20–40 ms on every start; so a launcher compiles its bundle with the code
// cache of an earlier run (codeCache.ts) and runs it as Node would run a CommonJS module. When
// there was no cache, or V8 rejected it, the cache is written at exit, after the run, so that it
// holds the functions the run compiled lazily too.
//
// No cache file, or a damaged or rejected one: the bundle is compiled without it, and the cache
// written. The cache turned off (COMMUNIQUE_NO_CACHE=1, or source maps on), a bundle that is not
// the one the launcher was built with, or any error before the bundle runs: it is loaded with a
// plain `require`, as if there were no launcher.

import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { codeCacheDirectory, codeCacheFileName, codeCacheWanted, readCodeCache, writeCodeCache } from './codeCache';

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Node's CommonJS wrapper, alone on the first line (the script starts one line early), so that
 * lines and columns in stack traces and profiles are the bundle's own and its source map applies.
 */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

/** The bundle compiled with the cached data, if any; undefined when the cache is not to be used. */
function compileWithCache(bundle: string, bundleHash: string, kind: string): Script | undefined {
  if (!codeCacheWanted()) return undefined;
  try {
    const bytes = readFileSync(bundle);
    // V8 checks only the source's length against the cache: a bundle changed after the build must not get another's bytecode.
    if (createHash('sha256').update(bytes).digest('hex') !== bundleHash) return undefined;
    const dir = codeCacheDirectory();
    const name = codeCacheFileName(bundleHash, kind);
    const cachedData = readCodeCache(dir, name);
    // The bundles are ASCII (scripts/build.mjs): read as latin1, no UTF-8 decoding.
    const script = new Script(`${WRAPPER}${bytes.toString('latin1')}\n})`, { filename: bundle, lineOffset: -1, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) {
      process.once('exit', () => {
        try {
          writeCodeCache(dir, name, script.createCachedData());
        } catch {
          // never fails the run
        }
      });
    }
    return script;
  } catch {
    return undefined;
  }
}

type Wrapper = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/**
 * Runs the compiled bundle as Node runs a CommonJS module: its own `module`, `require`,
 * `__filename`, `__dirname`. Undefined when that cannot be set up; an error of the bundle itself
 * is thrown as it would be from `require`.
 */
function run(script: Script, bundle: string, parent: Module): unknown {
  const dir = dirname(bundle);
  let mod: Module;
  let req: NodeJS.Require;
  let wrapper: Wrapper;
  try {
    mod = new Module(bundle, parent);
    mod.filename = bundle;
    mod.paths = (Module as unknown as { _nodeModulePaths?(dir: string): string[] })._nodeModulePaths?.(dir) ?? [];
    req = Module.createRequire(bundle);
    wrapper = script.runInThisContext() as Wrapper;
  } catch {
    return undefined;
  }
  req.cache[bundle] = mod;
  wrapper.call(mod.exports, mod.exports, req, mod, bundle, dir);
  mod.loaded = true;
  return mod.exports;
}

/**
 * Loads `file`, beside the launcher's real file (a bin link started with
 * --preserve-symlinks-main is not where the bundle is), from the code cache for `kind` of run,
 * and returns its exports. `launcher` is the launcher's own module.
 */
export function launchBundle<T>(launcher: Module, file: string, bundleHash: string, kind: string): T {
  const bundle = join(dirname(realpathOr(launcher.filename)), file);
  const script = compileWithCache(bundle, bundleHash, kind);
  const exports = script && run(script, bundle, launcher);
  return (exports ?? (Module.createRequire(bundle)(bundle) as unknown)) as T;
}
