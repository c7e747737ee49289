import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear } from 'd3-scale';
import { bands, linearScale, linearTicks, tickStep } from './scales';

describe('linearTicks', () => {
  it('gives the ticks d3 gives, for counts and fractions', () => {
    const cases: [number, number, number][] = [
      [0, 12, 6],
      [0, 12, 10],
      [0, 7, 6],
      [0, 1, 5],
      [0, 3, 6],
      [0.5, 250, 10],
      [2017, 2027, 10],
    ];
    for (const [start, stop, count] of cases) {
      expect(linearTicks(start, stop, count)).toEqual(scaleLinear().domain([start, stop]).ticks(count));
    }
  });

  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(0, 12, 6)).toBe(2);
    expect(tickStep(0, 25, 10)).toBe(2);
    expect(tickStep(0, 100, 3)).toBe(50);
  });
});

describe('linearScale', () => {
  it('maps like d3’s linear scale, including outside the domain', () => {
    const d3 = scaleLinear().domain([0, 12]).range([200, 890]);
    const own = linearScale([0, 12], [200, 890]);
    for (const value of [-1, 0, 3, 7.5, 12, 13]) expect(own(value)).toBeCloseTo(d3(value), 9);
  });
});

describe('bands', () => {
  it('places bands and their width like d3’s scaleBand with inner padding', () => {
    for (const [count, padding] of [
      [3, 0.03],
      [4, 0.12],
      [1, 0.1],
      [5, 0],
    ] as const) {
      const d3 = scaleBand<number>()
        .domain(Array.from({ length: count }, (_, i) => i))
        .range([48, 960])
        .paddingInner(padding);
      const own = bands(count, [48, 960], padding);
      expect(own.bandwidth).toBeCloseTo(d3.bandwidth(), 9);
      for (let i = 0; i < count; i++) expect(own.at(i)).toBeCloseTo(d3(i) ?? NaN, 9);
    }
  });
});
