/**
 * Figure `new-lifecycle`: where the stage's parts sit, for a wide (desktop) or a tall (phone)
 * drawing box. Units are CSS px of the box (the SVG's viewBox width is the box's width), so the
 * font sizes here are the sizes the reader sees when the drawing fits the box's height.
 */

/** The drawing box the player measures (stage.md: width, height, layout). */
export interface LifecycleBox {
  readonly width: number;
  readonly height: number;
  readonly layout: 'wide' | 'tall';
}

export const DEFAULT_LIFECYCLE_BOX: LifecycleBox = { width: 720, height: 420, layout: 'wide' };

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LaneLayout {
  /** Process name (and pid) baseline position. */
  readonly label: { readonly x: number; readonly y: number };
  /** The image slots: 0 is the base image, then the patch images in mapping order. */
  readonly slots: readonly Rect[];
  /** y of the call route's horizontal run, under the slots. */
  readonly routeY: number;
  /** Where the call route starts (by the process name). */
  readonly routeStart: readonly [number, number];
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly tall: boolean;
  readonly font: { readonly title: number; readonly text: number; readonly small: number };
  readonly months: readonly Rect[];
  /** Tall only: one line of symbol keys under the months (in place of the processes heading). */
  readonly key: readonly [number, number] | null;
  /** Row labels ("on disk", "patch chain", "processes"): x and baseline y. */
  readonly rowLabels: {
    readonly disk: readonly [number, number];
    readonly chain: readonly [number, number];
    readonly processes?: readonly [number, number];
  };
  readonly disk: Rect;
  readonly chainSlots: readonly Rect[];
  readonly lanes: readonly LaneLayout[];
}

const PAD = 8;
/** Most patch images a process maps in the story (base + two hotpatches) and most lanes. */
export const MAX_SLOTS = 3;
export const MAX_LANES = 2;
export const MAX_CHAIN = 2;

function row(x0: number, y: number, w: number, h: number, gap: number, n: number): Rect[] {
  return Array.from({ length: n }, (_, i) => ({ x: x0 + i * (w + gap), y, w, h }));
}

export function stageLayout(monthCount: number, box: LifecycleBox): StageLayout {
  const tall = box.layout === 'tall';
  if (tall) {
    // Phones: one row of short month cells, the rows below with their labels in a left gutter, and
    // one key line instead of a processes heading, so the whole drawing fits ~340 × 320 px.
    const width = Math.max(300, Math.min(560, box.width || 340));
    const inner = width - 2 * PAD;
    const font = { title: 13.5, text: 13, small: 12.5 };
    const cellW = (inner - (monthCount - 1) * 4) / monthCount;
    const months = row(PAD, PAD, cellW, 44, 4, monthCount);
    const key: [number, number] = [PAD, PAD + 44 + 30];
    const x0 = PAD + 100;
    let y = key[1] + 10;
    const disk = { x: x0, y, w: width - PAD - x0, h: 36 };
    const diskLabel: [number, number] = [PAD, y + 23];
    y += 36 + 8;
    const chainW = (width - PAD - x0 - 6) / MAX_CHAIN;
    const chainSlots = row(x0, y, chainW, 36, 6, MAX_CHAIN);
    const chainLabel: [number, number] = [PAD, y + 23];
    y += 36 + 12;
    // The call route runs down the left edge, so the slots start a little in.
    const s0 = PAD + 14;
    const slotW = (width - PAD - s0 - 6 * (MAX_SLOTS - 1)) / MAX_SLOTS;
    const lanes: LaneLayout[] = [];
    for (let i = 0; i < MAX_LANES; i += 1) {
      const slots = row(s0, y + 20, slotW, 36, 6, MAX_SLOTS);
      lanes.push({ label: { x: PAD, y: y + 14 }, slots, routeY: y + 20 + 36 + 8, routeStart: [PAD + 4, y + 20] });
      y += 20 + 36 + 14;
    }
    return {
      width,
      height: y,
      tall,
      font,
      months,
      key,
      rowLabels: { disk: diskLabel, chain: chainLabel },
      disk,
      chainSlots,
      lanes,
    };
  }

  const width = Math.max(600, Math.min(1100, box.width || 720));
  const inner = width - 2 * PAD;
  const font = { title: 15, text: 14, small: 14 };
  const cellW = (inner - (monthCount - 1) * 4) / monthCount;
  const months = row(PAD, PAD, cellW, 54, 4, monthCount);
  const gutter = 150;
  const x0 = PAD + gutter;
  const avail = width - PAD - x0;
  // Room under the months for the sliding "now" tag.
  let y = PAD + 54 + 26;
  const disk = { x: x0, y, w: avail, h: 48 };
  const diskLabel: [number, number] = [PAD, y + 29];
  y += 48 + 12;
  const slotW = Math.min(190, (avail - 10 * (MAX_SLOTS - 1)) / MAX_SLOTS);
  const chainSlots = row(x0, y, slotW, 46, 10, MAX_CHAIN);
  const chainLabel: [number, number] = [PAD, y + 28];
  y += 46 + 16;
  const processesLabel: [number, number] = [PAD, y + 12];
  y += 22;
  const lanes: LaneLayout[] = [];
  for (let i = 0; i < MAX_LANES; i += 1) {
    const slots = row(x0, y, slotW, 46, 10, MAX_SLOTS);
    lanes.push({ label: { x: PAD, y: y + 20 }, slots, routeY: y + 46 + 14, routeStart: [x0 - 12, y + 30] });
    y += 46 + 30;
  }
  return {
    width,
    height: y,
    tall,
    font,
    months,
    key: null,
    rowLabels: { disk: diskLabel, chain: chainLabel, processes: processesLabel },
    disk,
    chainSlots,
    lanes,
  };
}

/** The call route: from the process, under its image slots, up into the slot where calls land. */
export function routePoints(lane: LaneLayout, target: Rect): [number, number][] {
  const [sx, sy] = lane.routeStart;
  const cx = target.x + target.w / 2;
  return [
    [sx, sy],
    [sx, lane.routeY],
    [cx, lane.routeY],
    [cx, target.y + target.h + 3],
  ];
}
