// Copies of strings that keep no larger string alive: what the caches keep of a document
// (messages, fix texts, mentioned words, suppressed rule ids) must not hold a whole old version
// of it through a slice.

/**
 * A copy of `s` that holds no reference to a larger string it was sliced from (a slice would
 * keep a whole old version of the document alive in a cache).
 */
export function detachedCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Past this many strings the pool of sharedCopy starts over (what it handed out stays valid). */
const SHARED_MAX = 20_000;
const shared = new Map<string, string>();

/**
 * A detached copy of `s` (see detachedCopy), one for all equal strings: the same messages, fix
 * texts and mentioned words recur in every paragraph of every open report, and caches keep them
 * all (with 50 open reports, thousands of copies of each; found by the benchmark).
 */
export function sharedCopy(s: string): string {
  let copy = shared.get(s);
  if (copy === undefined) {
    if (shared.size >= SHARED_MAX) shared.clear();
    copy = detachedCopy(s);
    shared.set(copy, copy);
  }
  return copy;
}
