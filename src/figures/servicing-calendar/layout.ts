/**
 * Where the servicing calendar draws its parts inside the stage's drawing box. The SVG's viewBox
 * is the box itself in CSS px, so every font size below is the size the reader sees.
 *
 * Wide (desktop): the year as two rows of six months (January–June, July–December), so the
 * quarterly baselines line up in columns 1 and 4, then the restart comparison. Tall (phone): four
 * quarter rows of three months, baselines in the first column, the comparison below. Both fit the
 * box without scrolling, so the current month is always in view.
 */
import { projectedSize } from '../shared/projected-size';

export interface CalendarBoxIn {
  readonly width: number;
  readonly height: number;
  readonly layout: 'wide' | 'tall';
  /** Present mode: the projection arrangement (fonts ≥ 18 px, ≥ 24 px on a 1920-px projector). */
  readonly projecting?: boolean;
}

/** Font sizes (CSS px) for a box: ≥ 14 wide, ≥ 12 tall, ≥ 18 projected (≥ 24 when the box is ≥ 1500 px wide). */
export function calendarFonts(box: CalendarBoxIn): CalendarLayout['font'] {
  if (box.projecting) {
    // Designed for a 1280×720 / 1024×768 projector; projectedSize grows it for a 1920×1080 one.
    const title = projectedSize(box, 22);
    const kind = projectedSize(box, 19);
    return { title, name: title, kind, badge: projectedSize(box, 18), bar: kind };
  }
  return box.layout === 'tall'
    ? { title: 14, name: 14, kind: 12, badge: 12, bar: 13 }
    : { title: 17, name: 17, kind: 15, badge: 14, bar: 15 };
}

export interface CellBox {
  readonly month: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CalendarLayout {
  readonly width: number;
  readonly height: number;
  readonly tall: boolean;
  /** Font sizes (CSS px): ≥ 14 wide, ≥ 12 tall. */
  readonly font: {
    readonly title: number;
    readonly name: number;
    readonly kind: number;
    readonly badge: number;
    readonly bar: number;
  };
  readonly titleY: number;
  /** Second header line (the @IT plan's label), when drawn. */
  readonly planY: number;
  readonly cells: readonly CellBox[];
  /** The restart comparison: label column, bar span, one row per counter. */
  readonly bars: {
    readonly titleY: number;
    readonly labelRight: number;
    readonly x0: number;
    readonly x1: number;
    readonly rowY: readonly number[];
    readonly rowHeight: number;
  };
}

const GAP = 6;

export function calendarLayout(
  box: CalendarBoxIn,
  options: { months: number; plan: boolean; rows: number; labelWidth?: (fontSize: number) => number },
): CalendarLayout {
  const tall = box.layout === 'tall';
  // Never lay out in a box too small to read: the drawing then scales down as a whole.
  const width = Math.max(box.width, tall ? 300 : 560);
  const height = Math.max(box.height, tall ? 300 : 260);
  const font = calendarFonts(box);
  const titleY = font.title + 2;
  const planY = options.plan ? titleY + font.badge + 8 : titleY;
  const gridTop = planY + 10;

  const rowHeight = Math.max(tall ? 22 : 26, font.bar + 10);
  const rowGap = tall ? 6 : 8;
  const barsTitle = font.bar + 6;
  const barsHeight = barsTitle + options.rows * (rowHeight + rowGap) + 4;
  const gridBottom = height - barsHeight - (tall ? 10 : 14);

  // Six columns only when a month gets ≥ 150 px (projected: 8 em of its name); else quarter rows
  // of three (baselines in column 1).
  const minCell = box.projecting ? font.name * 8 : 150;
  const columns = !tall && width >= 6 * minCell + 5 * GAP ? 6 : 3;
  const rows = Math.ceil(options.months / columns);
  const cellW = (width - GAP * (columns - 1)) / columns;
  const cellH = Math.max(tall ? 44 : 56, (gridBottom - gridTop - GAP * (rows - 1)) / rows);
  const cells: CellBox[] = Array.from({ length: options.months }, (_, i) => ({
    month: i + 1,
    x: (i % columns) * (cellW + GAP),
    y: gridTop + Math.floor(i / columns) * (cellH + GAP),
    width: cellW,
    height: cellH,
  }));

  const barsTop = gridTop + rows * cellH + (rows - 1) * GAP + (tall ? 10 : 14);
  const labelRight = Math.max(tall ? 96 : 150, Math.ceil((options.labelWidth?.(font.bar) ?? 0) * 1.1) + 4);
  const rowY = Array.from({ length: options.rows }, (_, i) => barsTop + barsTitle + i * (rowHeight + rowGap));
  return {
    width,
    height: Math.max(height, barsTop + barsHeight),
    tall,
    font,
    titleY,
    planY,
    cells,
    bars: {
      titleY: barsTop + font.bar,
      labelRight,
      x0: labelRight + 8,
      x1: width - Math.max(tall ? 46 : 58, Math.ceil(font.bar * 2.6)),
      rowY,
      rowHeight,
    },
  };
}

/** Badges that fit on one line of a cell, and how many did not (drawn as "+n"). */
export function fitBadges(
  labels: readonly string[],
  room: number,
  measure: (text: string) => number,
  pad: number,
): { shown: string[]; hidden: number } {
  const shown: string[] = [];
  let used = 0;
  for (const [i, label] of labels.entries()) {
    const w = measure(label) + pad * 2 + (shown.length > 0 ? 4 : 0);
    const reserve = i < labels.length - 1 ? measure('+9') + pad * 2 + 4 : 0;
    if (used + w + reserve > room && !(i === labels.length - 1 && used + w <= room)) {
      return { shown, hidden: labels.length - shown.length };
    }
    shown.push(label);
    used += w;
  }
  return { shown, hidden: 0 };
}
