import { describe, expect, it } from 'vitest';
import {
  TIMELINE_EVENTS,
  eventMidpoint,
  eventSpan,
  eventsInRange,
  findEvent,
  getEvent,
  sortEvents,
  sortedEvents,
  timelineSourceIds,
} from './events';
import { isPartialDate, parsePartialDate, partialDateSpan } from './partial-date';

describe('timeline events', () => {
  it('have unique ids', () => {
    const ids = TIMELINE_EVENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('have every text in both languages', () => {
    for (const e of TIMELINE_EVENTS) {
      for (const text of [e.title.en, e.title.ja, e.detail.en, e.detail.ja]) {
        expect(text.trim(), e.id).not.toBe('');
      }
      // Japanese text actually contains Japanese, and English text none.
      expect(e.title.ja + e.detail.ja, e.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(e.title.en + e.detail.en, e.id).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('have dates that parse, alternatives and ends included', () => {
    for (const e of TIMELINE_EVENTS) {
      for (const iso of [e.date, e.dateAlt, e.dateEnd]) {
        if (iso !== undefined) expect(isPartialDate(iso), `${e.id}: ${iso}`).toBe(true);
      }
      if (e.dateEnd !== undefined) {
        expect(partialDateSpan(e.dateEnd).start.getTime()).toBeGreaterThan(partialDateSpan(e.date).start.getTime());
      }
    }
  });

  it('run from the 2002 patent application to 2026', () => {
    const sorted = sortedEvents();
    expect(sorted[0]?.id).toBe('patent-application');
    expect(parsePartialDate(sorted[0]?.date ?? '').year).toBe(2002);
    expect(parsePartialDate(sorted[sorted.length - 1]?.date ?? '').year).toBe(2026);
    expect(TIMELINE_EVENTS.some((e) => e.era === 'old')).toBe(true);
    expect(TIMELINE_EVENTS.some((e) => e.era === 'new')).toBe(true);
  });

  it('cite sources, unless marked unverified', () => {
    for (const e of TIMELINE_EVENTS) {
      expect(e.sources.length > 0 || e.provenance === 'unverified', e.id).toBe(true);
      for (const id of e.sources) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
    expect(timelineSourceIds()).toContain('ms2021');
  });

  it('mark the research’s unverified and conflicting facts', () => {
    expect(getEvent('ws2022-ae-hotpatch-extended').provenance).toBe('unverified');
    expect(getEvent('ws2025-arc-paid')).toMatchObject({ date: '2025-07-01', dateAlt: '2025-07-16' });
    // No source gives 15 May 2026 (accuracy audit, new era #16): one date, not a conflict.
    expect(getEvent('ws2025-arc-free')).toMatchObject({ date: '2026-05-19' });
    expect(getEvent('ws2025-arc-free').dateAlt).toBeUndefined();
    expect(getEvent('kernel-hotpatch-layout-observed').provenance).toBe('reverse-engineered');
    expect(findEvent('no-such-event')).toBeUndefined();
    expect(() => getEvent('no-such-event')).toThrow();
  });
});

describe('sortEvents', () => {
  it('returns every event in non-decreasing start order without touching the source list', () => {
    const before = TIMELINE_EVENTS.map((e) => e.id);
    const sorted = sortedEvents();
    expect(sorted).toHaveLength(TIMELINE_EVENTS.length);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (!prev || !cur) throw new Error('hole');
      expect(partialDateSpan(prev.date).start.getTime()).toBeLessThanOrEqual(partialDateSpan(cur.date).start.getTime());
    }
    expect(TIMELINE_EVENTS.map((e) => e.id)).toEqual(before);
  });

  it('sorts a shuffled list the same way', () => {
    const shuffled = [...TIMELINE_EVENTS].reverse();
    expect(sortEvents(shuffled).map((e) => e.date)).toEqual(sortedEvents().map((e) => e.date));
  });
});

describe('eventSpan and eventMidpoint', () => {
  it('spans a whole year for a YYYY date and covers the alternative date', () => {
    const wi6 = eventSpan(getEvent('windows-internals-6'));
    expect(wi6.start.toISOString()).toBe('2012-01-01T00:00:00.000Z');
    expect(wi6.end.toISOString()).toBe('2013-01-01T00:00:00.000Z');
    const paid = eventSpan(getEvent('ws2025-arc-paid'));
    expect(paid.start.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(paid.end.toISOString()).toBe('2025-07-17T00:00:00.000Z');
    const groundwork = eventSpan(getEvent('hotpatch-groundwork'));
    expect(groundwork.end.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('puts a year-precision marker mid-year', () => {
    expect(eventMidpoint(getEvent('windows-internals-6')).getUTCMonth()).toBe(6);
  });
});

describe('eventsInRange', () => {
  it('returns the events touching 2022, by brute force check', () => {
    const got = eventsInRange('2022', '2022').map((e) => e.id);
    const lo = Date.UTC(2022, 0, 1);
    const hi = Date.UTC(2023, 0, 1);
    const expected = sortedEvents()
      .filter((e) => {
        const s = eventSpan(e);
        return s.start.getTime() < hi && s.end.getTime() > lo;
      })
      .map((e) => e.id);
    expect(got).toEqual(expected);
    expect(got).toContain('ws2022-ae-core-ga');
    expect(got).toContain('seed-article');
    expect(got).toContain('azure-stack-hci-guests'); // 2022–2023 span
    expect(got).not.toContain('ws2022-ae-core-preview'); // Nov 2021
    expect(got).not.toContain('ws2022-ae-desktop-preview'); // Apr 2023
  });

  it('includes the whole period named by the bounds and excludes neighbours', () => {
    const july2025 = eventsInRange('2025-07', '2025-07').map((e) => e.id);
    expect(july2025.sort()).toEqual(['win11-arm64-ga', 'ws2025-arc-paid']);
    // A month-precision event covers its whole month; the 1-or-16 July event ends with 16 July.
    expect(
      eventsInRange('2025-07-10', '2025-07-20')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['win11-arm64-ga', 'ws2025-arc-paid']);
    expect(eventsInRange('2025-07-17', '2025-07-20').map((e) => e.id)).toEqual(['win11-arm64-ga']);
  });

  it('overlaps spans: 2018 falls inside the 2017–2019 groundwork', () => {
    expect(eventsInRange('2018', '2018').map((e) => e.id)).toEqual(['hotpatch-groundwork']);
  });

  it('accepts Date bounds as a half-open instant range', () => {
    const got = eventsInRange(new Date(Date.UTC(2013, 0, 1)), new Date(Date.UTC(2014, 0, 1))).map((e) => e.id);
    expect(got).toEqual(['ldrhotpatchroutine-bypass', 'ms13-063-mitigation']);
  });

  it('is empty for reversed or empty ranges and for years without events', () => {
    expect(eventsInRange('2022', '2021')).toEqual([]);
    expect(eventsInRange('2015', '2016')).toEqual([]);
  });

  it('covers all events for the whole period', () => {
    expect(eventsInRange('2002', '2026')).toHaveLength(TIMELINE_EVENTS.length);
  });
});
