/**
 * Dates as precise as the research gives them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
 *
 * The research often knows only a month or a year ("Jul 2025", "2009"). Turning that into a single
 * Date would invent a day, so a partial date is converted to the span it covers instead: '2009'
 * spans the whole year, '2025-07' the whole month. All Dates are UTC midnights so the result does
 * not depend on the reader's time zone.
 */
import type { Lang } from '../../i18n/lang';
import { localMonthName } from '../../i18n/month-name';

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  /** 1–12, or null when only the year is known. */
  readonly month: number | null;
  /** 1–31, or null when the day is not known. */
  readonly day: number | null;
  readonly precision: DatePrecision;
}

/** A half-open span [start, end) of UTC instants. */
export interface DateSpan {
  readonly start: Date;
  readonly end: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; throws a RangeError for anything else (incl. 2022-02-30). */
export function parsePartialDate(iso: string): PartialDate {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date: ${JSON.stringify(iso)}`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, month: null, day: null, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`Month out of range in ${JSON.stringify(iso)}`);
  if (match[3] === undefined) return { year, month, day: null, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Day out of range in ${JSON.stringify(iso)}`);
  }
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(iso: string): boolean {
  try {
    parsePartialDate(iso);
    return true;
  } catch {
    return false;
  }
}

/** The span a partial date covers: a whole year, a whole month or a single day. */
export function partialDateSpan(iso: string): DateSpan {
  const { year, month, day } = parsePartialDate(iso);
  if (month === null) {
    return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  }
  if (day === null) {
    return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
  }
  return {
    start: new Date(Date.UTC(year, month - 1, day)),
    end: new Date(Date.UTC(year, month - 1, day + 1)),
  };
}

/**
 * Orders partial dates by the start of their span; when two start together, the coarser one comes
 * first ('2013' before '2013-01'), so a year-level event opens its year on a time axis.
 */
export function comparePartialDates(a: string, b: string): number {
  const byStart = partialDateSpan(a).start.getTime() - partialDateSpan(b).start.getTime();
  if (byStart !== 0) return byStart;
  const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
  return rank[parsePartialDate(a).precision] - rank[parsePartialDate(b).precision];
}

/** "April" / "4月". */
export function monthName(month: number, lang: Lang): string {
  return localMonthName(month, lang);
}

/** "April 2025" / "2025 年 4 月" (the style sheet spaces digits from kanji). */
export function formatMonth(year: number, month: number, lang: Lang): string {
  const name = localMonthName(month, 'en');
  return lang === 'en' ? `${name} ${year}` : `${year} 年 ${month} 月`;
}

/** "2009" / "2009 年", "December 2002" / "2002 年 12 月", "16 February 2022" / "2022 年 2 月 16 日". */
export function formatPartialDate(iso: string, lang: Lang): string {
  const { year, month, day } = parsePartialDate(iso);
  if (month === null) return lang === 'en' ? String(year) : `${year} 年`;
  if (day === null) return formatMonth(year, month, lang);
  return lang === 'en' ? `${day} ${localMonthName(month, 'en')} ${year}` : `${year} 年 ${month} 月 ${day} 日`;
}

/**
 * Two dates the sources disagree on: "1 or 16 July 2025" / "2025 年 7 月 1 日または 16 日" when only the
 * day differs, otherwise "A or B" / "Aまたは B".
 */
export function formatDateAlternatives(iso: string, alt: string, lang: Lang): string {
  const a = parsePartialDate(iso);
  const b = parsePartialDate(alt);
  if (a.day !== null && b.day !== null && a.year === b.year && a.month === b.month && a.month !== null) {
    return lang === 'en'
      ? `${a.day} or ${b.day} ${localMonthName(a.month, 'en')} ${a.year}`
      : `${a.year} 年 ${a.month} 月 ${a.day} 日または ${b.day} 日`;
  }
  return lang === 'en'
    ? `${formatPartialDate(iso, lang)} or ${formatPartialDate(alt, lang)}`
    : `${formatPartialDate(iso, lang)}または ${formatPartialDate(alt, lang)}`;
}

/** A period: "2017–2019" / "2017～2019 年" for two years, otherwise "A–B" / "A～B". */
export function formatDateRange(iso: string, end: string, lang: Lang): string {
  const a = parsePartialDate(iso);
  const b = parsePartialDate(end);
  if (a.precision === 'year' && b.precision === 'year') {
    return lang === 'en' ? `${a.year}–${b.year}` : `${a.year}～${b.year} 年`;
  }
  return lang === 'en'
    ? `${formatPartialDate(iso, lang)}–${formatPartialDate(end, lang)}`
    : `${formatPartialDate(iso, lang)}～${formatPartialDate(end, lang)}`;
}
