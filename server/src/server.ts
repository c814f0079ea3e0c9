// The Communiqué language server: a thin LSP shell over the checking core, the same on the
// desktop and on the web. It takes a connection and a host (how files are found and read); the
// entries are server/src/node/main.ts (stdio or IPC, files on disk) and server/src/browser/main.ts
// (a web worker, files through the client). No Node API here.
//
// This file only wires: the state and the one check path are in lsp/backend.ts, settings and the
// project configuration in lsp/config.ts, Check Workspace in lsp/workspaceCheck.ts, the editor
// features in lsp/features.ts and Communiqué's own requests in lsp/requests.ts.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { PACK_GLOB, reportSyntax } from '@communique/core';
import { Backend } from './lsp/backend';
import { FIX_ALL_KIND } from './lsp/diagnostics';
import { registerFeatures } from './lsp/features';
import type { ServerHost } from './lsp/host';
import { registerRevealEntry } from './lsp/addToVocabulary';
import { registerNavigation } from './lsp/navigation';
import { registerPackFeatures } from './lsp/packFeatures';
import { registerRequests } from './lsp/requests';
import { WorkspaceCheck } from './lsp/workspaceCheck';

/** What the client said it can do, as far as the server cares. */
interface ClientAbilities {
  /** It takes a registration for didChangeConfiguration (VS Code does; eglot 1.9 and Neovim 0.7 do not, and push it unasked). */
  configurationChangeRegistrable: boolean;
  workspaceFolders: boolean;
  /**
   * The server asks the client to watch workspace packs and configurations (Neovim 0.9+, eglot,
   * Helix) unless the client watches them itself (the VS Code client) or cannot.
   */
  watchPacks: boolean;
}

export function startServer(connection: Connection, host: ServerHost): void {
  const b = new Backend(connection, host);
  const workspace = new WorkspaceCheck(b);
  let abilities: ClientAbilities = { configurationChangeRegistrable: false, workspaceFolders: false, watchPacks: false };

  connection.onInitialize((params) => {
    abilities = initialize(b, params);
    return capabilities(abilities);
  });
  connection.onInitialized(() => {
    if (b.configs.configurationCapable && abilities.configurationChangeRegistrable)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'communique' });
    if (abilities.watchPacks) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PACK_GLOB }] });
    if (abilities.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(
          pathsOf(
            host,
            e.removed.map((f) => f.uri),
          ),
        );
        b.configs.folders = [
          ...b.configs.folders.filter((f) => !removed.has(f)),
          ...pathsOf(
            host,
            e.added.map((f) => f.uri),
          ),
        ];
        b.recheckAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    b.configs.settingsChanged(change.settings);
    b.states.clearChecks();
    b.recheckAll();
  });

  // onDidChangeContent also fires on open: the first check runs at once, edits are debounced.
  b.documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (b.isPackUri(uri)) return b.packChanged(uri, e.document.getText());
    if (!b.isReportUri(uri)) return;
    const first = !b.states.has(uri);
    b.schedule(uri, first ? 0 : undefined);
    // The original of open reports: they are compared with its new text.
    b.originalChanged(uri);
  });
  b.documents.onDidClose((e) => {
    const uri = e.document.uri;
    if (b.isPackUri(uri)) return b.packChanged(uri, undefined);
    if (!b.isReportUri(uri)) return;
    b.states.delete(uri);
    b.configs.forget(uri);
    b.pairs.forget(uri);
    workspace.closed(uri);
    // Closed, an original is read from disk again.
    workspace.recheck(b.originalChanged(uri));
  });

  // Reports that Check Workspace read are checked again when they change on disk; a pack or a
  // configuration that changes reloads every vocabulary and configuration.
  connection.onDidChangeWatchedFiles((params) => {
    const reports = params.changes.filter((c) => b.isReportUri(c.uri) && reportSyntax(c.uri) !== undefined);
    // An original changed on disk: the reports compared with it are checked again.
    const translations = reports.flatMap((c) => (b.documents.get(c.uri) ? [] : b.originalChanged(c.uri)));
    if (reports.length < params.changes.length) void b.reload(true);
    else workspace.recheck([...reports.map((c) => c.uri), ...translations]);
  });

  registerFeatures(b);
  registerNavigation(b, workspace);
  registerPackFeatures(b);
  registerRevealEntry(b);
  registerRequests(b);
  connection.onShutdown(() => b.states.stopTimers());
  b.documents.listen(connection);
  connection.listen();
}

/** Takes what the client says in `initialize`: its abilities, folders, trust and where the rule pages are. */
function initialize(b: Backend, params: InitializeParams): ClientAbilities {
  const workspaceCaps = params.capabilities.workspace;
  const options = params.initializationOptions as { trusted?: boolean; watchesFiles?: boolean; rulesDocs?: string } | undefined;
  b.configs.configurationCapable = workspaceCaps?.configuration === true;
  b.configs.trusted = options?.trusted !== false;
  const edit = workspaceCaps?.workspaceEdit;
  b.edits = {
    documentChanges: edit?.documentChanges === true,
    createFiles: edit?.resourceOperations?.includes('create') === true,
    disabledActions: params.capabilities.textDocument?.codeAction?.disabledSupport === true,
  };
  b.showDocument = params.capabilities.window?.showDocument?.support === true;
  // The server's own texts follow the editor's display language (LSP's initialize `locale`).
  b.uiLanguage = params.locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  if (typeof options?.rulesDocs === 'string') b.rulesDocs = options.rulesDocs.endsWith('/') ? options.rulesDocs : `${options.rulesDocs}/`;
  b.configs.folders = pathsOf(
    b.host,
    (params.workspaceFolders ?? []).map((f) => f.uri),
  );
  if (b.configs.folders.length === 0 && params.rootUri) b.configs.folders = pathsOf(b.host, [params.rootUri]);
  return {
    configurationChangeRegistrable: workspaceCaps?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: workspaceCaps?.workspaceFolders === true,
    watchPacks: workspaceCaps?.didChangeWatchedFiles?.dynamicRegistration === true && options?.watchesFiles !== true,
  };
}

function capabilities(abilities: ClientAbilities): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', '.'], resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      ...(abilities.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    },
    serverInfo: { name: 'communique', version: VERSION },
  };
}

/** Workspace folders as the host names them (paths on the desktop, URIs on the web); those it cannot read are left out. */
function pathsOf(host: ServerHost, uris: string[]): string[] {
  return uris.map((u) => host.pathOf(u)).filter((p): p is string => p !== undefined);
}

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
