import { msg } from '../../messages/message';
import { defineRule } from '../rule';

export default defineRule({
  id: 'text/unchecked',
  defaultSeverity: 'warning',
  scope: 'document',
  summary: 'Part of a report that could not be read as prose: bytes that are not UTF-8, text nested too deep, or a binary file.',
  description:
    'a file that is not a report (binary, or not UTF-8 text) is not checked and says so once; bytes that are not valid UTF-8 are located (the first of them); prose nested deeper than the Markdown parser reads (a 5,000-deep blockquote) is located instead of silently left out',
  check: (ctx) =>
    ctx.unchecked.map((u) => ({ ruleId: 'text/unchecked', start: u.start, end: u.end, message: msg('text/unchecked', { reason: { message: u.reason } }), fixes: [] })),
});
