// Findings speak the writer's language. A rule does not write sentences: it names a message of
// the catalogues (messages/en.json, messages/vi.json — ICU MessageFormat, keyed by id) and gives
// its parameters as data — plain text, numbers, names in both languages, dates, lists — and the
// check renders it in the language of the paragraph (or the one configured). No translated
// fragment is ever concatenated with another.

import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, Localized, PartialDate } from '../types';
import en from './en.json';
import vi from './vi.json';

export type MessageId = keyof typeof en;

/** A parameter: text as written (a quotation, a symbol), a number, a name in both languages, a date, or a list of them. */
export type Param = string | number | Localized | { date: PartialDate } | { list: Param[]; join?: 'and' | 'or' } | { message: Message };

export interface Message {
  id: MessageId;
  params?: Record<string, Param>;
}

/** A message of the catalogues with its parameters (a parameter may itself be a message: a phrase, never a concatenated fragment). */
export function msg(id: MessageId, params?: Record<string, Param>): Message {
  return params ? { id, params } : { id };
}

export const CATALOGUES: Record<Lang, Record<string, string>> = { en, vi };

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "9 January 2023" / "ngày 9 tháng 1 năm 2023"; "January 2023" / "tháng 1 năm 2023"; "2023" / "năm 2023". */
export function dateIn(date: PartialDate, lang: Lang, bare = false): string {
  const [y, m, d] = String(date).split('-');
  if (lang === 'vi') {
    const text = d ? `ngày ${Number(d)} tháng ${Number(m)} năm ${y}` : m ? `tháng ${Number(m)} năm ${y}` : `năm ${y}`;
    // After "từ", "đến", "trước": the year alone reads without "năm" only when asked.
    return bare && !m ? y! : text;
  }
  if (!m) return y!;
  return d ? `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}` : `${MONTHS_EN[Number(m) - 1]} ${y}`;
}

const lists = new Map<string, Intl.ListFormat>();
function listIn(items: string[], lang: Lang, join: 'and' | 'or'): string {
  const key = `${lang}:${join}`;
  let f = lists.get(key);
  // British English: "A, B and C", without the serial comma that plain `en` (US) writes.
  if (!f) lists.set(key, (f = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: join === 'or' ? 'disjunction' : 'conjunction' })));
  return f.format(items);
}

function paramIn(p: Param, lang: Lang): string | number {
  if (typeof p === 'string' || typeof p === 'number') return p;
  if ('date' in p) return dateIn(p.date, lang);
  if ('message' in p) return render(p.message, lang);
  if ('list' in p)
    return listIn(
      p.list.map((x) => String(paramIn(x, lang))),
      lang,
      p.join ?? 'and',
    );
  const other = lang === 'en' ? 'vi' : 'en';
  return (p as Localized)[lang] ?? (p as Localized)[other] ?? '';
}

const formats = new Map<string, IntlMessageFormat>();

/** The message in `lang`; a message missing from a catalogue falls back to English, then to its id. */
export function render(m: Message, lang: Lang): string {
  const source = CATALOGUES[lang][m.id] ?? CATALOGUES.en[m.id] ?? m.id;
  // By the text itself, so that a catalogue changed at run time (the tests' pseudo-locale) is used.
  const key = `${lang}\u0000${source}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true })));
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) values[k] = paramIn(v, lang);
  return String(f.format(values));
}

/**
 * Texts already rendered, by message object: a block's findings are cached with the block and
 * keep their message objects across edits, so only new findings are rendered on each keystroke.
 */
const renderedTexts: Record<Lang, WeakMap<Message, string>> = { en: new WeakMap(), vi: new WeakMap() };

/** A rule's text in `lang`, rendered once per message object. */
export function textIn(t: Message, lang: Lang): string {
  const cache = renderedTexts[lang];
  let text = cache.get(t);
  if (text === undefined) cache.set(t, (text = render(t, lang)));
  return text;
}
