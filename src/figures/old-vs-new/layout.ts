/**
 * Where the two lanes go in the drawing box. The SVG's viewBox is the box's own size in CSS px, so a
 * font size here is the size it renders at: ≥ 14 px wide, ≥ 12 px on a phone ('tall'), and in the
 * projection arrangement ≥ 18 px (≥ 24 px on a 1080p projector). What the lanes leave below them is
 * the callout band (HTML, so its sentences wrap by themselves).
 */
import type { StageBox } from '../player/stage';
import { projectedSize } from '../shared/projected-size';

/** Hop rows: caller, entry, padding, HPAT stub, new code. */
export const ROWS = 5;

export interface LaneGeometry {
  /** Left edge of the lane and of its hop boxes. */
  readonly x: number;
  readonly boxX: number;
}

export interface StageLayout {
  readonly width: number;
  /** Height of the SVG (lanes); the band gets the rest of the box. */
  readonly svgHeight: number;
  readonly font: number;
  /** Hops on one line (title, bytes) when the lane is wide enough, else two lines. */
  readonly oneLine: boolean;
  /** Show the decoded instruction beside the bytes (wide, not projecting). */
  readonly decoded: boolean;
  readonly subtitle: boolean;
  readonly lanes: readonly [LaneGeometry, LaneGeometry];
  readonly boxW: number;
  readonly titleY: number;
  readonly subtitleY: number;
  /** Top and height of each row's box (on a phone only the rows the pointers are at show their bytes). */
  readonly rowY: readonly number[];
  readonly rowH: readonly number[];
  /** Whether a row shows its second line (bytes) in the two-line arrangement. */
  readonly expanded: readonly boolean[];
  readonly pointer: number;
  /** How far a route bulges out to the right of the boxes. */
  readonly bulge: number;
  /** Font size of the callout band (CSS px). */
  readonly bandFont: number;
}

/** Text size for a box: the floors of the stage contract, larger where the box allows. */
export function fontFor(box: StageBox): number {
  if (box.projecting) return Math.max(projectedSize(box, 18), Math.min(34, Math.round(box.height / 24)));
  if (box.layout === 'tall') return box.height >= 620 ? 13 : 12;
  return box.height >= 560 ? 15 : 14;
}

/** Characters of the widest one-line hop ("padding  E9 82 A3 B8 0F  jmp 10001000h"), in ems. */
const ONE_LINE_EMS = 24;
const ONE_LINE_DECODED_EMS = 33;

/**
 * `atRows`: the rows the two instruction pointers are at. On a phone the other rows fold to their
 * title, so the lanes leave the band room for the callouts.
 */
export function stageLayout(box: StageBox, atRows: readonly number[] = []): StageLayout {
  const width = Math.max(280, box.width);
  const font = fontFor(box);
  const gutter = Math.round(font * 1.2);
  const laneW = (width - gutter) / 2;
  const pointer = Math.round(font * 1.1);
  const bulge = Math.round(font * 1.6);
  const boxW = Math.max(60, laneW - pointer - 6 - bulge - 4);
  const oneLine = Boolean(box.projecting) || boxW >= font * ONE_LINE_EMS;
  const decoded = !box.projecting && boxW >= font * ONE_LINE_DECODED_EMS;
  const tall = box.layout === 'tall';
  const subtitle = !box.projecting && !tall;
  const line = Math.round(font * 1.3);
  const titleY = Math.round(font * 1.2);
  const subtitleY = subtitle ? titleY + line : titleY;
  const top = subtitleY + Math.round(font * (box.projecting ? 0.5 : 0.8));
  const full = oneLine ? Math.round(font * (box.projecting ? 1.75 : 2)) : Math.round(line * 2 + font * 0.6);
  const folded = Math.round(font * 1.75);
  const expanded = Array.from({ length: ROWS }, (_, i) => oneLine || !tall || atRows.includes(i));
  const rowH = expanded.map((e) => (e ? full : folded));
  const gap = Math.round(font * (tall ? 0.33 : box.projecting ? 0.4 : 0.6));
  const rowY: number[] = [];
  let yy = top;
  for (let i = 0; i < ROWS; i++) {
    rowY.push(yy);
    yy += (rowH[i] ?? full) + gap;
  }
  const svgHeight = yy - gap + 4;
  const laneX = (i: number) => i * (laneW + gutter);
  return {
    width,
    svgHeight,
    font,
    oneLine,
    decoded,
    subtitle,
    lanes: [
      { x: laneX(0), boxX: laneX(0) + pointer + 6 },
      { x: laneX(1), boxX: laneX(1) + pointer + 6 },
    ],
    boxW,
    titleY,
    subtitleY,
    rowY,
    rowH,
    expanded,
    pointer,
    bulge,
    bandFont: box.projecting ? Math.max(projectedSize(box, 18), font - 2) : font,
  };
}

/** A route from one hop box to another, out along the right edge and back in (arrow points left). */
export function routePoints(layout: StageLayout, lane: 0 | 1, fromRow: number, toRow: number): [number, number][] {
  const right = layout.lanes[lane].boxX + layout.boxW;
  const y0 = rowMiddle(layout, fromRow);
  const y1 = rowMiddle(layout, toRow);
  const out = right + layout.bulge * (toRow - fromRow > 1 ? 1 : 0.75);
  return [
    [right, y0],
    [out, y0],
    [out, y1],
    [right + 1, y1],
  ];
}

/** The vertical middle of a row's box. */
export function rowMiddle(layout: StageLayout, row: number): number {
  return (layout.rowY[row] ?? 0) + (layout.rowH[row] ?? 0) / 2;
}
