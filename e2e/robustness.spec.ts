/** Figures without JavaScript, under reduced motion, on a phone and a projector, and under key mashing. */
import { expect, test } from '@playwright/test';
import { FIGURE_IDS, figure, hydrated } from './support';

const PAGES: Record<string, string> = {
  'old-patch-bytes': 'old-hotpatch',
  'old-race': 'old-hotpatch',
  'old-system-flow': 'old-hotpatch',
  'new-redirect': 'new-hotpatch',
  'new-lifecycle': 'new-hotpatch',
  'servicing-calendar': 'calendar',
  'hotpatch-timeline': 'timeline',
  'old-vs-new': 'compare',
};

/** The articles and the figures each draws (one page load per article and viewport). */
const ARTICLES = new Map<string, string[]>();
for (const id of FIGURE_IDS) ARTICLES.set(PAGES[id]!, [...(ARTICLES.get(PAGES[id]!) ?? []), id]);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: every figure's drawing and every caption are in its article`, async ({ page }) => {
      for (const [article, ids] of ARTICLES) {
        await page.goto(`/${lang}/${article}/`);
        for (const id of ids) {
          const root = page.locator(`figure[data-figure="${id}"]`);
          await expect(root).toHaveAttribute('id', id);
          await expect(root.locator('.stage')).toBeVisible();
          // Every step's caption is shown (one round trip for all of them).
          const captions = await root.locator(`li[id^="${id}-step-"]`).evaluateAll((items) =>
            items.map((li) => ({
              id: li.id,
              shown: (li as HTMLElement).checkVisibility({ visibilityProperty: true }),
              length: li.textContent!.trim().length,
            })),
          );
          expect(captions.length, `${id}: steps`).toBeGreaterThanOrEqual(2);
          expect(captions.map((c) => c.id)).toEqual(captions.map((_, i) => `${id}-step-${i + 1}`));
          expect(
            captions.filter((c) => !c.shown || c.length <= 10),
            `${id}: hidden or empty captions`,
          ).toEqual([]);
          // The same number of steps as the live figure: the scene file it hydrates from (the stage
          // and player specs check the hydrated figure's step count against the same states).
          const src = await root.getAttribute('data-scene-src');
          expect(src, `${id} names its scene file`).toBeTruthy();
          const scene = (await (await page.request.get(src!)).json()) as { states: unknown[] };
          expect(scene.states.length, `${id}: states`).toBe(captions.length);
        }
      }
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every figure: no transition or animation longer than 50 ms', async ({ page }) => {
    const slow: string[] = [];
    for (const id of FIGURE_IDS) {
      await page.goto(`/en/embed/${id}/`);
      await hydrated(page, id);
      await figure(page, id).button('Next step').click();
      const longest = await page.locator(`figure[data-figure="${id}"]`).evaluate((root) => {
        const ms = (v: string) =>
          Math.max(...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) : parseFloat(s) * 1000)));
        let max = 0;
        for (const el of [root, ...root.querySelectorAll('*')]) {
          const cs = getComputedStyle(el);
          max = Math.max(max, ms(cs.transitionDuration) + ms(cs.transitionDelay), ms(cs.animationDuration));
        }
        for (const a of document.getAnimations()) {
          const t = a.effect?.getComputedTiming();
          if (t && typeof t.duration === 'number') max = Math.max(max, t.duration);
        }
        return max;
      });
      if (longest > 50) slow.push(`${id}: ${longest} ms`);
    }
    expect(slow).toEqual([]);
  });

  test('the site motion setting reduces motion even when the system allows it', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto('/en/old-hotpatch/');
    await page.getByLabel('Motion').selectOption('reduce');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    const ms = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--motion-ms').trim(),
    );
    expect(parseFloat(ms)).toBe(0);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    await context.close();
  });
});

for (const [name, viewport] of [
  ['phone 360 px', { width: 360, height: 740 }],
  ['projector 1920×1080', { width: 1920, height: 1080 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });
    for (const [article, ids] of ARTICLES) {
      test(`${ids.join(', ')}: no horizontal page scroll, controls inside the viewport`, async ({ page }) => {
        await page.goto(`/en/${article}/`);
        for (const id of ids) {
          await hydrated(page, id);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${id}: horizontal page scroll`).toBeLessThanOrEqual(0);
          const toolbar = await figure(page, id).root.getByRole('toolbar').boundingBox();
          expect(toolbar).not.toBeNull();
          expect(toolbar!.x).toBeGreaterThanOrEqual(0);
          expect(toolbar!.x + toolbar!.width).toBeLessThanOrEqual(viewport.width);
          for (const button of await figure(page, id).root.getByRole('toolbar').getByRole('button').all()) {
            const box = (await button.boundingBox())!;
            expect(Math.min(box.width, box.height), `${id}: button size`).toBeGreaterThanOrEqual(44);
          }
        }
      });
    }
  });
}

test.describe('rapid input', () => {
  for (const id of FIGURE_IDS) {
    test(`${id}: mashing keys and buttons always lands on a whole state`, async ({ page }) => {
      await page.goto(`/en/embed/${id}/`);
      await hydrated(page, id);
      const f = figure(page, id);
      const total = Number(await f.range.getAttribute('max'));
      await f.stage.focus();
      for (let i = 0; i < 25; i++) await page.keyboard.press(i % 3 === 2 ? 'ArrowLeft' : 'ArrowRight');
      await Promise.all([
        f.button('Previous step').click(),
        f
          .button('Previous step')
          .click({ force: true })
          .catch(() => {}),
      ]);
      for (let i = 0; i < 10; i++)
        await f
          .button('Next step')
          .click({ force: true, noWaitAfter: true })
          .catch(() => {});
      // Settled: the scrubber, the URL and the caption agree (no fixed wait).
      await expect
        .poll(() =>
          page.evaluate((figureId) => {
            const range = document.querySelector<HTMLInputElement>(
              `figure[data-figure="${figureId}"] input[type="range"]`,
            );
            return location.hash === `#${figureId}-step-${range?.value}`;
          }, id),
        )
        .toBe(true);
      const value = Number(await f.range.inputValue());
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(total);
      const caption = (await f.root.locator(`#${id}-step-${value}`).textContent())!.trim();
      await expect(f.status).toHaveText(`Step ${value} of ${total} ${caption}`);
      await expect(page).toHaveURL(new RegExp(`#${id}-step-${value}$`));
    });
  }
});
