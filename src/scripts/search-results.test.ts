import { describe, expect, it } from 'vitest';
import { cleanTitle, toSearchHit, type PagefindFragment } from './search-results';

const at = (balanced_score: number) => ({ balanced_score });

function fragment(over: Partial<PagefindFragment> = {}): PagefindFragment {
  return {
    url: '/en/old-hotpatch/',
    excerpt: 'page excerpt',
    meta: { title: 'The original hotpatch' },
    sub_results: [
      { title: 'The original hotpatch', url: '/en/old-hotpatch/', excerpt: 'intro', weighted_locations: [at(0.5)] },
      {
        title: 'Padding #',
        url: '/en/old-hotpatch/#padding',
        excerpt: 'in the <mark>padding</mark>',
        weighted_locations: [at(2), at(1)],
      },
      { title: 'Why it faded#', url: '/en/old-hotpatch/#why-it-faded', excerpt: 'faded', weighted_locations: [at(6)] },
      { title: 'x64 #', url: '/en/old-hotpatch/#x64', excerpt: 'x64', weighted_locations: [at(0.1)] },
    ],
    ...over,
  };
}

describe('search results', () => {
  it('orders a page’s sections by how well they match and links the result to the best one', () => {
    const hit = toSearchHit(fragment());
    expect(hit.sections.map((s) => s.url)).toEqual([
      '/en/old-hotpatch/#why-it-faded',
      '/en/old-hotpatch/#padding',
      '/en/old-hotpatch/',
    ]);
    expect(hit.url).toBe('/en/old-hotpatch/#why-it-faded');
    expect(hit.sections.map((s) => s.title)).toEqual(['Why it faded', 'Padding', 'The original hotpatch']);
    expect(hit.sections[1]!.excerpt).toBe('in the <mark>padding</mark>');
  });

  it('falls back to the page when Pagefind gives no sections', () => {
    expect(toSearchHit(fragment({ sub_results: [] }))).toEqual({
      title: 'The original hotpatch',
      url: '/en/old-hotpatch/',
      sections: [{ title: 'The original hotpatch', url: '/en/old-hotpatch/', excerpt: 'page excerpt' }],
    });
  });

  it('drops only the heading’s trailing anchor mark', () => {
    expect(cleanTitle('Why it faded #')).toBe('Why it faded');
    expect(cleanTitle('C# interop')).toBe('C# interop');
  });
});
