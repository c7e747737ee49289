/**
 * axe on every page of the sitemap and every trainer page, in both languages (the sitemap holds
 * both), light and dark, with reduced motion — zero violations, no console error or warning, no
 * failed request, no request to another host.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectClean, sitemapPaths, trainerPaths, watch } from './support';

/**
 * The sitemap's pages (both languages) in light and dark. Present, notes and embed pages repeat one
 * layout per figure: English ones are checked in light, Japanese ones in dark, so every figure is
 * checked in both themes and both languages without doubling the run.
 */
const sitePaths = [...new Set(['/', '/404.html', ...sitemapPaths()])];
const pathsFor = (scheme: 'light' | 'dark') => [
  ...sitePaths,
  ...trainerPaths().filter((p) => p.startsWith(scheme === 'light' ? '/en/' : '/ja/')),
];

test('the sitemap lists every article in both languages', () => {
  const articles = sitemapPaths().filter((p) => /^\/(en|ja)\/[a-z-]+\/$/.test(p));
  const en = articles.filter((p) => p.startsWith('/en/')).map((p) => p.slice(4));
  const ja = articles.filter((p) => p.startsWith('/ja/')).map((p) => p.slice(4));
  expect(en.length).toBeGreaterThanOrEqual(7);
  expect(ja).toEqual(en);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });
    // Handouts hold every step of a figure: axe needs longer on those large pages.
    test.describe.configure({ timeout: 180_000 });
    for (const path of pathsFor(scheme)) {
      test(`axe: ${path}`, async ({ page }) => {
        const problems = watch(page);
        await page.goto(path);
        // Hydrate every figure so axe sees the interactive state too.
        for (const fig of await page.locator('figure[data-figure]').all()) {
          await fig.scrollIntoViewIfNeeded();
          await expect(fig.locator('.player.mounted, .handout, .notes')).not.toHaveCount(0);
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(summary).toEqual([]);
        expectClean(problems);
      });
    }
  });
}
