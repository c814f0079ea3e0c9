// A progress bar on standard error, for checks of many files at a terminal. Never in CI logs
// or when standard error is a file or a pipe: there it would only be noise.

export interface Progress {
  tick(done: number): void;
  /** Erases the bar (before anything else is written to standard error). */
  clear(): void;
}

const NONE: Progress = { tick: () => undefined, clear: () => undefined };

/** Whether to draw: standard error is a terminal and the environment is not CI. */
export function progressWanted(stderrIsTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (!stderrIsTTY) return false;
  const ci = env.CI;
  return ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false';
}

export function progressBar(total: number, write: (s: string) => void, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || total < 2) return NONE;
  let last = -Infinity;
  let drawn = false;
  const draw = (done: number): void => {
    const width = 30;
    const filled = Math.round((width * done) / total);
    write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    drawn = true;
  };
  return {
    tick(done) {
      // At most ten redraws a second, and always the last one.
      if (done < total && now() - last < 100) return;
      last = now();
      draw(done);
    },
    clear() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}
