/** An RSS feed of the articles, one per language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesIn, slugOf } from '../../lib/articles';
import { localizedPath, t } from '../../i18n/ui';
import { LANGS, type Lang } from '../../i18n/lang';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const articles = await articlesIn(lang);
  return rss({
    title: t(lang, 'site.name'),
    description: t(lang, 'site.tagline'),
    site: new URL(localizedPath(lang), context.site).href,
    customData: `<language>${lang}</language>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.updated,
      link: localizedPath(lang, `${slugOf(a)}/`),
    })),
  });
}
