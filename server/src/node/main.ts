// The language server on Node (dist/server.js, `communique-ls`): LSP over stdio
// (`--stdio`) or IPC (VS Code's client), vocabulary files from disk.

import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, VERSION } from '../server';
import { nodeHost } from './host';

if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // V8 grows the young generation up to 2 × 16 MB under a burst of allocation (opening many
  // reports) and keeps it. Held at its first size, the server with 50 open reports and a
  // 10,000-term pack is some 30 MB smaller, with no change measured in edit latency
  // (bench/RESULTS.md). The size cap itself (--max-semi-space-size) cannot be set at run
  // time; the growth factor is read whenever the young generation would grow.
  setFlagsFromString('--semi-space-growth-factor=1');
  startServer(createConnection(ProposedFeatures.all), nodeHost());
}
