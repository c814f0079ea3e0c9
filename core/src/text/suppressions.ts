// Suppression comments: <!-- communique-disable-next-line rule-id -->, <!-- communique-disable -->
// and <!-- communique-enable -->, wherever a stretch of the report holds HTML.

import type { Suppression } from './document';

const SUPPRESSION = /<!--\s*communique-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function readSuppressions(text: string, start: number, end: number, into: Suppression[]): void {
  const slice = text.slice(start, end);
  if (!slice.includes('communique-')) return;
  SUPPRESSION.lastIndex = 0;
  for (let m = SUPPRESSION.exec(slice); m; m = SUPPRESSION.exec(slice)) {
    into.push({
      kind: m[1] as Suppression['kind'],
      rules: m[2]!.split(/[\s,]+/).filter((r) => r.length > 0),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
}
