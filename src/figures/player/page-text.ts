/**
 * The words a figure's view draws (its `strings.ts` tables, {en, ja} pairs). On the server they are
 * the tables themselves. In the browser the page carries them in the scene payload with the page's
 * language in both slots (keepLanguage), so an island never downloads the other language and
 * `T.key[lang]` reads the same on both sides. A figure's `text.ts` is the only importer.
 */
import { readPayload } from './scene-payload';

export function pageText<T extends object>(server: T | undefined, figureId: string): T {
  if (server) return server;
  const text = readPayload(figureId)?.text;
  if (!text) throw new Error(`Figure "${figureId}": the page carries no text for it (scene payload)`);
  return text as T;
}

/** `fill('Step {n} of {total}', { n: 3, total: 9 })` → `Step 3 of 9`: templates stay JSON. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
