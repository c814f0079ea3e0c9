import { defineRule } from '../rule';
import { wrongNames } from '../support/names';

export default defineRule({
  id: 'term/non-canonical',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'A term written in a wrong variant or mistranslation.',
  description: 'a wrong variant of a term: "national renewable and development"',
  check: (ctx) => wrongNames(ctx, 'term/non-canonical', ['term']),
});
