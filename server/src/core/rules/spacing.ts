// text/spacing: a sentence run into the next without a space ("policies.Since",
// "SecretariatThe"), a common artefact of copying from PDFs and machine translation.

import type { Rule } from './context';

/** A word, a full stop, and a capitalised word: "policies.Since". Not "U.S." or "e.g.", which have one-letter parts. */
const AFTER_STOP = /(?<![\p{L}\p{N}./@_-])(\p{L}\p{Ll}+)([.!?])(\p{Lu}\p{Ll}+)/gu;
/** A word that starts sentences glued to a lower-case letter: "SecretariatThe". The word before is found by scanning back. */
const RUN_ON = /(?<=\p{Ll}\p{Ll})(The|This|These|That|Those|There|In|It|Its|We|He|She|They|Since|However|Therefore|Moreover|Meanwhile|Accordingly|Furthermore|First|Second|Third|Finally)(?=[\s,])/gu;
const LETTER = /\p{L}/u;

export const spacing: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const push = (start: number, end: number, left: string, right: string, fixed: string): void => {
    out.push({
      ruleId: 'text/spacing',
      start,
      end,
      message: `A space is missing between “${left}” and “${right}”: two sentences run together.`,
      fixes: [{ title: `Write “${fixed}”`, edits: [{ start, end, newText: fixed }], preferred: true }],
    });
  };
  for (const { block } of ctx.blocks) {
    for (const piece of block.pieces) {
      const slice = ctx.text.slice(piece.start, piece.end);
      if (!/[.!?]\p{Lu}|\p{Ll}\p{Lu}/u.test(slice)) continue;
      AFTER_STOP.lastIndex = 0;
      for (let m = AFTER_STOP.exec(slice); m; m = AFTER_STOP.exec(slice)) {
        const start = piece.start + m.index;
        push(start, start + m[0].length, m[1]! + m[2]!, m[3]!, `${m[1]}${m[2]} ${m[3]}`);
      }
      RUN_ON.lastIndex = 0;
      for (let m = RUN_ON.exec(slice); m; m = RUN_ON.exec(slice)) {
        let w = m.index;
        while (w > 0 && LETTER.test(slice[w - 1]!)) w--;
        // Only whole words: not inside a URL-like or dotted token ("www.siteThe").
        if (w > 0 && /[\p{N}./@_-]/u.test(slice[w - 1]!)) continue;
        const left = slice.slice(w, m.index);
        const start = piece.start + w;
        push(start, piece.start + m.index + m[0].length, left, m[1]!, `${left}. ${m[1]}`);
      }
    }
  }
  return out;
};
