// What an edit does not make the parser read again: the paragraphs already read, by their
// source text, and the block parse of each chunk of the document (see chunks.ts).

import type { Lang } from '../types';
import type { ParsedChunk } from './blocks';
import type { LastChunking } from './chunks';
import { detachedCopy } from './copies';
import type { Piece, Suppression } from './document';

/** What reading a paragraph yields: its prose pieces, its suppression comments, its language. */
export interface ParagraphRead {
  pieces: Piece[];
  suppressions: Suppression[];
  lang: Lang;
}

/**
 * Paragraphs already read, by their source text: an edit re-reads only the paragraphs it
 * touched (prose pieces, suppressions, detected language), wherever the others have moved;
 * and the block parse of each chunk of the document (see chunks.ts), so that an edit
 * re-parses only its chunk.
 */
export class ParseCache {
  /** Per paragraph, what it read as when last handed out, and where it was then (one copy). */
  private entries = new Map<string, { base: number; read: ParagraphRead }>();
  private readonly used = new Set<string>();
  private chunks = new Map<string, ParsedChunk>();
  private readonly usedChunks = new Set<string>();
  /** The chunk scan of the last parse (see chunking). */
  last: LastChunking | undefined;

  chunk(key: string, parse: () => ParsedChunk): ParsedChunk {
    this.usedChunks.add(key);
    let parsed = this.chunks.get(key);
    if (!parsed) this.chunks.set(key, (parsed = parse()));
    return parsed;
  }

  read(key: string, base: number, compute: () => ParagraphRead): ParagraphRead {
    this.used.add(key);
    const entry = this.entries.get(key);
    if (!entry) {
      const fresh = compute();
      const read: ParagraphRead = { ...fresh, suppressions: fresh.suppressions.map((x) => ({ ...x, rules: x.rules.map(detachedCopy) })) };
      this.entries.set(key, { base, read });
      return read;
    }
    // Handed out read-only; a paragraph that has moved gets shifted copies, which replace these.
    if (entry.base !== base) {
      const d = base - entry.base;
      entry.read = {
        pieces: entry.read.pieces.map((p) => ({ ...p, start: p.start + d, end: p.end + d })),
        suppressions: entry.read.suppressions.map((x) => ({ ...x, start: x.start + d, end: x.end + d })),
        lang: entry.read.lang,
      };
      entry.base = base;
    }
    return entry.read;
  }

  /** Drops the paragraphs and chunks the last read did not use. */
  retain(): void {
    if (this.entries.size > this.used.size) for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used.clear();
    if (this.chunks.size > this.usedChunks.size) for (const k of this.chunks.keys()) if (!this.usedChunks.has(k)) this.chunks.delete(k);
    this.usedChunks.clear();
  }
}
