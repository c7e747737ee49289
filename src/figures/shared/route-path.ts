/**
 * The geometry behind Route.svelte: an SVG path through points and where its arrowhead points.
 * Pure, so it is tested without a DOM. The curves are d3-shape's `curveLinear` and `curveBasis`
 * written out (same path text, coordinates rounded to 3 decimals like d3's `line()`): the two
 * curves the figures draw, without d3-shape's path builder and its unused arcs in every figure's
 * JavaScript (route-path.test.ts compares them with d3-shape).
 */

export type Point = readonly [number, number];
export type RouteCurve = 'linear' | 'basis';

/** Where a curve's segments go: an SVG path's text here, a token's samples in route-samples.ts. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
}

/**
 * The curve through the points, segment by segment, into the sink: straight lines, or d3's uniform
 * cubic B-spline (starts at the first point, ends at the last). Two points: one straight line.
 */
export function traceCurve(points: readonly Point[], curve: RouteCurve, sink: PathSink): void {
  const [x0, y0] = points[0]!;
  sink.moveTo(x0, y0);
  if (curve === 'linear' || points.length === 2) {
    for (const [x, y] of points.slice(1)) sink.lineTo(x, y);
    return;
  }
  const [xa, ya] = points[1]!;
  sink.lineTo((5 * x0 + xa) / 6, (5 * y0 + ya) / 6);
  // Each point after the second adds one cubic segment, and the end adds one more to the last point.
  const spline = (p0: Point, p1: Point, [x, y]: Point) =>
    sink.bezierCurveTo(
      (2 * p0[0] + p1[0]) / 3,
      (2 * p0[1] + p1[1]) / 3,
      (p0[0] + 2 * p1[0]) / 3,
      (p0[1] + 2 * p1[1]) / 3,
      (p0[0] + 4 * p1[0] + x) / 6,
      (p0[1] + 4 * p1[1] + y) / 6,
    );
  for (let i = 2; i < points.length; i++) spline(points[i - 2]!, points[i - 1]!, points[i]!);
  const last = points[points.length - 1]!;
  spline(points[points.length - 2]!, last, last);
  sink.lineTo(...last);
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const xy = (x: number, y: number) => `${round(x)},${round(y)}`;

/** The `d` of a path through the points ('' for fewer than two). */
export function routePath(points: readonly Point[], curve: RouteCurve = 'basis'): string {
  if (points.length < 2) return '';
  let d = '';
  traceCurve(points, curve, {
    moveTo: (x, y) => void (d += `M${xy(x, y)}`),
    lineTo: (x, y) => void (d += `L${xy(x, y)}`),
    bezierCurveTo: (x1, y1, x2, y2, x, y) => void (d += `C${xy(x1, y1)},${xy(x2, y2)},${xy(x, y)}`),
  });
  return d;
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
