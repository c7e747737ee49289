import { describe, expect, it } from 'vitest';
import { StepCursor } from './cursor.svelte';

function cursor(count = 5) {
  const moves: number[] = [];
  let n = count;
  const c = new StepCursor(
    () => n,
    (i) => moves.push(i),
  );
  return { c, moves, resize: (next: number) => (n = next) };
}

describe('StepCursor', () => {
  it('starts at the first step, not playing', () => {
    const { c } = cursor();
    expect([c.index, c.count, c.atFirst, c.atLast, c.playing]).toEqual([0, 5, true, false, false]);
  });

  it('steps next, previous, first and last, and stops at the ends', () => {
    const { c, moves } = cursor(3);
    c.previous();
    expect(c.index).toBe(0);
    c.next();
    c.next();
    c.next();
    expect(c.index).toBe(2);
    expect(c.atLast).toBe(true);
    c.first();
    expect(c.index).toBe(0);
    c.last();
    expect(c.index).toBe(2);
    expect(moves).toEqual([0, 1, 2, 2, 0, 2]);
  });

  it('clamps go(n) and tells onMove the clamped step', () => {
    const { c, moves } = cursor(4);
    c.go(99);
    c.go(-3);
    c.go(Number.NaN);
    c.go(2.7);
    expect(moves).toEqual([3, 0, 0, 2]);
    expect(c.index).toBe(2);
  });

  it('shows a step from elsewhere without telling onMove, clamped when read', () => {
    const { c, moves } = cursor(4);
    c.show(9999);
    expect(c.index).toBe(3);
    expect(moves).toEqual([]);
  });

  it('follows the scene when it gets shorter', () => {
    const { c, resize } = cursor(6);
    c.go(5);
    resize(3);
    expect(c.index).toBe(2);
    expect(c.atLast).toBe(true);
  });

  it('plays from the start again at the end, pauses, and a step move stops playing', () => {
    const { c } = cursor(3);
    c.last();
    c.togglePlay();
    expect([c.playing, c.index]).toEqual([true, 0]);
    c.togglePlay();
    expect(c.playing).toBe(false);
    c.togglePlay();
    c.next();
    expect([c.playing, c.index]).toEqual([false, 1]);
  });

  it('autoplay ticks to the next step and stops at the last', () => {
    const { c } = cursor(3);
    c.togglePlay();
    c.tick();
    expect([c.index, c.playing]).toEqual([1, true]);
    c.tick();
    expect([c.index, c.playing]).toEqual([2, true]);
    c.tick();
    expect([c.index, c.playing]).toEqual([2, false]);
  });
});
