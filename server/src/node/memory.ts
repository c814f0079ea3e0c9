import { setFlagsFromString } from 'node:v8';

/**
 * V8 grows the young generation up to 2 × 16 MB under a burst of allocation (opening many
 * reports) and keeps it. Held at its first size, the server with 50 open reports and a 10,000-term
 * pack is some 30 MB smaller, with no change measured in edit latency (bench/RESULTS.md). The size
 * cap itself (--max-semi-space-size) cannot be set at run time; the growth factor is read whenever
 * the young generation would grow. Set by the launcher (start.ts) before it compiles the server,
 * as well as by the server: V8's code cache records the flags it was made under, and rejects it
 * under others.
 */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
