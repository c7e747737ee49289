/**
 * The few scale maths the calendar and the timeline need, written out instead of importing
 * d3-scale: d3-scale's linear and band scales bring d3-interpolate, d3-format and d3-time-format
 * (~14 KB gzip) to every figure page, for arithmetic this small. The results match d3's
 * (scales.test.ts compares them).
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** A "nice" tick spacing (1, 2 or 5 × 10ⁿ) giving about `count` ticks over [start, stop]; as d3-array's tickStep. */
export function tickStep(start: number, stop: number, count: number): number {
  const raw = Math.abs(stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return factor * 10 ** power;
}

/** Round tick values inside [start, stop] (start ≤ stop), about `count` of them; as d3's linear ticks. */
export function linearTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0) || !(stop > start)) return stop === start ? [start] : [];
  const step = tickStep(start, stop, count);
  // Count in whole steps (for steps below 1, in whole 1/step) so 0.1 + 0.2 style errors do not creep in.
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  const at = (i: number) => (inverse ? i / inverse : i * step);
  const first = Math.ceil(inverse ? start * inverse : start / step);
  const last = Math.floor(inverse ? stop * inverse : stop / step);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => at(first + i));
}

/** A linear map from [d0, d1] to [r0, r1] (no clamping). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

export interface Bands {
  /** Start of band i. */
  readonly at: (index: number) => number;
  readonly bandwidth: number;
}

/** `count` equal bands filling [start, stop] with `paddingInner` (a fraction of a step) between them; as d3's scaleBand. */
export function bands(count: number, range: readonly [number, number], paddingInner = 0): Bands {
  const [start, stop] = range;
  const step = (stop - start) / Math.max(1, count - paddingInner);
  // Centred, like d3's default align 0.5 (only matters when there are fewer bands than fit).
  const offset = start + (stop - start - step * (count - paddingInner)) / 2;
  return { at: (index) => offset + step * index, bandwidth: step * (1 - paddingInner) };
}
