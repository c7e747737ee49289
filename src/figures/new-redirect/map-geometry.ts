/**
 * Fixed geometry of the new-redirect map (SVG user units). Everything is placed once here so the
 * drawing has the same size in every step and the pieces line up: the VTL1 band on top, the VTL0
 * band below it with the process on the left and the kernel's images on the right.
 */

export const MAP_W = 960;
export const MAP_H = 560;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });
export const cx = (b: Box): number => b.x + b.w / 2;
export const right = (b: Box): number => b.x + b.w;
export const bottom = (b: Box): number => b.y + b.h;

export const VTL1_BAND = box(0, 0, MAP_W, 174);
export const BOUNDARY_Y = 180;
export const VTL0_BAND = box(0, 186, MAP_W, MAP_H - 186);

export const IDENTITY = box(14, 34, 452, 132);
export const WRITES = box(480, 34, 466, 132);

export const PROCESS = box(14, 222, 196, 326);
export const THREAD_T1 = box(24, 290, 176, 84);
export const THREAD_T2 = box(24, 396, 176, 84);

export const REGISTRATION = box(310, 192, 636, 96);

/** Kernel images: the base, the HPAT right after its end, the patch image. */
export const BASE_IMAGE = box(226, 296, 370, 178);
export const HPAT = box(606, 296, 98, 178);
export const PATCH_IMAGE = box(716, 296, 230, 178);

/** The row of code pieces inside the images (arcs of the call path run above it). */
/** Top of the row of code pieces: the call path's arcs start and end there. */
export const PIECE_Y = 364;
const PIECE_H = 44;
export const GET_TAIL = box(236, PIECE_Y, 70, PIECE_H);
export const PADDING = box(306, PIECE_Y, 74, PIECE_H);
export const ENTRY = box(380, PIECE_Y, 56, PIECE_H);
export const BODY = box(436, PIECE_Y, 150, PIECE_H);
export const STUB = box(614, PIECE_Y, 82, PIECE_H);
export const PATCH_FN = box(726, PIECE_Y, 104, PIECE_H);
export const OWN_GLOBAL = box(838, PIECE_Y, 98, PIECE_H);

/** The data row under the code. */
export const BASE_GLOBAL = box(436, 416, 150, 52);
export const REF_SLOT = box(726, 416, 210, 36);

/** Where the `__ref_` arrow runs under the images, and its label. */
export const REF_LANE_Y = 498;
