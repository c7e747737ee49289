import { describe, expect, it } from 'vitest';
import { stageBox } from '../player/stage';
import { ROWS, fontFor, stageLayout } from './layout';

describe('old-vs-new layout', () => {
  it('keeps text at the stage floors: 14 px wide, 12 px on phones, 18–24 px projected', () => {
    expect(fontFor(stageBox(1200, 480))).toBeGreaterThanOrEqual(14);
    expect(fontFor(stageBox(370, 480))).toBeGreaterThanOrEqual(12);
    expect(fontFor(stageBox(1240, 470, true))).toBeGreaterThanOrEqual(18);
    expect(fontFor(stageBox(1880, 820, true))).toBeGreaterThanOrEqual(24);
  });

  it('fits both lanes in the box width and leaves room for the callout band', () => {
    for (const box of [stageBox(1200, 470), stageBox(370, 470), stageBox(1240, 470, true), stageBox(990, 520, true)]) {
      const g = stageLayout(box);
      expect(g.lanes[1].boxX + g.boxW + g.bulge).toBeLessThanOrEqual(box.width + 1);
      expect(g.lanes[0].boxX + g.boxW).toBeLessThan(g.lanes[1].x);
      expect(g.rowY).toHaveLength(ROWS);
      expect(g.svgHeight).toBeLessThan(box.height * 0.7);
    }
  });
});
