/**
 * Figure `old-system-flow`, the stage drawing's geometry: one SVG in viewBox units with a 'wide'
 * arrangement (lane title | timeline of chips, one column per step | the current step's labels)
 * and a 'tall' one (per lane: title, then the chip timeline, then the current labels), so text
 * stays ≥ 14 px at 1280×720 and ≥ 12 px at 390×844 without sideways scrolling.
 */
import type { Lang } from '../../i18n/lang';
import type { LaneId, OldSystemFlowData } from './data';
import { FLOW as FLOW_STEPS } from './flow';
import { textWidth, wrapText } from '../shared/svg-text';
import { projectedSize } from '../shared/projected-size';
import { STAGE_LANE } from './strings';

export type Arrangement = 'wide' | 'tall';

export interface ChipLayout {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  cy: number;
}
export interface LaneLayout {
  id: LaneId;
  y: number;
  h: number;
  titleX: number;
  titleY: number;
  title: string[];
  labelX: number;
  labelY: number;
  labelW: number;
}
export interface StageLayout {
  width: number;
  height: number;
  font: number;
  line: number;
  lanes: LaneLayout[];
  chips: Map<string, ChipLayout>;
  /** Wrapped label lines of each active box, in its lane's label area. */
  labels: { id: string; x: number; y: number; lines: string[] }[];
}

/** The step (column) at which each box first appears. */
const FIRST_STEP = new Map<string, number>();
FLOW_STEPS.forEach((s, i) => s.boxes.forEach((b) => FIRST_STEP.has(b) || FIRST_STEP.set(b, i)));

export function stageLayout(
  data: OldSystemFlowData,
  lang: Lang,
  arrangement: Arrangement,
  boxW = 720,
  boxH = 420,
  projecting = false,
): StageLayout {
  const wide = arrangement === 'wide';
  // One viewBox unit is one CSS pixel: the drawing is laid out for the measured box itself. A
  // projected drawing may be flat (the caption is large): it keeps the box's height, not 300.
  const width = Math.max(300, Math.round(boxW));
  // A phone whose captions are long keeps a short box: draw for it down to 270 (one label line per
  // lane still fits) rather than scale a 300-unit drawing down under 12 px.
  const height = Math.max(projecting ? 200 : wide ? 300 : 270, Math.round(boxH));
  const laneH = (height - 4) / data.lanes.length;
  // Projected: one size from the lane height (~½ lane), no larger than keeps the longest lane title
  // on one line, and never under 19 px (a long title then takes two lines).
  const titleW = wide
    ? projecting
      ? Math.round(width * 0.27)
      : Math.min(170, Math.round(width * 0.22))
    : Math.round(width * 0.46);
  const longest = Math.max(...data.lanes.map((l) => textWidth(STAGE_LANE[l.id][lang], 1)));
  const font = projecting
    ? Math.max(projectedSize({ width }, 19), Math.round(Math.min(34, laneH * 0.5, (titleW - 12) / 1.06 / longest)))
    : wide
      ? 14
      : 13;
  const line = Math.round(font * 1.2);
  const cols = FLOW_STEPS.length;
  const colMax = projecting ? Math.max(32, Math.round(font * 1.5)) : 32;
  // Tall: the strip is one line high, so a step that brings two boxes in one lane sets them side by
  // side in a double-width column (stacked they would be 8 units high under 13-unit badges).
  const doubled = wide ? new Set<number>() : doubledColumns(data);
  const units = Array.from({ length: cols }, (_, c) => (doubled.has(c) ? 2 : 1));
  const totalUnits = units.reduce((a, b) => a + b, 0);
  const colW = wide
    ? Math.min(colMax, Math.floor((width * 0.32) / cols))
    : Math.floor((width - titleW - 8) / totalUnits);
  const stripX = titleW + 4;
  const colX = units.map((_, c) => stripX + units.slice(0, c).reduce((a, b) => a + b, 0) * colW);
  const chipW = colW - 3;
  const labelX = wide ? stripX + cols * colW + 10 : 8;
  const labelW = width - labelX - 6;
  const lanes: LaneLayout[] = [];
  const chips = new Map<string, ChipLayout>();
  const labels: StageLayout['labels'] = [];
  data.lanes.forEach((lane, li) => {
    const y = 2 + li * laneH;
    const text = STAGE_LANE[lane.id][lang];
    const titleRoom = wide ? Math.max(1, Math.floor((laneH - 6) / line)) : 1;
    const title = clip(wrapText(text, (titleW - 12) / 1.06, font), titleRoom, lang);
    const stripY = wide ? y + 5 : y + 3;
    const stripH = wide ? laneH - 10 : line + 2;
    const lab = wide ? y + 4 : y + line + 8;
    lanes.push({
      id: lane.id,
      y,
      h: laneH,
      titleX: 8,
      titleY: wide ? y + (laneH - title.length * line) / 2 + font * 0.85 : y + font + 2,
      title,
      labelX,
      labelY: lab,
      labelW,
    });
    const inLane = data.boxes.filter((b) => b.lane === lane.id);
    const perCol = new Map<number, string[]>();
    for (const b of inLane) {
      const c = FIRST_STEP.get(b.id) ?? 0;
      perCol.set(c, [...(perCol.get(c) ?? []), b.id]);
    }
    for (const [c, ids] of perCol) {
      if (!wide && doubled.has(c)) {
        const w = (units[c]! * colW - 3 - (ids.length - 1) * 2) / ids.length;
        ids.forEach((id, k) => {
          const x = (colX[c] ?? stripX) + 1 + k * (w + 2);
          chips.set(id, { id, x, y: stripY, w, h: stripH, cx: x + w / 2, cy: stripY + stripH / 2 });
        });
        continue;
      }
      const h = (stripH - (ids.length - 1) * 2) / ids.length;
      ids.forEach((id, k) => {
        const x = (colX[c] ?? stripX) + 1;
        const cy0 = stripY + k * (h + 2);
        chips.set(id, { id, x, y: cy0, w: chipW, h, cx: x + chipW / 2, cy: cy0 + h / 2 });
      });
    }
    const active = inLane.filter((b) => b.active);
    const room = Math.max(1, Math.floor((y + laneH - lab - 2) / line));
    let used = 0;
    // More current boxes than rows (a flat projected lane): label the first ones; every chip stays
    // highlighted and the caption names them all.
    const shown = active.slice(0, room);
    for (const b of shown) {
      const share = Math.max(1, Math.floor(room / shown.length));
      // Room for the "▶ " mark, and 6 % for the semibold weight the estimate (regular) does not know;
      // projected (large type, long Latin lines with capitals and brackets) the estimate runs ~2 %
      // short, so 10 % there.
      const wrapW = (labelW - 6 - textWidth('▶\uFE0E ', font)) / (projecting ? 1.1 : 1.06);
      const lines = clip(wrapText(b.label[lang], wrapW, font), share, lang);
      labels.push({ id: b.id, x: labelX, y: lab + used * line, lines });
      used += lines.length;
    }
  });
  return { width, height, font, line, lanes, chips, labels };
}

/** The step columns in which some lane gets more than one box. */
function doubledColumns(data: OldSystemFlowData): Set<number> {
  const count = new Map<string, number>();
  for (const b of data.boxes) {
    const key = `${b.lane} ${FIRST_STEP.get(b.id) ?? 0}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [key, n] of count) if (n > 1) out.add(Number(key.split(' ')[1]));
  return out;
}

/** At most `n` lines; a cut last line ends in an ellipsis (the full text is in the caption and the detail layer). */
function clip(lines: string[], n: number, lang: Lang): string[] {
  if (lines.length <= n) return lines;
  const kept = lines.slice(0, n);
  const last = kept[n - 1] ?? '';
  kept[n - 1] = `${last.slice(0, Math.max(1, last.length - (lang === 'ja' ? 1 : 2)))}…`;
  return kept;
}

/** The patch's route in this step: through the step's arrows, or from the last step's box to this step's. */
export function routePoints(data: OldSystemFlowData, layout: StageLayout, index: number): [number, number][] {
  const at = (id: string): [number, number] | null => {
    const c = layout.chips.get(id);
    return c ? [c.cx, c.cy] : null;
  };
  const pts: [number, number][] = [];
  const push = (p: [number, number] | null) => {
    if (!p) return;
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  };
  const step = FLOW_STEPS[index];
  if (!step) return pts;
  const arrows = data.arrows.filter((a) => a.active);
  if (arrows.length) {
    for (const a of arrows) {
      push(at(a.from));
      push(at(a.to));
    }
  } else {
    const prev = FLOW_STEPS[index - 1];
    if (prev) push(at(prev.boxes[prev.boxes.length - 1] ?? ''));
    for (const b of step.boxes) push(at(b));
  }
  return pts;
}
