// Checking many files on worker threads. Each worker loads the vocabulary once (the pack-file
// cache makes that cheap) and takes files a few at a time from the main thread, which puts the
// results back in input order: the output is the same as with one thread, byte for byte.
//
// The worker is this same bundle (dist/cli-main.js, which dist/cli.js launches) started with
// `workerData.kind` set; see main.ts.

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { checkBytes, checkText, reportSyntax, type CompiledVocabulary, type Finding, type Lang, type SeveritySetting } from '@communique/core';

export const WORKER_KIND = 'communique-check-worker';
/**
 * The argument a worker is started with (it sees [node, script, WORKER_ARG] as its argv): the
 * bundle tells a worker from a command line without loading worker_threads on every run.
 */
export const WORKER_ARG = '--communique-check-worker';

/** Below this many files per worker, starting a worker (and loading the vocabulary in it) costs more than it saves. */
export const FILES_PER_WORKER = 100;
/** Files handed to a worker at a time. */
const CHUNK = 8;

/** What the project configuration and the flags decide for a file (see checkOptionsOf). */
export interface CheckOptions {
  date?: string;
  lang?: Lang;
  rules?: Record<string, SeveritySetting>;
  messageLanguage?: 'auto' | Lang;
}

export interface WorkerInit {
  kind: typeof WORKER_KIND;
  vocab: string[];
  builtin: boolean;
  options: CheckOptions;
}

export type FileResult = { index: number; path: string; text: string; findings: Finding[] } | { index: number; path: string; error: string };

type ToWorker = { type: 'jobs'; jobs: { index: number; path: string }[] } | { type: 'stop' };
type FromWorker = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'results'; results: FileResult[] };

/** Standard input is Markdown; a file is what its extension says, and plain text when it says nothing known. */
export function syntaxOf(path: string): 'markdown' | 'plaintext' {
  return path === '-' ? 'markdown' : (reportSyntax(path) ?? 'plaintext');
}

/** Reads and checks one file (`-`: `stdin`); the same function on both paths. */
export function checkFile(index: number, path: string, vocab: CompiledVocabulary, options: CheckOptions, stdin?: () => string): FileResult {
  const check = { syntax: syntaxOf(path), date: options.date, lang: options.lang, rules: options.rules, messageLanguage: options.messageLanguage };
  if (path === '-') {
    const text = stdin!();
    return { index, path, text, findings: checkText(text, vocab, check).findings };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { index, path, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  // Bytes, not a string: a binary file or bytes that are not UTF-8 are told, not replaced silently.
  const result = checkBytes(bytes, vocab, check);
  return { index, path, text: result.document.text, findings: result.findings };
}

/**
 * How many workers for `files` files: `COMMUNIQUE_WORKERS` when set (0: none; for tests and
 * measurements), else min(available parallelism, files / FILES_PER_WORKER), and none below 2.
 */
export function workerCount(files: number, env: Record<string, string | undefined>): { count: number; forced: boolean } {
  const forced = env.COMMUNIQUE_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return { count: Math.min(Number(forced), files), forced: true };
  const count = Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
  return { count: count >= 2 ? count : 0, forced: false };
}

/** Checks the files of `jobs` on `count` workers; results in the order of `jobs`. */
export function checkInWorkers(jobs: { index: number; path: string }[], count: number, init: Omit<WorkerInit, 'kind'>, onProgress: (done: number) => void): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const byIndex = new Map<number, FileResult>();
    let next = 0;
    let done = 0;
    let finished = false;
    const workers: Worker[] = [];
    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
    };
    const fail = (e: Error): void => {
      if (finished) return;
      finished = true;
      stopAll();
      reject(e);
    };
    const feed = (w: Worker): void => {
      if (next >= jobs.length) {
        w.postMessage({ type: 'stop' } satisfies ToWorker);
        return;
      }
      const chunk = jobs.slice(next, next + CHUNK);
      next += chunk.length;
      w.postMessage({ type: 'jobs', jobs: chunk } satisfies ToWorker);
    };
    // Loaded here, where threads are started, rather than by every run of the command line.
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let i = 0; i < count; i++) {
      const w = new WorkerThread(__filename, { argv: [WORKER_ARG], workerData: { kind: WORKER_KIND, ...init } satisfies WorkerInit });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (m.type === 'failed') return fail(new Error(`a worker could not start: ${m.message}`));
        if (m.type === 'results') {
          for (const r of m.results) byIndex.set(r.index, r);
          done += m.results.length;
          onProgress(done);
          if (done === jobs.length && !finished) {
            finished = true;
            stopAll();
            resolve(jobs.map((j) => byIndex.get(j.index)!));
            return;
          }
        }
        feed(w);
      });
      w.on('error', (e) => fail(e));
      w.on('exit', (code) => {
        if (!finished && code !== 0) fail(new Error(`a worker exited with code ${code}`));
      });
    }
  });
}

/** The worker's side: load the vocabulary once, then check what it is given. */
export function runWorker(port: MessagePort, init: WorkerInit, load: (init: WorkerInit) => CompiledVocabulary | undefined): void {
  let vocab: CompiledVocabulary | undefined;
  try {
    vocab = load(init);
  } catch (e) {
    port.postMessage({ type: 'failed', message: (e as Error).message } satisfies FromWorker);
    return;
  }
  if (!vocab) {
    port.postMessage({ type: 'failed', message: 'the vocabulary did not load' } satisfies FromWorker);
    return;
  }
  port.on('message', (m: ToWorker) => {
    if (m.type === 'stop') {
      port.close();
      return;
    }
    port.postMessage({ type: 'results', results: m.jobs.map((j) => checkFile(j.index, j.path, vocab!, init.options)) } satisfies FromWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}
