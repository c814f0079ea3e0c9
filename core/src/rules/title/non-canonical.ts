import { defineRule } from '../rule';
import { wrongNames } from '../support/names';

export default defineRule({
  id: 'title/non-canonical',
  defaultSeverity: 'warning',
  scope: 'block',
  summary: 'A body or official title written in a wrong, mistranslated or non-canonical form.',
  description:
    'a body or title in a wrong form: "Ministry Politic", "Foreign Office", "Central Foreign Affairs Commission" for Vietnam\'s commission (correct near China, the CPC, Xi Jinping), "Bộ Chính Trị", a Vietnamese name without its diacritics ("Ban Doi ngoai Trung uong")',
  check: (ctx) => wrongNames(ctx, 'title/non-canonical', ['body', 'title']),
});
