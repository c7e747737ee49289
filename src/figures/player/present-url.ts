/**
 * The present and notes URLs (pure: no DOM): a figure's options and step, and a deck — a running
 * order of figures, each with its options — for a talk.
 *
 *   /en/present/old-race/?write=naive#old-race-step-3
 *   /en/present/old-race/notes/?write=naive#old-race-step-3
 *   /en/present/new-redirect/?deck=old-race;write:naive&deck=new-redirect&at=2#new-redirect-step-1
 *   /en/present/?deck=old-race;write:naive&deck=new-redirect            (the deck hub)
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
import type { Lang } from '../../i18n/lang';
import { localizedPath } from '../../i18n/paths';
import { stepHash } from './steps';

/** A parameter value as a figure holds it. */
export type ParamValue = string | number | boolean | readonly number[];

/** A figure's options as they travel in a URL: key → encoded value. */
export type EncodedOptions = Readonly<Record<string, string>>;

export interface DeckEntry {
  readonly id: string;
  readonly options: EncodedOptions;
}

export type Deck = readonly DeckEntry[];

/** Where a present or notes URL points: the figure, its options, its step and the deck around it. */
export interface PresentTarget {
  readonly lang: Lang;
  readonly id: string;
  readonly options?: EncodedOptions | undefined;
  /** 0-based step, or 'last'; none: the figure opens at its first step. */
  readonly step?: number | 'last' | undefined;
  readonly deck?: Deck | undefined;
  /** 0-based position of this figure in the deck. */
  readonly at?: number | undefined;
}

/** Query names the URL itself uses; a figure parameter of these names does not travel. */
const RESERVED = new Set(['deck', 'at']);
/** Longest deck accepted from a URL: more entries are dropped. */
export const MAX_DECK = 40;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
/** Identifier-like strings only: figure string options are choices (`x64`, `two-step`, product ids). */
const WORD = /^[A-Za-z0-9_.-]{1,64}$/;
const NUMBER_LIST = /^(-?\d+(\.\d+)?)?(,-?\d+(\.\d+)?)*$/;

// ── Options ─────────────────────────────────────────────────────────────────────────────────

function encodeValue(value: unknown): string | null {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'string') return WORD.test(value) ? value : null;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v))) return value.join(',');
  return null;
}

/**
 * A figure's parameters as URL options: only those that differ from `defaults` (all, without
 * defaults), only values a URL can carry (see the header).
 */
export function encodeOptions(params: object, defaults?: object): EncodedOptions {
  const out: Record<string, string> = {};
  const base = (defaults ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(params)) {
    if (!KEY.test(key) || RESERVED.has(key)) continue;
    const encoded = encodeValue(value);
    if (encoded === null) continue;
    if (defaults && key in base && encodeValue(base[key]) === encoded) continue;
    out[key] = encoded;
  }
  return out;
}

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

// ── Deck ────────────────────────────────────────────────────────────────────────────────────

function encodeEntry(entry: DeckEntry): string {
  const parts = [entry.id];
  for (const [key, value] of Object.entries(entry.options)) {
    if (KEY.test(key) && !RESERVED.has(key) && (WORD.test(value) || NUMBER_LIST.test(value)))
      parts.push(`${key}:${value}`);
  }
  return parts.join(';');
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

// ── URLs ────────────────────────────────────────────────────────────────────────────────────

/** Query string (with '?', or '') for options, a deck and a position. Readable: `;` and `:` stay. */
function query(options: EncodedOptions, deck?: Deck, at?: number): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (KEY.test(key) && !RESERVED.has(key)) parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  if (deck?.length) {
    for (const entry of deck) parts.push(`deck=${encodeEntry(entry)}`);
    if (at !== undefined) parts.push(`at=${Math.min(Math.max(Math.trunc(at), 0), deck.length - 1) + 1}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function hash(id: string, step: number | 'last' | undefined): string {
  if (step === undefined) return '';
  if (step === 'last') return `#${id}-step-last`;
  return `#${stepHash(id, Number.isFinite(step) ? Math.max(0, Math.trunc(step)) : 0)}`;
}

/** The audience (projector) page of a figure. */
export function presentUrl(target: PresentTarget): string {
  const { lang, id, options = {}, step, deck, at } = target;
  return `${localizedPath(lang, `present/${id}/`)}${query(options, deck, at)}${hash(id, step)}`;
}

/** The presenter window of a figure (speaker notes), with the same options, step and deck. */
export function notesUrl(target: PresentTarget): string {
  const { lang, id, options = {}, step, deck, at } = target;
  return `${localizedPath(lang, `present/${id}/notes/`)}${query(options, deck, at)}${hash(id, step)}`;
}

/** The deck hub with a running order (to edit it, or to share it). */
export function deckUrl(lang: Lang, deck: Deck): string {
  return `${localizedPath(lang, 'present/')}${query({}, deck)}`;
}

/** The present URL of deck position `at` (its own options), opening at `step`. */
export function deckEntryUrl(lang: Lang, deck: Deck, at: number, step: number | 'last' = 0): string | null {
  const entry = deck[at];
  if (!entry) return null;
  return presentUrl({ lang, id: entry.id, options: entry.options, step, deck, at });
}
