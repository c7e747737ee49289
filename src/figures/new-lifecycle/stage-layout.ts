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

export interface Rect { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

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
  /** Row labels ("on disk", "patch chain", "processes"): x and baseline y. */
  readonly rowLabels: { readonly disk: readonly [number, number]; readonly chain: readonly [number, number]; readonly processes: readonly [number, number] };
  readonly disk: Rect;
  /** Lines of the disk box: one line (wide) or split (tall). */
  readonly diskSplit: boolean;
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
    const width = Math.max(320, Math.min(560, box.width || 360));
    const inner = width - 2 * PAD;
    const font = { title: 14, text: 13, small: 12.5 };
    const perRow = Math.ceil(monthCount / 2);
    const cellW = (inner - (perRow - 1) * 6) / perRow;
    const months = Array.from({ length: monthCount }, (_, i) => ({
      x: PAD + (i % perRow) * (cellW + 6), y: PAD + Math.floor(i / perRow) * 62, w: cellW, h: 50,
    }));
    let y = PAD + 62 + 50 + 14;
    const diskLabel: [number, number] = [PAD, y + 13];
    const disk = { x: PAD, y: y + 20, w: inner, h: 58 };
    y = disk.y + disk.h + 10;
    const chainLabel: [number, number] = [PAD, y + 13];
    const chainW = (inner - 8) / MAX_CHAIN;
    const chainSlots = row(PAD, y + 20, chainW, 42, 8, MAX_CHAIN);
    y += 20 + 42 + 12;
    const processesLabel: [number, number] = [PAD, y + 13];
    y += 20;
    // The call route runs down the left edge, so the slots start a little in.
    const x0 = PAD + 14;
    const slotW = (width - PAD - x0 - 8 * (MAX_SLOTS - 1)) / MAX_SLOTS;
    const lanes: LaneLayout[] = [];
    for (let i = 0; i < MAX_LANES; i += 1) {
      const slots = row(x0, y + 20, slotW, 42, 8, MAX_SLOTS);
      lanes.push({ label: { x: PAD, y: y + 14 }, slots, routeY: y + 20 + 42 + 12, routeStart: [PAD + 4, y + 20] });
      y += 20 + 42 + 22;
    }
    return { width, height: y, tall, font, months, rowLabels: { disk: diskLabel, chain: chainLabel, processes: processesLabel }, disk, diskSplit: true, chainSlots, lanes };
  }

  const width = Math.max(640, Math.min(1100, box.width || 720));
  const inner = width - 2 * PAD;
  const font = { title: 15, text: 14, small: 14 };
  const cellW = (inner - (monthCount - 1) * 6) / monthCount;
  const months = row(PAD, PAD, cellW, 54, 6, monthCount);
  const gutter = 150;
  const x0 = PAD + gutter;
  const avail = width - PAD - x0;
  let y = PAD + 54 + 16;
  const disk = { x: x0, y, w: avail, h: 48 };
  const diskLabel: [number, number] = [PAD, y + 29];
  y += 48 + 12;
  const slotW = Math.min(190, (avail - 10 * (MAX_SLOTS - 1)) / MAX_SLOTS);
  const chainSlots = row(x0, y, slotW, 46, 10, MAX_CHAIN);
  const chainLabel: [number, number] = [PAD, y + 28];
  y += 46 + 16;
  const processesLabel: [number, number] = [PAD, y + 12];
  y += 18;
  const lanes: LaneLayout[] = [];
  for (let i = 0; i < MAX_LANES; i += 1) {
    const slots = row(x0, y, slotW, 46, 10, MAX_SLOTS);
    lanes.push({ label: { x: PAD, y: y + 20 }, slots, routeY: y + 46 + 14, routeStart: [x0 - 12, y + 30] });
    y += 46 + 30;
  }
  return { width, height: y, tall, font, months, rowLabels: { disk: diskLabel, chain: chainLabel, processes: processesLabel }, disk, diskSplit: false, chainSlots, lanes };
}

/** The call route: from the process, under its image slots, up into the slot where calls land. */
export function routePoints(lane: LaneLayout, target: Rect): [number, number][] {
  const [sx, sy] = lane.routeStart;
  const cx = target.x + target.w / 2;
  return [[sx, sy], [sx, lane.routeY], [cx, lane.routeY], [cx, target.y + target.h + 3]];
}

/** A path through the points with rounded corners (the route is a polyline drawn softly). */
export function roundedPath(points: readonly (readonly [number, number])[], r = 8): string {
  if (points.length < 2) return '';
  const [first] = points;
  let d = `M${first![0]},${first![1]}`;
  for (let i = 1; i < points.length - 1; i += 1) {
    const [px, py] = points[i - 1]!;
    const [x, y] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(nx - x, ny - y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    const ax = x - ((x - px) / (inLen || 1)) * k;
    const ay = y - ((y - py) / (inLen || 1)) * k;
    const bx = x + ((nx - x) / (outLen || 1)) * k;
    const by = y + ((ny - y) / (outLen || 1)) * k;
    d += `L${ax},${ay}Q${x},${y},${bx},${by}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${last[0]},${last[1]}`;
}
