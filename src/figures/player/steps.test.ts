import { describe, expect, it } from 'vitest';
import { actionForKey, clampIndex, indexFromHash, stepBy, stepHash } from './steps';
import { keyWhileBlank, presentAction } from './present-keys';

describe('clampIndex', () => {
  it('keeps valid indexes and clamps the rest', () => {
    expect(clampIndex(3, 9)).toBe(3);
    expect(clampIndex(-1, 9)).toBe(0);
    expect(clampIndex(9999, 9)).toBe(8);
    expect(clampIndex(Number.NaN, 9)).toBe(0);
    expect(clampIndex(2.7, 9)).toBe(2);
  });
});

describe('indexFromHash', () => {
  const id = 'old-patch-bytes';
  it('reads 1-based steps', () => {
    expect(indexFromHash('#old-patch-bytes-step-4', id, 8)).toBe(3);
    expect(indexFromHash(`#${stepHash(id, 6)}`, id, 8)).toBe(6);
  });
  it('clamps bad values to the nearest valid step', () => {
    expect(indexFromHash('#old-patch-bytes-step-0', id, 8)).toBe(0);
    expect(indexFromHash('#old-patch-bytes-step--1', id, 8)).toBe(0);
    expect(indexFromHash('#old-patch-bytes-step-9999', id, 8)).toBe(7);
    expect(indexFromHash('#old-patch-bytes-step-abc', id, 8)).toBe(0);
    expect(indexFromHash('#old-patch-bytes', id, 8)).toBe(0);
  });
  it('reads `last` as the last step (the deck steps back into a figure at its end)', () => {
    expect(indexFromHash('#old-patch-bytes-step-last', id, 8)).toBe(7);
    expect(indexFromHash('#old-patch-bytes-step-last', id, 1)).toBe(0);
  });
  it('ignores hashes of other figures and headings', () => {
    expect(indexFromHash('#old-race-step-2', id, 8)).toBeNull();
    expect(indexFromHash('#the-two-step-write', id, 8)).toBeNull();
    expect(indexFromHash('', id, 8)).toBeNull();
    expect(indexFromHash('#%E0%A4%A', id, 8)).toBeNull();
  });
});

describe('actionForKey', () => {
  it('maps reading keys while the figure has focus', () => {
    expect(actionForKey('ArrowRight', 'figure')).toBe('next');
    expect(actionForKey('PageUp', 'figure')).toBe('previous');
    expect(actionForKey('Home', 'button')).toBe('first');
    expect(actionForKey(' ', 'figure')).toBe('toggle-play');
    expect(actionForKey('?', 'figure')).toBe('help');
  });
  it('leaves native controls their own keys', () => {
    expect(actionForKey('ArrowRight', 'range')).toBeNull();
    expect(actionForKey(' ', 'button')).toBeNull();
    expect(actionForKey('ArrowLeft', 'text')).toBeNull();
  });
  it('adds clicker and projector keys only when presenting', () => {
    expect(actionForKey('b', 'figure')).toBeNull();
    expect(actionForKey('o', 'figure')).toBeNull();
    expect(presentAction('b', 'figure')).toBe('blank');
    expect(presentAction('.', 'figure')).toBe('blank');
    expect(presentAction('F', 'figure')).toBe('fullscreen');
    expect(presentAction('O', 'figure')).toBe('overview');
    expect(presentAction(' ', 'figure')).toBe('next');
  });
});

describe('presentAction (a clicker after a mouse click)', () => {
  const stepping: [string, string][] = [
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
  ];
  it('steps forward and back whatever was clicked: the scrubber, a button, the drawing', () => {
    for (const target of ['range', 'button', 'figure'] as const)
      for (const [key, action] of stepping) expect(presentAction(key, target), `${key} on ${target}`).toBe(action);
  });
  it('keeps arrows and Space for a text field or a list, but PageDown/PageUp still step', () => {
    for (const target of ['text', 'select'] as const) {
      expect(presentAction('ArrowRight', target)).toBeNull();
      expect(presentAction(' ', target)).toBeNull();
      expect(presentAction('b', target)).toBeNull();
      expect(presentAction('PageDown', target)).toBe('next');
      expect(presentAction('PageUp', target)).toBe('previous');
    }
  });
});

describe('keyWhileBlank', () => {
  it('B, . and Esc show the picture again; stepping keys are swallowed', () => {
    for (const key of ['b', 'B', '.', 'Escape']) expect(keyWhileBlank(key)).toBe('show');
    for (const key of ['PageDown', 'PageUp', ' ', 'ArrowRight', 'End', 'o', '?'])
      expect(keyWhileBlank(key)).toBe('ignore');
  });
});

describe('stepBy', () => {
  it('never leaves the range', () => {
    expect(stepBy('next', 8, 9)).toBe(8);
    expect(stepBy('previous', 0, 9)).toBe(0);
    expect(stepBy('last', 2, 9)).toBe(8);
    expect(stepBy('first', 5, 9)).toBe(0);
  });
});
