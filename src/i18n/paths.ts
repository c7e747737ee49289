import type { Lang } from './lang';

/** `/en/old-hotpatch/` from a language and a path after the prefix ("" for the home page). */
export function localizedPath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return clean ? `/${lang}/${clean}` : `/${lang}/`;
}
