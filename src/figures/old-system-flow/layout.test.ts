import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang';
import { oldSystemFlow } from './scene';
import { ARROWS, BOXES, LANES } from './diagram';
import { SIZE, assignLevels, layoutFlow, orderTracks, type Pt, type Rect } from './layout';
import { textWidth, wrapText } from '../shared/svg-text';

const states = oldSystemFlow.build({});
const inputs = { lanes: LANES, boxes: BOXES, arrows: ARROWS };

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, [x, y]: Pt) => x > r.x + 0.5 && x < r.x + r.w - 0.5 && y > r.y + 0.5 && y < r.y + r.h - 0.5;

/** Points along a segment, to test that a line never runs through a box. */
function samples(a: Pt, b: Pt): Pt[] {
  const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2);
  return Array.from(
    { length: n + 1 },
    (_, i) => [a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n] as const,
  );
}

describe('assignLevels', () => {
  it('puts every arrow from an earlier box forward in time and never two boxes of a lane in one column', () => {
    const level = assignLevels(BOXES, ARROWS);
    const order = new Map(BOXES.map((b, i) => [b.id, i]));
    for (const a of ARROWS) {
      const forward = (order.get(a.from) ?? 0) < (order.get(a.to) ?? 0);
      const delta = (level.get(a.to) ?? 0) - (level.get(a.from) ?? 0);
      expect(forward ? delta > 0 : delta < 0, a.id).toBe(true);
    }
    const cells = BOXES.map((b) => `${b.lane}@${level.get(b.id)}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('keeps the scene order as time order', () => {
    const level = assignLevels(BOXES, ARROWS);
    const columns = BOXES.map((b) => level.get(b.id) ?? -1);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
  });
});

describe('orderTracks', () => {
  it('orders two staggered Z-shaped pieces so they do not cross', () => {
    // Both go down. Put "upper" (10 → 100) left of "lower" (50 → 140) and lower's piece coming in
    // at 50 crosses upper's track, and upper's piece leaving at 100 crosses lower's: two crossings.
    // With "lower" on the left there are none.
    const upper = { arrow: 'upper', yIn: 10, yOut: 100 };
    const lower = { arrow: 'lower', yIn: 50, yOut: 140 };
    expect(orderTracks([upper, lower]).map((s) => s.arrow)).toEqual(['lower', 'upper']);
    expect(orderTracks([lower, upper]).map((s) => s.arrow)).toEqual(['lower', 'upper']);
  });
});

describe.each(LANGS)('layoutFlow (%s)', (lang) => {
  const layout = layoutFlow(inputs, lang);
  const boxes = [...layout.boxes.values()];
  const rects = boxes.map((b) => b.rect);

  it('places every box inside its lane, without overlaps', () => {
    for (const box of BOXES) {
      const r = layout.boxes.get(box.id)?.rect as Rect;
      const lane = layout.lanes.find((l) => l.id === box.lane);
      expect(lane).toBeDefined();
      expect(r.y).toBeGreaterThanOrEqual(lane?.y ?? 0);
      expect(r.y + r.h).toBeLessThanOrEqual((lane?.y ?? 0) + (lane?.h ?? 0));
      expect(r.x + r.w).toBeLessThanOrEqual(layout.flowWidth);
    }
    rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('fits every box label inside its box', () => {
    for (const b of boxes) {
      for (const line of b.lines)
        expect(textWidth(line, SIZE.boxFont)).toBeLessThanOrEqual(b.rect.w - 2 * SIZE.boxPadX);
      expect(SIZE.boxPadTop + b.lines.length * SIZE.boxLine + SIZE.boxPadBottom).toBeLessThanOrEqual(b.rect.h);
    }
  });

  it('routes every arrow in straight horizontal and vertical runs that never cross a box', () => {
    for (const a of ARROWS) {
      const arrow = layout.arrows.get(a.id);
      expect(arrow, a.id).toBeDefined();
      const points = [...(arrow?.points ?? []), arrow?.head[0] as Pt];
      for (let i = 1; i < points.length; i += 1) {
        const p = points[i - 1] as Pt;
        const q = points[i] as Pt;
        expect(p[0] === q[0] || p[1] === q[1], `${a.id} segment ${i}`).toBe(true);
        const hit = samples(p, q).some((s) => rects.some((r) => inside(r, s)));
        expect(hit, `${a.id} segment ${i} crosses a box`).toBe(false);
      }
    }
  });

  it('ends every arrowhead on the edge of the box it points at, and starts on its source', () => {
    const onEdge = (r: Rect, [x, y]: Pt) =>
      ((Math.abs(x - r.x) < 0.01 || Math.abs(x - r.x - r.w) < 0.01) && y >= r.y && y <= r.y + r.h) ||
      ((Math.abs(y - r.y) < 0.01 || Math.abs(y - r.y - r.h) < 0.01) && x >= r.x && x <= r.x + r.w);
    for (const a of ARROWS) {
      const arrow = layout.arrows.get(a.id);
      expect(onEdge(layout.boxes.get(a.to)?.rect as Rect, arrow?.head[0] as Pt), `${a.id} tip`).toBe(true);
      expect(onEdge(layout.boxes.get(a.from)?.rect as Rect, arrow?.points[0] as Pt), `${a.id} start`).toBe(true);
    }
  });

  it('keeps arrow labels clear of boxes and of each other', () => {
    const labelRects = [...layout.arrows.values()].map((a) => ({
      id: a.id,
      r: { x: a.label.x, y: a.label.y, w: a.label.width, h: a.label.lines.length * SIZE.msgLine },
    }));
    for (const { id, r } of labelRects) {
      expect(r.y, id).toBeGreaterThanOrEqual(SIZE.top);
      for (const box of rects) expect(overlaps(r, box), `${id} label over a box`).toBe(false);
    }
    labelRects.forEach((a, i) =>
      labelRects.slice(i + 1).forEach((b) => expect(overlaps(a.r, b.r), `${a.id} / ${b.id}`).toBe(false)),
    );
    for (const a of layout.arrows.values()) {
      for (const line of a.label.lines)
        expect(textWidth(line, SIZE.msgFont)).toBeLessThanOrEqual(a.label.x + a.label.width - a.label.textX);
    }
  });

  it('puts a forward arrow’s label right above the box it points at', () => {
    for (const a of ARROWS) {
      const arrow = layout.arrows.get(a.id);
      const target = layout.boxes.get(a.to)?.rect as Rect;
      if (!arrow || arrow.backward) continue;
      expect(arrow.label.x).toBe(target.x);
      expect(arrow.label.y + arrow.label.lines.length * SIZE.msgLine).toBeLessThanOrEqual(
        target.y - SIZE.zoneGap + 0.01,
      );
      expect(arrow.label.y).toBeGreaterThan(target.y - 200);
    }
  });

  it('does not move anything between steps', () => {
    const first = layoutFlow(states[0]?.data ?? inputs, lang);
    for (const s of states) expect(layoutFlow(s.data, lang)).toEqual(first);
  });
});

describe('the diagram labels, wrapped', () => {
  it('never leave one Japanese character alone on a last line', () => {
    for (const width of [90, 104, 130, 166]) {
      for (const item of [...BOXES, ...ARROWS, ...LANES]) {
        const lines = wrapText(item.label.ja, width, 13);
        const last = lines[lines.length - 1] ?? '';
        if (lines.length > 1) expect([...last].length, `${item.label.ja} @${width}`).toBeGreaterThan(1);
      }
    }
  });
});
