/** The shared step player, exercised through the old-patch-bytes figure (and every figure where cheap). */
import { expect, test, type Page } from '@playwright/test';
import { expectClean, figure, hydrated, watch } from './support';

const ID = 'old-patch-bytes';
const PAGE = '/en/old-hotpatch/';

async function stepCount(page: Page, id = ID): Promise<number> {
  return Number(await figure(page, id).range.getAttribute('max'));
}

async function expectStep(page: Page, n: number, id = ID) {
  const f = figure(page, id);
  await expect(f.status).toContainText(new RegExp(`^Step ${n} of \\d+`));
  await expect(f.range).toHaveValue(String(n));
}

// The player is the same on every page: the embed page (one figure, a light page) carries most of
// these checks; what needs the article's prose (step links, focus elsewhere, the language switch)
// runs on the article.
const EMBED = `/en/embed/${ID}/`;

test.describe('reader controls', () => {
  test('buttons step and stop at the ends; the scrubber and the status region announce the caption', async ({
    page,
  }) => {
    const problems = watch(page);
    await page.goto(EMBED);
    await hydrated(page, ID);
    const f = figure(page, ID);
    const total = await stepCount(page);
    expect(total).toBeGreaterThanOrEqual(5);
    await expectStep(page, 1);
    await expect(f.button('First step')).toBeDisabled();
    await expect(f.button('Previous step')).toBeDisabled();
    const first = await f.status.textContent();
    await f.button('Next step').click();
    await expectStep(page, 2);
    expect(await f.status.textContent()).not.toBe(first);
    // The status region holds only the current caption.
    const caption2 = (await f.root.locator(`#${ID}-step-2`).textContent())!.trim();
    await expect(f.status).toHaveText(`Step 2 of ${total} ${caption2}`);
    await f.button('Last step').click();
    await expectStep(page, total);
    await expect(f.button('Next step')).toBeDisabled();
    await expect(f.button('Last step')).toBeDisabled();
    await f.button('Previous step').click();
    await expectStep(page, total - 1);
    await f.button('First step').click();
    await expectStep(page, 1);
    // The scrubber is a native range whose value text is the step and its caption.
    await f.range.fill('3');
    await expectStep(page, 3);
    const valuetext = await f.range.getAttribute('aria-valuetext');
    expect(valuetext).toMatch(new RegExp(`^Step 3 of ${total}: .+`));
    expect(valuetext).toContain((await f.root.locator(`#${ID}-step-3`).textContent())!.trim());
    expectClean(problems);
  });

  test('play advances on its own and pause stops it', async ({ page }) => {
    await page.goto(EMBED);
    await hydrated(page, ID);
    const f = figure(page, ID);
    await f.root.getByLabel('Speed').selectOption('2');
    await f.button('Play').click();
    await expect(f.button('Pause')).toBeVisible();
    await expect(f.range).toHaveValue('2', { timeout: 5000 });
    await f.button('Pause').click();
    const at = await f.range.inputValue();
    await page.waitForTimeout(2200);
    await expect(f.range).toHaveValue(at);
    await expect(f.button('Play')).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('keys step while the figure has focus; space plays and pauses; ? opens the help; a focus ring shows', async ({
    page,
  }) => {
    await page.goto(EMBED);
    await hydrated(page, ID);
    const f = figure(page, ID);
    const total = await stepCount(page);
    await f.stage.focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('PageDown');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 2);
    await page.keyboard.press('PageUp');
    await expectStep(page, 1);
    await page.keyboard.press('End');
    await expectStep(page, total);
    await page.keyboard.press('Home');
    await expectStep(page, 1);

    await page.keyboard.press(' ');
    await expect(f.button('Pause')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(f.button('Play')).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('PageDown');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Every control is reachable and shows where focus is; Enter on Next steps.
    await f.button('Next step').focus();
    const outline = await f.button('Next step').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const at = Number(await f.range.inputValue());
    await page.keyboard.press('Enter');
    await expectStep(page, at + 1);
  });
});

test.describe('on the article', () => {
  test('no shortcut acts when focus is elsewhere; a step link in the prose moves the figure; the language switch keeps the step', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await hydrated(page, ID);
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('?');
    await expectStep(page, 1);
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

    const link = page.locator(`article a.step-link[data-step-link="${ID}"][data-step="4"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expectStep(page, 4);
    await expect(page).toHaveURL(new RegExp(`#${ID}-step-4$`));

    await page.getByRole('link', { name: 'この記事を日本語で読む' }).click();
    await expect(page).toHaveURL(new RegExp(`/ja/old-hotpatch/#${ID}-step-4$`));
    await hydrated(page, ID);
    await expect(figure(page, ID).range).toHaveValue('4');
    await expect(figure(page, ID).status).toContainText('ステップ 4 /');
  });
});

test.describe('deep links', () => {
  test('open at a step, stay current while stepping, survive a reload', async ({ page }) => {
    await page.goto(`${PAGE}#${ID}-step-4`);
    await hydrated(page, ID);
    await expectStep(page, 4);
    await figure(page, ID).button('Next step').click();
    await expect(page).toHaveURL(new RegExp(`#${ID}-step-5$`));
    await page.reload();
    await hydrated(page, ID);
    await expectStep(page, 5);
  });

  test('a bad step or an unknown figure in the hash opens the nearest valid step without errors', async ({ page }) => {
    const problems = watch(page);
    for (const [hash, expected] of [
      [`${ID}-step-0`, 'first'],
      [`${ID}-step--1`, 'first'],
      [`${ID}-step-9999`, 'last'],
      [`${ID}-step-abc`, 'first'],
      ['no-such-figure-step-3', 'first'],
    ] as const) {
      // A fresh load each time (a hash-only change would not open the page anew).
      await page.goto('about:blank');
      await page.goto(`${EMBED}#${hash}`);
      await hydrated(page, ID);
      const total = await stepCount(page);
      await expectStep(page, expected === 'first' ? 1 : total);
    }
    expectClean(problems);
  });
});

test.describe('presenter', () => {
  test('present and notes windows follow each other in both directions', async ({ context }) => {
    const audience = await context.newPage();
    const notes = await context.newPage();
    await audience.goto(`/en/present/${ID}/`);
    await hydrated(audience, ID);
    await notes.goto(`/en/present/${ID}/notes/`);
    await expect(notes.getByRole('status')).toContainText('Step 1 of');
    await audience.keyboard.press('PageDown');
    await expect(figure(audience, ID).range).toHaveValue('2');
    await expect(notes.getByRole('status')).toContainText('Step 2 of');
    await notes.getByRole('button', { name: 'Next step' }).click();
    await expect(notes.getByRole('status')).toContainText('Step 3 of');
    await expect(figure(audience, ID).range).toHaveValue('3');
    await notes.keyboard.press('PageUp');
    await expect(figure(audience, ID).range).toHaveValue('2');
  });

  test('the notes window shows the note, the next caption and a timer', async ({ page }) => {
    await page.goto(`/en/present/${ID}/notes/#${ID}-step-2`);
    await expect(page.getByRole('status')).toContainText('Step 2 of');
    await expect(page.getByRole('heading', { name: 'Speaker note' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Next' })).toBeVisible();
    await expect(page.locator('time')).toHaveText(/^\d\d:\d\d$/);
  });

  test('present mode: clicker keys, B blanks the screen, Space advances', async ({ page }) => {
    await page.goto(`/en/present/${ID}/`);
    await hydrated(page, ID);
    await page.keyboard.press('Space');
    await expect(figure(page, ID).range).toHaveValue('2');
    await page.keyboard.press('PageDown');
    await expect(figure(page, ID).range).toHaveValue('3');
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);
  });
});

test.describe('handout and embed', () => {
  test('the handout shows every step with caption and note', async ({ page }) => {
    await page.goto(`/en/handout/${ID}/`);
    const steps = page.locator('.handout-step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 1; i <= count; i++) {
      await expect(page.locator(`#${ID}-step-${i}`)).toContainText('Speaker note');
    }
    await page.emulateMedia({ media: 'print' });
    await expect(steps.first()).toBeVisible();
  });

  test('the embed reacts to keys only while focused', async ({ page }) => {
    await page.goto(`/en/embed/${ID}/`);
    await hydrated(page, ID);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await figure(page, ID).stage.focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
  });
});
