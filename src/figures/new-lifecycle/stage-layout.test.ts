import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/svg-text';
import { MAX_SLOTS, routePoints, stageLayout } from './stage-layout';
import { MONTH_SHORT, NL_TEXT as T } from './strings';

const BOXES = [
  { width: 720, height: 420, layout: 'wide' as const },
  { width: 1000, height: 480, layout: 'wide' as const },
  { width: 340, height: 320, layout: 'tall' as const },
  { width: 630, height: 400, layout: 'wide' as const },
];

describe('new-lifecycle stage layout', () => {
  for (const box of BOXES) {
    const g = stageLayout(6, box);
    it(`${box.layout} ${box.width}: every part sits inside the drawing`, () => {
      const rects = [...g.months, g.disk, ...g.chainSlots, ...g.lanes.flatMap((l) => l.slots)];
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.w).toBeLessThanOrEqual(g.width + 0.01);
        expect(r.y + r.h).toBeLessThanOrEqual(g.height);
      }
      expect(g.lanes[0]!.slots).toHaveLength(MAX_SLOTS);
    });
    it(`${box.layout} ${box.width}: the words fit their cells in both languages`, () => {
      const cellW = g.months[0]!.w - 14;
      for (const lang of ['en', 'ja'] as const) {
        if (!g.tall)
          for (const k of Object.values(MONTH_SHORT)) expect(textWidth(k[lang], g.font.small)).toBeLessThan(cellW);
        const slotW = g.lanes[0]!.slots[0]!.w - 12;
        for (const s of [
          (g.tall ? T.base : T.baseImage)[lang],
          `${T.patchImage[lang]} ${T.seqPrefix[lang]}2`,
          T.superseded[lang],
        ]) {
          expect(textWidth(s, g.font.small)).toBeLessThan(slotW);
        }
        if (g.tall) expect(textWidth(T.keyTall[lang], g.font.small)).toBeLessThan(g.width - 16);
      }
      const scale = Math.min(box.width / g.width, box.height / g.height);
      expect(g.font.small * scale).toBeGreaterThanOrEqual(box.layout === 'tall' ? 12 : 14);
    });
  }
  it('the call route ends under the target slot', () => {
    const g = stageLayout(6, BOXES[0]!);
    const lane = g.lanes[0]!;
    const pts = routePoints(lane, lane.slots[2]!);
    expect(pts.at(-1)![0]).toBeCloseTo(lane.slots[2]!.x + lane.slots[2]!.w / 2);
  });
});

describe('new-lifecycle projection arrangement', () => {
  it('keeps text ≥ 18 px (≥ 24 px at 1920) and fits a box as short as 340 px at 1:1', () => {
    for (const [box, least] of [
      [{ width: 1162, height: 340, layout: 'wide', projecting: true }, 18],
      [{ width: 990, height: 380, layout: 'wide', projecting: true }, 18],
      [{ width: 1840, height: 620, layout: 'wide', projecting: true }, 24],
    ] as const) {
      const g = stageLayout(7, box);
      expect(Math.min(...Object.values(g.font))).toBeGreaterThanOrEqual(least);
      expect(g.width).toBe(box.width);
      expect(g.height).toBeLessThanOrEqual(box.height);
      // Nothing outside the drawing, and the disk/chain row never overlaps the lanes.
      const rects = [...g.months, g.disk, ...g.chainSlots, ...g.lanes.flatMap((l) => l.slots)];
      for (const r of rects) expect(r.x + r.w).toBeLessThanOrEqual(g.width);
      expect(g.lanes[0]!.slots[0]!.y).toBeGreaterThan(g.disk.y + g.disk.h);
      expect(g.nowTag).toBe(false);
    }
  });
});
