// Shared by the framing/incomplete, framing/order rules.

import type { FramingEntry } from '../../vocabulary/model';
import type { Lang } from '../../types';

export const SEPARATOR = /^(?:\s*[,;]?\s*(?:and|và|,)?\s*)$/i;

export function enumerate(framing: FramingEntry, lang: Lang): string {
  const names = framing.members.map((m) => m.name[lang] ?? m.name.en ?? '');
  const and = lang === 'vi' ? 'và' : 'and';
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
