// text/spacing: a sentence run into the next without a space ("policies.Since",
// "SecretariatThe"), a common artefact of copying from PDFs and machine translation.

import type { Rule } from './context';

/** A word, a full stop, and a capitalised word: "policies.Since". Not "U.S." or "e.g.", which have one-letter parts. */
const AFTER_STOP = /(\p{L}\p{Ll}+)([.!?])(\p{Lu}\p{Ll}+)/gu;
/** A lower-case letter running into a word that starts sentences: "SecretariatThe". */
const RUN_ON = /(\p{L}*\p{Ll}{2})(The|This|These|That|Those|There|In|It|Its|We|He|She|They|Since|However|Therefore|Moreover|Meanwhile|Accordingly|Furthermore|First|Second|Third|Finally)(?=[\s,])/gu;

export const spacing: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { block } of ctx.blocks) {
    for (const piece of block.pieces) {
      const slice = ctx.text.slice(piece.start, piece.end);
      for (const re of [AFTER_STOP, RUN_ON]) {
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          // Only whole words: the match must not start inside a longer token ("www.Example", "camelCase").
          const prev = slice[m.index - 1];
          if (prev !== undefined && /[\p{L}\p{N}./@_-]/u.test(prev)) continue;
          const start = piece.start + m.index;
          const end = start + m[0].length;
          const fixed = re === AFTER_STOP ? `${m[1]}${m[2]} ${m[3]}` : `${m[1]}. ${m[2]}`;
          out.push({
            ruleId: 'text/spacing',
            start,
            end,
            message: `A space is missing between “${re === AFTER_STOP ? m[1] + m[2] : m[1]}” and “${re === AFTER_STOP ? m[3] : m[2]}”: two sentences run together.`,
            fixes: [{ title: `Write “${fixed}”`, edits: [{ start, end, newText: fixed }], preferred: true }],
          });
        }
      }
    }
  }
  return out;
};
