import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { carryMoveTime, followPresenter, isSyncedState, talkKey, type FullscreenState, type SyncedState } from './sync';
import { flushHash } from './dom';

type Params = { variant: string; fill: number };

interface Options {
  count?: number;
  id?: string;
  deck?: number;
  talk?: string;
  blank?: boolean;
}

/** A figure window as the channel sees it, recording what it was told to show. */
function windowAt(
  step: number,
  params: Params,
  { count = 5, id = 'old-race', deck, talk, blank = false }: Options = {},
) {
  let fullscreen: FullscreenState = 'off';
  const shown: Array<{ step: number; params: Params; blank: boolean }> = [];
  const away: SyncedState[] = [];
  const cursor = {
    get index() {
      return step;
    },
    get count() {
      return count;
    },
    show(s: number) {
      step = s;
    },
  };
  const link = followPresenter<Params>({
    id,
    lang: 'en',
    talk,
    deck,
    cursor,
    read: () => ({ params, blank, fullscreen }),
    show: (s) => {
      params = s.params;
      blank = s.blank;
      fullscreen = s.fullscreen;
      shown.push({ step, params: s.params, blank: s.blank });
    },
    elsewhere: (s) => away.push(s),
  });
  return {
    link,
    shown,
    away,
    get blank() {
      return blank;
    },
    moveTo(s: number, p: Partial<Params> = {}) {
      step = s;
      params = { ...params, ...p };
      link.share();
    },
    setBlank(b: boolean) {
      blank = b;
      link.share();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

/** Every state message sent on the talk's channel, seen from a third window. */
function listen(talk = 'old-race') {
  const seen: SyncedState[] = [];
  const channel = new BroadcastChannel(`hotpatch-explained:en:${talk}`);
  channel.onmessage = (e: MessageEvent<{ kind: string; state: SyncedState }>) => {
    if (e.data.kind === 'state') seen.push(e.data.state);
  };
  return { seen, close: () => channel.close() };
}

describe('followPresenter', () => {
  const session = new Map<string, string>();
  beforeEach(() => {
    // The browser bits a received state touches: the URL hash (written after a short delay), and
    // the tab's sessionStorage (a deck move's time).
    vi.stubGlobal('location', { href: 'http://localhost/en/present/old-race/' });
    vi.stubGlobal('history', { state: null, replaceState: vi.fn() });
    vi.stubGlobal('document', { addEventListener: vi.fn() });
    vi.stubGlobal('addEventListener', vi.fn());
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => session.set(k, v),
      removeItem: (k: string) => session.delete(k),
    });
  });
  afterEach(() => {
    // A received step leaves its hash write pending for 200 ms: write it now, while the stubs are
    // in place, or the timer fires in whatever test file the worker runs next.
    flushHash();
    session.clear();
    vi.unstubAllGlobals();
  });

  it('answers a window that opens with the current state, blank included', async () => {
    const audience = windowAt(3, { variant: 'naive', fill: 0x90 }, { blank: true });
    const notes = windowAt(0, { variant: 'two-step', fill: 0xcc });
    await settle();
    expect(notes.shown.at(-1)).toEqual({ step: 3, params: { variant: 'naive', fill: 0x90 }, blank: true });
    audience.link.close();
    notes.link.close();
  });

  it('shares moves both ways, clamping a step the receiver does not have', async () => {
    const audience = windowAt(0, { variant: 'two-step', fill: 0xcc }, { count: 9 });
    const notes = windowAt(0, { variant: 'two-step', fill: 0xcc }, { count: 4 });
    await settle();
    audience.moveTo(8, { variant: 'naive' });
    await settle();
    expect(notes.shown.at(-1)).toEqual({ step: 3, params: { variant: 'naive', fill: 0xcc }, blank: false });
    notes.moveTo(1);
    await settle();
    expect(audience.shown.at(-1)?.step).toBe(1);
    audience.link.close();
    notes.link.close();
  });

  it('blanks the audience from the presenter, and a window that only follows sends nothing back', async () => {
    const audience = windowAt(2, { variant: 'two-step', fill: 0xcc });
    const notes = windowAt(2, { variant: 'two-step', fill: 0xcc });
    await settle();
    const wire = listen();
    notes.setBlank(true);
    await settle();
    expect(audience.blank).toBe(true);
    // The audience shares after every change it may have (an effect): it has nothing new to say.
    audience.link.share();
    await settle();
    expect(wire.seen.map((s) => s.blank)).toEqual([true]);
    notes.setBlank(false);
    await settle();
    expect(audience.blank).toBe(false);
    wire.close();
    audience.link.close();
    notes.link.close();
  });

  it('never takes a state older than the one it shows', async () => {
    const notes = windowAt(0, { variant: 'two-step', fill: 0xcc });
    notes.moveTo(4);
    const stale = new BroadcastChannel('hotpatch-explained:en:old-race');
    stale.postMessage({
      kind: 'state',
      from: 'old-window',
      state: { figure: 'old-race', deck: -1, step: 1, params: {}, blank: false, fullscreen: 'off', at: 1 },
    });
    await settle();
    expect(notes.shown).toEqual([]);
    stale.close();
    notes.link.close();
  });

  it('hands a move to another figure of the deck to `elsewhere`, and the followed page is not pulled back', async () => {
    const talk = 'deck:old-race,new-redirect';
    const audience = windowAt(4, { variant: 'two-step', fill: 0xcc }, { deck: 0, talk });
    const notes = windowAt(4, { variant: 'two-step', fill: 0xcc }, { deck: 0, talk });
    await settle();
    // The presenter's page moves on to the next figure: its state says so…
    const moved = { ...notes.link.state(), figure: 'new-redirect', deck: 1, step: 0, at: Date.now() + 5 };
    const channel = new BroadcastChannel(`hotpatch-explained:en:${talk}`);
    channel.postMessage({ kind: 'state', from: 'next-page', state: moved });
    await settle();
    expect(audience.away.at(-1)).toMatchObject({ figure: 'new-redirect', deck: 1, step: 0 });
    expect(audience.shown).toEqual([]);
    // Both old pages now answer a hello with that move, not with the figure they still show.
    const late = windowAt(0, { variant: 'two-step', fill: 0xcc }, { id: 'new-redirect', deck: 1, talk });
    await settle();
    expect(late.away).toEqual([]);
    expect(late.shown.at(-1)?.step).toBe(0);
    // The page a move navigates to starts at that move's time: a state from before it (a window that
    // had not seen the move yet) does not send it back.
    carryMoveTime(moved.at);
    const next = windowAt(0, { variant: 'two-step', fill: 0xcc }, { id: 'new-redirect', deck: 1, talk });
    channel.postMessage({
      kind: 'state',
      from: 'slow-window',
      state: { ...moved, figure: 'old-race', deck: 0, at: moved.at - 1 },
    });
    await settle();
    expect(next.away).toEqual([]);
    late.link.close();
    channel.close();
    for (const w of [audience, notes, next]) w.link.close();
  });

  it('leaves for another figure: the other window is told, and this one answers with the move', async () => {
    const talk = talkKey('old-race', [{ id: 'old-race' }, { id: 'new-redirect' }]);
    expect(talk).toBe('deck:old-race,new-redirect');
    const audience = windowAt(4, { variant: 'two-step', fill: 0xcc }, { deck: 0, talk });
    const notes = windowAt(4, { variant: 'two-step', fill: 0xcc }, { deck: 0, talk });
    await settle();
    const move = notes.link.leave('new-redirect', 1, 'last');
    await settle();
    expect(audience.away.at(-1)).toMatchObject({ figure: 'new-redirect', deck: 1, step: -1, at: move.at });
    expect(session.get('hotpatch-explained:sync-at')).toBe(String(move.at));
    // A page of the next figure asking now hears the move, not the figure the old pages still show.
    const arrived = windowAt(0, { variant: 'two-step', fill: 0xcc }, { id: 'new-redirect', deck: 1, talk });
    await settle();
    expect(arrived.away).toEqual([]);
    expect(arrived.shown.at(-1)?.step).toBe(4);
    for (const w of [audience, notes, arrived]) w.link.close();
  });

  it('ignores messages that are not a whole state (an older build in another window)', () => {
    expect(isSyncedState({ step: 2, params: {} })).toBe(false);
    expect(isSyncedState({ figure: 'x', deck: -1, step: 2, params: {}, blank: false, fullscreen: 'on', at: 0 })).toBe(
      true,
    );
  });
});
