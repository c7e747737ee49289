/**
 * A figure's states for its default parameters, computed at build time and shipped in the page as
 * JSON (not as JavaScript): the browser draws and steps through them without loading the model.
 * The scene module (model code and both languages' text) loads only if the reader changes a
 * parameter. Only the page's language is kept, which halves the text.
 */
import type { FigureDefinition, Scene } from '../shared/scene-types';
import type { Lang, Localized } from '../../i18n/lang';

export interface ScenePayload<D = unknown, P extends object = object> {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly params: P;
  readonly states: Scene<D>;
  /** The view's words (page-text.ts), when the figure has a strings table. */
  readonly text?: object;
}

function isLocalized(value: object): value is Localized {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Localized).en === 'string' && typeof (value as Localized).ja === 'string';
}

/** A deep copy in which every {en, ja} pair holds the page language's text in both slots. */
export function keepLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((v) => keepLanguage(v, lang)) as T;
  if (value && typeof value === 'object') {
    if (isLocalized(value)) return { en: value[lang], ja: value[lang] } as T;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepLanguage(v, lang)])) as T;
  }
  return value;
}

/**
 * The payload for one page. Speaker notes travel only to the presenter window (`withNotes`): the
 * reading, present and embed surfaces never show them.
 */
export function payloadFor<D, P extends object>(
  definition: FigureDefinition<D, P>,
  lang: Lang,
  withNotes = false,
  text?: object,
): ScenePayload<D, P> {
  const states = definition.build(definition.defaults);
  return keepLanguage(
    {
      id: definition.id,
      title: definition.title,
      description: definition.description,
      params: definition.defaults,
      states: withNotes ? states : states.map((s) => ({ ...s, note: { en: '', ja: '' } })),
      ...(text ? { text } : {}),
    },
    lang,
  );
}

/** JSON safe inside a <script> element. */
export function payloadJson(payload: ScenePayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

const cache = new Map<string, ScenePayload | null>();

/** The payload Figure.astro put in the page for this figure (browser only). */
export function readPayload<D, P extends object>(id: string): ScenePayload<D, P> | null {
  if (!cache.has(id)) {
    const element = typeof document === 'undefined' ? null : document.querySelector(`script[data-scene-payload="${CSS.escape(id)}"]`);
    cache.set(id, element?.textContent ? (JSON.parse(element.textContent) as ScenePayload) : null);
  }
  return cache.get(id) as ScenePayload<D, P> | null;
}

/** Starting parameters: the definition's defaults on the server, the payload's in the browser. */
export function initialParams<P extends object>(server: FigureDefinition<unknown, P> | undefined, id: string): P {
  const source = server?.defaults ?? readPayload<unknown, P>(id)?.params;
  if (!source) throw new Error(`Figure "${id}": no scene payload in the page`);
  return structuredClone(source);
}
