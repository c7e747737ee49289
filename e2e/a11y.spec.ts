/**
 * axe once per page kind (issue #11: `npm test` within 5 minutes on 2 cores), in both languages,
 * light and dark, with reduced motion — zero violations, no console error or warning, no failed
 * request, no request to another host.
 *
 * Every page of a kind is built from the same layout and components, so one page of each kind per
 * language stands for the rest: the site root, 404, home, text page (no figure), article (with
 * figures), handout, present, notes and embed. The representatives are chosen so that every figure
 * is checked hydrated in both themes: articles that draw the most figures first, then the trainer
 * pages take the figures no chosen article draws. HTML validity of every page is checked by
 * html-validate and the Nu Html Checker; the player's ARIA by the player and stage specs.
 *
 * Each page loads once: axe runs in light, the colour scheme switches in the page (the theme is CSS
 * only: prefers-color-scheme, no script reads it), and axe runs again. `resultTypes: ['violations']`
 * only stops axe serialising every passing node.
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

/** One page per kind and language; articles and trainer pages chosen to cover every figure. */
function representatives(): string[] {
  const all = [...new Set(['/', '/404.html', ...sitemapPaths(), ...trainerPaths()])];
  const byKind = new Map<Kind, string[]>();
  for (const path of all) byKind.set(kindOf(path), [...(byKind.get(kindOf(path)) ?? []), path]);
  const chosen: string[] = [];
  const covered = new Set<string>();
  const pick = (path: string) => {
    chosen.push(path);
    for (const id of figuresOn(path)) covered.add(id);
  };
  // Text pages: each language takes a different one (en the first, ja the second…).
  for (const kind of ['root', '404', 'home', 'text'] as const)
    LANGS.forEach((lang, i) => {
      const pages = (byKind.get(kind) ?? []).filter((p) => p.startsWith(`/${lang}/`));
      const path = pages.length ? pages[i % pages.length] : byKind.get(kind)?.[0];
      if (path && !chosen.includes(path)) pick(path);
    });
  // Articles: per language, the one that adds the most figures not yet covered.
  for (const lang of LANGS) {
    const articles = (byKind.get('article') ?? []).filter((p) => p.startsWith(`/${lang}/`));
    const gain = (p: string) => figuresOn(p).filter((id) => !covered.has(id)).length;
    const best = [...articles].sort((a, b) => gain(b) - gain(a) || a.localeCompare(b))[0];
    if (best) pick(best);
  }
  // Trainer pages: each kind and language takes the next figure still uncovered (then any).
  const order = [...FIGURE_IDS.filter((id) => !covered.has(id)), ...FIGURE_IDS.filter((id) => covered.has(id))];
  let next = 0;
  for (const kind of ['handout', 'present', 'notes', 'embed'] as const)
    for (const lang of LANGS) {
      const pages = (byKind.get(kind) ?? []).filter((p) => p.startsWith(`/${lang}/`));
      const id = order[next++ % order.length];
      const path = pages.find((p) => p.includes(`/${id}/`)) ?? pages[0];
      if (path) pick(path);
    }
  return chosen;
}
const PAGES = representatives();

test('axe covers every page kind in both languages and every figure', () => {
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
        expect.soft(await axeViolations(page), `axe violations on ${path} in ${scheme}`).toEqual([]);
      }
      expectClean(problems);
    });
  }
});
