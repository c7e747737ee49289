/**
 * Issue #11 leftover: present mode's keys and deck load just after the figure hydrates (lazy
 * imports, out of the reading bundle). A clicker key pressed in that moment is held by the player
 * and takes effect once the deck is known (src/figures/player/held-keys.ts).
 */
import { expect, test } from '@playwright/test';
import { expectClean, figure, hydrated, watch } from './support';

test('present: Next pressed at the last step before the deck has loaded still opens the next figure', async ({
  page,
}) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Hold back present mode's code (it reads the deck) until the key has been pressed.
  let release = () => {};
  let held = false;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/present-session\.[\w-]+\.js$/, async (route) => {
    held = true;
    await gate;
    await route.continue();
  });
  await page.goto('/en/present/old-race/?deck=old-race&deck=new-redirect#old-race-step-13');
  await hydrated(page, 'old-race');
  await expect(figure(page, 'old-race').status).toContainText('Step 13 of 13');
  // Without a deck, Next at the last step has nowhere to go: the key must wait for the deck.
  await page.keyboard.press('PageDown');
  expect(held, 'present-session chunk held back').toBe(true);
  expect(page.url()).toContain('/present/old-race/');
  release();
  await page.waitForURL(/\/en\/present\/new-redirect\/.*at=2/);
  await hydrated(page, 'new-redirect');
  await expect(figure(page, 'new-redirect').status).toContainText('Step 1 of');
  expectClean(problems);
});

test("article: each figure's detail layer arrives after hydration, beside the stage at 1280 px", async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/old-hotpatch/');
  // The server draws old-race's detail too, for the page without JavaScript.
  const served = await page.evaluate(() => ['.race-detail'].map((s) => document.querySelectorAll(s).length));
  expect(served).toEqual([1]);
  for (const [id, layer] of [
    ['old-patch-bytes', '.diff'],
    ['old-race', '.race-detail'],
    ['old-system-flow', '.osf-detail'],
  ] as const) {
    await hydrated(page, id);
    await expect(figure(page, id).root.locator(`aside.stage-rail ${layer}`).first()).toBeVisible();
  }
  expectClean(problems);
});
