import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, clampZoom, visibleDomain, zoomIn, zoomOut } from './zoom';

describe('zoom levels', () => {
  it('steps up and down through the levels and stops at both ends', () => {
    expect(zoomIn(1)).toBe(2);
    expect(zoomIn(8)).toBe(16);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(2)).toBe(1);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
  });

  it('clamps odd input to a level', () => {
    expect(clampZoom(3)).toBe(2);
    expect(clampZoom(1000)).toBe(MAX_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(MIN_ZOOM);
    expect(clampZoom(0.2)).toBe(MIN_ZOOM);
  });
});

describe('visibleDomain', () => {
  const full: [number, number] = [0, 1000];

  it('shows everything at zoom 1', () => {
    expect(visibleDomain(full, 123, 1)).toEqual([0, 1000]);
  });

  it('centres the slice on the current event when there is room', () => {
    expect(visibleDomain(full, 500, 4)).toEqual([375, 625]);
  });

  it('slides the slice back inside the domain near either end', () => {
    expect(visibleDomain(full, 10, 4)).toEqual([0, 250]);
    expect(visibleDomain(full, 990, 4)).toEqual([750, 1000]);
  });

  it('keeps the width of one zoom level wherever the centre is', () => {
    for (const centre of [0, 200, 640, 1000]) {
      const [from, to] = visibleDomain(full, centre, 8);
      expect(to - from).toBe(125);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(1000);
    }
  });
});
