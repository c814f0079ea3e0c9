import { type Rule } from '../rule';
import { msg } from '../../messages/message';
import { defineRule } from '../rule';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const { citations } of ctx.blocks) {
    for (const c of citations) {
      if (c.malformed) {
        out.push({
          ruleId: 'citation/malformed',
          start: c.malformed.start,
          end: c.malformed.end,
          message: msg('citation/malformed', { written: c.malformed.written, canonical: c.malformed.canonical }),
          fixes: [
            {
              title: msg('citation/malformed.fix', { replacement: c.malformed.canonical }),
              edits: [{ start: c.malformed.start, end: c.malformed.end, newText: c.malformed.canonical }],
              preferred: true,
            },
          ],
        });
      } else if (c.numberMark && !c.numberMark.spaceAfter && (c.symbol || c.number)) {
        const target = c.symbol ?? c.number!;
        const fixed = `${c.numberMark.text} ${ctx.text.slice(c.numberMark.end, target.end)}`;
        out.push({
          ruleId: 'citation/malformed',
          start: c.numberMark.start,
          end: target.end,
          message: msg('citation/malformed.space', { mark: c.numberMark.text, fixed }),
          fixes: [{ title: msg('citation/malformed.fix', { replacement: fixed }), edits: [{ start: c.numberMark.start, end: target.end, newText: fixed }], preferred: true }],
        });
      }
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/malformed',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'A document symbol written in a wrong form (34/NQ-TW, No.32-CT/TW).',
  description: 'a symbol written wrong: "34/NQ-TW", "34-NQTW", "12 - CT/TW", "Directive No.32-CT/TW"',
  check,
});
