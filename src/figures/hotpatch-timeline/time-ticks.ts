/**
 * Tick dates for the time axis, instead of d3-scale's scaleUtc (which brings d3-time-format and
 * d3-interpolate to the page). Same choice as d3's UTC ticks for the spans this axis shows — from
 * about half a year (the highest zoom) to decades: every month, every three months, every year, or
 * every 2, 5, 10… years. Where d3 would fall to weeks or days (a visible span under ~5 months,
 * which the zoom levels never reach) this stays at months, which the labels can name.
 */
import { tickStep } from '../shared/scales';

const DAY = 24 * 60 * 60 * 1000;
// d3-time's nominal lengths, which decide between neighbouring intervals.
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
const MONTH_STEPS: readonly { months: number; duration: number }[] = [
  { months: 1, duration: MONTH },
  { months: 3, duration: 3 * MONTH },
  { months: 12, duration: YEAR },
];

/** Months between ticks for about `count` ticks over [start, stop] (epoch ms); a multiple of 12 for years. */
export function tickMonths(start: number, stop: number, count: number): number {
  const target = Math.abs(stop - start) / count;
  const i = MONTH_STEPS.findIndex((step) => step.duration > target);
  if (i === -1) return 12 * Math.max(1, Math.floor(tickStep(start / YEAR, stop / YEAR, count)));
  const here = MONTH_STEPS[i];
  const below = MONTH_STEPS[i - 1];
  if (!here) return 1;
  if (!below) return here.months;
  // The nearer of the two by ratio, as d3 picks.
  return target / below.duration < here.duration / target ? below.months : here.months;
}

/** Tick dates (UTC month starts) inside [start, stop]: months divisible by the step, years by the year step. */
export function utcTicks(start: number, stop: number, count: number): Date[] {
  const lo = Math.min(start, stop);
  const hi = Math.max(start, stop);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(count > 0)) return [];
  const step = tickMonths(lo, hi, count);
  const from = new Date(lo);
  let index = from.getUTCFullYear() * 12 + from.getUTCMonth();
  if (Date.UTC(Math.floor(index / 12), index % 12, 1) < lo) index += 1;
  const ticks: Date[] = [];
  for (; ; index++) {
    const time = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (time > hi) break;
    if (step < 12 ? (index % 12) % step === 0 : index % 12 === 0 && Math.floor(index / 12) % (step / 12) === 0) {
      ticks.push(new Date(time));
    }
  }
  return ticks;
}
