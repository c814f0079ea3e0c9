import { msg } from '../../messages/message';
import { BARRIER, sourceOffset } from '../../text/fold';
import type { BlockAnalysis } from '../../analysis/mentions';
import { matchCase, type Rule } from '../rule';
import { defineRule } from '../rule';

/** Thứ hai = Monday = Second, Thứ ba = Tuesday = Third … (Sunday is Chủ nhật, never an ordinal). */
const ORDINAL_OF: Record<string, string> = { monday: 'Second', tuesday: 'Third', wednesday: 'Fourth', thursday: 'Fifth', friday: 'Sixth', saturday: 'Seventh' };

const WEEKDAY_START =
  /^(monday|tuesday|wednesday|thursday|friday|saturday), (?!(?:\d|the \d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))/;

const ENUMERATION_START =
  /^(?:first(?:ly)?|first of all|to begin with|in the first place|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|last(?:ly)?|finally|monday|tuesday|wednesday|thursday|friday|saturday),/;

/** Folded offsets where the block's sentences start. */
function sentenceStarts(f: string): number[] {
  const starts = [0];
  for (let i = 0; i < f.length - 1; i++) {
    const c = f[i];
    if (c === BARRIER || ((c === '.' || c === '!' || c === '?' || c === ':') && f[i + 1] === ' ')) {
      let j = i + 1;
      while (f[j] === ' ' || f[j] === BARRIER) j++;
      starts.push(j);
    }
  }
  return starts;
}

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const opens: { a: BlockAnalysis; at: number; weekday?: string }[][] = ctx.blocks.map((a) => {
    if (a.block.lang !== 'en') return [];
    const f = a.folded.text;
    return sentenceStarts(f)
      .filter((at) => ENUMERATION_START.test(f.slice(at, at + 20)))
      .map((at) => ({ a, at, weekday: WEEKDAY_START.exec(f.slice(at, at + 40))?.[1] }));
  });
  opens.forEach((list, b) => {
    for (const open of list) {
      if (!open.weekday) continue;
      // The enumeration: another marker in this paragraph or the two before or after it.
      const near = opens.slice(Math.max(0, b - 2), b + 3).flat();
      if (!near.some((o) => o !== open)) continue;
      const start = sourceOffset(open.a.folded, open.at);
      const end = sourceOffset(open.a.folded, open.at + open.weekday.length - 1) + 1;
      const written = ctx.text.slice(start, end);
      const ordinal = matchCase(ORDINAL_OF[open.weekday]!, written);
      out.push({
        ruleId: 'text/ordinal-mistranslation',
        start,
        end,
        message: msg('text/ordinal-mistranslation', {
          written,
          vietnamese: `Thứ ${['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'][Object.keys(ORDINAL_OF).indexOf(open.weekday)]}`,
          ordinal,
        }),
        fixes: [{ title: msg('text/ordinal-mistranslation.fix', { ordinal }), edits: [{ start, end, newText: ordinal }], preferred: true }],
      });
    }
  });
  return out;
};

export default defineRule({
  id: 'text/ordinal-mistranslation',
  defaultSeverity: 'warning',
  scope: 'document',
  summary: 'A weekday standing for a list ordinal in translated text ("Monday, …" for "Second, …", from Thứ hai).',
  description:
    'a weekday standing for a list ordinal in translated text, inside an enumeration: "Monday, …" for "Second, …" (Thứ hai), "Wednesday, …" for "Fourth, …" (Thứ tư); "Monday, 5 May" is a date and is left alone',
  check,
});
