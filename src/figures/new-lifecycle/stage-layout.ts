/**
 * Figure `new-lifecycle`: where the stage's parts sit, for a wide (desktop) or a tall (phone)
 * drawing box. Units are CSS px of the box (the SVG's viewBox width is the box's width), so the
 * font sizes here are the sizes the reader sees when the drawing fits the box's height.
 */
import { projectedSize } from '../shared/projected-size';

/** The drawing box the player measures (stage.md: width, height, layout). */
export interface LifecycleBox {
  readonly width: number;
  readonly height: number;
  readonly layout: 'wide' | 'tall';
  /** Present mode: the projection arrangement (text ≥ 18 px, ≥ 24 px on a 1920-px projector). */
  readonly projecting?: boolean;
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
  readonly font: { readonly title: number; readonly text: number; readonly small: number; readonly tag: number };
  /** Offsets inside months, slots and lanes scale by this (1 = the 14 px desktop drawing). */
  readonly unit: number;
  /** The disk box shows its name and CheckSum only (phones, projection). */
  readonly compactText: boolean;
  /** Whether the "now" tag is drawn under the current month (the ring always is). */
  readonly nowTag: boolean;
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

/**
 * Present mode: text ≥ 18 px (≥ 24 px on a 1920-px projector) in a box as short as ~330 px. Fewer
 * rows: the file on disk and the patch chain share one row (the disk shows its name and CheckSum),
 * the "now" tag and the processes heading are left out (the ring marks the month, each lane names
 * its process), so the drawing fits the box at 1:1.
 */
function projectionLayout(monthCount: number, box: LifecycleBox): StageLayout {
  // Text 20 px in a 1280×720 / 1024×768 room, grown for a 1920×1080 one; every length follows it.
  const unit = projectedSize(box, 20) / 14;
  const u = (n: number) => Math.round(n * unit);
  const f = 14 * unit;
  const font = { title: 15 * unit, text: f, small: f, tag: f };
  const width = Math.max(600, box.width || 1100);
  const inner = width - 2 * PAD;
  const cellW = (inner - (monthCount - 1) * 4) / monthCount;
  const months = row(PAD, PAD, cellW, u(42), 4, monthCount);
  let y = PAD + u(42) + u(10);
  // One row: the disk on the left, the chain on the right, each with its label above.
  const labelY = y + f;
  y = labelY + u(5);
  const diskW = Math.round(inner * 0.36);
  const disk = { x: PAD, y, w: diskW, h: u(40) };
  const chainX = PAD + diskW + u(16);
  const chainW = Math.min(u(200), (width - PAD - chainX - u(10)) / MAX_CHAIN);
  const chainSlots = row(chainX, y, chainW, u(40), u(10), MAX_CHAIN);
  y += u(40) + u(10);
  const gutter = u(120);
  const x0 = PAD + gutter;
  const slotW = Math.min(u(200), (width - PAD - x0 - u(10) * (MAX_SLOTS - 1)) / MAX_SLOTS);
  const lanes: LaneLayout[] = [];
  for (let i = 0; i < MAX_LANES; i += 1) {
    const slots = row(x0, y, slotW, u(40), u(10), MAX_SLOTS);
    lanes.push({
      label: { x: PAD, y: y + u(17) },
      slots,
      routeY: y + u(40) + u(8),
      routeStart: [x0 - u(10), y + u(26)],
    });
    y += u(40) + u(15);
  }
  return {
    width,
    height: y,
    tall: false,
    compactText: true,
    nowTag: false,
    font,
    unit,
    months,
    key: null,
    rowLabels: { disk: [PAD, labelY], chain: [chainX, labelY] },
    disk,
    chainSlots,
    lanes,
  };
}

export function stageLayout(monthCount: number, box: LifecycleBox): StageLayout {
  const tall = box.layout === 'tall';
  if (tall) {
    // Phones: one row of short month cells, the rows below with their labels in a left gutter, and
    // one key line instead of a processes heading, so the whole drawing fits ~340 × 320 px.
    const width = Math.max(300, Math.min(560, box.width || 340));
    const inner = width - 2 * PAD;
    const font = { title: 13.5, text: 13, small: 12.5, tag: 12.5 };
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
      unit: 1,
      compactText: true,
      nowTag: true,
      months,
      key,
      rowLabels: { disk: diskLabel, chain: chainLabel },
      disk,
      chainSlots,
      lanes,
    };
  }

  if (box.projecting) return projectionLayout(monthCount, box);

  // Desktop: 14 px text (unit 1).
  const projecting = false;
  const unit = 1;
  const u = (n: number) => Math.round(n * unit);
  const width = projecting ? Math.max(600, box.width || 1100) : Math.max(600, Math.min(1100, box.width || 720));
  const inner = width - 2 * PAD;
  const font = { title: 15 * unit, text: 14 * unit, small: 14 * unit, tag: 14 * unit };
  const cellW = (inner - (monthCount - 1) * 4) / monthCount;
  const months = row(PAD, PAD, cellW, u(54), 4, monthCount);
  const gutter = u(150);
  const x0 = PAD + gutter;
  const avail = width - PAD - x0;
  const gap = projecting ? 0.7 : 1;
  // Room under the months for the sliding "now" tag.
  let y = PAD + u(54) + u(26);
  const disk = { x: x0, y, w: avail, h: u(48) };
  const diskLabel: [number, number] = [PAD, y + u(29)];
  y += u(48) + u(12 * gap);
  const slotW = Math.min(u(190), (avail - u(10) * (MAX_SLOTS - 1)) / MAX_SLOTS);
  const chainSlots = row(x0, y, slotW, u(46), u(10), MAX_CHAIN);
  const chainLabel: [number, number] = [PAD, y + u(28)];
  y += u(46) + u(16 * gap);
  const processesLabel: [number, number] | undefined = projecting ? undefined : [PAD, y + 12];
  if (!projecting) y += 22;
  const lanes: LaneLayout[] = [];
  for (let i = 0; i < MAX_LANES; i += 1) {
    const slots = row(x0, y, slotW, u(46), u(10), MAX_SLOTS);
    lanes.push({
      label: { x: PAD, y: y + u(20) },
      slots,
      routeY: y + u(46) + u(14 * gap),
      routeStart: [x0 - u(12), y + u(30)],
    });
    y += u(46) + u(30 * gap);
  }
  return {
    width,
    height: y,
    tall,
    compactText: false,
    nowTag: true,
    font,
    unit,
    months,
    key: null,
    rowLabels: { disk: diskLabel, chain: chainLabel, ...(processesLabel ? { processes: processesLabel } : {}) },
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
