/**
 * Axis tick labels in the reader's language: a year at each 1 January, otherwise a short month
 * name ("Apr" / "4月", i18n/month-name.ts). UTC, like every date on the axis.
 */
import type { Lang } from '../../i18n/lang';
import { localMonthName } from '../../i18n/month-name';

export function isYearStart(date: Date): boolean {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
}

export function tickLabel(date: Date, lang: Lang): string {
  if (isYearStart(date)) return String(date.getUTCFullYear());
  return localMonthName(date.getUTCMonth() + 1, lang, 'short');
}
