import { describe, expect, it } from 'vitest';
import { curveBasis, curveLinear, line } from 'd3-shape';
import { routeLength, routeMidpoint, routePath, type Point } from './route-path';

describe('routePath', () => {
  it('is empty for fewer than two points', () => {
    expect(routePath([])).toBe('');
    expect(routePath([[1, 2]])).toBe('');
  });
  it('draws a straight line through two points', () => {
    expect(
      routePath(
        [
          [0, 0],
          [10, 0],
        ],
        'linear',
      ),
    ).toBe('M0,0L10,0');
  });
  it('starts at the first point and ends at the last with any curve', () => {
    for (const curve of ['linear', 'basis'] as const) {
      const d = routePath(
        [
          [0, 0],
          [50, 20],
          [100, 0],
        ],
        curve,
      );
      expect(d.startsWith('M0,0')).toBe(true);
      expect(d.endsWith('100,0')).toBe(true);
    }
  });
});

describe('routePath draws what d3-shape draws', () => {
  // Routes as the figures pass them: 2 to 7 points, fractional coordinates, some repeated.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 900 - 100;
  const routes: Point[][] = [
    [
      [0, 0],
      [0, 0],
    ],
    [
      [10.12345, 20.98765],
      [10.12345, 20.98765],
      [300.5, -40.25],
    ],
    ...Array.from({ length: 40 }, (_, i) => Array.from({ length: 2 + (i % 6) }, (): Point => [random(), random()])),
  ];
  it('the same path text as line().curve(curveLinear) and line().curve(curveBasis)', () => {
    for (const points of routes) {
      expect(routePath(points, 'linear')).toBe(line<Point>().curve(curveLinear)(points));
      expect(routePath(points, 'basis')).toBe(line<Point>().curve(curveBasis)(points));
    }
  });
});

describe('routeLength and routeMidpoint', () => {
  it('measures the polyline and finds its middle', () => {
    expect(
      routeLength([
        [0, 0],
        [3, 4],
        [3, 10],
      ]),
    ).toBe(11);
    expect(
      routeMidpoint([
        [0, 0],
        [10, 0],
      ]),
    ).toEqual([5, 0]);
    expect(
      routeMidpoint([
        [0, 0],
        [10, 0],
        [10, 10],
      ]),
    ).toEqual([10, 0]);
  });
});
