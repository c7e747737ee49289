/**
 * The present and notes URLs (pure: no DOM): a figure's options and step, and a deck — a running
 * order of figures, each with its options — for a talk.
 *
 *   /en/present/fig-a/?mode=x#fig-a-step-3
 *   /en/present/fig-a/notes/?mode=x#fig-a-step-3
 *   /en/present/fig-b/?deck=fig-a;mode:x&deck=fig-b&at=2#fig-b-step-1
 *   /en/present/?deck=fig-a;mode:x&deck=fig-b            (the deck hub)
 *
 * - Options are the figure's parameters (the `params` its Options component sets), one query
 *   parameter each, only where they differ from the defaults. Values are typed by the figure's
 *   defaults: booleans 1/0, numbers decimal (0x… accepted), arrays comma-separated numbers,
 *   strings plain identifiers. A value of the wrong type is ignored (the default stays); the
 *   figure's own build normalizes values of the right type (an unknown era → "all").
 * - The step lives in the hash, as on every page (`#id-step-n`, steps.ts); `#id-step-last` opens at
 *   the last step (the deck's Previous from a figure's first step).
 * - A deck is `deck` repeated, one per figure in order: `id` then `;key:value` options. `at` is the
 *   1-based position of the figure shown (a figure may appear twice). Unknown ids are dropped.
 */
import {
  ID,
  KEY,
  MAX_DECK,
  NUMBER_LIST,
  RESERVED,
  WORD,
  type Deck,
  type DeckEntry,
  type EncodedOptions,
  type ParamValue,
} from './present-link';

export * from './present-link';

// ── Reading ─────────────────────────────────────────────────────────────────────────────────

function decodeNumber(raw: string): number | null {
  const text = raw.trim();
  if (/^0x[0-9a-f]{1,16}$/i.test(text)) {
    const n = Number.parseInt(text.slice(2), 16);
    return Number.isSafeInteger(n) ? n : null;
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : null;
}

/** One value typed like `like` (the default), or null when it cannot be. */
function decodeValue(raw: string, like: unknown): ParamValue | null {
  if (typeof like === 'boolean') {
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    return null;
  }
  if (typeof like === 'number') return decodeNumber(raw);
  if (Array.isArray(like)) {
    if (!NUMBER_LIST.test(raw) || raw.length > 200) return null;
    return raw === '' ? [] : raw.split(',').map(Number);
  }
  // A string default, or a parameter without one (an optional choice such as x64Jump).
  return WORD.test(raw) ? raw : null;
}

/**
 * URL options back to parameters, typed by the figure's `defaults`: the defaults with every valid
 * option applied; keys the figure does not have are kept only as identifier-like strings (optional
 * choices have no default), values of the wrong type are ignored.
 */
export function decodeOptions<P extends object>(options: EncodedOptions, defaults: P): P {
  const base = defaults as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const [key, raw] of Object.entries(options)) {
    if (!KEY.test(key) || RESERVED.has(key) || typeof raw !== 'string') continue;
    const value = decodeValue(raw, base[key]);
    if (value !== null) out[key] = value;
  }
  return out as P;
}

/** The options in a query string (everything but the deck's own names). */
export function optionsFromSearch(search: string | URLSearchParams): EncodedOptions {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Record<string, string> = {};
  for (const [key, value] of query) if (KEY.test(key) && !RESERVED.has(key) && !(key in out)) out[key] = value;
  return out;
}

function decodeEntry(raw: string, known?: ReadonlySet<string>): DeckEntry | null {
  const [id = '', ...pairs] = raw.split(';');
  if (!ID.test(id) || (known && !known.has(id))) return null;
  const options: Record<string, string> = {};
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    if (colon < 1) continue;
    const key = pair.slice(0, colon);
    const value = pair.slice(colon + 1);
    if (KEY.test(key) && !RESERVED.has(key) && (WORD.test(value) || NUMBER_LIST.test(value))) options[key] = value;
  }
  return { id, options };
}

/** The deck in a query string: entries in order, unknown ids (when `known` is given) dropped. */
export function deckFromSearch(search: string | URLSearchParams, known?: readonly string[]): Deck {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ids = known ? new Set(known) : undefined;
  return query
    .getAll('deck')
    .map((raw) => decodeEntry(raw, ids))
    .filter((e): e is DeckEntry => e !== null)
    .slice(0, MAX_DECK);
}

/**
 * Which deck position a present page shows: `at` (1-based) when it names this figure, else this
 * figure's first place in the deck; null when the figure is not in the deck.
 */
export function deckPosition(deck: Deck, id: string, at: string | null): number | null {
  const n = at !== null && /^\d{1,3}$/.test(at) ? Number(at) - 1 : -1;
  if (n >= 0 && n < deck.length && deck[n]!.id === id) return n;
  const first = deck.findIndex((e) => e.id === id);
  return first >= 0 ? first : null;
}

/** A present page's deck and place in it, from its query string; null outside a deck. */
export function readDeck(
  search: string | URLSearchParams,
  id: string,
  known?: readonly string[],
): { deck: Deck; at: number } | null {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const deck = deckFromSearch(query, known);
  const at = deckPosition(deck, id, query.get('at'));
  return at === null ? null : { deck, at };
}
