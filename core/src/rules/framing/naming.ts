import { defineRule } from '../rule';
import { wrongNames } from '../support/names';

export default defineRule({
  id: 'framing/naming',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: "A member of a framing called by a wrong name (People's diplomacy).",
  description: 'a pillar under a wrong name: "People\'s diplomacy"',
  check: (ctx) => wrongNames(ctx, 'framing/naming', ['member']),
});
