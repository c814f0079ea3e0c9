// Shared by the real-client tests: the tools installed by scripts/setup-e2e.sh, processes in their own
// process group (so that a stop also reaches the extension host and language servers they start), bounded waits.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers';

export const root = repoRoot();
export const tools = process.env.COMMUNIQUE_E2E_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'communique-e2e');
export const node24Bin = join(tools, 'node/node_modules/node/bin');
export const codeServerBin = join(tools, 'cs/node_modules/.bin/code-server');
export const playwrightFrom = join(tools, 'pw');
export const artifacts = join(root, '.test-artifacts', 'e2e');

/** Runs scripts/setup-e2e.sh (idempotent; seconds when everything is installed). Throws with its output on failure. */
export function runSetup(): string {
  const r = spawnSync('bash', [join(root, 'scripts/setup-e2e.sh')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20 * 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, COMMUNIQUE_E2E_TOOLS: tools },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    throw new Error(`scripts/setup-e2e.sh failed (${r.error ? r.error.message : `exit ${r.status}, signal ${r.signal}`}):\n${output}`);
  }
  return output;
}

export function artifactsDir(): string {
  mkdirSync(artifacts, { recursive: true });
  return artifacts;
}

/** Removes a suite's artifacts of an earlier run (names starting with `prefix`), so that what is left is this run's. */
export function clearArtifacts(prefix: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(artifacts);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) rmSync(join(artifacts, name), { recursive: true, force: true });
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a command as the leader of a new process group. Should this test process end before `stopGroup` (a crash,
 * Ctrl+C, the runner's SIGTERM), the group is killed on the way out, so nothing lingers.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid) {
    const kill = (): void => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const onSignal = (signal: NodeJS.Signals): void => {
      kill();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('exit', kill);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    child.once('exit', () => {
      process.removeListener('exit', kill);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    });
  }
  return child;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, then SIGKILL to what is left after `graceMs`. */
export async function stopGroup(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
  const pid = child?.pid;
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns a truthy value; throws `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(everyMs);
  }
}
