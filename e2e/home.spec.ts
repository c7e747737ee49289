/**
 * The home page shows before it tells (issue #17): the live `old-vs-new` stage is on the first screen
 * at 1280×720 and 390×844 in both languages, above the myth questions, and steps in place with a real
 * click on Next; without JavaScript it still shows the drawing and every step caption; the compare
 * article carries the same figure.
 */
import { expect, test } from '@playwright/test';
import { expectClean, figure, watch } from './support';
import { ft, stepOf } from '../src/i18n/figure-ui';

const ID = 'old-vs-new';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

for (const size of SIZES) {
  for (const lang of ['en', 'ja'] as const) {
    test(`${lang} home at ${size.width}×${size.height}: the stage is on the first screen and steps in place`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const problems = watch(page);
      await page.goto(`/${lang}/`);
      const f = figure(page, ID);
      await expect(f.root.locator('.player.mounted')).toHaveCount(1);
      const where = () =>
        page.evaluate((id) => {
          const stage = document.querySelector(`figure[data-figure="${id}"] [data-stage]`)!.getBoundingClientRect();
          const questions = document.getElementById('questions-title')!.getBoundingClientRect();
          return {
            top: stage.top,
            bottom: stage.bottom,
            left: stage.left,
            right: stage.right,
            vw: document.documentElement.clientWidth,
            vh: window.innerHeight,
            scrollY: window.scrollY,
            questionsTop: questions.top,
          };
        }, ID);
      const first = await where();
      expect(first.scrollY, 'the page opened at its top').toBe(0);
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(first.left).toBeGreaterThanOrEqual(0);
      expect(first.bottom, 'stage bottom inside the first viewport').toBeLessThanOrEqual(first.vh);
      expect(first.right).toBeLessThanOrEqual(first.vw);
      expect(first.questionsTop, 'the figure comes before the myth questions').toBeGreaterThan(first.bottom);

      // Links from the stage into the two articles.
      const links = await page
        .locator('nav.home-links a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links).toEqual([`/${lang}/old-hotpatch/`, `/${lang}/new-hotpatch/`]);

      const caption = await f.status.textContent();
      const next = await f.button(ft(lang, 'figure.next')).boundingBox();
      await page.mouse.click(next!.x + next!.width / 2, next!.y + next!.height / 2);
      await expect(f.range).toHaveValue('2');
      await expect(f.status).not.toHaveText(caption!);
      expect(await f.status.textContent()).toMatch(new RegExp(`^${stepOf(lang, 2, 6)}`));
      const after = await where();
      expect(after.scrollY, 'stepping does not move the page').toBe(first.scrollY);
      expect(after.bottom).toBeLessThanOrEqual(after.vh);

      // Every step's drawing fits its box: nothing inside the stage scrolls (one evaluate for all steps).
      const overflowing = await page.evaluate(async (id) => {
        const stage = document.querySelector(`figure[data-figure="${id}"] [data-stage]`)!;
        const drawing = stage.querySelector<HTMLElement>('.stage-drawing')!;
        const range = stage.querySelector<HTMLInputElement>('input[type="range"]')!;
        const out: string[] = [];
        for (let i = 1; i <= Number(range.max); i++) {
          range.value = String(i);
          range.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          if (drawing.scrollHeight > drawing.clientHeight + 1 || drawing.scrollWidth > drawing.clientWidth + 1)
            out.push(
              `step ${i}: ${drawing.scrollWidth}×${drawing.scrollHeight} in ${drawing.clientWidth}×${drawing.clientHeight}`,
            );
        }
        return out;
      }, ID);
      expect(overflowing, 'every step fits the drawing box').toEqual([]);
      expectClean(problems);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page shows the drawing and every step caption, and no dead figure controls', async ({ page }) => {
    for (const lang of ['en', 'ja'] as const) {
      await page.goto(`/${lang}/`);
      const root = page.locator(`figure[data-figure="${ID}"]`);
      await expect(root.locator('[data-stage] svg.lanes')).toBeVisible();
      await expect(root.locator('[data-route]').first()).toHaveCount(0); // step 1: nothing walked yet
      await expect(root.locator(`li[id^="${ID}-step-"]`)).toHaveCount(6);
      await expect(root.locator(`#${ID}-step-6`)).toBeVisible();
      await expect(root.getByRole('toolbar')).toBeHidden();
    }
  });
});

test('the compare article carries the figure, with its deep links', async ({ page }) => {
  await page.goto(`/en/compare/#${ID}-step-4`);
  const f = figure(page, ID);
  await expect(f.root).toHaveAttribute('id', ID);
  await expect(f.root.locator('.player.mounted')).toHaveCount(1);
  await expect(f.range).toHaveValue('4');
  await expect(f.status).toContainText('HPAT stub');
  await expect(f.root.locator('[data-route]')).not.toHaveCount(0);
});
