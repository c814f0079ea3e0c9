// The language of a block, when neither the front matter nor the caller gives it.

import type { Lang } from '../types';
import type { Block } from './document';

/** Vietnamese if a noticeable share of its letters carry Vietnamese diacritics. */
export function detectLanguage(text: string, block: Block): Lang {
  let letters = 0;
  let marked = 0;
  for (const piece of block.pieces) {
    for (let i = piece.start; i < piece.end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      else if (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) {
        letters++;
        marked++;
      } else if (c >= 0x1ea0 && c <= 0x1ef9) {
        letters++;
        marked++;
      }
    }
  }
  return letters > 0 && marked / letters > 0.06 ? 'vi' : 'en';
}
