import { describe, expect, it } from 'vitest';
import { projectedFloor, projectedSize } from './projected-size';

// Present-mode drawing boxes measured at the three projector sizes e2e/present.spec.ts checks.
const SMALL_ROOMS = [{ width: 1162 }, { width: 926 }];
const LARGE_ROOM = { width: 1840 };

describe('projectedSize', () => {
  it('keeps the design size in the small rooms and never goes under 18 px there', () => {
    for (const box of SMALL_ROOMS) {
      expect(projectedFloor(box)).toBe(18);
      expect(projectedSize(box, 20)).toBe(20);
      expect(projectedSize(box, 18)).toBe(18);
      expect(projectedSize(box, 14)).toBe(18);
    }
  });

  it('grows by the rule’s own ratio (24/18) in the large room: 18 → 24, and rounds up', () => {
    expect(projectedFloor(LARGE_ROOM)).toBe(24);
    expect(projectedSize(LARGE_ROOM, 18)).toBe(24);
    expect(projectedSize(LARGE_ROOM, 12)).toBe(24);
    expect(projectedSize(LARGE_ROOM, 21)).toBe(28);
    expect(projectedSize(LARGE_ROOM, 20)).toBe(27); // 26.67
  });

  it('undoes the drawing’s scale, so the rendered size meets the rule', () => {
    for (const box of [...SMALL_ROOMS, LARGE_ROOM]) {
      for (const scale of [0.8, 1, 1.37, 2.5]) {
        for (const base of [12, 18, 19, 22, 26]) {
          const rendered = projectedSize(box, base, scale) * scale;
          expect(rendered).toBeGreaterThanOrEqual(projectedFloor(box) - 1e-9);
          expect(rendered).toBeGreaterThanOrEqual(Math.max(base, 18) * (projectedFloor(box) / 18) - 1e-9);
          // Rounded up by less than one unit.
          expect(projectedSize(box, base, scale) - 1).toBeLessThan(
            (Math.max(base, 18) * projectedFloor(box)) / 18 / scale,
          );
        }
      }
    }
  });
});
