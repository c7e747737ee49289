/**
 * axe on every page of the sitemap and every trainer page, in both languages (the sitemap holds
 * both), light and dark, with reduced motion — zero violations, no console error or warning, no
 * failed request, no request to another host.
 *
 * Each page loads once: axe runs in light, the colour scheme switches in the page (the theme is CSS
 * only: prefers-color-scheme, no script reads it), and axe runs again. Pages are checked in batches,
 * one test per batch, so browser contexts are not paid per page. axe computes every check either
 * way: `resultTypes: ['violations']` only stops it serialising every passing node.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectClean, sitemapPaths, trainerPaths, watch } from './support';

/**
 * The sitemap's pages (both languages), light and dark. Present, notes and embed pages repeat one
 * layout per figure: English ones are checked in light, Japanese ones in dark, so every figure is
 * checked in both themes and both languages without doubling the run.
 */
const sitePaths = [...new Set(['/', '/404.html', ...sitemapPaths()])];
const trainer = trainerPaths();
const checks: { path: string; schemes: ('light' | 'dark')[] }[] = [
  ...sitePaths.map((path) => ({ path, schemes: ['light', 'dark'] as ('light' | 'dark')[] })),
  ...trainer.map((path) => ({ path, schemes: [path.startsWith('/en/') ? 'light' : 'dark'] as ('light' | 'dark')[] })),
];

/** About 20 s of axe per batch on this machine; handouts (every step drawn) weigh most. */
const weight = (path: string) => (path.includes('/handout/') ? 4 : /^\/(en|ja)\/[a-z-]+\/$/.test(path) ? 2 : 1);
const BATCH_WEIGHT = 8;
const batches: (typeof checks)[] = [];
// Heaviest first, so the last batches to start are short and both workers finish together.
for (const check of [...checks].sort((a, b) => weight(b.path) - weight(a.path))) {
  const last = batches.at(-1);
  const total = (last ?? []).reduce((n, c) => n + weight(c.path) * c.schemes.length, 0);
  if (last && total + weight(check.path) * check.schemes.length <= BATCH_WEIGHT) last.push(check);
  else batches.push([check]);
}

test('the sitemap lists every article in both languages', () => {
  const articles = sitemapPaths().filter((p) => /^\/(en|ja)\/[a-z-]+\/$/.test(p));
  const en = articles.filter((p) => p.startsWith('/en/')).map((p) => p.slice(4));
  const ja = articles.filter((p) => p.startsWith('/ja/')).map((p) => p.slice(4));
  expect(en.length).toBeGreaterThanOrEqual(7);
  expect(ja).toEqual(en);
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // options() replaces the whole option object, runOnly included: it must come before withTags().
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

test.describe('axe', () => {
  test.use({ reducedMotion: 'reduce' });
  // Handouts hold every step of a figure: axe needs long on those large pages.
  test.describe.configure({ timeout: 300_000 });
  for (const batch of batches) {
    const name = batch.map((c) => `${c.path} (${c.schemes.join(', ')})`).join(', ');
    test(`axe: ${name}`, async ({ page }) => {
      const problems = watch(page);
      for (const { path, schemes } of batch) {
        await test.step(path, async () => {
          await page.emulateMedia({ colorScheme: schemes[0]! });
          await page.goto(path);
          // Hydrate every figure so axe sees the interactive state too.
          for (const fig of await page.locator('figure[data-figure]').all()) {
            await fig.scrollIntoViewIfNeeded();
            await expect(fig.locator('.player.mounted, .handout, .notes')).not.toHaveCount(0);
          }
          for (const scheme of schemes) {
            await page.emulateMedia({ colorScheme: scheme });
            expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
              scheme === 'dark',
            );
            // Let any colour transition finish, so axe reads the settled colours.
            await page.evaluate(() =>
              Promise.all(
                document
                  .getAnimations()
                  .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
                  .map((a) => a.finished.catch(() => undefined)),
              ),
            );
            expect.soft(await axeViolations(page), `axe violations on ${path} in ${scheme}`).toEqual([]);
          }
          expectClean(problems);
          for (const list of Object.values(problems)) list.length = 0;
        });
      }
    });
  }
});
