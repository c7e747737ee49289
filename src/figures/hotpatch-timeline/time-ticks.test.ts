import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import hotpatchTimeline from './scene';
import { domainMs } from './geometry';
import { ZOOM_LEVELS, visibleDomain } from './zoom';
import { utcTicks } from './time-ticks';

const d3Ticks = (from: number, to: number, count: number) =>
  scaleUtc()
    .domain([new Date(from), new Date(to)])
    .ticks(count)
    .map((d) => d.getTime());
const own = (from: number, to: number, count: number) => utcTicks(from, to, count).map((d) => d.getTime());

describe('utcTicks', () => {
  it('gives d3’s ticks at every zoom level and era the figure offers, wherever the current event is', () => {
    for (const era of ['all', 'old', 'new'] as const) {
      const data = hotpatchTimeline.build({ era })[0]?.data;
      if (!data) throw new Error('no data');
      const full = domainMs(data.domain);
      for (const zoom of ZOOM_LEVELS) {
        for (const share of [0, 0.13, 0.5, 0.77, 1]) {
          const [from, to] = visibleDomain(full, full[0] + (full[1] - full[0]) * share, zoom);
          expect(own(from, to, 10), `${era} ×${zoom} at ${share}`).toEqual(d3Ticks(from, to, 10));
        }
      }
    }
  });

  it('gives d3’s ticks for spans between the zoom levels (the axis glides through them)', () => {
    const start = Date.UTC(2001, 6, 15);
    for (const days of [190, 300, 500, 900, 1500, 3000, 6000, 9500, 20000]) {
      const stop = start + days * 86_400_000;
      expect(own(start, stop, 10), `${days} days`).toEqual(d3Ticks(start, stop, 10));
    }
  });

  it('includes a tick that falls exactly on either end', () => {
    const ticks = own(Date.UTC(2004, 0, 1), Date.UTC(2014, 0, 1), 10);
    expect(ticks[0]).toBe(Date.UTC(2004, 0, 1));
    expect(ticks.at(-1)).toBe(Date.UTC(2014, 0, 1));
  });
});
