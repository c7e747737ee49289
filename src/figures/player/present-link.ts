/**
 * The builders of present-url.ts (the URL format is described there): what the reading player
 * needs for its Present link, apart from the readers so a reading page does not ship parsing code.
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
export const RESERVED = new Set(['deck', 'at']);
/** Longest deck accepted from a URL: more entries are dropped. */
export const MAX_DECK = 40;
export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
/** Identifier-like strings only: figure string options are choices (`x64`, `two-step`, product ids). */
export const WORD = /^[A-Za-z0-9_.-]{1,64}$/;
export const NUMBER_LIST = /^(-?\d+(\.\d+)?)?(,-?\d+(\.\d+)?)*$/;

// ── Building ────────────────────────────────────────────────────────────────────────────────

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

function encodeEntry(entry: DeckEntry): string {
  const parts = [entry.id];
  for (const [key, value] of Object.entries(entry.options)) {
    if (KEY.test(key) && !RESERVED.has(key) && (WORD.test(value) || NUMBER_LIST.test(value)))
      parts.push(`${key}:${value}`);
  }
  return parts.join(';');
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
