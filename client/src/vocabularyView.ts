// The Vocabulary view (Explorer, `communique.vocabulary`): the vocabulary in force, as the server
// lays it out (communique/vocabularyTree), with a filter, the hover as each entry's tooltip, its
// layer as a badge, and the actions Insert, Copy Citation, Go to Definition and Show Mentions;
// the read-only `communique-vocabulary:` documents (the built-in pack, served by the server);
// and `communique.vocabulary.revealEntry`, which the add-to-vocabulary code actions run.
// Shared by the desktop and the web client: no Node API.

import {
  commands,
  env,
  EventEmitter,
  l10n,
  MarkdownString,
  Position,
  Range,
  Selection,
  TextEditorRevealType,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  workspace,
  type Disposable,
  type Event,
  type TextDocumentContentProvider,
  type TextEditor,
  type TreeDataProvider,
  type TreeView,
} from 'vscode';
import type { BaseLanguageClient, Location as LspLocation } from 'vscode-languageclient';
import {
  MENTIONS_REQUEST,
  VOCABULARY_SOURCE_REQUEST,
  VOCABULARY_TREE_REQUEST,
  type LayerKind,
  type TreeEntry,
  type TreeNode,
  type VocabularySourceResult,
  type VocabularyTree,
  type VocabularyTreeParams,
} from '../../server/src/lsp/protocol';

export const VIEW_ID = 'communique.vocabulary';
export const VOCABULARY_SCHEME = 'communique-vocabulary';
/** Set while a filter is in force: the view's title shows the action that clears it. */
const FILTERED_CONTEXT = 'communique.vocabulary.filtered';

/** A node of the view: the server's node and a path of keys unique in the tree. */
export interface ViewNode {
  node: TreeNode;
  key: string;
  parent?: ViewNode;
}

/** Lower case, without diacritics, đ as d: the filter matches "Bo Chinh tri" and "Bộ Chính trị" alike. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
}

/** The layer as the view badges it. */
function layerName(kind: LayerKind): string {
  switch (kind) {
    case 'built-in':
      return l10n.t('built-in');
    case 'workspace':
      return l10n.t('workspace');
    case 'tbx':
      return l10n.t('TBX');
    case 'settings':
      return l10n.t('settings');
  }
}

const SECTION_ICON: Record<string, string> = {
  documents: 'file-text',
  titles: 'account',
  bodies: 'organization',
  people: 'person',
  terms: 'symbol-keyword',
  partnerships: 'globe',
};

/** The report the view's actions apply to: the active editor's, else the last report shown. */
export class ReportTracker {
  private last: TextEditor | undefined;

  constructor(private readonly isReport: (e: TextEditor) => boolean) {
    if (window.activeTextEditor && isReport(window.activeTextEditor)) this.last = window.activeTextEditor;
  }

  seen(editor: TextEditor | undefined): boolean {
    if (!editor || !this.isReport(editor)) return false;
    const changed = this.last?.document.uri.toString() !== editor.document.uri.toString();
    this.last = editor;
    return changed;
  }

  /** The editor to insert into: the active one if it is a report, else the last report still visible. */
  editor(): TextEditor | undefined {
    const active = window.activeTextEditor;
    if (active && this.isReport(active)) return active;
    const uri = this.last?.document.uri.toString();
    return window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  }

  uri(): string | undefined {
    return this.last?.document.uri.toString();
  }
}

export class VocabularyProvider implements TreeDataProvider<ViewNode> {
  private readonly changed = new EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData: Event<ViewNode | undefined> = this.changed.event;
  private tree: Promise<VocabularyTree | undefined> | undefined;
  private filterText = '';
  /** The last error, shown as the view's message. */
  view: TreeView<ViewNode> | undefined;

  constructor(
    private readonly client: () => BaseLanguageClient | undefined,
    private readonly reports: ReportTracker,
  ) {}

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void commands.executeCommand('setContext', FILTERED_CONTEXT, this.filterText !== '');
    if (this.view) this.view.message = this.filterText ? l10n.t('Filtered: “{0}”', this.filterText) : undefined;
    this.changed.fire(undefined);
  }

  /** The vocabulary changed (or the report whose vocabulary applies): read it again when shown. */
  refresh(): void {
    this.tree = undefined;
    this.changed.fire(undefined);
  }

  private load(): Promise<VocabularyTree | undefined> {
    if (this.tree) return this.tree;
    const client = this.client();
    if (!client) return Promise.resolve(undefined);
    const params: VocabularyTreeParams = { ...(this.reports.uri() ? { uri: this.reports.uri()! } : {}) };
    this.tree = client.sendRequest<VocabularyTree>(VOCABULARY_TREE_REQUEST, params).then(
      (t) => {
        if (this.view && !this.filterText) this.view.message = undefined;
        return t;
      },
      (e: Error) => {
        this.tree = undefined;
        if (this.view) this.view.message = l10n.t('The vocabulary could not be read: {0}', e.message);
        return undefined;
      },
    );
    return this.tree;
  }

  async getChildren(parent?: ViewNode): Promise<ViewNode[]> {
    const nodes: { node: TreeNode; key: string }[] = parent
      ? (parent.node.type === 'folder' ? parent.node.children : (parent.node.children ?? [])).map((node, i) => ({ node, key: `${parent.key}/${keyOf(node, i)}` }))
      : ((await this.load())?.roots ?? []).map((node) => ({ node, key: node.key }));
    const query = fold(this.filterText);
    // Under an entry that matches, all its children (an office's holders) are shown.
    const keepAll = query === '' || (parent?.node.type === 'entry' && fold(parent.node.search).includes(query));
    return nodes.filter((n) => keepAll || matches(n.node, query)).map((n) => ({ ...n, ...(parent ? { parent } : {}) }));
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return node.parent;
  }

  getTreeItem(n: ViewNode): TreeItem {
    const filtering = this.filterText !== '';
    // Filtered, items get other ids: the workbench would otherwise keep them collapsed as the user left them, not open them on what matches.
    const id = filtering ? `${n.key}?${this.filterText}` : n.key;
    if (n.node.type === 'folder') {
      const item = new TreeItem(n.node.label, filtering ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed);
      item.id = id;
      if (n.node.description) item.description = n.node.description;
      if (!n.parent) item.iconPath = new ThemeIcon(SECTION_ICON[n.node.key] ?? 'folder');
      item.contextValue = 'communique.folder';
      return item;
    }
    const e = n.node;
    const item = new TreeItem(e.label, e.children?.length ? (filtering ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed) : TreeItemCollapsibleState.None);
    item.id = id;
    item.description = [e.description, badge(e)].filter(Boolean).join(' · ');
    const tooltip = new MarkdownString(e.hover || e.label);
    tooltip.supportThemeIcons = false;
    item.tooltip = tooltip;
    item.iconPath = e.overriddenBy
      ? new ThemeIcon('circle-slash', new ThemeColor('disabledForeground'))
      : e.layerKind === 'built-in'
        ? new ThemeIcon(SECTION_ICON[e.section] ?? 'symbol-misc')
        : new ThemeIcon(SECTION_ICON[e.section] ?? 'symbol-misc', new ThemeColor('charts.blue'));
    // What the context menu offers: documents can be cited; entries with an origin opened.
    item.contextValue = ['communique.entry', e.citation ? 'document' : '', e.origin ? 'origin' : ''].filter(Boolean).join(' ');
    item.accessibilityInformation = { label: [e.label, item.description].filter(Boolean).join(', ') };
    return item;
  }

  /** The entry a command was run on; from the command palette, the view's selection. */
  entryOf(arg: unknown): TreeEntry | undefined {
    const n = (arg as ViewNode | undefined)?.node ? (arg as ViewNode) : this.view?.selection[0];
    return n?.node.type === 'entry' ? n.node : undefined;
  }

  /** Finds an entry by section and id (or a document by its label, "34-NQ/TW"): for commands run with arguments. */
  async find(section: string, idOrLabel: string): Promise<TreeEntry | undefined> {
    const tree = await this.load();
    const walk = (nodes: TreeNode[]): TreeEntry | undefined => {
      for (const n of nodes) {
        if (n.type === 'entry' && n.section === section && !n.overriddenBy && (n.id === idOrLabel || n.label === idOrLabel)) return n;
        const found = walk(n.type === 'folder' ? n.children : (n.children ?? []));
        if (found) return found;
      }
      return undefined;
    };
    return walk(tree?.roots ?? []);
  }
}

const keyOf = (node: TreeNode, i: number): string => (node.type === 'folder' ? node.key : `${node.section}:${node.id}${node.overriddenBy ? '~' : ''}#${i}`);

function matches(node: TreeNode, query: string): boolean {
  if (node.type === 'entry' && fold(node.search).includes(query)) return true;
  const children = node.type === 'folder' ? node.children : (node.children ?? []);
  return children.some((c) => matches(c, query));
}

/** The layer (unless built-in), and what overrides what. */
function badge(e: TreeEntry): string {
  if (e.overriddenBy) return l10n.t('overridden by {0}', layerName(e.overriddenBy));
  const parts: string[] = [];
  if (e.layerKind !== 'built-in') parts.push(layerName(e.layerKind));
  if (e.overrides?.length) parts.push(l10n.t('overrides {0}', e.overrides.map(layerName).join(', ')));
  return parts.join(' · ');
}

/** The built-in pack's files, read-only, with the text the server has; a clear message when it has none. */
export class VocabularySourceProvider implements TextDocumentContentProvider {
  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    let reason: string;
    try {
      const client = this.client();
      if (!client) throw new Error(l10n.t('the language server is not running'));
      const r = await client.sendRequest<VocabularySourceResult>(VOCABULARY_SOURCE_REQUEST, { uri: uri.toString() });
      if (r && typeof r.text === 'string') return r.text;
      reason = l10n.t('the server has no such vocabulary file');
    } catch (e) {
      reason = (e as Error).message;
    }
    // A YAML comment, so that the document stays valid YAML.
    return `${l10n.t('# Communiqué cannot show {0}: {1}.', uri.toString(), reason)}\n`;
  }
}

/** Opens `uri` with the cursor at (line, character), 0-based. */
export async function revealAt(uri: string, line: number, character: number): Promise<TextEditor> {
  const doc = await workspace.openTextDocument(Uri.parse(uri));
  const at = new Position(Math.max(0, line), Math.max(0, character));
  const editor = await window.showTextDocument(doc, { selection: new Selection(at, at), preview: false });
  editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The view, its document provider and its commands; `refresh` when the server reads the vocabulary again. */
export function registerVocabularyView(client: () => BaseLanguageClient | undefined, isReport: (e: TextEditor) => boolean): { disposables: Disposable[]; refresh: () => void } {
  const reports = new ReportTracker(isReport);
  const provider = new VocabularyProvider(client, reports);
  const view = window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  void commands.executeCommand('setContext', FILTERED_CONTEXT, false);

  /** The entry a command applies to: the node it was run on, or `{ section, id }` (or a document's label) from a caller. */
  const entryFor = async (arg: unknown): Promise<TreeEntry | undefined> => {
    const ref = arg as { section?: unknown; id?: unknown } | undefined;
    if (ref && typeof ref.id === 'string' && !('node' in ref)) return provider.find(typeof ref.section === 'string' ? ref.section : 'documents', ref.id);
    return provider.entryOf(arg);
  };

  const insert = async (arg: unknown): Promise<void> => {
    const e = await entryFor(arg);
    if (!e?.citation) return;
    const editor = reports.editor();
    if (!editor) {
      void window.showWarningMessage(l10n.t('Communiqué: open a report to insert {0} into.', e.label));
      return;
    }
    const citation = e.citation;
    await window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, citation);
    });
  };

  const showMentions = async (arg: unknown): Promise<void> => {
    const e = await entryFor(arg);
    const c = client();
    if (!e || !c) return;
    const found: LspLocation[] = await c.sendRequest(MENTIONS_REQUEST, { section: e.section, id: e.id });
    if (found.length === 0) {
      void window.showInformationMessage(l10n.t('Communiqué: no mention of {0} in the open reports or those Check Workspace read.', e.label));
      return;
    }
    const picks = await Promise.all(
      found.map(async (l) => {
        const uri = Uri.parse(l.uri);
        const doc = await workspace.openTextDocument(uri).then(
          (d) => d,
          () => undefined,
        );
        return {
          label: doc ? doc.lineAt(l.range.start.line).text.trim() : l.uri,
          description: l10n.t('{0}, line {1}', workspace.asRelativePath(uri), l.range.start.line + 1),
          location: l,
        };
      }),
    );
    const picked = await window.showQuickPick(picks, { title: l10n.t('Mentions of {0} ({1})', e.label, found.length), matchOnDescription: true });
    if (!picked) return;
    const doc = await workspace.openTextDocument(Uri.parse(picked.location.uri));
    const r = picked.location.range;
    const range = new Range(r.start.line, r.start.character, r.end.line, r.end.character);
    await window.showTextDocument(doc, { selection: new Selection(range.start, range.end) });
  };

  let lastScope: string | undefined;
  const disposables = [
    view,
    workspace.registerTextDocumentContentProvider(VOCABULARY_SCHEME, new VocabularySourceProvider(client)),
    window.onDidChangeActiveTextEditor((editor) => {
      if (!reports.seen(editor)) return;
      // Another folder may have another project, and so another vocabulary.
      const scope = editor!.document.uri.toString().replace(/\/[^/]*$/, '');
      if (lastScope !== undefined && scope !== lastScope && view.visible) provider.refresh();
      lastScope = scope;
    }),
    commands.registerCommand('communique.vocabulary.refresh', () => provider.refresh()),
    commands.registerCommand('communique.vocabulary.filter', async () => {
      const text = await window.showInputBox({
        title: l10n.t('Filter the Vocabulary'),
        prompt: l10n.t('Show only the entries whose names, id, symbol or short forms contain this text (English or Vietnamese, with or without diacritics).'),
        value: provider.filter,
      });
      if (text !== undefined) provider.setFilter(text);
    }),
    commands.registerCommand('communique.vocabulary.clearFilter', () => provider.setFilter('')),
    commands.registerCommand('communique.vocabulary.insert', insert),
    commands.registerCommand('communique.vocabulary.copyCitation', async (arg: unknown) => {
      const e = await entryFor(arg);
      if (!e?.citation) return;
      await env.clipboard.writeText(e.citation);
      window.setStatusBarMessage(l10n.t('Communiqué: copied “{0}”', e.citation), 3000);
    }),
    commands.registerCommand('communique.vocabulary.goToDefinition', async (arg: unknown) => {
      const e = await entryFor(arg);
      if (e?.origin) await revealAt(e.origin.uri, e.origin.line, e.origin.character);
    }),
    commands.registerCommand('communique.vocabulary.showMentions', showMentions),
    commands.registerCommand('communique.vocabulary.revealEntry', async (uri: unknown, line: unknown, character: unknown) => {
      const target = uri instanceof Uri ? uri.toString() : uri;
      if (typeof target !== 'string') return;
      await revealAt(target, typeof line === 'number' ? line : 0, typeof character === 'number' ? character : 0);
    }),
  ];
  return { disposables, refresh: () => provider.refresh() };
}
