// The language server on Node (dist/server-main.js, started by dist/server.js, `communique-ls`:
// see start.ts): LSP over stdio (`--stdio`) or IPC (VS Code's client), vocabulary files from disk.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, VERSION } from '../server';
import { nodeHost } from './host';
import { holdYoungGeneration } from './memory';

if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  holdYoungGeneration();
  startServer(createConnection(ProposedFeatures.all), nodeHost());
}
