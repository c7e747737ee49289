import { describe, expect, it } from 'vitest';
import { calendarLayout, fitBadges } from './layout';

const inside = (L: ReturnType<typeof calendarLayout>) =>
  L.cells.every((c) => c.x >= 0 && c.x + c.width <= L.width + 0.01 && c.y >= 0 && c.y + c.height <= L.height);

describe('servicing-calendar layout', () => {
  it('draws quarter rows of three on a phone, with text ≥ 12 px, inside the box', () => {
    const L = calendarLayout({ width: 340, height: 360, layout: 'tall' }, { months: 12, plan: false, rows: 2 });
    expect(L.tall).toBe(true);
    expect(new Set(L.cells.map((c) => c.x)).size).toBe(3);
    expect(Math.min(...Object.values(L.font))).toBeGreaterThanOrEqual(12);
    expect(inside(L)).toBe(true);
    expect(L.height).toBe(360);
  });
  it('uses six columns only when a month gets 150 px, text ≥ 14 px', () => {
    const narrow = calendarLayout({ width: 630, height: 400, layout: 'wide' }, { months: 12, plan: true, rows: 2 });
    const wide = calendarLayout({ width: 1200, height: 420, layout: 'wide' }, { months: 12, plan: true, rows: 2 });
    expect(new Set(narrow.cells.map((c) => c.x)).size).toBe(3);
    expect(new Set(wide.cells.map((c) => c.x)).size).toBe(6);
    expect(Math.min(...Object.values(wide.font))).toBeGreaterThanOrEqual(14);
    expect(inside(narrow) && inside(wide)).toBe(true);
  });
  it('projects with text ≥ 18 px (≥ 24 px on a 1920-px projector), every part inside the box', () => {
    for (const [box, least] of [
      [{ width: 1162, height: 417, layout: 'wide', projecting: true }, 18],
      [{ width: 900, height: 470, layout: 'wide', projecting: true }, 18],
      [{ width: 1840, height: 700, layout: 'wide', projecting: true }, 24],
    ] as const) {
      const L = calendarLayout(box, { months: 12, plan: true, rows: 2 });
      expect(Math.min(...Object.values(L.font))).toBeGreaterThanOrEqual(least);
      expect(inside(L)).toBe(true);
      // The drawing is the box's size, so those font sizes are the rendered sizes.
      expect([L.width, L.height]).toEqual([box.width, box.height]);
      // A bar row holds its label.
      expect(L.bars.rowHeight).toBeGreaterThanOrEqual(L.font.bar + 8);
      // Each month is wide enough for its name at that size (at least 6 em).
      expect(Math.min(...L.cells.map((c) => c.width))).toBeGreaterThanOrEqual(6 * L.font.name);
    }
  });
  it('fits badges and counts the rest', () => {
    const measure = (t: string) => t.length * 8;
    expect(fitBadges(['aaaa', 'bbbb'], 200, measure, 4)).toEqual({ shown: ['aaaa', 'bbbb'], hidden: 0 });
    expect(fitBadges(['aaaaaaaa', 'bbbbbbbb', 'cccccccc'], 120, measure, 4)).toEqual({
      shown: ['aaaaaaaa'],
      hidden: 2,
    });
  });
});
