/**
 * axe on every page of the sitemap (issue #11 item 7), plus the site root, the 404 page and one present,
 * notes and embed page per language (those pages are not in the sitemap: one per kind and language,
 * chosen so that every figure is checked hydrated) — zero violations, no console error or warning, no
 * failed request, no request to another host.
 *
 * One page load and one axe run per page and theme: axe runs in light over every WCAG 2.x A/AA rule;
 * then the colour scheme switches in the page (the theme is CSS only: prefers-color-scheme, no script
 * reads it, so only colours change) and axe runs again with the rules that read colours. axe runs in
 * the page itself (`setLegacyMode`: our pages hold no cross-origin frame), not through a second blank
 * page per run; `resultTypes: ['violations']` stops it serialising every passing node.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_IDS, LANGS, expectClean, sitemapPaths, trainerPaths, watch } from './support';

type Kind = 'root' | '404' | 'home' | 'text' | 'article' | 'handout' | 'present' | 'notes' | 'embed';

/** The figures a built page draws (its `<figure data-figure>` ids). */
function figuresOn(path: string): string[] {
  const file = path === '/404.html' ? 'dist/404.html' : `dist${path}index.html`;
  return [...new Set([...readFileSync(file, 'utf8').matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!))];
}

function kindOf(path: string): Kind {
  if (path === '/') return 'root';
  if (path === '/404.html') return '404';
  if (/^\/(en|ja)\/$/.test(path)) return 'home';
  if (/\/handout\//.test(path)) return 'handout';
  if (/\/present\/[^/]+\/notes\/$/.test(path)) return 'notes';
  if (/\/present\//.test(path)) return 'present';
  if (/\/embed\//.test(path)) return 'embed';
  return figuresOn(path).length ? 'article' : 'text';
}

/** Every sitemap page, the root and 404, then present, notes and embed pages: one per kind and language. */
function pagesToCheck(): string[] {
  const chosen = [...new Set(['/', '/404.html', ...sitemapPaths()])];
  const covered = new Set(chosen.flatMap(figuresOn));
  // Each trainer kind and language takes the next figure (uncovered ones first), so that the
  // hydrated present, notes and embed pages between them draw as many figures as there are pages.
  const order = [...FIGURE_IDS.filter((id) => !covered.has(id)), ...FIGURE_IDS.filter((id) => covered.has(id))];
  const trainer = trainerPaths();
  let next = 0;
  for (const kind of ['present', 'notes', 'embed'] as const)
    for (const lang of LANGS) {
      const pages = trainer.filter((p) => p.startsWith(`/${lang}/`) && kindOf(p) === kind);
      const id = order[next++ % order.length];
      chosen.push(pages.find((p) => p.includes(`/${id}/`)) ?? pages[0]!);
    }
  return chosen;
}
const PAGES = pagesToCheck();

test('axe covers every sitemap page, every page kind in both languages and every figure', () => {
  for (const path of sitemapPaths()) expect(PAGES, path).toContain(path);
  const kinds = new Set(PAGES.map(kindOf));
  expect([...kinds].sort()).toEqual(
    ['404', 'article', 'embed', 'handout', 'home', 'notes', 'present', 'root', 'text'].sort(),
  );
  for (const kind of ['home', 'text', 'article', 'handout', 'present', 'notes', 'embed'])
    for (const lang of LANGS)
      expect(
        PAGES.some((p) => kindOf(p) === kind && p.startsWith(`/${lang}/`)),
        `${kind} in ${lang}`,
      ).toBe(true);
  const drawn = new Set(PAGES.flatMap(figuresOn));
  expect([...drawn].sort()).toEqual([...FIGURE_IDS].sort());
});

test('the sitemap lists every article in both languages', () => {
  const articles = sitemapPaths().filter((p) => /^\/(en|ja)\/[a-z-]+\/$/.test(p));
  const en = articles.filter((p) => p.startsWith('/en/')).map((p) => p.slice(4));
  const ja = articles.filter((p) => p.startsWith('/ja/')).map((p) => p.slice(4));
  expect(en.length).toBeGreaterThanOrEqual(7);
  expect(ja).toEqual(en);
});

/** The rules whose outcome depends on colours: the only ones a switch of colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    // options() replaces the whole option object, runOnly included: it must come before withTags().
    .options({ resultTypes: ['violations'] });
  if (scheme === 'light') builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  else builder.withRules(COLOUR_RULES);
  const results = await builder.analyze();
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
  test.describe.configure({ timeout: 180_000 });
  for (const path of PAGES) {
    test(`axe: ${path} (${kindOf(path)}, light and dark)`, async ({ page }) => {
      const problems = watch(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      // Hydrate every figure so axe sees the interactive state too.
      for (const fig of await page.locator('figure[data-figure]').all()) {
        await fig.scrollIntoViewIfNeeded();
        await expect(fig.locator('.player.mounted, .handout, .notes')).not.toHaveCount(0);
      }
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        // Let any colour transition finish, so axe reads the settled colours.
        await page.evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
              .map((a) => a.finished.catch(() => undefined)),
          ),
        );
        expect.soft(await axeViolations(page, scheme), `axe violations on ${path} in ${scheme}`).toEqual([]);
      }
      // The page, loaded once, also answers e2e/reader.spec.ts's question: nothing scrolls sideways at
      // 320 px (WCAG 1.4.10 reflow), with every figure hydrated and laid out anew for the narrow screen.
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${path} at 320 px` })
        .toBeLessThanOrEqual(320);
      expectClean(problems);
    });
  }
});
