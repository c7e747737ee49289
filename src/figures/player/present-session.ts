/**
 * Present mode's work for the player, loaded only when a figure is presented (Player.svelte imports
 * it dynamically), so a reading page does not ship it: the URL's options and deck (present-url.ts),
 * the URL following the options, moves across the deck, and the presenter window's channel (sync.ts).
 */
import type { Lang } from '../../i18n/lang';
import { decodeOptions, deckEntryUrl, optionsFromSearch, presentUrl, readDeck } from './present-url';
import type { Deck, EncodedOptions } from './present-link';
import { AudienceFullscreen, carryMoveTime, followPresenter, talkKey } from './sync';

/** The running order, this figure's place in it and every figure's title. */
export interface RunningDeck {
  readonly deck: Deck;
  readonly at: number;
  readonly titles: Record<string, string>;
}

export interface PresentHost<P extends object> {
  id: string;
  lang: Lang;
  /** The parameters the figure started with (URLs carry only what differs from them). */
  startParams: P;
  cursor: { readonly index: number; readonly count: number; show(step: number): void };
  setDeck(deck: RunningDeck | null): void;
  read(): { params: P; blank: boolean };
  show(next: { params: P; blank: boolean }): void;
}

export interface PresentSession {
  /** Send the current state to the presenter window. */
  share(): void;
  /** The URL and the deck follow the figure's options (a reload or a shared link shows the same). */
  follow(options: EncodedOptions): void;
  /** Leave for deck position `at` (next: its first step; previous: its last); false if there is none. */
  toFigure(at: number, step: 0 | 'last'): boolean;
  close(): void;
}

/** Every figure's title by id, as the present page lists them (the deck's known ids). */
function readFigureTitles(): Record<string, string> {
  try {
    const text = document.getElementById('hx-figure-titles')?.textContent;
    const parsed: unknown = text ? JSON.parse(text) : null;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Read the URL's options and deck (bad values are ignored, so the figure opens at its defaults),
 * then join the presenter window. The page's own options win; a deck link without them uses the
 * deck entry's.
 */
export function startPresenting<P extends object>(host: PresentHost<P>): PresentSession {
  const { id, lang } = host;
  const titles = readFigureTitles();
  const found = readDeck(location.search, id, Object.keys(titles));
  let running: RunningDeck | null = found && { ...found, titles };
  host.setDeck(running);
  const own = optionsFromSearch(location.search);
  const given = Object.keys(own).length ? own : (found?.deck[found.at]?.options ?? {});
  const initial = host.read();
  if (Object.keys(given).length) host.show({ params: decodeOptions(given, host.startParams), blank: initial.blank });

  const screen = new AudienceFullscreen(() => sync.share());
  const sync = followPresenter({
    id,
    lang,
    talk: talkKey(id, running?.deck),
    deck: running?.at,
    // The presenter window moved to another figure of the deck: show it here too.
    elsewhere: (state) => {
      const entry = running?.deck[state.deck];
      if (!running || entry?.id !== state.figure) return;
      const href = deckEntryUrl(lang, running.deck, state.deck, state.step < 0 ? 'last' : state.step);
      if (!href) return;
      carryMoveTime(state.at);
      location.assign(href);
    },
    cursor: host.cursor,
    read: () => ({ ...host.read(), fullscreen: screen.state }),
    show: (next) => {
      host.show({ params: next.params, blank: next.blank });
      screen.follow(next.fullscreen);
    },
  });
  // In a deck this page may be a move (Next from the previous figure): the presenter window follows.
  if (running) sync.share();

  return {
    share: () => sync.share(),
    follow(options) {
      if (running) {
        const at = running.at;
        running = { ...running, deck: running.deck.map((entry, i) => (i === at ? { id, options } : entry)) };
        host.setDeck(running);
      }
      const href = presentUrl({ lang, id, options, deck: running?.deck, at: running?.at });
      const search = href.includes('?') ? href.slice(href.indexOf('?')) : '';
      if (search !== location.search)
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    },
    toFigure(at, step) {
      const href = running ? deckEntryUrl(lang, running.deck, at, step) : null;
      if (!running || !href) return false;
      // The presenter window follows (and the move's time goes with this page to the next).
      sync.leave(running.deck[at]!.id, at, step);
      location.assign(href);
      return true;
    },
    close() {
      screen.close();
      sync.close();
    },
  };
}
