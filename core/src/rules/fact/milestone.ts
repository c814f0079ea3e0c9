import { formOf, type BlockAnalysis } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { msg, type Message } from '../../messages/message';
import { sourceOffset } from '../../text/fold';
import type { Rule } from '../rule';
import { derivedOf } from '../support/facts';
import { defineRule } from '../rule';

const VISION =
  /(?:^|[^\w])(?:to|till|until|by|den nam|den) ((?:19|20)\d{2}),? (?:with |and )?(?:a )?(?:vision|tam nhin) (?:to|till|until|toward|towards|for|den nam|den) ((?:19|20)\d{2})(?!\d)/g;

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const { milestones, years } = derivedOf(ctx.vocab.vocabulary);
  /** The year at `at` should be `right`: `message` says why, and names the year written. */
  const push = (a: BlockAnalysis, at: number, right: number, message: Message): void => {
    const [start, end] = [sourceOffset(a.folded, at), sourceOffset(a.folded, at + 3) + 1];
    out.push({
      ruleId: 'fact/milestone',
      start,
      end,
      message,
      fixes: [{ title: msg('fact/milestone.fix', { year: String(right) }), edits: [{ start, end, newText: String(right) }], preferred: true }],
    });
  };
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    // "to 2030, with a vision to 2045": the target before a known horizon is the milestone before it.
    VISION.lastIndex = 0;
    // The expression is slow to reject a block; the word it needs is quick to look for.
    const vision = f.includes('vision') || f.includes('tam nhin');
    for (let m = vision ? VISION.exec(f) : null; m; m = VISION.exec(f)) {
      const target = Number(m[1]);
      const horizon = Number(m[2]);
      if (years.has(horizon) && !years.has(target)) {
        const before = milestones.filter((x) => x.year < horizon).pop();
        if (!before) continue;
        const at = m.index + m[0].indexOf(m[1]!);
        push(a, at, before.year, msg('fact/milestone', { horizon: String(horizon), right: String(before.year), written: String(target) }));
      } else if (years.has(target) && !years.has(horizon) && horizon > target) {
        // "to 2030, with a vision to 2050": the vision that goes with a known target is the next milestone.
        const next = milestones.find((x) => x.year > target);
        if (!next) continue;
        const at = m.index + m[0].lastIndexOf(m[2]!);
        push(a, at, next.year, msg('fact/milestone.vision', { target: String(target), right: String(next.year), written: String(horizon) }));
      }
    }
    // "by 2035, the 100th anniversary of the Party": a year written next to a milestone's name.
    for (const mention of a.mentions) {
      const form = formOf(mention, 'milestone');
      if (!form || form.role !== 'trigger') continue;
      const milestone = ctx.vocab.vocabulary.milestones.get(form.id);
      if (!milestone) continue;
      const [s, e] = sentenceBounds(f, mention.foldedStart, mention.foldedEnd);
      const before = /((?:19|20)\d{2})(?:,| –| —| -)? (?:(?:the|marking|marks|mark|which|will|when|it|nhan|dip|ky|niem|tron|tuc|la|vao) ){0,4}$/.exec(
        f.slice(s, mention.foldedStart),
      );
      const after = /^(?: \(| in |, in |, nam | nam | \(nam | vao nam | vao | se la nam | la nam )((?:19|20)\d{2})(?!\d)/.exec(f.slice(mention.foldedEnd, e));
      const found = before ? { at: s + before.index, year: Number(before[1]) } : after ? { at: mention.foldedEnd + after[0].length - 4, year: Number(after[1]) } : undefined;
      if (!found || found.year === milestone.year) continue;
      push(a, found.at, milestone.year, msg('fact/milestone.mark', { mark: mention.text, right: String(milestone.year), written: String(found.year) }));
    }
  }
  return out;
};

export default defineRule({
  id: 'fact/milestone',
  defaultSeverity: 'error',
  scope: 'block',
  summary: 'A milestone given the wrong year (the 2030 and 2045 goals).',
  description: 'a milestone with the wrong year: "till 2020 with a vision to 2045", "by 2035, the 100th anniversary of the Party"',
  check,
});
