import { describe, expect, it } from 'vitest';
import hotpatchTimeline from './scene';
import type { TimelineEventView } from './data';
import { TIMELINE_EVENTS } from '../../model/timeline/events';
import { domainMs, eventGeometry } from './geometry';
import { tickLabel } from './ticks';

const events = hotpatchTimeline.build({ era: 'all' })[0]?.data.events ?? [];
const byId = (id: string): TimelineEventView => {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('eventGeometry', () => {
  it('spreads a year-precise date over the whole year and puts the marker in its middle', () => {
    const year = events.find((event) => /^\d{4}$/.test(event.date) && event.dateEnd === null && event.dateAlt === null);
    if (!year) throw new Error('expected a year-precise event');
    const g = eventGeometry(year);
    const y = Number(year.date);
    expect(g.start).toBe(utc(y, 1));
    expect(g.end).toBe(utc(y + 1, 1));
    expect(g.anchor).toBe((utc(y, 1) + utc(y + 1, 1)) / 2);
  });

  it('covers both dates when sources disagree, with a marker for each', () => {
    const disputed = events.find((event) => event.dateAlt !== null);
    if (!disputed || disputed.dateAlt === null) throw new Error('expected a disputed date');
    const g = eventGeometry(disputed);
    expect(g.altAnchor).not.toBeNull();
    expect(g.start).toBeLessThanOrEqual(Math.min(g.anchor, g.altAnchor ?? Infinity));
    expect(g.end).toBeGreaterThanOrEqual(Math.max(g.anchor, g.altAnchor ?? -Infinity));
    expect(g.altAnchor).not.toBe(g.anchor);
  });

  it('runs a period from the start of its first year to the end of its last', () => {
    const period = events.find((event) => event.dateEnd !== null);
    if (!period || period.dateEnd === null) throw new Error('expected a period');
    const g = eventGeometry(period);
    expect(g.start).toBe(utc(Number(period.date.slice(0, 4)), 1));
    expect(g.end).toBe(utc(Number(period.dateEnd.slice(0, 4)) + 1, 1));
  });

  it('keeps every event inside the scene’s domain', () => {
    const data = hotpatchTimeline.build({ era: 'all' })[0]?.data;
    if (!data) throw new Error('no data');
    const [start, end] = domainMs(data.domain);
    for (const event of data.events) {
      const g = eventGeometry(event);
      expect(g.start).toBeGreaterThanOrEqual(start);
      expect(g.end).toBeLessThanOrEqual(end);
    }
  });
});

describe('scene data the view relies on', () => {
  it('carries each event’s detail from the model', () => {
    for (const event of TIMELINE_EVENTS) {
      expect(byId(event.id).detail).toEqual(event.detail);
    }
  });
});

describe('tickLabel', () => {
  it('names a year at 1 January and a month otherwise, in both languages', () => {
    expect(tickLabel(new Date(utc(2005, 1)), 'en')).toBe('2005');
    expect(tickLabel(new Date(utc(2005, 1)), 'ja')).toBe('2005');
    expect(tickLabel(new Date(utc(2005, 4)), 'en')).toBe('Apr');
    expect(tickLabel(new Date(utc(2005, 4)), 'ja')).toBe('4月');
  });
});
