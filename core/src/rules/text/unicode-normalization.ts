import { msg } from '../../messages/message';
import type { Rule } from '../rule';
import { defineRule } from '../rule';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { block } of ctx.blocks) {
    let first = -1;
    let last = -1;
    let count = 0;
    for (const piece of block.pieces) {
      const slice = ctx.text.slice(piece.start, piece.end);
      if (slice.normalize('NFC') === slice) continue;
      // Find each run of a base character and its combining marks that NFC would change.
      const cluster = /\P{M}\p{M}+/gu;
      for (let m = cluster.exec(slice); m; m = cluster.exec(slice)) {
        if (m[0].normalize('NFC') === m[0]) continue;
        count++;
        if (first < 0) first = piece.start + m.index;
        last = piece.start + m.index + m[0].length;
      }
    }
    if (first < 0) continue;
    // Whole words read better in the message and the fix than half-letters.
    while (first > block.start && /[\p{L}\p{M}]/u.test(ctx.text[first - 1]!)) first--;
    while (last < block.end && /[\p{L}\p{M}]/u.test(ctx.text[last]!)) last++;
    const original = ctx.text.slice(first, last);
    out.push({
      ruleId: 'text/unicode-normalization',
      start: first,
      end: last,
      // `n` as written (not "1,000"); `count` for the plural.
      message: msg('text/unicode-normalization', { count, n: String(count) }),
      fixes: [{ title: msg('text/unicode-normalization.fix'), edits: [{ start: first, end: last, newText: original.normalize('NFC') }], preferred: true }],
    });
  }
  return out;
};

export default defineRule({
  id: 'text/unicode-normalization',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'Text not in Unicode NFC (decomposed Vietnamese diacritics).',
  description: 'prose in decomposed Unicode (NFD), with an NFC fix',
  check,
});
