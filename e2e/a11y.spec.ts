/**
 * axe on every page of the sitemap and every trainer page, in both languages (the sitemap holds
 * both), light and dark, with reduced motion — zero violations, no console error or warning, no
 * failed request, no request to another host.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectClean, sitemapPaths, trainerPaths, watch } from './support';

const paths = [...new Set(['/', '/404.html', ...sitemapPaths(), ...trainerPaths()])];

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
    for (const path of paths) {
      test(`axe: ${path}`, async ({ page }) => {
        const problems = watch(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        // Hydrate every figure so axe sees the interactive state too.
        for (const fig of await page.locator('figure[data-figure]').all()) await fig.scrollIntoViewIfNeeded();
        await page.waitForLoadState('networkidle');
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
