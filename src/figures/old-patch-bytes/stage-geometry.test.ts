import { describe, expect, it } from 'vitest';
import { buildOldPatchBytes } from './scene';
import { OLD_PATCH_BYTES_DEFAULTS } from './data';
import { geometry, routePath } from './stage-geometry';

describe('old-patch-bytes stage geometry', () => {
  const states = buildOldPatchBytes(OLD_PATCH_BYTES_DEFAULTS);
  it('draws the padding, the entry and the first body bytes as cells, at stable places', () => {
    for (const layout of ['wide', 'tall'] as const) {
      const at = states.map((s) => geometry(s.data, layout));
      const first = at[0]!;
      expect(first.cells.map((c) => c.value).join(' ')).toBe('C2 0C 00 CC CC CC CC CC 8B FF 55 8B EC');
      expect(at[4]!.cells.map((c) => c.value).join(' ')).toBe('C2 0C 00 E9 82 A3 B8 0F EB F9 55 8B EC');
      for (const g of at) {
        expect(g.cells.map((c) => c.x)).toEqual(first.cells.map((c) => c.x));
        expect(g.height).toBe(first.height);
        expect(Math.min(...g.cells.map((c) => c.x))).toBeGreaterThanOrEqual(0);
        expect(Math.max(...g.cells.map((c) => c.x + g.cw))).toBeLessThanOrEqual(g.width);
      }
    }
  });
  it('every byte written in a step is a drawn cell', () => {
    const g = geometry(states[4]!.data, 'wide');
    const drawn = new Set(g.cells.map((c) => c.id));
    for (const i of [3, 4, 7]) {
      const bytes = states[i]!.changed.filter((id) => id.startsWith('byte-'));
      expect(bytes.length).toBeGreaterThan(0);
      for (const id of bytes) expect(drawn.has(id)).toBe(true);
    }
  });
  it('a route has one segment per hop', () => {
    const d = routePath([
      { p: [0, 0], kind: 'box' },
      { p: [10, 50], kind: 'cell' },
      { p: [40, 50], kind: 'cell' },
    ]);
    expect(d.match(/C/g)?.length).toBe(2);
  });
});
