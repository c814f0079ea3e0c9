// Shared by the fact/partnership rules.

import type { PartnershipLevel } from '../../vocabulary/model';
import type { Lang, Localized } from '../../types';

/** The levels' names, as the fixes write them in the report. */
export const LEVEL_NAMES: Record<Lang, Record<PartnershipLevel, string>> = {
  en: {
    comprehensive: 'comprehensive partnership',
    strategic: 'strategic partnership',
    'comprehensive-strategic': 'comprehensive strategic partnership',
    special: 'special relationship',
  },
  vi: { comprehensive: 'đối tác toàn diện', strategic: 'đối tác chiến lược', 'comprehensive-strategic': 'đối tác chiến lược toàn diện', special: 'quan hệ đặc biệt' },
};

/** A level's name in both languages, for messages. */
export function levelName(level: PartnershipLevel): Localized {
  return { en: LEVEL_NAMES.en[level], vi: LEVEL_NAMES.vi[level] };
}
