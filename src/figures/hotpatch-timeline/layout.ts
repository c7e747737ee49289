/**
 * Where the timeline's parts sit in the stage's drawing box. The SVG's viewBox is the box itself
 * in CSS px, so every font size here is the size the reader sees (≥ 14 px wide, ≥ 12 px on a
 * phone, ≥ 18 / 24 px when projected). Top to bottom: the callout naming the current event (its
 * date line and title, wrapped), one lane per era with its markers stacked in rows, the time axis
 * and the "n earlier / n later" counts. The lanes and the axis are a strip wider than the box when
 * zoomed: it slides (one transform) so the current event stays in view.
 */
import type { Era } from '../../model/timeline/events';
import { textWidth, wrapText } from '../shared/svg-text';
import { projectedSize } from '../shared/projected-size';

export interface TimelineBox {
  readonly width: number;
  readonly height: number;
  readonly layout: 'wide' | 'tall';
  readonly projecting?: boolean;
}

export interface TimelineFonts {
  /** The current event's title. */
  readonly title: number;
  /** Its date line (date, flags, era). */
  readonly date: number;
  /** Lane names, axis ticks, counts. */
  readonly label: number;
}

export interface LanePlace {
  readonly era: Era;
  readonly top: number;
  /** Baseline of the lane's name. */
  readonly labelY: number;
  /** Top of the first marker row, and the height of a row. */
  readonly rowsTop: number;
  readonly rowHeight: number;
  readonly rows: number;
  readonly height: number;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly tall: boolean;
  readonly fonts: TimelineFonts;
  /** Left and right edge of the visible strip (the time axis inside the box). */
  readonly left: number;
  readonly right: number;
  /** Callout: baselines of the date lines, then the title lines; bottom = where the leader starts. */
  readonly dateY: readonly number[];
  readonly titleY: readonly number[];
  readonly calloutBottom: number;
  readonly lanes: readonly LanePlace[];
  readonly axisY: number;
  readonly tickLabelY: number;
  readonly countsY: number;
  /** Marker radius (current marker and halo scale from it). */
  readonly marker: number;
}

const PAD = 8;
/** Distance from the box's edges to the visible strip's edges. */
export const STRIP_INSET = 12;

export function timelineFonts(box: TimelineBox): TimelineFonts {
  if (box.projecting) {
    // Designed for a 1280×720 / 1024×768 projector; projectedSize grows it for a 1920×1080 one.
    return { title: projectedSize(box, 27), date: projectedSize(box, 21), label: projectedSize(box, 20) };
  }
  return box.layout === 'tall' ? { title: 16, date: 13, label: 13 } : { title: 19, date: 15, label: 14 };
}

/** A marker's radius; the current one is drawn larger and ringed. */
export function markerRadius(box: TimelineBox): number {
  return box.projecting ? (box.width >= 1500 ? 11 : 9) : box.layout === 'tall' ? 6 : 7;
}

/** Most marker rows a lane may stack before markers share a row. */
export function maxRows(box: TimelineBox): number {
  return box.projecting ? 4 : box.layout === 'tall' ? 5 : 6;
}

/** Lines of the current event's title (and of its date line) the callout may use. */
export function calloutLines(box: TimelineBox): { title: number; date: number } {
  return { title: box.layout === 'tall' ? 3 : 2, date: box.layout === 'tall' ? 2 : 1 };
}

/** How wide the callout's text may run. */
export function calloutWidth(box: TimelineBox): number {
  const width = layoutWidth(box);
  return box.layout === 'tall' ? width - 2 * PAD : Math.round((width - 2 * PAD) * 0.72);
}

/** The drawing's width: the box's (a box too narrow to read in is scaled down as a whole). */
export function layoutWidth(box: TimelineBox): number {
  return Math.max(box.width || 720, box.layout === 'tall' ? 300 : 560);
}

export function timelineLayout(
  box: TimelineBox,
  content: {
    /** The lanes drawn (one per era shown) and how many marker rows each uses. */
    readonly lanes: readonly { readonly era: Era; readonly rows: number }[];
    readonly dateLines: number;
    readonly titleLines: number;
  },
): TimelineLayout {
  const tall = box.layout === 'tall';
  const fonts = timelineFonts(box);
  const width = layoutWidth(box);
  const boxHeight = Math.max(box.height || 420, 240);
  const lead = (size: number) => Math.round(size * 1.25);

  const dateY = Array.from({ length: content.dateLines }, (_, i) => PAD + fonts.date + i * lead(fonts.date));
  const titleTop = (dateY[dateY.length - 1] ?? PAD) + 6;
  const titleY = Array.from({ length: content.titleLines }, (_, i) => titleTop + fonts.title + i * lead(fonts.title));
  const calloutBottom = (titleY[titleY.length - 1] ?? titleTop) + Math.round(fonts.title * 0.35);

  const laneHead = fonts.label + 10;
  const laneGap = 6;
  const axis = fonts.label + 14;
  const counts = fonts.label + 8;
  const top = calloutBottom + 12;
  const fixed = top + content.lanes.length * (laneHead + laneGap) + axis + counts + PAD;
  const totalRows = content.lanes.reduce((sum, lane) => sum + Math.max(1, lane.rows), 0);
  const marker = markerRadius(box);
  const minRow = 2 * marker + 2;
  const rowHeight = Math.max(minRow, Math.min(3.5 * marker + 14, (boxHeight - fixed) / Math.max(1, totalRows)));

  let y = top;
  const lanes = content.lanes.map((lane) => {
    const rows = Math.max(1, lane.rows);
    const height = laneHead + rows * rowHeight + 4;
    const place: LanePlace = {
      era: lane.era,
      top: y,
      labelY: y + fonts.label + 4,
      rowsTop: y + laneHead,
      rowHeight,
      rows,
      height,
    };
    y += height + laneGap;
    return place;
  });
  const axisY = y + 2;
  const tickLabelY = axisY + 8 + fonts.label;
  const countsY = tickLabelY + counts;
  return {
    width,
    // As tall as its content: a taller box centres it (preserveAspectRatio), a shorter one cannot
    // happen unless rows are at their minimum, and then the drawing scales down as a whole.
    height: countsY + PAD,
    tall,
    fonts,
    left: STRIP_INSET,
    right: width - STRIP_INSET,
    dateY,
    titleY,
    calloutBottom,
    lanes,
    axisY,
    tickLabelY,
    countsY,
    marker,
  };
}

/**
 * The strip's offset (drawing units, ≤ 0) that puts the point `at` (strip coordinates, 0 … stripWidth)
 * in the middle of a window `view` wide, without showing space beyond either end.
 */
export function stripOffset(at: number, view: number, stripWidth: number): number {
  if (stripWidth <= view) return 0;
  return Math.min(0, Math.max(view - stripWidth, view / 2 - at));
}

/** Bold text runs about this much wider than the estimator's regular weight. */
export const BOLD = 1.1;

/** Width of a line of (bold) SVG text, by the one estimator. */
export function lineWidth(text: string, fontSize: number, bold = false): number {
  return textWidth(text, fontSize) * (bold ? BOLD : 1);
}

/**
 * SVG text does not wrap: `text` in lines no wider than `maxWidth` (the shared estimator's words
 * and kinsoku). Past `maxLines` the last line ends with an ellipsis (the caption has the full text).
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, fontSize: number, bold = false): string[] {
  const room = bold ? maxWidth / BOLD : maxWidth;
  const lines = wrapText(text, room, fontSize);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > room) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
