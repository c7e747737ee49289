import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPresenter, type FollowedFigure } from './sync';

type Params = { variant: string; fill: number };

/** A figure window as the channel sees it, recording what it was told to show. */
function windowAt(step: number, params: Params, count = 5) {
  const shown: Array<{ step: number; params: Params }> = [];
  const figure: FollowedFigure<Params> = {
    id: 'old-race',
    lang: 'en',
    count: () => count,
    read: () => ({ step, params }),
    show: (s, p) => {
      step = s;
      params = p;
      shown.push({ step: s, params: p });
    },
  };
  return {
    figure,
    shown,
    moveTo: (s: number, p: Partial<Params> = {}) => ((step = s), (params = { ...params, ...p })),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('followPresenter', () => {
  beforeEach(() => {
    // The browser bits a received state touches: the URL hash (written after a short delay).
    vi.stubGlobal('location', { href: 'http://localhost/en/present/old-race/' });
    vi.stubGlobal('history', { state: null, replaceState: vi.fn() });
    vi.stubGlobal('document', { addEventListener: vi.fn() });
    vi.stubGlobal('addEventListener', vi.fn());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers a window that opens with the current state', async () => {
    const audience = windowAt(3, { variant: 'naive', fill: 0x90 });
    const a = followPresenter(audience.figure);
    const notes = windowAt(0, { variant: 'two-step', fill: 0xcc });
    const b = followPresenter(notes.figure);
    await settle();
    expect(notes.shown.at(-1)).toEqual({ step: 3, params: { variant: 'naive', fill: 0x90 } });
    a.close();
    b.close();
  });

  it('shares moves both ways, clamping a step the receiver does not have', async () => {
    const audience = windowAt(0, { variant: 'two-step', fill: 0xcc }, 9);
    const notes = windowAt(0, { variant: 'two-step', fill: 0xcc }, 4);
    const a = followPresenter(audience.figure);
    const b = followPresenter(notes.figure);
    await settle();
    audience.moveTo(8, { variant: 'naive' });
    a.share();
    await settle();
    expect(notes.shown.at(-1)).toEqual({ step: 3, params: { variant: 'naive', fill: 0xcc } });
    notes.moveTo(1);
    b.share();
    await settle();
    expect(audience.shown.at(-1)?.step).toBe(1);
    a.close();
    b.close();
  });
});
