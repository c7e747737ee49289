/** Small helpers for building bilingual captions from model data. */

import type { Localized } from '../types';

export function L(en: string, ja: string): Localized {
  return { en, ja };
}

/** Joins localized parts with a space (en) / nothing (ja), skipping empty ones. */
export function joinL(...parts: readonly (Localized | undefined)[]): Localized {
  const present = parts.filter((p): p is Localized => p !== undefined && (p.en !== '' || p.ja !== ''));
  return { en: present.map((p) => p.en).join(' '), ja: present.map((p) => p.ja).join('') };
}

/** Ids present in exactly one of the two lists, or in both with different values (by key). */
export function changedKeys<T>(prev: ReadonlyMap<string, T> | undefined, next: ReadonlyMap<string, T>): string[] {
  const out = new Set<string>();
  const same = (a: T | undefined, b: T | undefined) => JSON.stringify(a) === JSON.stringify(b);
  for (const [k, v] of next) if (!prev || !same(prev.get(k), v)) out.add(k);
  if (prev) for (const k of prev.keys()) if (!next.has(k)) out.add(k);
  return [...out];
}
