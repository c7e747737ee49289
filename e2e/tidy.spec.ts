/**
 * The rules session 5's tidy-up moved into one place, as a reader meets them:
 *  - the title room (FigureFrame.astro + the player's stage height): on every article, each
 *    figure's stage scrolled to the top the way a deep link scrolls it leaves the figure's title in
 *    view under the sticky header and ends on the screen, at 1280×720 and 390×844;
 *  - the shared option styles (src/figures/shared/options.css): every figure's options draw their
 *    native controls as 44-px targets with a visible legend or caption, and none without JavaScript.
 * One page load per article and size; the measuring is batched in one page.evaluate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectClean, watch } from './support';

/** Each English article and the figures it draws, from the content's `<Figure id="…">`. */
const ARTICLES = readdirSync('content/articles/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({
    path: `/en/${file.replace(/\.mdx$/, '')}/`,
    ids: [...readFileSync(`content/articles/en/${file}`, 'utf8').matchAll(/<Figure id="([^"]+)"/g)].map((m) => m[1]!),
  }))
  .filter((a) => a.ids.length > 0);

const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

for (const size of SIZES) {
  for (const article of ARTICLES) {
    test(`title room: ${article.path} at ${size.width}×${size.height}`, async ({ page }) => {
      const problems = watch(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(article.path);
      const out = await page.evaluate(async (ids) => {
        const failures: string[] = [];
        // The header's bottom edge where it sticks (as e2e/stage.spec.ts measures it).
        const headerEl = document.querySelector('.site-header');
        const top = () =>
          headerEl && getComputedStyle(headerEl).position === 'sticky'
            ? Math.max(0, headerEl.getBoundingClientRect().bottom)
            : 0;
        for (const id of ids) {
          const root = document.querySelector(`figure[data-figure="${id}"]`)!;
          const stage = root.querySelector<HTMLElement>('[data-stage]')!;
          stage.scrollIntoView({ block: 'start', behavior: 'instant' });
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          const title = root.querySelector('.figure-title')!.getBoundingClientRect();
          const box = stage.getBoundingClientRect();
          if (title.top < top() - 1) failures.push(`${id}: title top ${title.top} under the header (${top()})`);
          if (title.bottom > box.top + 1) failures.push(`${id}: title overlaps the stage`);
          if (box.bottom > innerHeight + 1) failures.push(`${id}: stage ends at ${box.bottom} > ${innerHeight}`);
        }
        return failures;
      }, article.ids);
      expect(out).toEqual([]);
      expectClean(problems);
    });
  }
}

test('options: native controls, 44-px targets, named, hidden without JavaScript', async ({ browser }) => {
  // The articles drawing a figure with options (every figure but old-system-flow and old-vs-new).
  const paths = ['/en/old-hotpatch/', '/en/new-hotpatch/', '/en/calendar/', '/en/timeline/'];
  for (const js of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.option-panel')].map((panel) => {
          const shown = panel.getClientRects().length > 0;
          const controls = [
            ...panel.querySelectorAll<HTMLElement>('.option-choice, .option-field > select, .option-field > input'),
          ];
          return {
            shown,
            small: controls
              .filter((c) => c.getBoundingClientRect().height < 43.5)
              .map((c) => c.textContent?.trim() || c.tagName),
            unnamed: [...panel.querySelectorAll('fieldset')].filter(
              (f) => !f.querySelector(':scope > legend')?.textContent?.trim(),
            ).length,
            count: controls.length,
          };
        }),
      );
      expect(found.length, `${path} has figure options`).toBeGreaterThan(0);
      for (const panel of found) {
        expect(panel.shown, `${path} options shown only with JavaScript`).toBe(js);
        if (!js) continue;
        expect(panel.count).toBeGreaterThan(0);
        expect(panel.small, `${path}: controls under 44 px`).toEqual([]);
        expect(panel.unnamed, `${path}: fieldsets without a legend`).toBe(0);
      }
    }
    await context.close();
  }
});
