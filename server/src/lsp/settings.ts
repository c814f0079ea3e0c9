// The `communique.*` settings as the server reads them, per document.

import { isValidDay, type SeveritySetting } from '@communique/core';

export interface Settings {
  vocabularyPaths: string[];
  reportDate?: string;
  language: 'auto' | 'en' | 'vi';
  /** The language of findings and fixes: each paragraph's (auto) or one for all. */
  messageLanguage: 'auto' | 'en' | 'vi';
  rules: Record<string, SeveritySetting>;
  debounceMs: number;
  /** Documents larger than this (UTF-16 code units) are not checked. */
  maxDocumentSize: number;
  /** At most this many findings are shown per document. */
  maxFindings: number;
  /** How citations are written (the Vocabulary view's Insert and Copy Citation). */
  citationStyle: 'short' | 'full' | 'vietnamese';
}

export const DEFAULT_SETTINGS: Settings = {
  vocabularyPaths: [],
  language: 'auto',
  messageLanguage: 'auto',
  rules: {},
  debounceMs: 200,
  maxDocumentSize: 5_000_000,
  maxFindings: 1000,
  citationStyle: 'short',
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts whatever the client sends and keeps only well-formed values. */
export function readSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const vocabulary = (s.vocabulary && typeof s.vocabulary === 'object' ? s.vocabulary : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [k, v] of Object.entries(s.rules as Record<string, unknown>)) if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
  }
  const date = typeof s.reportDate === 'string' && isValidDay(s.reportDate) ? s.reportDate : undefined;
  return {
    vocabularyPaths: Array.isArray(vocabulary.paths) ? vocabulary.paths.filter((p): p is string => typeof p === 'string' && p.length > 0) : [],
    ...(date ? { reportDate: date } : {}),
    language: s.language === 'en' || s.language === 'vi' ? s.language : 'auto',
    messageLanguage: s.messageLanguage === 'en' || s.messageLanguage === 'vi' ? s.messageLanguage : 'auto',
    rules,
    debounceMs: typeof s.debounceMs === 'number' && s.debounceMs >= 0 && s.debounceMs <= 5000 ? s.debounceMs : DEFAULT_SETTINGS.debounceMs,
    maxDocumentSize: typeof s.maxDocumentSize === 'number' && s.maxDocumentSize > 0 ? s.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize,
    maxFindings: typeof s.maxFindings === 'number' && s.maxFindings > 0 ? Math.floor(s.maxFindings) : DEFAULT_SETTINGS.maxFindings,
    citationStyle: s.citationStyle === 'full' || s.citationStyle === 'vietnamese' ? s.citationStyle : 'short',
  };
}
