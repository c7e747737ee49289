import { describe, expect, it } from 'vitest';
import { GUTTER, LC_W, lifecycleGeometry } from './geometry';

describe('lifecycleGeometry', () => {
  const months = [1, 2, 3, 4, 5, 6];

  it('places the months left to right inside the drawing, after the row labels', () => {
    const g = lifecycleGeometry(months, { chainSlots: 2, processSlots: 2, patchSlots: 2 });
    const xs = months.map((m) => g.column(m) ?? -1);
    expect(xs[0]).toBeGreaterThanOrEqual(GUTTER);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]! + g.column.bandwidth());
    expect(xs.at(-1)! + g.column.bandwidth()).toBeLessThanOrEqual(LC_W);
  });

  it('stacks the rows without overlap', () => {
    const g = lifecycleGeometry(months, { chainSlots: 2, processSlots: 2, patchSlots: 2 });
    const rows = [g.header, g.restart, g.disk, g.chain, g.processes];
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.y).toBeGreaterThanOrEqual(rows[i - 1]!.y + rows[i - 1]!.h);
    expect(g.legendY).toBeGreaterThan(g.processes.y + g.processes.h);
    expect(g.height).toBeGreaterThan(g.legendY);
  });

  it('grows with the reserve, so more content never overflows', () => {
    const small = lifecycleGeometry(months, { chainSlots: 1, processSlots: 1, patchSlots: 1 });
    const big = lifecycleGeometry(months, { chainSlots: 3, processSlots: 2, patchSlots: 3 });
    expect(big.chain.h).toBeGreaterThan(small.chain.h);
    expect(big.cardH).toBeGreaterThan(small.cardH);
    expect(big.height).toBeGreaterThan(small.height);
  });
});
