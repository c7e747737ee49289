/**
 * The site's two languages and bilingual text: the vocabulary at the bottom of the graph, which the
 * model, the figures, the components and the pages may all import.
 */

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** Text in both site languages. */
export interface Localized {
  readonly en: string;
  readonly ja: string;
}

/** Builds bilingual text (used by captions built from model data). */
export function L(en: string, ja: string): Localized {
  return { en, ja };
}

/** Joins localized parts with a space (en) / nothing (ja), skipping empty ones. */
export function joinL(...parts: readonly (Localized | undefined)[]): Localized {
  const present = parts.filter((p): p is Localized => p !== undefined && (p.en !== '' || p.ja !== ''));
  return { en: present.map((p) => p.en).join(' '), ja: present.map((p) => p.ja).join('') };
}
