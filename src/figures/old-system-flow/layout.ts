/**
 * Where everything in the old-system-flow drawing goes: pure presentation maths, no hotpatch logic.
 *
 * Time runs left to right in columns ("levels"); each lane is a row. A box goes in the first
 * column after the previous box (the scene lists boxes in time order), after the last box of its
 * lane and after every box with an arrow into it. Arrows are routed only through free space: the
 * vertical gaps between columns and the horizontal corridors between lanes, so no line crosses a
 * box. An arrow's label sits just above the box it points at (or, for an arrow that points back in
 * time, in the empty cell beside its last bend).
 *
 * The layout depends on the boxes, arrows, lanes and language only — never on which step is shown —
 * so nothing moves while stepping.
 */
import type { Lang } from '../../i18n/lang';
import type { FlowArrow, FlowBox, FlowLane, Provenance } from './data';
import { textWidth, wrapText } from '../shared/svg-text';

export const SIZE = {
  titleWidth: 136,
  titleFont: 15,
  titleLine: 19,
  boxWidth: 212,
  boxFont: 15,
  boxLine: 19,
  boxPadX: 9,
  boxPadTop: 15,
  boxPadBottom: 9,
  msgFont: 13,
  msgLine: 16,
  /** Space reserved before an arrow label for the "now" marker. */
  markerWidth: 14,
  badgeWidth: 24,
  badgeGap: 5,
  lanePad: 15,
  /** Between an arrow label and its box: room for the tabs that overlap the box's top edge. */
  zoneGap: 18,
  gapMin: 24,
  gapPad: 10,
  track: 9,
  corridorTrack: 8,
  top: 36,
  bottom: 12,
  left: 10,
  right: 10,
  headLength: 10,
  headHalfWidth: 5.5,
} as const;

export type Pt = readonly [number, number];

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LaneLayout {
  readonly id: string;
  readonly y: number;
  readonly h: number;
  readonly titleLines: readonly string[];
}

export interface BoxLayout {
  readonly id: string;
  readonly level: number;
  readonly rect: Rect;
  readonly lines: readonly string[];
}

export interface ArrowLabelLayout {
  /** Left edge of the label block (the marker slot and badge start here). */
  readonly x: number;
  /** Top of the first line. */
  readonly y: number;
  readonly width: number;
  /** Where the text starts, after the marker slot and the badge. */
  readonly textX: number;
  readonly lines: readonly string[];
}

export interface ArrowLayout {
  readonly id: string;
  readonly backward: boolean;
  /** The line, ending where the arrowhead begins. */
  readonly points: readonly Pt[];
  /** The arrowhead triangle. */
  readonly head: readonly Pt[];
  readonly label: ArrowLabelLayout;
}

export interface FlowLayout {
  readonly titleWidth: number;
  readonly flowWidth: number;
  readonly height: number;
  readonly lanes: readonly LaneLayout[];
  readonly boxes: ReadonlyMap<string, BoxLayout>;
  readonly arrows: ReadonlyMap<string, ArrowLayout>;
}

interface Inputs {
  readonly lanes: readonly FlowLane[];
  readonly boxes: readonly FlowBox[];
  readonly arrows: readonly FlowArrow[];
}

/** Column of each box: after the previous box, its lane's last box and the sources of its arrows. */
export function assignLevels(boxes: readonly FlowBox[], arrows: readonly FlowArrow[]): Map<string, number> {
  const order = new Map(boxes.map((b, i) => [b.id, i]));
  const level = new Map<string, number>();
  const laneLast = new Map<string, number>();
  let previous = 0;
  for (const [i, box] of boxes.entries()) {
    let l = Math.max(previous, (laneLast.get(box.lane) ?? -1) + 1);
    for (const a of arrows) {
      // An arrow from an earlier box must point forward; one to an earlier box must point back.
      if (a.to === box.id && (order.get(a.from) ?? Infinity) < i) l = Math.max(l, (level.get(a.from) ?? 0) + 1);
      if (a.from === box.id && (order.get(a.to) ?? Infinity) < i) l = Math.max(l, (level.get(a.to) ?? 0) + 1);
    }
    level.set(box.id, l);
    laneLast.set(box.lane, l);
    previous = l;
  }
  return level;
}

/** Label text after the marker slot and, for anything not documented, the provenance badge. */
function labelIndent(provenance: Provenance): number {
  return SIZE.markerWidth + (provenance === 'documented' ? 0 : SIZE.badgeWidth + SIZE.badgeGap);
}

function labelBlock(
  x: number,
  y: number,
  width: number,
  provenance: Provenance,
  lines: readonly string[],
): ArrowLabelLayout {
  return { x, y, width, textX: x + labelIndent(provenance), lines };
}

interface Segment {
  readonly arrow: string;
  readonly yIn: number;
  readonly yOut: number;
}

/** How many times the Z-shaped pieces of two gap segments cross, for a given left-to-right order. */
function crossings(order: readonly Segment[]): number {
  let n = 0;
  const within = (y: number, s: Segment) => y > Math.min(s.yIn, s.yOut) && y < Math.max(s.yIn, s.yOut);
  order.forEach((a, i) =>
    order.forEach((b, j) => {
      if (i === j) return;
      // b's piece coming in from the left edge of the gap at yIn reaches b's track, past a's track if a is left of b.
      if (i < j && within(b.yIn, a)) n += 1;
      // b's piece leaving to the right edge at yOut passes a's track if a is right of b.
      if (i > j && within(b.yOut, a)) n += 1;
    }),
  );
  return n;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Left-to-right track order in a gap with the fewest crossings (stable for ties). */
export function orderTracks(segments: readonly Segment[]): Segment[] {
  if (segments.length > 6) return [...segments];
  let best = [...segments];
  let bestCount = crossings(best);
  for (const p of permutations(segments)) {
    const c = crossings(p);
    if (c < bestCount) {
      best = p;
      bestCount = c;
    }
  }
  return best;
}

/** Evenly spread positions along a side from `start` over `length`. */
function spread(count: number, index: number, start: number, length: number): number {
  return start + (length * (index + 1)) / (count + 1);
}

function arrowHead(from: Pt, tip: Pt): { shaft: Pt; head: Pt[] } {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const base: Pt = [tip[0] - ux * SIZE.headLength, tip[1] - uy * SIZE.headLength];
  const half = SIZE.headHalfWidth;
  return {
    shaft: base,
    head: [tip, [base[0] - uy * half, base[1] + ux * half], [base[0] + uy * half, base[1] - ux * half]],
  };
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (last && before && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1])))
      out.pop();
    out.push(p);
  }
  return out;
}

export function layoutFlow(data: Inputs, lang: Lang): FlowLayout {
  const laneIndex = new Map(data.lanes.map((l, i) => [l.id as string, i]));
  const level = assignLevels(data.boxes, data.arrows);
  const boxById = new Map(data.boxes.map((b) => [b.id, b]));
  const lv = (id: string) => level.get(id) ?? 0;
  const ln = (id: string) => laneIndex.get(boxById.get(id)?.lane ?? '') ?? 0;
  const levelCount = Math.max(0, ...level.values()) + 1;

  const forward = data.arrows.filter((a) => lv(a.to) > lv(a.from));
  const backward = data.arrows.filter((a) => lv(a.to) < lv(a.from));
  const labelWidth = SIZE.boxWidth;

  // Text first: it decides how tall boxes, label zones and lanes are.
  const boxLines = new Map(
    data.boxes.map((b) => [b.id, wrapText(b.label[lang], SIZE.boxWidth - 2 * SIZE.boxPadX, SIZE.boxFont)]),
  );
  const incoming = (id: string) =>
    forward.filter((a) => a.to === id).sort((a, b) => ln(a.from) - ln(b.from) || lv(a.from) - lv(b.from));
  const forwardLabelLines = new Map(
    forward.map((a) => [a.id, wrapText(a.label[lang], labelWidth - labelIndent(a.provenance), SIZE.msgFont)]),
  );
  const zoneHeight = (id: string) => {
    const arrows = incoming(id);
    const lines = arrows.reduce((n, a) => n + (forwardLabelLines.get(a.id)?.length ?? 0), 0);
    return lines * SIZE.msgLine + Math.max(0, arrows.length - 1) * 6;
  };
  const boxHeight = (id: string) => SIZE.boxPadTop + (boxLines.get(id)?.length ?? 1) * SIZE.boxLine + SIZE.boxPadBottom;

  // Lanes: as tall as their tallest label zone plus their tallest box (and their title).
  const lanes: LaneLayout[] = [];
  const laneZone: number[] = [];
  const laneBox: number[] = [];
  let y = SIZE.top;
  for (const lane of data.lanes) {
    const members = data.boxes.filter((b) => b.lane === lane.id);
    const zone = Math.max(0, ...members.map((b) => zoneHeight(b.id)));
    const box = Math.max(56, ...members.map((b) => boxHeight(b.id)));
    // Titles are bold: estimate them a size up.
    const titleLines = wrapText(lane.label[lang], SIZE.titleWidth - 18, SIZE.titleFont * 1.12);
    const h = Math.max(2 * SIZE.lanePad + zone + SIZE.zoneGap + box, titleLines.length * SIZE.titleLine + 24);
    lanes.push({ id: lane.id, y, h, titleLines });
    laneZone.push(zone);
    laneBox.push(box);
    y += h;
  }
  const height = y + SIZE.bottom;
  const laneOf = (id: string) => lanes[ln(id)] as LaneLayout;
  // Boxes sit at the bottom of their lane, so their tops line up along the lane.
  const boxTop = (id: string) => {
    const k = ln(id);
    const lane = lanes[k] as LaneLayout;
    return lane.y + lane.h - SIZE.lanePad - (laneBox[k] ?? 0);
  };
  const boxH = (id: string) => laneBox[ln(id)] ?? 0;

  // Ports: forward arrows leave a box's right side and enter the next box's left side; arrows
  // pointing back in time leave from the bottom (or top) and enter the earlier box's right side.
  const leftPort = new Map<string, number>();
  const rightPort = new Map<string, number>();
  for (const box of data.boxes) {
    const top = boxTop(box.id);
    const h = boxH(box.id);
    const ins = incoming(box.id);
    ins.forEach((a, i) => leftPort.set(a.id, spread(ins.length, i, top, h)));
    const right = [
      ...forward.filter((a) => a.from === box.id).map((a) => ({ a, other: a.to })),
      ...backward.filter((a) => a.to === box.id).map((a) => ({ a, other: a.from })),
    ].sort((p, q) => ln(p.other) - ln(q.other) || lv(p.other) - lv(q.other));
    right.forEach(({ a }, i) => rightPort.set(a.id, spread(right.length, i, top, h)));
  }

  // Corridor tracks for forward arrows that skip columns: along the lane edge on the source's side.
  const corridorY = new Map<string, number>();
  const byCorridor = new Map<number, FlowArrow[]>();
  for (const a of forward) {
    if (lv(a.to) - lv(a.from) < 2) continue;
    const down = ln(a.to) >= ln(a.from);
    const lane = laneOf(a.from);
    const edge = down ? lane.y + lane.h : lane.y;
    byCorridor.set(edge, [...(byCorridor.get(edge) ?? []), a]);
  }
  for (const [edge, arrows] of byCorridor) {
    arrows.forEach((a, i) => corridorY.set(a.id, edge + (i - (arrows.length - 1) / 2) * SIZE.corridorTrack));
  }

  // Vertical pieces in each gap, ordered to cross as little as possible.
  const gapSegments: Segment[][] = Array.from({ length: levelCount }, () => []);
  for (const a of forward) {
    const out = rightPort.get(a.id) ?? 0;
    const inn = leftPort.get(a.id) ?? 0;
    const corridor = corridorY.get(a.id);
    if (corridor === undefined) gapSegments[lv(a.from)]?.push({ arrow: `${a.id}`, yIn: out, yOut: inn });
    else {
      gapSegments[lv(a.from)]?.push({ arrow: `${a.id}#1`, yIn: out, yOut: corridor });
      gapSegments[lv(a.to) - 1]?.push({ arrow: `${a.id}#2`, yIn: corridor, yOut: inn });
    }
  }
  const trackX = new Map<string, number>();
  const levelX: number[] = [];
  let x = SIZE.left;
  for (let l = 0; l < levelCount; l += 1) {
    levelX.push(x);
    x += SIZE.boxWidth;
    if (l === levelCount - 1) break;
    const ordered = orderTracks(gapSegments[l] ?? []);
    const gap = Math.max(SIZE.gapMin, 2 * SIZE.gapPad + Math.max(0, ordered.length - 1) * SIZE.track);
    const first = x + (gap - Math.max(0, ordered.length - 1) * SIZE.track) / 2;
    ordered.forEach((s, i) => trackX.set(s.arrow, first + i * SIZE.track));
    x += gap;
  }
  const flowWidth = x + SIZE.right;

  const boxes = new Map<string, BoxLayout>(
    data.boxes.map((b) => [
      b.id,
      {
        id: b.id,
        level: lv(b.id),
        rect: { x: levelX[lv(b.id)] ?? 0, y: boxTop(b.id), w: SIZE.boxWidth, h: boxH(b.id) },
        lines: boxLines.get(b.id) ?? [],
      },
    ]),
  );
  const rectOf = (id: string) => (boxes.get(id) as BoxLayout).rect;

  const arrows = new Map<string, ArrowLayout>();
  for (const a of forward) {
    const s = rectOf(a.from);
    const t = rectOf(a.to);
    const out = rightPort.get(a.id) ?? 0;
    const inn = leftPort.get(a.id) ?? 0;
    const corridor = corridorY.get(a.id);
    const route: Pt[] =
      corridor === undefined
        ? [
            [s.x + s.w, out],
            [trackX.get(a.id) ?? 0, out],
            [trackX.get(a.id) ?? 0, inn],
            [t.x, inn],
          ]
        : [
            [s.x + s.w, out],
            [trackX.get(`${a.id}#1`) ?? 0, out],
            [trackX.get(`${a.id}#1`) ?? 0, corridor],
            [trackX.get(`${a.id}#2`) ?? 0, corridor],
            [trackX.get(`${a.id}#2`) ?? 0, inn],
            [t.x, inn],
          ];
    // The label block: stacked above the target box, in the same order as the ports.
    const siblings = incoming(a.to);
    const below = siblings.slice(siblings.indexOf(a) + 1);
    const lines = forwardLabelLines.get(a.id) ?? [];
    const belowHeight = below.reduce((h, b) => h + (forwardLabelLines.get(b.id)?.length ?? 0) * SIZE.msgLine + 6, 0);
    const labelTop = t.y - SIZE.zoneGap - belowHeight - lines.length * SIZE.msgLine;
    arrows.set(a.id, finish(a.id, false, route, labelBlock(t.x, labelTop, labelWidth, a.provenance, lines)));
  }

  // Arrows back in time: out of the bottom (or top) of the later box, then into the earlier one's
  // right side. The nearer target gets the exit further left, so the two lines never cross.
  const backBySource = new Map<string, FlowArrow[]>();
  for (const a of backward) backBySource.set(a.from, [...(backBySource.get(a.from) ?? []), a]);
  for (const [from, list] of backBySource) {
    const s = rectOf(from);
    const sorted = [...list].sort((p, q) => Math.abs(ln(p.to) - ln(from)) - Math.abs(ln(q.to) - ln(from)));
    sorted.forEach((a, i) => {
      const t = rectOf(a.to);
      const exitX = s.x + s.w * (sorted.length === 1 ? 0.84 : 0.74 + (0.18 * i) / (sorted.length - 1));
      const down = ln(a.to) > ln(from);
      const inn = rightPort.get(a.id) ?? 0;
      const route: Pt[] = [
        [exitX, down ? s.y + s.h : s.y],
        [exitX, inn],
        [t.x + t.w, inn],
      ];
      const width = exitX - s.x - 8;
      const lines = wrapText(a.label[lang], width - labelIndent(a.provenance), SIZE.msgFont);
      const block = labelBlock(s.x, inn - 7 - lines.length * SIZE.msgLine, width, a.provenance, lines);
      arrows.set(a.id, finish(a.id, true, route, block));
    });
  }

  return { titleWidth: SIZE.titleWidth, flowWidth, height, lanes, boxes, arrows };
}

function finish(id: string, backward: boolean, route: readonly Pt[], label: ArrowLabelLayout): ArrowLayout {
  const points = simplify(route);
  const tip = points[points.length - 1] as Pt;
  const before = points[points.length - 2] as Pt;
  const { shaft, head } = arrowHead(before, tip);
  return { id, backward, points: [...points.slice(0, -1), shaft], head, label };
}

/** Width of a label's longest line, for the highlight behind an active arrow's label. */
export function labelTextWidth(label: ArrowLabelLayout): number {
  return Math.max(0, ...label.lines.map((l) => textWidth(l, SIZE.msgFont)));
}
