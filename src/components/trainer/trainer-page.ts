/**
 * What every trainer page body (src/components/trainer/*Page.astro) starts with: its figure's
 * definition and the props of the page shell (Base.astro) for its kind, so each page's front matter
 * is one call.
 */
import { figureById, FIGURE_IDS } from '../../figures/registry';
import type { Lang } from '../../i18n/lang';
import { localizedPath, t, type UiKey } from '../../i18n/ui';

/** The props the generated route (scripts/trainer-routes.mjs) gives every trainer page. */
export interface TrainerPageProps {
  lang: Lang;
  id: string;
}

export type TrainerKind = 'present' | 'notes' | 'embed' | 'handout';

const KINDS: Record<TrainerKind, { path: (id: string) => string; suffix?: UiKey; chrome: boolean; noindex: boolean }> =
  {
    present: { path: (id) => `present/${id}/`, suffix: 'figure.present', chrome: false, noindex: true },
    notes: { path: (id) => `present/${id}/notes/`, suffix: 'figure.notes', chrome: false, noindex: true },
    embed: { path: (id) => `embed/${id}/`, chrome: false, noindex: true },
    handout: { path: (id) => `handout/${id}/`, suffix: 'handout.title', chrome: true, noindex: false },
  };

export function trainerPage({ lang, id }: TrainerPageProps, kind: TrainerKind) {
  const definition = figureById(id);
  if (!definition) throw new Error(`${kind} page: unknown figure id "${id}" (known: ${FIGURE_IDS.join(', ')})`);
  const { path, suffix, chrome, noindex } = KINDS[kind];
  const title = definition.title[lang];
  return {
    lang,
    id,
    definition,
    title,
    /** Spread on <Base>: title, description, path, chrome and noindex for this kind of page. */
    base: {
      lang,
      title: suffix ? `${title} — ${t(lang, suffix)}` : title,
      description: definition.description[lang],
      path: path(id),
      chrome,
      noindex,
    },
  };
}

/** Every figure's title in the reader's language, keyed by id in the figures' order (decks, the hub). */
export function figureTitles(lang: Lang): Record<string, string> {
  return Object.fromEntries(FIGURE_IDS.map((id) => [id, figureById(id)!.title[lang]]));
}

/** JSON for a `<script type="application/json">` element: no `<` can close the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Where a figure is explained: its article (the first one that draws it), at the figure; the home
 * page when no article does. Reads the articles' MDX source for `<Figure id="…" />`.
 */
export async function figureArticlePath(lang: Lang, id: string): Promise<string> {
  const { articlesIn, slugOf } = await import('../../lib/articles');
  const drawn = new RegExp(`<Figure\\s+id=["']${id}["']`);
  const article = (await articlesIn(lang)).find((entry) => drawn.test(entry.body ?? ''));
  return article ? `${localizedPath(lang, `${slugOf(article)}/`)}#${id}` : localizedPath(lang);
}
