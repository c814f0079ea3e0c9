// The V8 code cache on disk of the command line and the language server (used by launch.ts): the
// bytecode V8 compiled for a bundle (dist/cli-main.js, dist/server-main.js) in an earlier run, so
// that the next run need not compile it again.
//
// One file per bundle, kind of run and runtime, under the user's cache folder beside the vocabulary
// cache (`<cache>/communique/code/`), the least recently used removed beyond a cap. A file is
// named by the hash of the bundle's bytes (computed at build time), the kind of run (what a run
// compiles depends on it: `--version` compiles a fraction of what `check` does), and a hash
// of the Node version, V8 version, architecture and the V8/Node flags in use, so that a cache from
// another build, Node or set of flags is never even offered to V8. Each file starts with a magic
// string and the SHA-256 of the data after it: V8 itself checks only the data's version, flags
// and the source's length, not a checksum (a damaged cache can crash it), so damage is caught
// here and the file written again.
//
// The cache is code, so it is used only from a folder and in a file that this user owns and no
// one else may write (on POSIX systems): a cache folder that another user created, or that is
// writable by group or others, is neither read nor written. Files are created 0600 in a folder
// created 0700. Nothing here ever fails the run: a cache that cannot be read or written is not used.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { cacheDisabled, cacheRoot, pruneLeastRecentlyUsed } from './packCache';

/** Files kept in the folder (the command line's three kinds of run and the server's, two builds); each write beyond this removes the least recently used. */
export const MAX_CODE_CACHE_FILES = 8;
/** A temporary file older than this was left by a run that died between writing and renaming it. */
const STALE_TEMP_MS = 10 * 60_000;
const MAGIC = Buffer.from('CQCODE1\n', 'latin1');
const DIGEST = 32;

export function codeCacheDirectory(): string {
  return join(cacheRoot(), 'code');
}

/** Not with `COMMUNIQUE_NO_CACHE=1`; nor with source maps on, which Node applies only to modules it loads itself. */
export function codeCacheWanted(): boolean {
  if (cacheDisabled()) return false;
  const sourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled;
  if (sourceMaps !== undefined) return !sourceMaps;
  return !/(^|\s)--enable-source-maps\b/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
}

/** The cache file's name for the bundle with this hash, for this kind of run, on this Node with these flags. */
export function codeCacheFileName(bundleHash: string, kind: string): string {
  const runtime = createHash('sha256')
    .update([process.version, process.versions.v8, process.arch, process.platform, process.env.NODE_OPTIONS ?? '', ...process.execArgv].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return `${bundleHash.slice(0, 16)}-${kind}-${runtime}.bin`;
}

/** Owned by this user and writable by no one else; on Windows (no POSIX owners and modes) any. */
function ownAndPrivate(s: Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** A cache file's bytes: the magic string, the SHA-256 of the data, the data V8 wrote. */
export function encodeCodeCache(data: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sha256(data), data]);
}

/** The cached data kept as `name` in `dir`; undefined when there is none, or it is not this user's own, or it is damaged. */
export function readCodeCache(dir: string, name: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, name), 'r');
    const file = fstatSync(fd);
    if (!file.isFile() || !ownAndPrivate(file) || !ownAndPrivate(statSync(dir))) return undefined;
    const bytes = readFileSync(fd);
    const head = MAGIC.length + DIGEST;
    if (bytes.length <= head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const data = bytes.subarray(head);
    if (!sha256(data).equals(bytes.subarray(MAGIC.length, head))) return undefined;
    try {
      // Marks the file as used, for pruning.
      const now = new Date();
      futimesSync(fd, now, now);
    } catch {
      // A read-only cache still serves reads.
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
}

/** Keeps `data` as `name` in `dir`: written aside and renamed, so that a reader never sees half a file. Never throws. */
export function writeCodeCache(dir: string, name: string, data: Uint8Array): void {
  let temp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownAndPrivate(statSync(dir))) return;
    const path = join(dir, `${name}.${process.pid}.tmp`);
    // 'wx': never through a file (or link) that is already there.
    const fd = openSync(path, 'wx', 0o600);
    temp = path;
    try {
      writeFileSync(fd, encodeCodeCache(data));
    } finally {
      closeSync(fd);
    }
    renameSync(path, join(dir, name));
    temp = undefined;
    prune(dir);
  } catch {
    // Read-only or full disk, or a folder that is not ours: work without the cache.
  } finally {
    if (temp !== undefined) rmSync(temp, { force: true });
  }
}

function prune(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tmp')) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > STALE_TEMP_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // gone meanwhile
    }
  }
  pruneLeastRecentlyUsed(dir, MAX_CODE_CACHE_FILES, (name) => name.endsWith('.bin'));
}
