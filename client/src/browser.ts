// The extension on the web (package.json `browser`, dist/web/client.js), for vscode.dev,
// github.dev and other web workbenches: the server (dist/web/server.js) runs in a web worker,
// and reads the workspace's vocabulary files through this client (`vscode.workspace.fs`),
// since a worker has no file system.

import { FileSystemError, FileType, l10n, Uri, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { PACK_READ_REQUEST, PACK_STAT_REQUEST, type PackReadParams, type PackReadResult, type PackStatParams, type PackStatResult } from '../../server/src/lsp/protocol';
import { PACK_FILE, reportSyntax } from '../../core/src/files';
import { activateClient, PACK_PATTERN, REPORT_LANGUAGES } from './extension';

export { deactivate } from './extension';

export async function activate(context: ExtensionContext): Promise<void> {
  await activateClient(context, {
    // Any scheme: a web workbench's files are vscode-vfs:, vscode-remote:, file: (a local folder), …
    documentSelector: [...REPORT_LANGUAGES.map((language) => ({ language })), { pattern: PACK_PATTERN }],
    createClient(options, ctx, output) {
      const serverMain = Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js');
      let worker: Worker | undefined;
      // A function, so that a restart starts a new worker (and ends the old one).
      const start = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = await startWorker(serverMain, output);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
      };
      const client = new LanguageClient('communique', 'Communiqué', start, options);
      client.onRequest(PACK_STAT_REQUEST, (params: PackStatParams) => statPack(params.uri));
      client.onRequest(PACK_READ_REQUEST, (params: PackReadParams) => readPack(params.uri));
      ctx.subscriptions.push({ dispose: () => worker?.terminate() });
      return client;
    },
  });
}

/**
 * The server's worker. The web extension host runs `new Worker(url)` for an extension served
 * over http(s) (vscode.dev); for one installed on a remote (code-server, Codespaces) it
 * refuses vscode-remote: URLs, so there the script is fetched (the host's fetch resolves
 * those) and started from a blob.
 */
async function startWorker(serverMain: Uri, output: LogOutputChannel): Promise<Worker> {
  const url = serverMain.toString(true);
  try {
    const worker = new Worker(url);
    output.info(l10n.t('Server worker started from {0}', url));
    return worker;
  } catch (e) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(l10n.t('Cannot load the Communiqué server from {0}: HTTP {1} ({2})', url, response.status, (e as Error).message));
    const blob = new Blob([await response.text()], { type: 'application/javascript' });
    output.info(l10n.t('Server worker started from {0} (fetched: {1})', url, (e as Error).message));
    return new Worker(URL.createObjectURL(blob));
  }
}

async function statPack(uri: string): Promise<PackStatResult> {
  try {
    const target = Uri.parse(uri, true);
    const stat = await workspace.fs.stat(target);
    if (stat.type & FileType.Directory) {
      const entries = await workspace.fs.readDirectory(target);
      const files = await Promise.all(
        entries
          .filter(([name, type]) => type & FileType.File && PACK_FILE.test(name))
          .map(async ([name]) => {
            const file = Uri.joinPath(target, name);
            return { uri: file.toString(), size: (await workspace.fs.stat(file)).size };
          }),
      );
      return { type: 'directory', files };
    }
    return { type: 'file', size: stat.size };
  } catch (e) {
    if (e instanceof FileSystemError && e.code === 'FileNotFound') return { type: 'missing' };
    return { type: 'error', message: (e as Error).message };
  }
}

/** Only vocabulary files and reports (for Check Workspace) are read for the server. */
async function readPack(uri: string): Promise<PackReadResult> {
  try {
    const target = Uri.parse(uri, true);
    if (!PACK_FILE.test(target.path) && reportSyntax(target.path) === undefined) return { error: l10n.t('not a vocabulary file (.yaml, .yml, .tbx) or a report (.md, .txt, …)') };
    return { text: new TextDecoder().decode(await workspace.fs.readFile(target)) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
