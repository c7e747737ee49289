import { describe, expect, it } from 'vitest';
import { routeLength, routeMidpoint, routePath } from './route-path';

describe('routePath', () => {
  it('is empty for fewer than two points', () => {
    expect(routePath([])).toBe('');
    expect(routePath([[1, 2]])).toBe('');
  });
  it('draws a straight line through two points', () => {
    expect(routePath([[0, 0], [10, 0]], 'linear')).toBe('M0,0L10,0');
  });
  it('starts at the first point and ends at the last with any curve', () => {
    for (const curve of ['linear', 'basis', 'monotone', 'step'] as const) {
      const d = routePath([[0, 0], [50, 20], [100, 0]], curve);
      expect(d.startsWith('M0,0')).toBe(true);
      expect(d.endsWith('100,0')).toBe(true);
    }
  });
});

describe('routeLength and routeMidpoint', () => {
  it('measures the polyline and finds its middle', () => {
    expect(routeLength([[0, 0], [3, 4], [3, 10]])).toBe(11);
    expect(routeMidpoint([[0, 0], [10, 0]])).toEqual([5, 0]);
    expect(routeMidpoint([[0, 0], [10, 0], [10, 10]])).toEqual([10, 0]);
  });
});
