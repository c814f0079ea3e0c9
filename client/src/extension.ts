// The VS Code client: starts the bundled language server over IPC, passes it the
// settings, and offers the restart and output commands. No checking happens here.

import * as path from 'node:path';
import { commands, workspace, type ExtensionContext, type LogOutputChannel, window } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output: LogOutputChannel = window.createOutputChannel('Communiqué', { log: true });
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: {
      // Workspace packs: a change reloads the vocabulary and re-checks open reports.
      fileEvents: workspace.createFileSystemWatcher('**/.communique/*.{yaml,yml}'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('communique', 'Communiqué', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    commands.registerCommand('communique.restartServer', async () => {
      await client?.restart();
    }),
    commands.registerCommand('communique.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
