/**
 * Figure `old-race`: where things sit in the stage's one SVG, for the wide and the tall arrangement.
 * The drawing is a track: the caller's slot, the 14 bytes from the padding to the end of the old
 * function, the replacement's slot. Wide: the track runs left to right and the three threads' lanes
 * sit above it; tall (phones): the track runs top to bottom and the lanes sit to its left.
 * Pure geometry (no words, no hotpatch logic).
 */

import type { Point } from '../shared/route-path';
import { projectedSize } from '../shared/projected-size';

export type Arrangement = 'wide' | 'tall';

export interface RaceGeometry {
  readonly arrangement: Arrangement;
  /** Present mode: fewer, larger words (no addresses in the slots, no write notes). */
  readonly projecting: boolean;
  readonly width: number;
  readonly height: number;
  /** Font sizes in viewBox units. */
  readonly font: number;
  readonly small: number;
  /** Byte cells: the first cell's top-left corner along the track, the cell size. */
  readonly cellAlong: number;
  readonly cellAcross: number;
  /** Where the strip of cells starts across the track (y in wide, x in tall). */
  readonly stripAt: number;
  readonly firstByte: number;
  readonly byteCount: number;
  /** Slots for the caller and the replacement (start and size along the track). */
  readonly callerSlot: readonly [number, number];
  readonly patchSlot: readonly [number, number];
  /** Each lane's pointer coordinate across the track (the tip of the marker). */
  readonly lanes: readonly number[];
  readonly laneBand: number;
  /** The first label row's baseline under the strip (labels.ts lays out the rest). */
  readonly labelsAt: number;
  readonly lineH: number;
  readonly cells0: number;
}

export const FIRST_BYTE = 0x476c79;
export const BYTE_COUNT = 14;

/**
 * The geometry for the measured drawing box (viewBox units are the box's CSS px, so font sizes are
 * real px: 15 on wide screens, 12.5 on phones). Wide: caller and replacement slots beside the strip
 * with their addresses; tall: narrow end slots named in the region row. Projecting: every size
 * follows one font size chosen from the box (the drawing takes about 15.5 lines of it), at least
 * 19 px so the room reads it at 1280×720, and about 1/22 of the box height on bigger screens.
 */
export function raceGeometry(box: {
  width: number;
  height: number;
  layout: Arrangement;
  projecting?: boolean;
}): RaceGeometry {
  if (box.projecting && box.layout === 'wide') return projectionGeometry(box);
  const wide = box.layout === 'wide';
  const width = Math.max(wide ? 600 : 320, box.width);
  const font = wide ? 15.5 : 12.5;
  const small = wide ? 15 : 12.5;
  const callerW = wide ? 92 : 34;
  const patchW = wide ? 112 : 34;
  const gap = wide ? 10 : 5;
  const cell = Math.min(wide ? 46 : 30, Math.floor((width - 4 - callerW - patchW - 2 * gap) / BYTE_COUNT));
  const used = callerW + patchW + 2 * gap + cell * BYTE_COUNT;
  const left = Math.max(2, Math.floor((width - used) / 2));
  const band = wide ? 44 : 27;
  const top = wide ? 26 : 18;
  const lanes = [top + band, top + 2 * band, top + 3 * band];
  const stripAt = top + 3 * band + 8;
  const cellAcross = wide ? 38 : 26;
  const lineH = wide ? 19 : 15.5;
  return {
    arrangement: box.layout,
    projecting: false,
    width,
    height: box.height,
    font,
    small,
    cellAlong: cell,
    cellAcross,
    stripAt,
    firstByte: FIRST_BYTE,
    byteCount: BYTE_COUNT,
    callerSlot: [left, callerW],
    patchSlot: [left + callerW + gap + cell * BYTE_COUNT + gap, patchW],
    lanes,
    laneBand: band,
    labelsAt: stripAt + cellAcross + (wide ? 20 : 15),
    lineH,
    cells0: left + callerW + gap,
  };
}

/** Present mode: one font size `f` for everything, from the box, and every length a multiple of it. */
function projectionGeometry(box: { width: number; height: number }): RaceGeometry {
  const f = Math.max(projectedSize(box, 19), Math.round(Math.min(box.height / 15.5, box.width / 44)));
  const width = Math.max(600, box.width);
  const callerW = 5.4 * f;
  const patchW = 7.6 * f;
  const gap = 0.5 * f;
  const cell = Math.min(3.2 * f, Math.floor((width - 8 - callerW - patchW - 2 * gap) / BYTE_COUNT));
  const used = callerW + patchW + 2 * gap + cell * BYTE_COUNT;
  const left = Math.max(4, Math.floor((width - used) / 2));
  const band = 1.15 * f;
  const top = 1.2 * f;
  const stripAt = top + 3 * band + 0.4 * f;
  const cellAcross = 1.9 * f;
  return {
    arrangement: 'wide',
    projecting: true,
    width,
    height: box.height,
    font: f,
    small: f,
    cellAlong: cell,
    cellAcross,
    stripAt,
    firstByte: FIRST_BYTE,
    byteCount: BYTE_COUNT,
    callerSlot: [left, callerW],
    patchSlot: [left + callerW + gap + cell * BYTE_COUNT + gap, patchW],
    lanes: [top + band, top + 2 * band, top + 3 * band],
    laneBand: band,
    labelsAt: stripAt + cellAcross + 1.05 * f,
    lineH: 1.2 * f,
    cells0: left + callerW + gap,
  };
}

/** The track coordinate (centre) of a byte cell. */
export function byteAlong(g: RaceGeometry, address: number): number {
  const i = Math.min(g.byteCount - 1, Math.max(0, address - g.firstByte));
  return cellsStart(g) + g.cellAlong * (i + 0.5);
}

export type Place = 'caller' | 'function' | 'replacement';

/** The track coordinate of an instruction pointer. */
export function placeOf(g: RaceGeometry, address: number, patchEntry: number): { place: Place; along: number } {
  if (address >= patchEntry) return { place: 'replacement', along: g.patchSlot[0] + g.patchSlot[1] / 2 };
  if (address >= g.firstByte && address < g.firstByte + g.byteCount)
    return { place: 'function', along: byteAlong(g, address) };
  if (address < g.firstByte) return { place: 'function', along: byteAlong(g, g.firstByte) };
  return { place: 'caller', along: g.callerSlot[0] + g.callerSlot[1] / 2 };
}

/** (along, across) to an SVG point. */
export function toXY(_g: RaceGeometry, along: number, across: number): Point {
  return [along, across];
}

/**
 * A thread's route over the track positions it visited, on its lane: each hop bulges away from the
 * strip, more for longer hops, so a jump back (entry → padding) reads as a jump.
 */
export function routePoints(g: RaceGeometry, lane: number, visited: readonly number[]): Point[] {
  if (visited.length < 2) return [];
  const pts: Point[] = [toXY(g, visited[0] ?? 0, lane)];
  for (let k = 1; k < visited.length; k++) {
    const a = visited[k - 1] ?? 0;
    const b = visited[k] ?? 0;
    const bulge = Math.min(g.laneBand * 0.62, 8 + Math.abs(b - a) * 0.12);
    pts.push(toXY(g, (a + b) / 2, lane - bulge));
    pts.push(toXY(g, b, lane));
  }
  return pts;
}

/** Where the byte cells start along the track. */
export function cellsStart(g: RaceGeometry): number {
  return g.cells0;
}
