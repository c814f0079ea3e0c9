import { defineRule } from '../rule';

export default defineRule({
  id: 'text/front-matter',
  defaultSeverity: 'warning',
  scope: 'document',
  summary: 'A report front matter value that cannot be used (date, lang, communique.disable).',
  description: 'a front matter `date`, `lang` or `communique` value that cannot be used (a severity such as "loud" in `communique.rules` is located at its line)',
  // The front matter parser locates each problem; the rule only reports them.
  check: (ctx) => (ctx.document.frontMatter?.problems ?? []).map((p) => ({ ruleId: 'text/front-matter', start: p.start, end: p.end, message: p.message, fixes: [] })),
});
