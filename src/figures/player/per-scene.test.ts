import { describe, expect, it } from 'vitest';
import { perScene } from './per-scene';

describe('perScene', () => {
  it('computes once per states array and again for a new one', () => {
    let runs = 0;
    const count = perScene((states: readonly number[]) => (runs++, states.length));
    const a = [1, 2, 3];
    expect(count(a)).toBe(3);
    expect(count(a)).toBe(3);
    expect(runs).toBe(1);
    expect(count([1])).toBe(1);
    expect(runs).toBe(2);
  });
});
