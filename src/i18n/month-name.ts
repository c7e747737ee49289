/**
 * Month names in the reader's language from Intl: the one month list of the site ("April" / "4月",
 * short "Apr" / "4月"). UTC on both ends, so the server and the browser name the same month
 * whatever the time zone.
 */
import type { Lang } from './lang';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localMonthName(month: number, lang: Lang, width: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  const key = `${lang}:${width}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(new Date(Date.UTC(2001, month - 1, 15)));
}
