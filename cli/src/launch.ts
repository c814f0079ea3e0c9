// `communique` (dist/cli.js, the package's bin): a small launcher for the command line, which is
// dist/cli-main.js (main.ts and all it imports, 1.3 MB). Compiling that bundle, and then each of
// its functions as it is first called, costs 20–30 ms on every run; so the launcher compiles it with
// V8's code cache from the previous run (codeCache.ts) and runs it as Node would run a CommonJS
// module, then calls its `runCli`. When there was no cache, or V8 rejected it, the cache is written
// at exit, after the run, so that it holds the functions the run compiled lazily too.
//
// No cache file, or a damaged or rejected one: the bundle is compiled without it, and the cache
// written. The cache turned off (COMMUNIQUE_NO_CACHE=1, or source maps on), a bundle that is not
// the one this launcher was built with, or any error before the bundle runs: it is loaded with a
// plain `require`, as if there were no launcher.
// Worker threads (workers.ts) start dist/cli-main.js directly: its `__filename` is that file.

import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { codeCacheDirectory, codeCacheFileName, codeCacheWanted, readCodeCache, writeCodeCache } from './codeCache';

/** SHA-256 of dist/cli-main.js as built with this launcher (scripts/build.mjs). */
declare const __CLI_BUNDLE_HASH__: string;

interface CliBundle {
  runCli(): void;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Beside the launcher's real file (a bin link started with --preserve-symlinks-main is not where the bundle is). */
const BUNDLE = join(dirname(realpathOr(__filename)), 'cli-main.js');
/**
 * Node's CommonJS wrapper, alone on the first line (the script starts one line early), so that
 * lines and columns in stack traces and profiles are the bundle's own and its source map applies.
 */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

/** The bundle compiled with the cached data, if any; undefined when the cache is not to be used. */
function compileWithCache(): Script | undefined {
  if (!codeCacheWanted()) return undefined;
  try {
    const bytes = readFileSync(BUNDLE);
    // V8 checks only the source's length against the cache: a bundle changed after the build must not get another's bytecode.
    if (createHash('sha256').update(bytes).digest('hex') !== __CLI_BUNDLE_HASH__) return undefined;
    const dir = codeCacheDirectory();
    const name = codeCacheFileName(__CLI_BUNDLE_HASH__, process.argv[2]);
    const cachedData = readCodeCache(dir, name);
    const script = new Script(`${WRAPPER}${bytes.toString('utf8')}\n})`, { filename: BUNDLE, lineOffset: -1, cachedData });
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
function run(script: Script): CliBundle | undefined {
  const dir = dirname(BUNDLE);
  let mod: Module;
  let req: NodeJS.Require;
  let wrapper: Wrapper;
  try {
    mod = new Module(BUNDLE, module as unknown as Module);
    mod.filename = BUNDLE;
    mod.paths = (Module as unknown as { _nodeModulePaths?(dir: string): string[] })._nodeModulePaths?.(dir) ?? [];
    req = Module.createRequire(BUNDLE);
    wrapper = script.runInThisContext() as Wrapper;
  } catch {
    return undefined;
  }
  req.cache[BUNDLE] = mod;
  wrapper.call(mod.exports, mod.exports, req, mod, BUNDLE, dir);
  mod.loaded = true;
  return mod.exports as CliBundle;
}

const script = compileWithCache();
const cli = (script && run(script)) ?? (require(BUNDLE) as CliBundle);
cli.runCli();
