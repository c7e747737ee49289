import { describe, expect, it } from 'vitest';
import type { Point } from './route-path';
import { routeSamples } from './route-samples';

const corner: Point[] = [
  [0, 0],
  [100, 0],
  [100, 100],
];

describe('routeSamples', () => {
  it('runs from the first point to the last, offsets 0 … 1 in order', () => {
    const s = routeSamples([corner], 'basis');
    expect(s.length).toBeGreaterThan(4);
    expect(s[0]).toMatchObject({ x: 0, y: 0, offset: 0 });
    expect(s.at(-1)!.x).toBeCloseTo(100);
    expect(s.at(-1)!.y).toBeCloseTo(100);
    expect(s.at(-1)!.offset).toBe(1);
    for (let i = 1; i < s.length; i++) expect(s[i]!.offset).toBeGreaterThanOrEqual(s[i - 1]!.offset);
  });

  it('follows the drawn curve: a basis curve cuts the corner a polyline would take', () => {
    const s = routeSamples([corner], 'basis');
    const middle = s.reduce((a, b) => (Math.abs(b.offset - 0.5) < Math.abs(a.offset - 0.5) ? b : a));
    // The polyline's middle is the corner (100, 0); the B-spline passes well inside it.
    expect(Math.hypot(middle.x - 100, middle.y)).toBeGreaterThan(10);
  });

  it("keeps one speed: each point's offset is its share of the length walked", () => {
    const s = routeSamples(
      [
        [
          [0, 0],
          [30, 0],
          [100, 0],
        ],
      ],
      'linear',
    );
    expect(s.map((p) => [p.x, p.offset])).toEqual([
      [0, 0],
      [30, 0.3],
      [100, 1],
    ]);
  });

  it('joins separate pieces in order (a call that jumps)', () => {
    const s = routeSamples(
      [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [50, 0],
          [60, 0],
        ],
      ],
      'linear',
    );
    expect(s.map((p) => p.x)).toEqual([0, 10, 50, 60]);
    expect(s.at(-1)!.offset).toBe(1);
  });

  it('gives nothing to travel for fewer than two points', () => {
    expect(routeSamples([[[5, 5]]])).toEqual([]);
    expect(routeSamples([])).toEqual([]);
  });
});
