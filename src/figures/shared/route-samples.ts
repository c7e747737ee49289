/**
 * Where a call's token travels along a drawn route: points sampled on the very curve Route.svelte
 * draws (route-path.ts's curve, traced into a recording sink), placed by length. They become
 * transform keyframes, so the token moves on the compositor and the route's path is never
 * re-painted frame by frame. Pure: tested without a DOM.
 */
import { traceCurve, type PathSink, type Point, type RouteCurve } from './route-path';

/** A sampled point and how far along the route it is (0 at the start, 1 at the end). */
export interface RouteSample {
  readonly x: number;
  readonly y: number;
  readonly offset: number;
}

/** The curve through each piece as one polyline (pieces joined in order), each cubic in 8 chords. */
function flatten(pieces: readonly (readonly Point[])[], curve: RouteCurve): Point[] {
  const out: Point[] = [];
  const to = (x: number, y: number) => void out.push([x, y]);
  const sink: PathSink = {
    moveTo: to,
    lineTo: to,
    bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
      const [x0, y0] = out.at(-1)!;
      for (let t = 0.125; t <= 1; t += 0.125) {
        const u = 1 - t;
        const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        to(a * x0 + b * x1 + c * x2 + d * x, a * y0 + b * y1 + c * y2 + d * y);
      }
    },
  };
  for (const points of pieces) {
    if (points.length < 2) continue;
    traceCurve(points, curve, sink);
  }
  return out;
}

/**
 * Points along the route from its start (offset 0) to its end (offset 1), each offset its share of
 * the length walked, so the token keeps one speed. Fewer than two points: none (nothing to travel).
 */
export function routeSamples(pieces: readonly (readonly Point[])[], curve: RouteCurve = 'basis'): RouteSample[] {
  const dense = flatten(pieces, curve);
  let walked = 0;
  const along = dense.map((p, i) => (walked += i ? Math.hypot(p[0] - dense[i - 1]![0], p[1] - dense[i - 1]![1]) : 0));
  return walked > 0 ? dense.map(([x, y], i) => ({ x, y, offset: along[i]! / walked })) : [];
}
