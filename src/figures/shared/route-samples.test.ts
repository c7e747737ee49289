import { describe, expect, it } from 'vitest';
import { routeSamples } from './route-samples';

describe('routeSamples', () => {
  it('runs from the first point to the last, offsets 0 … 1 in order', () => {
    const s = routeSamples(
      [
        [
          [0, 0],
          [100, 0],
          [100, 100],
        ],
      ],
      'basis',
      10,
    );
    expect(s).toHaveLength(11);
    expect(s[0]).toMatchObject({ x: 0, y: 0, offset: 0 });
    expect(s.at(-1)!.x).toBeCloseTo(100);
    expect(s.at(-1)!.y).toBeCloseTo(100);
    expect(s.at(-1)!.offset).toBe(1);
    for (let i = 1; i < s.length; i++) expect(s[i]!.offset).toBeGreaterThan(s[i - 1]!.offset);
  });

  it('follows the drawn curve: a basis curve cuts the corner a polyline would take', () => {
    const s = routeSamples(
      [
        [
          [0, 0],
          [100, 0],
          [100, 100],
        ],
      ],
      'basis',
      20,
    );
    const middle = s[10]!;
    // The polyline's middle is the corner (100, 0); the B-spline passes well inside it.
    expect(Math.hypot(middle.x - 100, middle.y)).toBeGreaterThan(10);
  });

  it('keeps one speed: samples are evenly spaced along a straight line', () => {
    const s = routeSamples(
      [
        [
          [0, 0],
          [30, 0],
          [100, 0],
        ],
      ],
      'linear',
      10,
    );
    s.forEach((p, k) => expect(p.x).toBeCloseTo(k * 10));
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
      4,
    );
    expect(s[0]!.x).toBe(0);
    expect(s.at(-1)!.x).toBeCloseTo(60);
  });

  it('gives nothing to travel for fewer than two points', () => {
    expect(routeSamples([[[5, 5]]])).toEqual([]);
    expect(routeSamples([])).toEqual([]);
  });
});
