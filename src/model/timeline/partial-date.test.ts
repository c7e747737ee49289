import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatDateAlternatives,
  formatDateRange,
  formatMonth,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  partialDateSpan,
} from './partial-date';

describe('parsePartialDate', () => {
  it('keeps the precision the string gives', () => {
    expect(parsePartialDate('2009')).toEqual({ year: 2009, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2002-12')).toEqual({ year: 2002, month: 12, day: null, precision: 'month' });
    expect(parsePartialDate('2022-02-16')).toEqual({ year: 2022, month: 2, day: 16, precision: 'day' });
  });

  it.each([
    '',
    '22',
    '2022-2',
    '2022-13',
    '2022-00',
    '2022-02-30',
    '2023-02-29',
    '2022/02/16',
    'Jul 2025',
    '2022-02-16T00:00',
  ])('rejects %j', (iso) => {
    expect(() => parsePartialDate(iso)).toThrow(RangeError);
    expect(isPartialDate(iso)).toBe(false);
  });

  it('accepts a leap day', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
  });
});

describe('partialDateSpan', () => {
  it('spans the whole year for YYYY', () => {
    const { start, end } = partialDateSpan('2009');
    expect(start.toISOString()).toBe('2009-01-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2010-01-01T00:00:00.000Z');
  });

  it('spans the whole month for YYYY-MM, including December', () => {
    const { start, end } = partialDateSpan('2002-12');
    expect(start.toISOString()).toBe('2002-12-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2003-01-01T00:00:00.000Z');
    expect(partialDateSpan('2024-02').end.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('spans one day for YYYY-MM-DD', () => {
    const { start, end } = partialDateSpan('2025-04-02');
    expect(start.toISOString()).toBe('2025-04-02T00:00:00.000Z');
    expect(end.toISOString()).toBe('2025-04-03T00:00:00.000Z');
  });
});

describe('comparePartialDates', () => {
  it('orders by start, coarser first on ties', () => {
    const sorted = ['2013-08', '2013', '2013-01', '2012', '2013-01-01'].sort(comparePartialDates);
    expect(sorted).toEqual(['2012', '2013', '2013-01', '2013-01-01', '2013-08']);
  });
});

describe('formatting', () => {
  it('formats each precision in both languages', () => {
    expect(formatPartialDate('2009', 'en')).toBe('2009');
    expect(formatPartialDate('2009', 'ja')).toBe('2009年');
    expect(formatPartialDate('2002-12', 'en')).toBe('December 2002');
    expect(formatPartialDate('2002-12', 'ja')).toBe('2002年12月');
    expect(formatPartialDate('2022-02-16', 'en')).toBe('16 February 2022');
    expect(formatPartialDate('2022-02-16', 'ja')).toBe('2022年2月16日');
    expect(formatMonth(2025, 4, 'en')).toBe('April 2025');
    expect(() => formatMonth(2025, 0, 'en')).toThrow(RangeError);
  });

  it('formats conflicting dates and periods', () => {
    expect(formatDateAlternatives('2025-07-01', '2025-07-16', 'en')).toBe('1 or 16 July 2025');
    expect(formatDateAlternatives('2026-05-15', '2026-05-19', 'ja')).toBe('2026年5月15日または19日');
    expect(formatDateAlternatives('2025-06', '2025-07', 'en')).toBe('June 2025 or July 2025');
    expect(formatDateRange('2017', '2019', 'en')).toBe('2017–2019');
    expect(formatDateRange('2017', '2019', 'ja')).toBe('2017～2019年');
  });
});
