// `communique-ls` (dist/server.js, the package's bin, and what the VS Code client starts): a small
// launcher for the language server, which is dist/server-main.js (main.ts and all it imports),
// run from V8's code cache (launch.ts), so that a start does not compile the bundle again.

import { launchBundle } from './launch';
import { holdYoungGeneration } from './memory';

/** SHA-256 of dist/server-main.js as built with this launcher (scripts/build.mjs). */
declare const __BUNDLE_HASH__: string;

// Before compiling: the cache must be made under the flags the server runs with (memory.ts).
holdYoungGeneration();
launchBundle(module, 'server-main.js', __BUNDLE_HASH__, 'server');
