/**
 * The words a figure's view draws (its `strings.ts` tables, {en, ja} pairs), in the browser. The
 * page carries them in the scene payload with the page's language in both slots (keepLanguage), so
 * an island never downloads the other language and `T.key[lang]` reads the same as on the server.
 * Only the browser's stand-in for a figure's strings.ts calls it (scripts/vite-page-words.mjs).
 */
import { readPayload } from './scene-payload';

export function pageText<T extends object>(figureId: string): T {
  const text = readPayload(figureId)?.text;
  if (!text) throw new Error(`Figure "${figureId}": the page carries no text for it (scene payload)`);
  return text as T;
}

/** `fill('Step {n} of {total}', { n: 3, total: 9 })` → `Step 3 of 9`: templates stay JSON. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
