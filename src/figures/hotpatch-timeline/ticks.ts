/**
 * Axis tick labels in the reader's language: a year at each 1 January, otherwise a short month
 * name from Intl ("Apr" / "4月"). UTC, like every date on the axis.
 */
import type { Lang } from '../../i18n/lang';

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

export function isYearStart(date: Date): boolean {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
}

export function tickLabel(date: Date, lang: Lang): string {
  if (isYearStart(date)) return String(date.getUTCFullYear());
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
    monthFormats.set(lang, format);
  }
  return format.format(date);
}
