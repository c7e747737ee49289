/**
 * Presenter sync: the audience window (present) and the presenter window (notes) share the figure's
 * *state* — step and parameters — over a BroadcastChannel, never key events. Either can drive. A
 * window that opens says hello and whoever is already open answers with its state.
 */

import { replaceHash } from './dom';
import { clampIndex, stepHash } from './steps';

export interface SyncedState {
  step: number;
  params: Record<string, unknown>;
}

type Message = { kind: 'state'; from: string; state: SyncedState } | { kind: 'hello'; from: string };

export interface SyncLink {
  publish(state: SyncedState): void;
  close(): void;
}

export function channelName(figureId: string, lang: string): string {
  return `hotpatch-explained:${lang}:${figureId}`;
}

/** Joins the channel; `onState` receives other windows' states. Returns null where unsupported. */
export function joinSync(
  figureId: string,
  lang: string,
  current: () => SyncedState,
  onState: (state: SyncedState) => void,
): SyncLink | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(figureId, lang));
  const self = Math.random().toString(36).slice(2);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.from === self) return;
    if (message.kind === 'hello')
      channel.postMessage({ kind: 'state', from: self, state: current() } satisfies Message);
    else if (message.kind === 'state' && typeof message.state?.step === 'number') onState(message.state);
  };
  channel.postMessage({ kind: 'hello', from: self } satisfies Message);
  return {
    publish(state) {
      channel.postMessage({ kind: 'state', from: self, state: $snapshot(state) } satisfies Message);
    },
    close() {
      channel.close();
    },
  };
}

/** Plain copy of a possibly reactive object, safe to structured-clone. */
function $snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A figure window as the presenter channel sees it: its step and parameters, and how to show others'. */
export interface FollowedFigure<P extends object> {
  id: string;
  lang: string;
  count(): number;
  read(): { step: number; params: P };
  /** Show a state another window sent (step already clamped, parameters merged over ours). */
  show(step: number, params: P): void;
}

export interface PresenterLink {
  /** Tell the other window where this one is now. */
  share(): void;
  close(): void;
}

/**
 * Keeps one figure window (audience or presenter) in step with the other: answers their hello, shows
 * their states here (and in this window's URL), and shares this window's moves.
 */
export function followPresenter<P extends object>(figure: FollowedFigure<P>): PresenterLink {
  const snapshot = (): SyncedState => {
    const { step, params } = figure.read();
    return { step, params: { ...params } as Record<string, unknown> };
  };
  const link = joinSync(figure.id, figure.lang, snapshot, (state) => {
    const step = clampIndex(state.step, figure.count());
    figure.show(step, { ...figure.read().params, ...state.params } as P);
    replaceHash(stepHash(figure.id, step));
  });
  return {
    share: () => link?.publish(snapshot()),
    close: () => link?.close(),
  };
}
