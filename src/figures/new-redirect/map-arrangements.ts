/**
 * The small arrangements of the new-redirect map, as data: where each box of the one StageMap
 * component sits (SVG user units), how big its words are, and the call route's legs. The same
 * pieces in every arrangement — VTL1 (the verdict or the latest write) over VTL0 (the threads; the
 * base image: padding, entry, old body, g_state; the HPAT stub; the patch image: new SetState,
 * `__ref_g_state`) — only placed and sized differently:
 *   'compact'  340 × 234, the article stage (laptops and phones): text 12–13 units, so ≥ 12 px on a
 *              phone (about 1 unit per px) and ≥ 14 px on a laptop (the stage scales it up);
 *   'project'  the same picture spread over a projector's wide screen, fewer words, text 14–15 units.
 */
import type { Box } from './map-geometry';

export type Point = readonly [number, number];

export interface Arrangement {
  readonly name: 'compact' | 'project';
  readonly width: number;
  readonly height: number;
  /** Font sizes in units: words, words in pieces, values (g_state), band labels. */
  readonly font: { readonly text: number; readonly piece: number; readonly value: number; readonly band: number };
  /** Whether the patch image's title says "· patch" after its name (the compact map has room). */
  readonly patchSuffix: boolean;
  /** Where the base image's title starts (clear of the route's legs). */
  readonly baseTitleX: number;
  readonly vtl1: Box;
  /** The row under the VTL1 label that says the verdict or the latest write. */
  readonly vtl1Row: Box;
  readonly boundaryY: number;
  readonly vtl0: Box;
  readonly threads: { readonly T1: Box; readonly T2: Box };
  readonly base: Box;
  readonly pad: Box;
  readonly entry: Box;
  readonly body: Box;
  readonly global: Box;
  readonly hpat: Box;
  readonly stub: Box;
  readonly patch: Box;
  readonly fn: Box;
  readonly slot: Box;
  /** Size of an instruction-pointer marker. */
  readonly pointer: number;
  /**
   * 'stacked': the HPAT and the patch image sit under the base image (the route runs down the left
   * margin to the stub); 'row': all three images in one row (it runs under the base image's pieces).
   */
  readonly legs: 'stacked' | 'row';
}

const b = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });

export const COMPACT: Arrangement = {
  name: 'compact',
  width: 340,
  height: 234,
  font: { text: 12, piece: 12, value: 12, band: 13 },
  patchSuffix: true,
  baseTitleX: 14,
  vtl1: b(0, 0, 340, 46),
  vtl1Row: b(4, 20, 332, 22),
  boundaryY: 50.5,
  vtl0: b(0, 55, 340, 177),
  threads: { T1: b(3, 76, 166, 20), T2: b(171, 76, 166, 20) },
  base: b(8, 104, 324, 66),
  pad: b(14, 118, 68, 26),
  entry: b(84, 118, 72, 26),
  body: b(158, 118, 70, 26),
  global: b(234, 116, 92, 30),
  hpat: b(8, 174, 96, 58),
  stub: b(14, 196, 84, 26),
  patch: b(110, 174, 222, 58),
  fn: b(116, 196, 92, 26),
  slot: b(212, 196, 114, 26),
  pointer: 7,
  legs: 'stacked',
};

/**
 * A projector (present mode): wide and short, so the images run left to right as in memory and the
 * words are 14 units or more; sized so that the drawing boxes of present mode at 1280×720 (1162 ×
 * 236 px with the longest Japanese caption) and 1024×768 (926 px wide) scale it by ≥ 1.3: ≥ 18 px.
 */
export const PROJECT: Arrangement = {
  name: 'project',
  width: 660,
  height: 180,
  font: { text: 15, piece: 14, value: 15, band: 15 },
  patchSuffix: false,
  baseTitleX: 96,
  vtl1: b(0, 0, 660, 40),
  vtl1Row: b(6, 20, 648, 19),
  boundaryY: 43.5,
  vtl0: b(0, 47, 660, 133),
  threads: { T1: b(6, 67, 212, 21), T2: b(224, 67, 212, 21) },
  base: b(6, 96, 392, 74),
  pad: b(14, 112, 74, 28),
  entry: b(92, 112, 74, 28),
  body: b(170, 112, 92, 28),
  global: b(266, 108, 126, 36),
  hpat: b(404, 96, 80, 74),
  stub: b(410, 112, 68, 28),
  patch: b(490, 96, 164, 82),
  fn: b(496, 112, 152, 28),
  slot: b(496, 145, 152, 28),
  pointer: 7,
  legs: 'row',
};

const mid = (x: Box): number => x.y + x.h / 2;
const cxOf = (x: Box): number => x.x + x.w / 2;

/**
 * The legs of a new call (one `<path data-route>` with a subpath per leg): the caller's box down to
 * the entry's top; the short jump back, arcing above the pieces to the padding's top; out of the
 * padding to the stub (down the left margin, or under the base image); from the stub to
 * the patch function. A leg ends at a piece's edge and the next starts at another of its edges: the
 * instruction in the piece runs between them.
 */
export function routeLegs(a: Arrangement, caller: Box): Point[][] {
  const top = a.entry.y;
  const lift = Math.min(12, (top - (a.threads.T1.y + a.threads.T1.h)) / 2);
  // Down from the caller's left part: the instruction pointers sit over the pieces' right parts.
  const x0 = caller.x + 12;
  const ex = cxOf(a.entry);
  const px = cxOf(a.pad);
  const toEntry: Point[] = [
    [x0, caller.y + caller.h],
    [x0, top - lift],
    [ex, top - lift],
    [ex, top - 1],
  ];
  const back: Point[] = [
    [ex, top - 1],
    [ex, top - lift],
    [px, top - lift],
    [px, top - 1],
  ];
  const sy = mid(a.stub);
  if (a.legs === 'stacked') {
    const lane = (a.pad.x + a.base.x) / 2 - 2;
    return [
      toEntry,
      back,
      [
        [a.pad.x, mid(a.pad)],
        [lane, mid(a.pad)],
        [lane, sy],
        [a.stub.x - 1, sy],
      ],
      [
        [a.stub.x + a.stub.w, sy],
        [a.fn.x - 1, mid(a.fn)],
      ],
    ];
  }
  // Under the base image (its title sits inside, at the bottom).
  const under = a.base.y + a.base.h + 5;
  const stubX = cxOf(a.stub);
  return [
    toEntry,
    back,
    [
      [px, a.pad.y + a.pad.h],
      [px, under],
      [stubX, under],
      [stubX, a.stub.y + a.stub.h + 1],
    ],
    [
      [a.stub.x + a.stub.w, sy],
      [a.fn.x - 1, mid(a.fn)],
    ],
  ];
}

/** The `__ref_g_state` arrow: from the slot to the base image's g_state (the one copy both use). */
export function refLeg(a: Arrangement): Point[] {
  if (a.legs === 'stacked') {
    const x = a.slot.x + a.slot.w - 8;
    return [
      [x, a.slot.y],
      [x, a.global.y + a.global.h + 3],
    ];
  }
  const y = a.slot.y + a.slot.h / 2;
  const x = cxOf(a.global);
  return [
    [a.slot.x, y],
    [x, y],
    [x, a.global.y + a.global.h + 3],
  ];
}
