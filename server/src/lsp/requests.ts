// Communiqué's own requests (protocol.ts): the documents the vocabulary knows (Insert
// Citation), a report's citations and its reference list, Reload Vocabulary, and the pair
// check's aligned source sentence and hand-picked original.

import { alignedSourceAt, documentLabel, formatCitation, listCitations, referencesEdit, reportLanguage } from '@communique/core';
import type { Backend } from './backend';
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
  type ReferencesParams,
  type ReferencesResult,
  type SetOriginalParams,
} from './protocol';

export function registerRequests(b: Backend): void {
  b.connection.onRequest(DOCUMENTS_REQUEST, (params: DocumentsParams) => documents(b, params));
  b.connection.onRequest(CITATIONS_REQUEST, (params: CitationsParams) => citations(b, params));
  b.connection.onRequest(REFERENCES_REQUEST, (params: ReferencesParams) => references(b, params));
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
