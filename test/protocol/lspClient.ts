// A minimal LSP client for the protocol tests: starts the bundled server as a separate
// process over stdio and speaks JSON-RPC to it through vscode-languageserver-protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next diagnostics published for `uri` that satisfy `predicate`. */
  diagnostics(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  published: PublishDiagnosticsParams[];
  /** The methods the server registered with client/registerCapability, in order. */
  registered: string[];
  /** The same registrations with their options. */
  registrations: { method: string; registerOptions?: unknown }[];
  /** What the server answered to `initialize`. */
  initializeResult: { capabilities: Record<string, unknown> };
  stop(): Promise<void>;
}

export async function startServer(
  options: {
    rootPath?: string;
    settings?: unknown;
    configuration?: boolean;
    initializationOptions?: unknown;
    workspaceCapabilities?: Record<string, unknown>;
    windowCapabilities?: Record<string, unknown>;
    textDocumentCapabilities?: Record<string, unknown>;
    env?: NodeJS.ProcessEnv;
    /** InitializeParams.locale: the editor's display language. */
    locale?: string;
  } = {},
): Promise<TestServer> {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.predicate(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
  const registered: string[] = [];
  const registrations: { method: string; registerOptions?: unknown }[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    for (const r of params.registrations) {
      registered.push(r.method);
      registrations.push({ method: r.method, registerOptions: r.registerOptions });
    }
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const rootUri = options.rootPath ? `file://${options.rootPath}` : null;
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    ...(options.locale ? { locale: options.locale } : {}),
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: { configuration: options.configuration ?? true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false }, ...options.workspaceCapabilities },
      textDocument: { publishDiagnostics: { versionSupport: true }, ...options.textDocumentCapabilities },
      ...(options.windowCapabilities ? { window: options.windowCapabilities } : {}),
    },
  })) as TestServer['initializeResult'];
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    published,
    registered,
    registrations,
    initializeResult,
    diagnostics(uri, predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({
          uri,
          predicate,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    },
  };
}

/** Opens a document in the server (textDocument/didOpen). */
export const open = (s: TestServer, uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> =>
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });

export const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();
