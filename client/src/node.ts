// The extension on the desktop (package.json `main`, dist/client.js): the bundled server
// (dist/server.js) as a Node process, over IPC.

import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, PACK_PATTERN, REPORT_LANGUAGES } from './extension';

export { deactivate } from './extension';

export async function activate(context: ExtensionContext): Promise<void> {
  await activateClient(context, {
    documentSelector: [
      ...REPORT_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: PACK_PATTERN },
    ],
    createClient(options, ctx) {
      const module = ctx.asAbsolutePath(path.join('dist', 'server.js'));
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
      };
      return new LanguageClient('communique', 'Communiqué', serverOptions, options);
    },
  });
}
