/**
 * Month names in the reader's language from Intl (no hand-written month list in the view).
 * UTC on both ends, so the server and the browser name the same month whatever the time zone.
 */
import type { Lang } from '../../i18n/lang';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localMonthName(month: number, lang: Lang, width: 'long' | 'short' = 'long'): string {
  const key = `${lang}:${width}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(new Date(Date.UTC(2001, month - 1, 15)));
}
