/**
 * Where a call's token travels along a drawn route: points sampled on the very curve Route.svelte
 * draws (d3-shape's curve, replayed into a recording context), with each point's share of the
 * route's length. They become transform keyframes, so the token moves on the compositor and the
 * route's path is never re-painted frame by frame. Pure: tested without a DOM.
 */
import { curveBasis, curveLinear, curveMonotoneX, curveStep, type CurveFactory } from 'd3-shape';
import type { Point, RouteCurve } from './route-path';

const CURVES: Record<RouteCurve, CurveFactory> = {
  linear: curveLinear,
  basis: curveBasis,
  monotone: curveMonotoneX,
  step: curveStep,
};

/** A sampled point and how far along the route it is (0 at the start, 1 at the end). */
export interface RouteSample {
  readonly x: number;
  readonly y: number;
  readonly offset: number;
}

/** The curve through `points` as polylines (one per subpath), each cubic cut into `perCubic` pieces. */
function flatten(pieces: readonly (readonly Point[])[], curve: RouteCurve, perCubic: number): Point[][] {
  const lines: Point[][] = [];
  for (const points of pieces) {
    if (points.length < 2) continue;
    const out: Point[] = [];
    let at: Point = points[0]!;
    const to = (p: Point) => {
      out.push(p);
      at = p;
    };
    const context = {
      moveTo: (x: number, y: number) => to([x, y]),
      lineTo: (x: number, y: number) => to([x, y]),
      bezierCurveTo: (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => {
        const [x0, y0] = at;
        for (let i = 1; i <= perCubic; i++) {
          const t = i / perCubic;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const c = 3 * u * t * t;
          const d = t * t * t;
          out.push([a * x0 + b * x1 + c * x2 + d * x, a * y0 + b * y1 + c * y2 + d * y]);
        }
        at = [x, y];
      },
      closePath: () => {},
    };
    const c = CURVES[curve](context as unknown as CanvasRenderingContext2D);
    c.lineStart();
    for (const [x, y] of points) c.point(x, y);
    c.lineEnd();
    lines.push(out);
  }
  return lines;
}

/**
 * Up to about `count` points along the route (its pieces joined end to start, as the call jumps),
 * with offsets by length; the first is the route's start (offset 0), the last its end (offset 1).
 * Fewer than two points: no samples (nothing to travel).
 */
export function routeSamples(
  pieces: readonly (readonly Point[])[],
  curve: RouteCurve = 'basis',
  count = 24,
): RouteSample[] {
  const dense = flatten(pieces, curve, 8).flat();
  if (dense.length < 2) return [];
  const lengths = [0];
  for (let i = 1; i < dense.length; i++) {
    const [x0, y0] = dense[i - 1]!;
    const [x1, y1] = dense[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(x1 - x0, y1 - y0));
  }
  const total = lengths.at(-1)!;
  if (total === 0) return [];
  // Evenly spaced by length: the token keeps one speed whatever the curve's control points.
  const out: RouteSample[] = [];
  let j = 1;
  for (let k = 0; k <= count; k++) {
    const want = (total * k) / count;
    while (j < dense.length - 1 && lengths[j]! < want) j++;
    const [x0, y0] = dense[j - 1]!;
    const [x1, y1] = dense[j]!;
    const seg = lengths[j]! - lengths[j - 1]!;
    const t = seg > 0 ? Math.min(1, Math.max(0, (want - lengths[j - 1]!) / seg)) : 1;
    out.push({ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t, offset: k / count });
  }
  return out;
}
