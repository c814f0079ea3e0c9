import { sentenceBounds } from '../../analysis/sentences';
import { periodStart } from '../../time';
import { type Rule } from '../rule';
import { msg } from '../../messages/message';
import { documentName } from '../support/citations';
import { defineRule } from '../rule';

const check: Rule = (ctx) => {
  const out: ReturnType<Rule> = [];
  for (const a of ctx.blocks) {
    for (const c of a.citations) {
      const doc = c.document;
      if (doc?.status !== 'superseded') continue;
      const successor = doc.superseded_by ? ctx.vocab.vocabulary.documents.get(doc.superseded_by) : undefined;
      if (successor?.date && ctx.reportDate < periodStart(successor.date)) continue;
      const f = a.folded.text;
      const [s, e] = sentenceBounds(f, c.foldedStart, c.foldedEnd);
      const sentence = f.slice(s, e);
      // A sentence about the replacement itself, or about the past, cites it knowingly.
      if (/\b(supersed|replac|succeed|follow|thay the|tiep noi|ten years|10 years|anniversary|nam thuc hien)/.test(sentence)) continue;
      if (successor && sentence.includes((successor.symbol ?? '').toLowerCase())) continue;
      const target = c.symbol ?? c;
      const replacement = successor?.symbol;
      out.push({
        ruleId: 'citation/superseded',
        start: target.start,
        end: target.end,
        message: msg('citation/superseded', {
          document: documentName(doc),
          successor: successor ? (successor.symbol ?? successor.id) : 'none',
          date: successor?.date ? { date: successor.date } : 'none',
          confidence: doc.confidence !== 'high' ? doc.confidence : 'none',
        }),
        fixes:
          replacement && c.symbol ? [{ title: msg('citation/superseded.fix', { replacement }), edits: [{ start: c.symbol.start, end: c.symbol.end, newText: replacement }] }] : [],
      });
    }
  }
  return out;
};

export default defineRule({
  id: 'citation/superseded',
  defaultSeverity: 'information',
  scope: 'block',
  summary: 'A document cited as current that has been superseded.',
  description: 'a document cited as current after its successor was issued (22-NQ/TW after 59-NQ/TW)',
  check,
});
