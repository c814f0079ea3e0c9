// The language server on Node (dist/server.js, `communique-ls`): LSP over stdio
// (`--stdio`) or IPC (VS Code's client), vocabulary files from disk.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, VERSION } from '../server';
import { nodeHost } from './host';

if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  startServer(createConnection(ProposedFeatures.all), nodeHost());
}
