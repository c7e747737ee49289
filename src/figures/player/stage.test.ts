import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_BOX, TALL_BELOW_PX, sameBox, stageBox } from './stage';

describe('stageBox', () => {
  it('is tall below the phone width and wide from it', () => {
    expect(stageBox(390, 500).layout).toBe('tall');
    expect(stageBox(TALL_BELOW_PX - 1, 500).layout).toBe('tall');
    expect(stageBox(TALL_BELOW_PX, 500).layout).toBe('wide');
    expect(stageBox(1200, 500).layout).toBe('wide');
  });
  it('rounds sizes and treats an unmeasured box as wide', () => {
    expect(stageBox(390.4, 200.6)).toEqual({ width: 390, height: 201, layout: 'tall' });
    expect(stageBox(0, 0).layout).toBe('wide');
    expect(sameBox(stageBox(720.2, 419.8), DEFAULT_STAGE_BOX)).toBe(true);
  });
  it('marks a projected box, and a projected box draws differently from a read one', () => {
    expect(stageBox(1240, 560, true).projecting).toBe(true);
    expect(stageBox(1240, 560).projecting).toBeUndefined();
    expect(sameBox(stageBox(1240, 560, true), stageBox(1240, 560))).toBe(false);
  });
});
