/** Article queries shared by pages, navigation, feeds and the home page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/lang';

export type Article = CollectionEntry<'articles'>;

/** The slug of an article entry: its file name without language folder and extension. */
export function slugOf(entry: Article): string {
  return entry.id.split('/').slice(1).join('/');
}

export function langOf(entry: Article): Lang {
  return entry.id.startsWith('ja/') ? 'ja' : 'en';
}

/** Articles of one language, in reading order. */
export async function articlesIn(lang: Lang): Promise<Article[]> {
  const all = await getCollection('articles', (e) => langOf(e) === lang);
  return all.sort((a, b) => a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b)));
}
