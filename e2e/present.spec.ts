/**
 * Present mode (issue #13, items 1–3): every present page is legible from the back of a room at
 * three projector sizes, a clicker always steps, blank is black, the article's Present link carries
 * the options, and a deck steps from one figure into the next with an overview to jump around.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_IDS, LANGS, expectClean, figure, hydrated, watch } from './support';
import { stepOf } from '../src/i18n/figure-ui';

const VIEWPORTS = [
  { width: 1280, height: 720, min: 18 },
  { width: 1024, height: 768, min: 18 },
  { width: 1920, height: 1080, min: 24 },
] as const;

interface Measure {
  step: number;
  /** Smallest rendered size of the figure's text (px) and the text that has it. */
  minPx: number;
  smallest: string;
  small: number;
  texts: number;
  captionPx: number;
  /** Elements of the stage outside the viewport, or of the drawing outside its box. */
  outside: string[];
  scrollbars: boolean;
  /** The status region's text: "Step n of N" and the step's caption. */
  status: string;
}

/**
 * Every step of the figure on this page, measured in the browser: each visible text of the drawing
 * and its checkpoint (SVG text: computed font-size × getScreenCTM().a; HTML: computed font-size), the caption, what lies
 * outside the screen or the drawing box, and whether the page scrolls.
 */
async function measureAllSteps(page: Page, min: number): Promise<Measure[]> {
  return page.evaluate(async (min) => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The room reads the step once it has settled: wait out finite transitions (a strip sliding).
    const frame = async () => {
      await frames();
      const ending = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime));
      await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
      if (ending.length) await frames();
    };
    const stage = document.querySelector<HTMLElement>('.mode-present [data-stage]')!;
    const drawing = stage.querySelector<HTMLElement>('.stage-drawing')!;
    const range = stage.querySelector<HTMLInputElement>('input[type="range"]')!;
    const count = Number(range.max);
    const out: Measure[] = [];
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
    };
    for (let i = 0; i < count; i++) {
      range.value = String(i + 1);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      let minPx = Infinity;
      let smallest = '';
      let small = 0;
      let texts = 0;
      // The drawing and a checkpoint over it: what the room reads.
      for (const el of stage.querySelector('.stage-body')!.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!own || !shown(el)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        const svg = el instanceof SVGGraphicsElement ? el : null;
        const px = svg ? size * (svg.getScreenCTM()?.a ?? 1) : size;
        texts++;
        if (px < min - 0.05) small++;
        if (px < minPx) {
          minPx = px;
          smallest = el.textContent!.trim().slice(0, 40);
        }
      }
      const caption = stage.querySelector<HTMLElement>('.caption')!;
      const box = drawing.getBoundingClientRect();
      const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      const outside: string[] = [];
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
      const beyond = (r: DOMRect, l: { left: number; top: number; right: number; bottom: number }) =>
        r.left < l.left - 1 || r.top < l.top - 1 || r.right > l.right + 1 || r.bottom > l.bottom + 1;
      // What of the drawing the audience sees: its box, narrowed by every clip-path rect on the way up.
      const visible = (el: Element) => {
        const v = { left: box.left, top: box.top, right: box.right, bottom: box.bottom, clipped: false };
        for (let a: Element | null = el; a && a !== drawing; a = a.parentElement) {
          const ref = /url\(["']?#([^"')]+)/.exec(a.getAttribute('clip-path') ?? '')?.[1];
          const rect = ref ? document.getElementById(ref)?.querySelector('rect') : null;
          const ctm = a instanceof SVGGraphicsElement ? a.getScreenCTM() : null;
          if (!rect || !ctm) continue;
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(rect.getAttribute(k) ?? 0));
          const p = new DOMPoint(x, y).matrixTransform(ctm);
          const q = new DOMPoint(x! + w!, y! + h!).matrixTransform(ctm);
          v.left = Math.max(v.left, Math.min(p.x, q.x));
          v.right = Math.min(v.right, Math.max(p.x, q.x));
          v.top = Math.max(v.top, Math.min(p.y, q.y));
          v.bottom = Math.min(v.bottom, Math.max(p.y, q.y));
          v.clipped = true;
        }
        return v;
      };
      for (const el of stage.querySelectorAll('*')) {
        if (!shown(el) || el.closest('.caption-sizer, .present-options-body, datalist')) continue;
        const r = el.getBoundingClientRect();
        if (!drawing.contains(el)) {
          if (beyond(r, screen)) outside.push(name(el));
          continue;
        }
        // In the drawing, only what is painted counts: leaf text and shapes (not the groups holding them).
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        const shape = el instanceof SVGGeometryElement;
        const leaf = !(el instanceof SVGElement) && el.childElementCount === 0;
        if (!own && !shape && !leaf) continue;
        const v = visible(el);
        // Entirely outside what is visible: clipped away, nobody sees it.
        if (r.right <= v.left + 1 || r.left >= v.right - 1 || r.bottom <= v.top + 1 || r.top >= v.bottom - 1) continue;
        // Text partly cut by an edge (the box's or a clip's) fails; a shape cut by the figure's own clip
        // is by design (a rail running on), but an unclipped shape running off the drawing box fails.
        if (own ? beyond(r, v) : !v.clipped && beyond(r, box)) outside.push(name(el));
      }
      const root = document.scrollingElement!;
      out.push({
        step: i + 1,
        minPx: Math.round(minPx * 10) / 10,
        smallest,
        small,
        texts,
        captionPx: parseFloat(getComputedStyle(caption).fontSize),
        outside: outside.slice(0, 5),
        scrollbars: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
        status: stage.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      });
    }
    return out;
  }, min);
}

test.describe('projection-legible', () => {
  // The room reads each step once it has settled. Reduced motion draws the settled step at once (the
  // same picture, no tween: e2e/robustness.spec.ts), so the sweep need not wait out every transition.
  test.use({ reducedMotion: 'reduce' });
  for (const lang of LANGS) {
    for (const id of FIGURE_IDS) {
      test(`${lang} ${id}: no text under 18/18/24 px, nothing off screen, no scrolling; every step announced`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        const problems = watch(page);
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.goto(`/${lang}/present/${id}/`);
        await hydrated(page, id);
        // One line per problem and screen size, with the worst case: a failure reads as a measurement.
        const failures: string[] = [];
        for (const { width, height, min } of VIEWPORTS) {
          await page.setViewportSize({ width, height });
          await page.waitForTimeout(150);
          const steps = await measureAllSteps(page, min);
          const size = `${width}×${height}`;
          const of = `/${steps.length} steps`;
          const small = steps.filter((m) => m.small > 0);
          if (small.length) {
            const worst = small.reduce((a, b) => (b.minPx < a.minPx ? b : a));
            const most = small.reduce((a, b) => (b.small > a.small ? b : a));
            failures.push(
              `${size}: text < ${min} px at ${small.length}${of}; smallest ${worst.minPx} px ("${worst.smallest}", step ${worst.step}); up to ${most.small} of ${most.texts} texts (step ${most.step})`,
            );
          }
          const caption = steps.filter((m) => m.captionPx < min);
          if (caption.length) failures.push(`${size}: caption ${caption[0]!.captionPx} px < ${min} px`);
          const outside = steps.filter((m) => m.outside.length);
          if (outside.length)
            failures.push(
              `${size}: off the screen or the drawing at ${outside.length}${of} (step ${outside[0]!.step}: ${outside[0]!.outside.join(', ')})`,
            );
          const scrolls = steps.filter((m) => m.scrollbars);
          if (scrolls.length) failures.push(`${size}: the page scrolls at ${scrolls.length}${of}`);
          // Each step announces itself in the page's language ("Step n of N" / "ステップ n / N"), with
          // a caption of its own (the stage spec checks the same on the English articles by clicking Next).
          for (const m of steps) {
            const prefix = stepOf(lang, m.step, steps.length);
            if (!m.status.startsWith(prefix))
              failures.push(`${size}: step ${m.step} announces "${m.status.slice(0, 60)}"`);
          }
          const distinct = new Set(steps.map((m) => m.status)).size;
          if (distinct !== steps.length)
            failures.push(`${size}: ${distinct} distinct captions for ${steps.length} steps`);
        }
        expect(failures.length, failures.join('\n')).toBe(0);
        expectClean(problems);
      });
    }
  }
});

test('clicker: after a click on the scrubber or a button the keys step; blank is black, swallows keys, Esc returns', async ({
  page,
}) => {
  const problems = watch(page);
  const id = 'old-race';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/en/present/${id}/#${id}-step-3`);
  await hydrated(page, id);
  const { range } = figure(page, id);
  const value = async () => Number(await range.inputValue());
  await expect(range).toHaveValue('3');

  // A mouse click on the scrubber (wherever it lands), then the clicker's PageDown: forward.
  await range.click({ position: { x: 40, y: 10 } });
  const clicked = await value();
  await page.keyboard.press('PageDown');
  expect(await value()).toBe(clicked + 1);
  await page.keyboard.press('PageUp');
  expect(await value()).toBe(clicked);
  await page.keyboard.press('ArrowDown');
  expect(await value()).toBe(clicked + 1);

  // A mouse click on a toolbar button, then Space: one step, not a second click or play.
  await figure(page, id).button('Next step').click();
  await page.keyboard.press(' ');
  expect(await value()).toBe(clicked + 3);
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);

  // Blank: black everywhere, no text on screen; PageDown does nothing; Esc returns.
  const before = await value();
  await page.keyboard.press('b');
  const blank = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.blank');
    const points = [
      [2, 2],
      [innerWidth / 2, innerHeight / 2],
      [innerWidth - 2, innerHeight - 2],
    ];
    return {
      covers: !!el && points.every(([x, y]) => document.elementFromPoint(x!, y!) === el),
      background: el ? getComputedStyle(el).backgroundColor : '',
      text: el?.innerText ?? null,
    };
  });
  expect(blank).toEqual({ covers: true, background: 'rgb(0, 0, 0)', text: '' });
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  await page.keyboard.press('Escape');
  await expect(page.locator('.blank')).toHaveCount(0);
  expect(await value()).toBe(before);
  await page.keyboard.press('.');
  await expect(page.locator('.blank')).toHaveCount(1);
  await page.keyboard.press('B');
  await expect(page.locator('.blank')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  // The help tells the present-mode keys.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help).toContainText('PageDown');
  await expect(help).toContainText('Blank the screen');
  await expect(help).toContainText('Overview');
  await expect(help).not.toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  expectClean(problems);
});

test("the article's Present link carries the reader's options and step", async ({ page }) => {
  const id = 'old-race';
  await page.goto(`/en/old-hotpatch/#${id}`);
  await hydrated(page, id);
  const root = figure(page, id).root;
  await root.getByRole('radio', { name: /naive/ }).check();
  await expect(figure(page, id).status).toContainText('Step 1 of 8');
  await figure(page, id).button('Next step').click();
  await figure(page, id).button('Next step').click();
  const link = root.getByRole('link', { name: 'Present', exact: true });
  await expect(link).toHaveAttribute('href', `/en/present/${id}/?write=naive#${id}-step-3`);
  await link.click();
  await hydrated(page, id);
  await expect(figure(page, id).status).toContainText('Step 3 of 8');
  await page.getByText('Options', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /naive/ })).toBeChecked();
  // A bad option value is ignored: the figure opens with its default (two-step, 13 steps).
  await page.goto(`/en/present/${id}/?write=%3Cb%3E&deck=nope#${id}-step-99`);
  await hydrated(page, id);
  await expect(figure(page, id).status).toContainText('Step 13 of 13');
});

test('a deck: built on the hub, Next from the last step opens the next figure, Previous returns, O jumps', async ({
  page,
}) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/present/');
  const rows = page.locator('li[data-id]');
  await rows.filter({ hasText: 'redirects a function' }).getByRole('checkbox').check();
  await rows.filter({ hasText: 'threads run through it' }).getByRole('checkbox').check();
  // Move old-race above new-redirect with its order button: the running order follows.
  const raceUp = rows.filter({ hasText: 'threads run through it' }).getByRole('button', { name: /Move up/ });
  for (let i = 0; i < 6 && (await rows.first().getAttribute('data-id')) !== 'old-race'; i++) await raceUp.click();
  await expect(page).toHaveURL(/\/en\/present\/\?deck=old-race&deck=new-redirect$/);
  await expect(page.locator('[data-order] li')).toHaveText([/threads run through it/, /redirects a function/]);
  await page.getByRole('link', { name: 'Start the presentation' }).click();

  await hydrated(page, 'old-race');
  await expect(page.getByText('Figure 1 of 2')).toBeVisible();
  await page.keyboard.press('End');
  // The player reads the deck from the URL after hydrating (a lazy import): at the last step, Next
  // is enabled once it knows there is a next figure. Wait for that, as a presenter sees it.
  await expect(figure(page, 'old-race').button('Next step')).toBeEnabled();
  await page.keyboard.press('PageDown');
  await page.waitForURL(/\/en\/present\/new-redirect\/.*at=2/);
  await hydrated(page, 'new-redirect');
  await expect(figure(page, 'new-redirect').status).toContainText('Step 1 of');
  await expect(page.getByText('Figure 2 of 2')).toBeVisible();
  await expect(figure(page, 'new-redirect').button('Previous step')).toBeEnabled();
  await page.keyboard.press('PageUp');
  await page.waitForURL(/\/en\/present\/old-race\/.*at=1/);
  await hydrated(page, 'old-race');
  await expect(figure(page, 'old-race').status).toContainText('Step 13 of 13');

  // The overview: every figure of the deck; this one's steps as drawings; keyboard to jump.
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview.getByRole('heading', { level: 3 })).toHaveText([
    /threads run through it/,
    /redirects a function/,
  ]);
  await expect(overview.locator('button.thumb svg').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.keyboard.press('o');
  await overview.getByRole('button', { name: /Step 4 of 13/ }).focus();
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expect(figure(page, 'old-race').status).toContainText('Step 4 of 13');
  await page.keyboard.press('o');
  const step2 = overview.getByRole('link', { name: /Step 2 of/ });
  await step2.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/present\/new-redirect\/.*#new-redirect-step-2$/);
  await hydrated(page, 'new-redirect');
  await expect(figure(page, 'new-redirect').status).toContainText('Step 2 of');
  expectClean(problems);
});
