/**
 * The rules session 5's tidy-up moved into one place, as a reader meets them:
 *  - the shared option styles (src/figures/shared/options.css): every figure's options draw their
 *    native controls as 44-px targets with a visible legend or caption, and none without JavaScript.
 * One page load per article and setting; the measuring is batched in one page.evaluate.
 */
import { expect, test } from '@playwright/test';

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
