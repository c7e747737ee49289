import { describe, expect, it } from 'vitest';
import { actionForKey, clampIndex, indexFromHash, stepBy, stepHash } from './steps';

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
    expect(actionForKey('b', 'figure', true)).toBe('blank');
    expect(actionForKey('F', 'figure', true)).toBe('fullscreen');
    expect(actionForKey(' ', 'figure', true)).toBe('next');
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
