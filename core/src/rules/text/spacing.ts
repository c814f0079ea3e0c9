import { msg } from '../../messages/message';
import type { Piece } from '../../text/document';
import type { Rule } from '../rule';
import { defineRule } from '../rule';

/**
 * A full stop (or ! ?) glued to a capitalised word: "policies.Since". The expressions look for
 * the rare anchor first and the words around it second, which keeps the pass over a whole
 * report cheap; one-letter parts ("U.S.", "e.g.") are not sentences.
 */
const GLUED_STOP = /[.!?](?=\p{Lu}\p{Ll})/gu;

/** The end of a sentence before the stop: a word, a year or a date ("12/2025"), an acronym, with a closing quote or bracket. */
const WORD_BEFORE = /(?<![\p{L}\p{N}./@_-])(?:\p{L}\p{Ll}+|(?:\d{1,2}\/){0,2}(?:19|20)\d{2}|\p{Lu}{2,6})["”’)\]]?$/u;

const WORD_AFTER = /^\p{Lu}\p{Ll}+/u;

/** A word that starts sentences glued to a lower-case letter: "SecretariatThe", "Ban Bí thưCác". */
const RUN_ON =
  /(The|This|These|That|Those|There|In|It|Its|We|He|She|They|Since|However|Therefore|Moreover|Meanwhile|Accordingly|Furthermore|First|Second|Third|Finally|Các|Những|Trong|Đây|Theo|Tuy|Ngoài|Bên|Với|Để|Khi|Sau|Tại|Đồng|Việc|Hai|Ông|Bà|Chúng|Thứ|Cuối|Ngày|Năm|Tháng)(?=[\s,])/gu;

const LOWER = /\p{Ll}/u;

const LETTER = /\p{L}/u;

/** The piece that wholly contains [start, end), by binary search over pieces in document order. */
function within(pieces: Piece[], start: number, end: number): boolean {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (p.end <= start) lo = mid + 1;
    else if (p.start > start) hi = mid - 1;
    else return end <= p.end;
  }
  return false;
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const text = ctx.text;
  const pieces = ctx.blocks.flatMap((b) => b.block.pieces);
  const push = (start: number, end: number, left: string, right: string, fixed: string): void => {
    out.push({
      ruleId: 'text/spacing',
      start,
      end,
      message: msg('text/spacing', { left, right }),
      fixes: [{ title: msg('text/spacing.fix', { fixed }), edits: [{ start, end, newText: fixed }], preferred: true }],
    });
  };
  // One pass of each expression over each block's stretch of text; matches outside prose are dropped.
  const scan = (from: number, to: number): void => {
    // The block's text and the few characters after it, which the expressions' lookaheads read.
    // The expression engine finds the stops followed by a capital and a lower-case letter.
    const tail = text.slice(from, Math.min(text.length, to + 4));
    GLUED_STOP.lastIndex = 0;
    for (let m = GLUED_STOP.exec(tail); m && m.index < to - from; m = GLUED_STOP.exec(tail)) {
      const i = from + m.index;
      const left = WORD_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
      const right = WORD_AFTER.exec(text.slice(i + 1, i + 41));
      if (!left || !right) continue;
      const start = i - left[0].length;
      const end = i + 1 + right[0].length;
      if (!within(pieces, start, end)) continue;
      push(start, end, left[0] + text[i], right[0], `${left[0]}${text[i]} ${right[0]}`);
    }
    // Over the same stretch only: an expression run on the whole text from `from` would look
    // past the block for its next match, for every block.
    RUN_ON.lastIndex = 0;
    for (let m = RUN_ON.exec(tail); m; m = RUN_ON.exec(tail)) {
      const at = from + m.index;
      if (at >= to) break;
      if (at < 2 || !LOWER.test(text[at - 1]!) || !LOWER.test(text[at - 2]!)) continue;
      let w = at;
      while (w > 0 && LETTER.test(text[w - 1]!)) w--;
      // Only whole words: not inside a URL-like or dotted token ("www.siteThe").
      if (w > 0 && /[\p{N}./@_-]/u.test(text[w - 1]!)) continue;
      const end = at + m[0].length;
      if (!within(pieces, w, end)) continue;
      const left = text.slice(w, at);
      push(w, end, left, m[1]!, `${left}. ${m[1]}`);
    }
  };
  for (const { block } of ctx.blocks) scan(block.start, block.end);
  out.sort((a, b) => a.start - b.start);
  return out;
};

export default defineRule({
  id: 'text/spacing',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'Two sentences run together without a space.',
  description: 'sentences run together: "policies.Since", "SecretariatThe"',
  check,
});
