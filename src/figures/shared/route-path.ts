/**
 * The geometry behind Route.svelte: an SVG path through points (d3-shape `line()` with a curve) and
 * where its arrowhead points. Pure, so it is tested without a DOM.
 */
import { curveBasis, curveLinear, curveMonotoneX, curveStep, line, type CurveFactory } from 'd3-shape';

export type Point = readonly [number, number];
export type RouteCurve = 'linear' | 'basis' | 'monotone' | 'step';

/** The d3-shape curve of each kind (route-samples.ts replays the same curve). */
export const CURVES: Record<RouteCurve, CurveFactory> = {
  linear: curveLinear,
  basis: curveBasis,
  monotone: curveMonotoneX,
  step: curveStep,
};

/** The `d` of a path through the points ('' for fewer than two). */
export function routePath(points: readonly Point[], curve: RouteCurve = 'basis'): string {
  if (points.length < 2) return '';
  return line<Point>().curve(CURVES[curve])(points as Point[]) ?? '';
}

/** An upper bound of the path's length (the polyline through the points), for the dash animation. */
export function routeLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    total += Math.hypot(x1 - x0, y1 - y0);
  }
  return Math.ceil(total);
}

/** The middle of the route (along the polyline), where a label sits. */
export function routeMidpoint(points: readonly Point[]): Point {
  if (points.length === 0) return [0, 0];
  const half = routeLength(points) / 2;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const seg = Math.hypot(x1 - x0, y1 - y0);
    if (walked + seg >= half && seg > 0) {
      const t = (half - walked) / seg;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    walked += seg;
  }
  return points[points.length - 1]!;
}
