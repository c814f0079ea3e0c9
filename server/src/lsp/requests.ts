// Communiqué's own requests (protocol.ts): the documents the vocabulary knows (Insert
// Citation), a report's citations and its reference list, Reload Vocabulary, the pair check's
// aligned source sentence and hand-picked original, and the Vocabulary view's tree and the
// mentions of one of its entries.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver';
import {
  alignedSourceAt,
  documentLabel,
  formatCitation,
  listCitations,
  mentionsOf,
  referencesEdit,
  reportLanguage,
  reportSyntax,
  SECTIONS,
  vocabularyTree,
  type LayerKind,
  type Section,
  type VocabularyTree,
} from '@communique/core';
import type { Backend } from './backend';
import { SETTING_NAMES } from './config';
import {
  ALIGNED_SOURCE_REQUEST,
  CITATIONS_REQUEST,
  DOCUMENTS_REQUEST,
  REFERENCES_REQUEST,
  RELOAD_REQUEST,
  SET_ORIGINAL_REQUEST,
  type AlignedSourceParams,
  type AlignedSourceResult,
  type CitationItem,
  type CitationsParams,
  type DocumentItem,
  type DocumentsParams,
  MENTIONS_REQUEST,
  type MentionsParams,
  VOCABULARY_TREE_REQUEST,
  type VocabularyTreeParams,
  type ReferencesParams,
  type ReferencesResult,
  type SetOriginalParams,
} from './protocol';

export function registerRequests(b: Backend): void {
  b.connection.onRequest(DOCUMENTS_REQUEST, (params: DocumentsParams) => documents(b, params));
  b.connection.onRequest(CITATIONS_REQUEST, (params: CitationsParams) => citations(b, params));
  b.connection.onRequest(REFERENCES_REQUEST, (params: ReferencesParams) => references(b, params));
  b.connection.onRequest(VOCABULARY_TREE_REQUEST, (params: VocabularyTreeParams | undefined) => tree(b, params ?? {}));
  b.connection.onRequest(MENTIONS_REQUEST, (params: MentionsParams) => mentions(b, params));
  b.connection.onRequest(RELOAD_REQUEST, async () => {
    await b.reload(true);
    return null;
  });
  b.connection.onRequest(ALIGNED_SOURCE_REQUEST, (params: AlignedSourceParams) => alignedSource(b, params));
  b.connection.onRequest(SET_ORIGINAL_REQUEST, async (params: SetOriginalParams) => {
    b.pairs.setOriginal(params.uri, params.original);
    if (b.documents.get(params.uri)) {
      b.states.of(params.uri).checked = undefined;
      await b.checkOpen(params.uri);
    }
    return null;
  });
}

async function alignedSource(b: Backend, params: AlignedSourceParams): Promise<AlignedSourceResult> {
  const state = await b.current(params.uri);
  const pair = state?.pair;
  if (!state || !pair) return null;
  const aligned = alignedSourceAt(pair.result, state.doc.offsetAt(params.position));
  if (!aligned) return null;
  return { uri: pair.uri, range: { start: pair.doc.positionAt(aligned.source.start), end: pair.doc.positionAt(aligned.source.end) } };
}

async function documents(b: Backend, params: DocumentsParams): Promise<DocumentItem[]> {
  const config = await b.configs.forReport(params.uri);
  const vocab = (await b.vocabularies.get(config.effective.packs.map((p) => p.value))).compiled;
  return [...vocab.vocabulary.documents.values()].map((d) => ({
    id: d.id,
    ...(d.symbol ? { symbol: d.symbol } : {}),
    type: d.type,
    label: d.symbol ?? `${d.type} ${d.number}`,
    title: d.title,
    ...(d.date ? { date: String(d.date) } : {}),
    ...(d.issuer ? { issuer: vocab.vocabulary.bodies.get(d.issuer)?.name.en ?? d.issuer } : {}),
    shortForms: [...(d.short_forms?.en ?? []), ...(d.short_forms?.vi ?? [])],
    citation: formatCitation(d, params.style, vocab),
    confidence: d.confidence,
  }));
}

async function citations(b: Backend, params: CitationsParams): Promise<CitationItem[]> {
  const state = await b.current(params.uri);
  if (!state) return [];
  const lang = reportLanguage(state.result);
  const other = lang === 'en' ? 'vi' : 'en';
  return listCitations(state.result, state.vocab).map((c) => {
    const d = c.document;
    const symbol = d ? documentLabel(d, lang) : undefined;
    return {
      range: { start: state.doc.positionAt(c.start), end: state.doc.positionAt(c.end) },
      text: c.text,
      status: c.status,
      ...(symbol ? { symbol } : {}),
      ...(d ? { title: d.title[lang] ?? d.title[other] ?? '' } : {}),
      ...(c.successor ? { successor: documentLabel(c.successor, lang) } : {}),
      ...(c.note ? { note: c.note } : {}),
    };
  });
}

async function references(b: Backend, params: ReferencesParams): Promise<ReferencesResult | null> {
  const state = await b.current(params.uri);
  if (!state) return null;
  const edit = referencesEdit(state.result, state.vocab, params.lang ? { lang: params.lang } : {});
  if (!edit) return null;
  return {
    version: state.version,
    edit: { range: { start: state.doc.positionAt(edit.start), end: state.doc.positionAt(edit.end) }, newText: edit.newText },
    known: edit.known,
    unknown: edit.unknown,
    replaced: edit.replaced,
    lang: edit.lang,
  };
}

/** The URI whose configuration applies: the report's, else a file at the top of the first workspace folder. */
function scopeOf(b: Backend, uri: string | undefined): string {
  if (uri) return uri;
  const folder = b.configs.folders[0];
  return folder === undefined ? 'untitled:vocabulary' : b.host.uriOf(`${folder.replace(/[/\\]+$/, '')}/.communique-vocabulary-view`);
}

async function tree(b: Backend, params: VocabularyTreeParams): Promise<VocabularyTree> {
  const scope = scopeOf(b, typeof params.uri === 'string' ? params.uri : undefined);
  const config = await b.configs.forReport(scope);
  const vocab = (await b.vocabularies.get(config.effective.packs.map((p) => p.value))).compiled;
  // Packs named by the settings are badged as such; the project's own (.communique/, config.yaml) are the workspace's.
  const layerKinds = new Map<string, LayerKind>(config.effective.packs.filter((p) => p.from === SETTING_NAMES.packs).map((p) => [p.value, 'settings']));
  const style = params.style === 'full' || params.style === 'vietnamese' || params.style === 'short' ? params.style : config.settings.citationStyle;
  const reportDate = config.effective.reportDate?.value ?? new Date().toISOString().slice(0, 10);
  return vocabularyTree(vocab, { lang: b.uiLanguage, style, reportDate, layerKinds, uriOf: (file) => b.host.uriOf(file) });
}

/** Mentions of one entity in the open reports (as edited) and those Check Workspace read (from disk). */
async function mentions(b: Backend, params: MentionsParams): Promise<Location[]> {
  if (!params || typeof params.id !== 'string' || !(SECTIONS as readonly string[]).includes(params.section)) return [];
  const section = params.section as Section;
  const open = b.documents
    .all()
    .filter((d) => b.isReportUri(d.uri))
    .map((d) => d.uri);
  const out: Location[] = [];
  for (const uri of [...new Set([...open, ...b.reportsFromDisk()])].sort()) {
    const found = b.documents.get(uri) ? await openMentions(b, uri, section, params.id) : await diskMentions(b, uri, section, params.id);
    out.push(...found);
  }
  return out;
}

async function openMentions(b: Backend, uri: string, section: Section, id: string): Promise<Location[]> {
  const state = await b.current(uri);
  if (!state) return [];
  return mentionsOf(state.result, section, id).map((r) => ({ uri, range: { start: state.doc.positionAt(r.start), end: state.doc.positionAt(r.end) } }));
}

async function diskMentions(b: Backend, uri: string, section: Section, id: string): Promise<Location[]> {
  const syntax = reportSyntax(uri);
  if (!syntax) return [];
  const settings = await b.configs.settingsFor(uri);
  const read = await b.host.readReport(uri, settings.maxDocumentSize * 4);
  if ('skipped' in read) return [];
  const outcome = await b.checkReport(uri, read, syntax, { settings });
  if ('skipped' in outcome) return [];
  const doc = TextDocument.create(uri, syntax, 0, outcome.result.document.text);
  return mentionsOf(outcome.result, section, id).map((r) => ({ uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } }));
}
