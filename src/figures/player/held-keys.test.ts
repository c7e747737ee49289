import { describe, expect, it } from 'vitest';
import { HeldKeys } from './held-keys';
import { presentAction } from './present-keys';
import type { FocusKind } from './steps';

const KINDS: FocusKind[] = ['figure', 'button', 'range', 'text', 'select'];

describe('HeldKeys: clicker keys pressed before present mode has loaded', () => {
  it('holds PageDown, PageUp, arrows and Space and gives them back in order, once', () => {
    const held = new HeldKeys();
    expect(held.hold('PageDown', 'figure')).toBe(true);
    expect(held.hold(' ', 'button')).toBe(true);
    expect(held.hold('PageUp', 'text')).toBe(true);
    expect(held.release()).toEqual([
      { key: 'PageDown', kind: 'figure' },
      { key: ' ', kind: 'button' },
      { key: 'PageUp', kind: 'text' },
    ]);
    expect(held.release()).toEqual([]);
  });

  it('lets every other key through: Tab, letters, Escape, and arrows or Space while typing', () => {
    const held = new HeldKeys();
    for (const key of ['Tab', 'b', 'o', '?', 'Escape', 'Enter', 'Home']) expect(held.hold(key, 'figure')).toBe(false);
    expect(held.hold('ArrowRight', 'text')).toBe(false);
    expect(held.hold(' ', 'select')).toBe(false);
    expect(held.release()).toEqual([]);
  });

  it('every key it holds is one present mode steps with, from that focus', () => {
    const keys = ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', ' ', 'Tab', 'a', 'Enter'];
    for (const kind of KINDS)
      for (const key of keys) {
        const held = new HeldKeys().hold(key, kind);
        const action = presentAction(key, kind);
        if (held) expect(action === 'next' || action === 'previous', `${JSON.stringify(key)} from ${kind}`).toBe(true);
      }
  });

  it('keeps the first eight presses of a mashed clicker', () => {
    const held = new HeldKeys();
    for (let i = 0; i < 20; i++) held.hold('PageDown', 'figure');
    expect(held.release()).toHaveLength(8);
  });
});
