/**
 * Turns a Pagefind result into what the search dialog shows: the page, and the sections of it that
 * match best (Pagefind's sub-results: the text under each heading with an id; every glossary term is
 * a heading too), each linking to its own `#` anchor with Pagefind's excerpt of its prose. Pure (no
 * DOM), so it is unit-tested.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchSection {
  title: string;
  url: string;
  /** HTML: the page's own text with <mark> around the matching words (Pagefind's excerpt). */
  excerpt: string;
}
export interface SearchHit {
  title: string;
  url: string;
  /** Best first; the first one is where the result's main link goes. */
  sections: SearchSection[];
}

/** Sections shown under one page. */
export const MAX_SECTIONS = 3;

/** Heading text without the heading's own `#` anchor link, which Pagefind reads as part of it. */
export const cleanTitle = (text: string) => text.replace(/\s*#\s*$/, '').trim();

export function toSearchHit(fragment: PagefindFragment): SearchHit {
  const title = fragment.meta.title ?? fragment.url;
  const scored = (fragment.sub_results ?? []).map((sub) => ({
    title: cleanTitle(sub.title),
    url: sub.url,
    excerpt: sub.excerpt,
    score: sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  const sections = scored.slice(0, MAX_SECTIONS).map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt }));
  if (!sections.length) sections.push({ title, url: fragment.url, excerpt: fragment.excerpt });
  return { title, url: sections[0]!.url, sections };
}
