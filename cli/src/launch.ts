// `communique` (dist/cli.js, the package's bin): a small launcher for the command line, which is
// dist/cli-main.js (main.ts and all it imports), run from V8's code cache
// (server/src/node/launch.ts). The kind of run, whose functions the cache holds, is the command:
// `--version` compiles a fraction of what `check` does.
// Worker threads (workers.ts) start dist/cli-main.js directly: its `__filename` is that file.

import { launchBundle } from '../../server/src/node/launch';

/** SHA-256 of dist/cli-main.js as built with this launcher (scripts/build.mjs). */
declare const __BUNDLE_HASH__: string;

const command = process.argv[2];
const kind = command === 'check' || command === 'vocab' ? command : 'other';
launchBundle<{ runCli(): void }>(module, 'cli-main.js', __BUNDLE_HASH__, kind).runCli();
