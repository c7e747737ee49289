/**
 * Presenter sync: the audience window (present) and the presenter window (notes) share the talk's
 * *state* — which figure (and where in the deck), its step and parameters, whether the audience
 * screen is blank, and its fullscreen — over a BroadcastChannel, never key events. Either window
 * can drive. A window that opens says hello and whoever is already open answers with its state.
 *
 * Every state carries the time of the move that made it (`at`): a window never takes a state older
 * than the one it shows, so a window that is still on the previous figure of a deck (or answers a
 * hello just before it follows a move) cannot pull the other one back.
 */

import { replaceHash } from './dom';
import { clampIndex, stepHash } from './steps';

/** The audience window's fullscreen: asked for by the presenter, entered and left by the audience. */
export type FullscreenState = 'off' | 'asked' | 'on';

export interface SyncedState {
  /** The figure shown. */
  figure: string;
  /** Its position (0-based) in the deck's running order; -1 when one figure is presented alone. */
  deck: number;
  /** 0-based; -1 in a move to another figure: its last step (a deck's Previous from a first step). */
  step: number;
  params: Record<string, unknown>;
  /** The audience screen is black, with no text. */
  blank: boolean;
  fullscreen: FullscreenState;
  /** When the move that made this state happened (ms since the epoch; 0: no move yet). */
  at: number;
}

type Message = { kind: 'state'; from: string; state: SyncedState } | { kind: 'hello'; from: string };

export interface SyncLink {
  publish(state: SyncedState): void;
  close(): void;
}

/**
 * The talk a page belongs to, which names its channel: the deck's running order, or the figure alone.
 * Audience and presenter pages compute it from their URL (present-url.ts readDeck).
 */
export function talkKey(id: string, deck?: readonly { id: string }[] | null): string {
  return deck?.length ? `deck:${deck.map((e) => e.id).join(',')}` : id;
}

/** One channel per talk (a deck, or a figure presented alone) and language. */
export function channelName(talk: string, lang: string): string {
  return `hotpatch-explained:${lang}:${talk}`;
}

/** A received message that is a well-formed state (other windows may run an older build). */
export function isSyncedState(value: unknown): value is SyncedState {
  const s = value as Partial<SyncedState> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.figure === 'string' &&
    typeof s.deck === 'number' &&
    typeof s.step === 'number' &&
    typeof s.blank === 'boolean' &&
    (s.fullscreen === 'off' || s.fullscreen === 'asked' || s.fullscreen === 'on') &&
    typeof s.at === 'number' &&
    typeof s.params === 'object' &&
    s.params !== null
  );
}

/** Joins the channel; `onState` receives other windows' states. Returns null where unsupported. */
export function joinSync(
  talk: string,
  lang: string,
  current: () => SyncedState,
  onState: (state: SyncedState) => void,
): SyncLink | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(talk, lang));
  const self = Math.random().toString(36).slice(2);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.from === self) return;
    if (message.kind === 'hello')
      channel.postMessage({ kind: 'state', from: self, state: current() } satisfies Message);
    else if (message.kind === 'state' && isSyncedState(message.state)) onState(message.state);
  };
  channel.postMessage({ kind: 'hello', from: self } satisfies Message);
  return {
    publish(state) {
      channel.postMessage({ kind: 'state', from: self, state: plainCopy(state) } satisfies Message);
    },
    close() {
      channel.close();
    },
  };
}

/** Plain copy of a possibly reactive object, safe to structured-clone. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What a window shows besides the step: the figure's parameters, blank and fullscreen. */
export interface WindowState<P extends object> {
  params: P;
  blank: boolean;
  fullscreen: FullscreenState;
}

/** A figure window (audience or presenter) as the channel sees it. */
export interface SyncedWindow<P extends object> {
  /** The figure this page shows. */
  id: string;
  lang: string;
  /** The channel's key: the deck (present-url.ts), or the figure's id when it is presented alone. */
  talk?: string | undefined;
  /** This page's position in the deck; -1 (the default) alone. */
  deck?: number | undefined;
  /** The window's step cursor (cursor.svelte.ts): read for the step, `show` for others' moves. */
  cursor: { readonly index: number; readonly count: number; show(step: number): void };
  read(): WindowState<P>;
  /** Show what another window sent (parameters merged over ours); the step is shown already. */
  show(state: WindowState<P>): void;
  /** Another window moved to a different figure or deck position: go there (e.g. navigate). */
  elsewhere?: ((state: SyncedState) => void) | undefined;
}

export interface PresenterLink {
  /** Tell the other window where this one is now (a move made here: stamped with the time). */
  share(): void;
  /** The state as last shared or taken (for a page that navigates to follow a deck move). */
  state(): SyncedState;
  /**
   * A move made here to another figure of the deck (position `deck`, at `step`, 'last' for its last
   * step): tells the other window (which navigates there through its `elsewhere`) and carries the
   * move's time for this window's own navigation, which the caller then makes.
   */
  leave(figure: string, deck: number, step: number | 'last'): SyncedState;
  close(): void;
}

/** A deck move carries its time across the navigation, so the new page is not older than the move. */
const MOVE_KEY = 'hotpatch-explained:sync-at';

/** Call before navigating to follow (or make) a deck move. */
export function carryMoveTime(at: number): void {
  try {
    sessionStorage.setItem(MOVE_KEY, String(at));
  } catch {
    // Storage unavailable (privacy mode): the new page starts as if nothing had moved.
  }
}

function takeMoveTime(): number {
  try {
    const at = Number(sessionStorage.getItem(MOVE_KEY));
    sessionStorage.removeItem(MOVE_KEY);
    return Number.isFinite(at) && at > 0 ? at : 0;
  } catch {
    return 0;
  }
}

/**
 * Keeps one figure window (audience or presenter) in step with the other: answers their hello, shows
 * their newer states here (and in this window's URL), hands moves to another figure to `elsewhere`,
 * and shares this window's moves. `share()` sends nothing when nothing changed, so a window may call
 * it whenever its state may have changed (e.g. from an effect) without echoing what it was sent.
 */
export function followPresenter<P extends object>(win: SyncedWindow<P>): PresenterLink {
  const deck = win.deck ?? -1;
  let at = takeMoveTime();
  let last = '';
  const snapshot = (): SyncedState => {
    const { params, blank, fullscreen } = win.read();
    return {
      figure: win.id,
      deck,
      step: win.cursor.index,
      params: { ...params } as Record<string, unknown>,
      blank,
      fullscreen,
      at,
    };
  };
  const key = (s: SyncedState) => JSON.stringify({ ...s, at: 0 });
  let latest = snapshot();
  // Set once the talk moved to another figure: this page is on its way out and answers with that move.
  let leaving = false;
  const answer = () => (leaving ? latest : snapshot());
  const link = joinSync(win.talk ?? win.id, win.lang, answer, (state) => {
    if (state.at < at) return;
    at = state.at;
    latest = state;
    last = key(state);
    if (state.figure !== win.id || state.deck !== deck) {
      leaving = true;
      win.elsewhere?.(state);
      return;
    }
    leaving = false;
    const step = state.step < 0 ? win.cursor.count - 1 : clampIndex(state.step, win.cursor.count);
    win.cursor.show(step);
    win.show({
      params: { ...win.read().params, ...state.params } as P,
      blank: state.blank,
      fullscreen: state.fullscreen,
    });
    replaceHash(stepHash(win.id, step));
    last = key(snapshot());
  });
  return {
    share() {
      if (leaving) return;
      const now = snapshot();
      if (key(now) === last) return;
      at = Math.max(Date.now(), at + 1);
      latest = { ...now, at };
      last = key(latest);
      link?.publish(latest);
    },
    state: () => latest,
    leave(figure, position, step) {
      at = Math.max(Date.now(), at + 1);
      const { blank, fullscreen } = win.read();
      latest = { figure, deck: position, step: step === 'last' ? -1 : step, params: {}, blank, fullscreen, at };
      last = key(latest);
      leaving = true;
      link?.publish(latest);
      carryMoveTime(at);
      return latest;
    },
    close: () => link?.close(),
  };
}

/**
 * The audience side of remote fullscreen. Browsers enter fullscreen only from a user's key press or
 * click in that window, so a request from the presenter is tried at once (it works if the window was
 * just used) and otherwise waits for the next key or click here; the presenter window says so.
 */
export class AudienceFullscreen {
  #asked = false;
  #onChange: () => void;
  #arm = () => this.#enter();

  /** `onChange` runs when the fullscreen state changes here (share it). */
  constructor(onChange: () => void) {
    this.#onChange = onChange;
    document.addEventListener('fullscreenchange', this.#changed);
  }

  get state(): FullscreenState {
    if (document.fullscreenElement) return 'on';
    return this.#asked ? 'asked' : 'off';
  }

  /** Follow what the presenter asked: enter (now or at the next key/click) or leave. */
  follow(wanted: FullscreenState): void {
    if (wanted === 'asked' && !document.fullscreenElement) {
      this.#asked = true;
      this.#enter();
      window.addEventListener('keydown', this.#arm, { capture: true });
      window.addEventListener('pointerdown', this.#arm, { capture: true });
    } else if (wanted === 'off') {
      this.#disarm();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    }
  }

  close(): void {
    this.#disarm();
    document.removeEventListener('fullscreenchange', this.#changed);
  }

  #enter(): void {
    if (document.fullscreenElement) return;
    // Rejected without user activation: stay armed for the next key or click.
    void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  #disarm(): void {
    this.#asked = false;
    window.removeEventListener('keydown', this.#arm, { capture: true });
    window.removeEventListener('pointerdown', this.#arm, { capture: true });
  }

  #changed = () => {
    if (document.fullscreenElement) this.#disarm();
    this.#onChange();
  };
}
