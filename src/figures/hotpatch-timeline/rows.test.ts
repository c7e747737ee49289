import { describe, expect, it } from 'vitest';
import { stackRows } from './rows';

describe('stackRows', () => {
  it('keeps items that do not overlap on the first row', () => {
    const rows = stackRows(
      [
        { id: 'a', from: 0, to: 10 },
        { id: 'b', from: 20, to: 30 },
        { id: 'c', from: 40, to: 50 },
      ],
      4,
      3,
    );
    expect([...rows.values()]).toEqual([0, 0, 0]);
  });

  it('moves an overlapping item to the next free row, and back up when there is room', () => {
    const rows = stackRows(
      [
        { id: 'a', from: 0, to: 30 },
        { id: 'b', from: 10, to: 20 },
        { id: 'c', from: 25, to: 35 },
        { id: 'd', from: 40, to: 45 },
      ],
      2,
      3,
    );
    expect(rows.get('a')).toBe(0);
    expect(rows.get('b')).toBe(1);
    expect(rows.get('c')).toBe(1);
    expect(rows.get('d')).toBe(0);
  });

  it('never uses more rows than allowed', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ id: String(i), from: 0, to: 10 }));
    const rows = stackRows(items, 0, 3);
    expect(Math.max(...rows.values())).toBe(2);
    expect(rows.size).toBe(6);
  });

  it('respects the gap between neighbours', () => {
    const rows = stackRows(
      [
        { id: 'a', from: 0, to: 10 },
        { id: 'b', from: 12, to: 20 },
      ],
      4,
      2,
    );
    expect(rows.get('b')).toBe(1);
  });
});
