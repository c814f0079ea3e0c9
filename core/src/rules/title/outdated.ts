import { formOf } from '../../analysis/mentions';
import { sentenceBounds } from '../../analysis/sentences';
import { periodEnd } from '../../time';
import type { Rule } from '../rule';
import { msg } from '../../messages/message';
import { pastBefore, periodsFor } from '../support/holders';
import { named } from '../support/names';
import { defineRule } from '../rule';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  const v = ctx.vocab.vocabulary;
  for (const a of ctx.blocks) {
    const f = a.folded.text;
    for (const m of a.mentions) {
      const bodyForm = formOf(m, 'body');
      if (!bodyForm || m.form.role === 'wrong') continue;
      const body = v.bodies.get(bodyForm.id);
      if (!body?.valid_to) continue;
      const periods = periodsFor(ctx, a, m);
      if (periods.some((p) => p.start <= periodEnd(body.valid_to!))) continue;
      if (pastBefore(a, m.foldedStart)) continue;
      const [s, e] = sentenceBounds(f, m.foldedStart, m.foldedEnd);
      // Words of its history near the body (six words before, two after), not anywhere in the
      // sentence: "kỷ niệm 80 năm Ngày truyền thống ngành Ngoại giao" is another anniversary.
      const near = `${f.slice(s, m.foldedStart).split(' ').slice(-7).join(' ')} ${f.slice(m.foldedEnd, e).split(' ').slice(0, 3).join(' ')}`;
      if (/\b(until|dissolved|merged|abolished|formerly|former|history|founded|anniversary|giai the|sap nhap|truoc day|ky niem|thanh lap)\b/.test(near)) continue;
      const successor = body.successor ? v.bodies.get(body.successor) : undefined;
      const lang = bodyForm.lang ?? a.block.lang;
      out.push({
        ruleId: 'title/outdated',
        start: m.start,
        end: m.end,
        message: msg('title/outdated', {
          body: named(body.name, m.text),
          date: { date: body.valid_to },
          successor: successor ? named(successor.name, successor.id) : 'none',
          note: body.confidence !== 'high' || /medium|low/.test(body.note ?? '') ? 'yes' : 'none',
        }),
        fixes: successor?.name[lang]
          ? [{ title: msg('title/outdated.fix', { replacement: successor.name[lang]! }), edits: [{ start: m.start, end: m.end, newText: successor.name[lang]! }] }]
          : [],
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'title/outdated',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: "A body named as current that was dissolved or renamed by the report's date.",
  description: 'a body named as current after it was dissolved (the Central External Relations Commission after February 2025)',
  check,
});
