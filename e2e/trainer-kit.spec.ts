/** The trainer's kit (issue #13, items 4–6): the presenter view, handouts as small multiples, embeds. */
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_IDS, figure, hydrated } from './support';

const ID = 'old-race';

test.describe('presenter view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('follows the audience, shows the checkpoint with its answer and the next step whole, blanks the audience', async ({
    context,
  }) => {
    const audience = await context.newPage();
    const notes = await context.newPage();
    await audience.goto(`/en/present/${ID}/#${ID}-step-3`);
    await hydrated(audience, ID);
    await notes.goto(`/en/present/${ID}/notes/`);
    const status = notes.getByRole('status');
    await expect(status).toContainText('Step 3 of');

    // Stepping in either window moves the other; step 4 carries a checkpoint.
    await notes.getByRole('button', { name: 'Next step' }).click();
    await expect(figure(audience, ID).range).toHaveValue('4');
    await audience.keyboard.press('PageUp');
    await expect(status).toContainText('Step 3 of');
    await notes.getByRole('button', { name: /^4 / }).click();
    await expect(figure(audience, ID).range).toHaveValue('4');
    // The presenter view draws step 4 with its checkpoint (it renders after the step has synced).
    await expect(status).toContainText('Step 4 of');
    await expect(notes.locator('.checkpoint')).toContainText('Predict');

    const seen = await notes.evaluate(() => {
      const inView = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const next = document.querySelector('.side .fit');
      const drawn = next?.querySelector('svg')?.getBoundingClientRect();
      const box = next?.getBoundingClientRect();
      return {
        pageScrolls: document.documentElement.scrollHeight > innerHeight,
        checkpoint: document.querySelector('.checkpoint')?.textContent ?? '',
        nextInView: !!drawn && !!box && inView(drawn) && inView(box) && drawn.width > 100,
        nextInsideItsBox:
          !!drawn &&
          !!box &&
          drawn.left >= box.left - 1 &&
          drawn.right <= box.right + 1 &&
          drawn.bottom <= box.bottom + 1,
        nowDrawn: !!document.querySelector('.now .fit svg'),
      };
    });
    expect(seen.pageScrolls).toBe(false);
    expect(seen.checkpoint).toContain('Predict');
    expect(seen.checkpoint).toMatch(/Answer:\s*\S/);
    expect(seen.nextInView).toBe(true);
    expect(seen.nextInsideItsBox).toBe(true);
    expect(seen.nowDrawn).toBe(true);

    // Blank from the presenter view: the audience goes black; B in the notes brings it back.
    await notes.getByRole('button', { name: /Blank the audience/ }).click();
    await expect(audience.locator('.blank')).toBeVisible();
    await notes.keyboard.press('b');
    await expect(audience.locator('.blank')).toHaveCount(0);

    // Full screen is asked for, and the presenter view says what the audience window needs.
    await notes.getByRole('button', { name: /Audience full screen/ }).click();
    // A full browser waits for a key or click in the audience window (full screen needs a gesture
    // there); a headless one may grant it at once. Either way the presenter view says which.
    await expect(notes.getByText(/press a key or click there once|The audience window is full screen\./)).toBeVisible();

    // The elapsed time survives a reload (kept per talk in the tab).
    await notes.evaluate(() => {
      for (const key of Object.keys(sessionStorage))
        if (key.includes('talk-start')) sessionStorage.setItem(key, String(Date.now() - 125_000));
    });
    await notes.reload();
    await expect(notes.locator('time')).toHaveText(/^02:0\d$/);
  });
});

/** Pages in a PDF from Chromium (one `/Type /Page` object each). */
async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = await page.pdf({ format });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe('handouts', () => {
  test('print as small multiples: every figure at least two steps to an A4 page, an 8-step figure on at most 4', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const counts: string[] = [];
    const crowded: string[] = [];
    for (const id of FIGURE_IDS) {
      await page.goto(`/en/handout/${id}/`);
      const steps = await page.locator('.handout-step').count();
      const a4 = await pdfPages(page, 'A4');
      counts.push(`${id}: ${steps} steps, A4 ${a4}`);
      // Small multiples, not one step per sheet: a figure of n steps prints on at most ⌈n / 2⌉ pages.
      if (a4 > Math.ceil(steps / 2)) crowded.push(`${id}: ${steps} steps on ${a4} A4 pages`);
      if (steps === 8) {
        expect(a4).toBeLessThanOrEqual(4);
        expect(await pdfPages(page, 'Letter'), `${id} on Letter`).toBeLessThanOrEqual(4);
      }
    }
    expect(crowded).toEqual([]);
    // The trainer script (notes under each step) in Japanese still prints as small multiples.
    await page.goto('/ja/handout/old-patch-bytes/?notes=1');
    const steps = await page.locator('.handout-step').count();
    const a4 = await pdfPages(page, 'A4');
    counts.push(`ja old-patch-bytes trainer: ${steps} steps, A4 ${a4}`);
    expect(a4).toBeLessThanOrEqual(Math.ceil(steps / 2));
    test.info().annotations.push({ type: 'handout pages', description: counts.join('; ') });
  });

  test('student handout without notes, trainer script with them; caption beside its drawing', async ({ page }) => {
    await page.goto('/en/handout/old-patch-bytes/');
    await page.emulateMedia({ media: 'print' });
    const layout = () =>
      page.evaluate(() => {
        const cards = [...document.querySelectorAll('.handout-step')];
        return {
          notesShown: cards.filter((c) => (c.querySelector('.note') as HTMLElement | null)?.offsetParent).length,
          beside: cards.every((c) => {
            const d = c.querySelector('.drawing')!.getBoundingClientRect();
            const w = c.querySelector('.words')!.getBoundingClientRect();
            return w.left >= d.right && w.top < d.bottom;
          }),
          cards: cards.length,
        };
      });
    const student = await layout();
    expect(student.notesShown).toBe(0);
    expect(student.beside).toBe(true);
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden(); // print media hides the tools
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.getByLabel(/Trainer script/).check();
    await expect(page).toHaveURL(/\?notes=1$/);
    await page.emulateMedia({ media: 'print' });
    const trainer = await layout();
    expect(trainer.notesShown).toBe(trainer.cards);
    // The URL alone selects the trainer script (a shared link, a print from it).
    await page.goto('/en/handout/old-patch-bytes/?notes=1');
    expect((await layout()).notesShown).toBe(trainer.cards);
  });
});

test.describe('embeds', () => {
  for (const id of [ID, 'new-redirect']) {
    test(`${id}: fits 800×600 and 400×300 frames without scrolling and posts its height`, async ({ page, baseURL }) => {
      // A host page on the same static server (a fixture route), holding both frames.
      await page.route(`${baseURL}/embed-host/`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>host</title><script>window.heights = [];
            addEventListener('message', (e) => e.data?.type === 'hotpatch-explained:height' && heights.push(e.data.height));
            </script><iframe src="/en/embed/${id}/" width="800" height="600"></iframe>
            <iframe src="/en/embed/${id}/" width="400" height="300"></iframe>`,
        }),
      );
      await page.setViewportSize({ width: 1300, height: 1000 });
      await page.goto('/embed-host/');
      const frames = page.frames().filter((f) => f.url().includes('/embed/'));
      expect(frames).toHaveLength(2);
      for (const frame of frames) {
        await frame.locator('.player.mounted').waitFor();
        const fit = await frame.evaluate(() => {
          const doc = document.documentElement;
          const controls = document.querySelector('.controls')!.getBoundingClientRect();
          return {
            scrolls: doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth,
            controlsInside: controls.bottom <= doc.clientHeight,
            drawingHeight: document.querySelector('.stage-drawing')!.clientHeight,
            article: document.querySelector<HTMLAnchorElement>('.embed-title')?.href ?? '',
          };
        });
        expect(fit.scrolls).toBe(false);
        expect(fit.controlsInside).toBe(true);
        expect(fit.drawingHeight).toBeGreaterThan(60);
        expect(fit.article).toMatch(new RegExp(`/en/[a-z-]+/#${id}$`));
      }
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
        .toBeGreaterThanOrEqual(2);
    });
  }
});
