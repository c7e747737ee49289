/**
 * A figure's states for its default parameters, computed at build time and shipped as JSON (not as
 * JavaScript): the browser draws and steps through them without loading the model. The scene
 * module (model code and both languages' text) loads only if the reader changes a parameter. Only
 * the page's language is kept, which halves the text.
 *
 * Where the JSON travels: reading pages (articles, embeds) fetch one cacheable file per figure and
 * language, `/data/{lang}/{id}.json` (src/pages/data/[lang]/[figure].json.ts), before the island
 * hydrates (the `client:figure` directive, scripts/client-figure.mjs, puts it in `SCENE_STORE`),
 * so it is off the article's critical path. Present and notes pages hydrate at load and keep it
 * inline (`<script type="application/json" data-scene-payload>`): a fetch would only add a round
 * trip after their JavaScript arrives. Either way the states are delta-encoded (`encodeStates`).
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
  return (
    keys.length === 2 && typeof (value as Localized).en === 'string' && typeof (value as Localized).ja === 'string'
  );
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

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Wire form of the states: a state's data keys whose value equals the previous state's are sent as
 * `0` and named in `same` (a figure's listing, events or map rarely change in every step; without
 * this the Japanese timeline repeats 50 KB of events per state, beyond gzip's 32 KB window).
 */
export function encodeStates<D>(states: Scene<D>): unknown[] {
  return states.map((state, i) => {
    const previous = i > 0 ? states[i - 1]!.data : undefined;
    if (!isRecord(state.data) || !isRecord(previous)) return state;
    const same: string[] = [];
    const data: Data = {};
    for (const [key, value] of Object.entries(state.data)) {
      const reused = key in previous && JSON.stringify(previous[key]) === JSON.stringify(value);
      if (reused) same.push(key);
      data[key] = reused ? 0 : value;
    }
    return same.length ? { ...state, data, same } : state;
  });
}

/** The states back from their wire form; a reused value is the previous state's object itself. */
export function decodeStates<D>(wire: readonly unknown[]): Scene<D> {
  const out: Data[] = [];
  for (const item of wire as Data[]) {
    const same = item['same'] as string[] | undefined;
    if (!same) {
      out.push(item);
      continue;
    }
    const previous = out[out.length - 1]!['data'] as Data;
    const data = { ...(item['data'] as Data) };
    for (const key of same) data[key] = previous[key];
    const { same: _same, ...state } = item;
    out.push({ ...state, data });
  }
  return out as unknown as Scene<D>;
}

/** The wire key of a one-language text: `{"~": text}` stands for `{en: text, ja: text}`. */
const ONE_LANGUAGE = '~';

/**
 * Wire form of the text: a page's payload holds one language, so every {en, ja} pair has the same
 * text twice (keepLanguage); it travels once (12 % of the gzip bytes of the scene files).
 */
function packText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(packText);
  if (!value || typeof value !== 'object') return value;
  if (isLocalized(value) && value.en === value.ja) return { [ONE_LANGUAGE]: value.en };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, packText(v)]));
}

function unpackText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpackText);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const text = (value as Record<string, unknown>)[ONE_LANGUAGE];
  if (keys.length === 1 && typeof text === 'string') return { en: text, ja: text };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpackText(v)]));
}

/** The wire JSON of a payload (delta-encoded states, text once), safe inside a <script> element. */
export function payloadJson(payload: ScenePayload): string {
  return JSON.stringify(packText({ ...payload, states: encodeStates(payload.states) })).replace(/</g, '\\u003c');
}

/** A payload from its wire form (payloadJson), parsed. */
export function decodePayload<D, P extends object>(wire: unknown): ScenePayload<D, P> {
  const payload = unpackText(wire) as ScenePayload<D, P>;
  return { ...payload, states: decodeStates<D>(payload.states as readonly unknown[]) };
}

/**
 * Where `client:figure` (scripts/client-figure.mjs) leaves a fetched payload (parsed wire form),
 * by figure id, before the island's modules load: a figure's strings read it at module evaluation.
 */
export const SCENE_STORE = '__hxScenes';

const cache = new Map<string, ScenePayload | null>();

/** The payload of this figure on this page: fetched (SCENE_STORE) or inline (browser only). */
export function readPayload<D, P extends object>(id: string): ScenePayload<D, P> | null {
  if (!cache.has(id)) {
    const fetched = (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[SCENE_STORE]?.[id];
    const element =
      fetched || typeof document === 'undefined'
        ? null
        : document.querySelector(`script[data-scene-payload="${CSS.escape(id)}"]`);
    const wire = fetched ?? (element?.textContent ? JSON.parse(element.textContent) : null);
    cache.set(id, wire ? (decodePayload(wire) as ScenePayload) : null);
  }
  return cache.get(id) as ScenePayload<D, P> | null;
}

/** Starting parameters: the definition's defaults on the server, the payload's in the browser. */
export function initialParams<P extends object>(server: FigureDefinition<unknown, P> | undefined, id: string): P {
  const source = server?.defaults ?? readPayload<unknown, P>(id)?.params;
  if (!source) throw new Error(`Figure "${id}": no scene payload in the page`);
  return structuredClone(source);
}
