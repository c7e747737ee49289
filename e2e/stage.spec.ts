/**
 * The stage (issue #12), for every figure at 1280×720 and 390×844 (English) and 390×844 (Japanese)
 * on the article that holds it:
 * open `#{id}-step-1`, then click Next with the real mouse through every step and check that the
 * step advanced, the toolbar and every [data-changed] element are inside the viewport (below the
 * sticky header), Next did not move, focus never fell to <body>, and the status announced
 * "Step n of N" with a caption of its own, that each step draws something as changed and the stage
 * stays within the viewport's height, without a console error.
 * (Pictures against baselines: e2e/visual.spec.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_IDS, expectClean, figure, watch } from './support';
import { ft, stepOf } from '../src/i18n/figure-ui';

/** The English article that first draws each figure (from the content's `<Figure id="…">`). */
function articleOf(): Map<string, string> {
  const dir = 'content/articles/en';
  const map = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    for (const m of text.matchAll(/<Figure id="([^"]+)"/g))
      if (!map.has(m[1]!)) map.set(m[1]!, `/en/${file.replace(/\.mdx$/, '')}/`);
  }
  return map;
}
const ARTICLE = articleOf();
/** English at both sizes; Japanese on the phone, where its longer lines are tightest. */
const RUNS = [
  { width: 1280, height: 720, lang: 'en' },
  { width: 390, height: 844, lang: 'en' },
  { width: 390, height: 844, lang: 'ja' },
] as const;

interface Frame {
  value: string;
  next: { x: number; y: number; width: number; height: number } | null;
  toolbarInside: boolean;
  outside: string[];
  /** How many elements of the stage are drawn as changed, and the stage's height. */
  changed: number;
  stageHeight: number;
  onBody: boolean;
  status: string;
}

/** One round trip: where the toolbar, Next and the changed elements are, and where focus is. */
async function frame(page: Page, id: string): Promise<Frame> {
  return page.evaluate((figureId) => {
    const root = document.querySelector(`figure[data-figure="${figureId}"]`)!;
    const header = document.querySelector('.site-header');
    const hr = header?.getBoundingClientRect();
    const top = hr && getComputedStyle(header!).position === 'sticky' ? Math.max(0, hr.bottom) : 0;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const inside = (r: DOMRect) => r.top >= top - 1 && r.left >= -1 && r.bottom <= vh + 1 && r.right <= vw + 1;
    const toolbar = root.querySelector('[role="toolbar"]')!.getBoundingClientRect();
    const next = root
      .querySelector<HTMLButtonElement>('[role="toolbar"] button:nth-of-type(4)')!
      .getBoundingClientRect();
    const outside: string[] = [];
    const changed = root.querySelectorAll('[data-stage] [data-changed]');
    for (const el of changed) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (!inside(r)) {
        const name = el.id || el.getAttribute('data-id') || el.getAttribute('aria-label') || el.tagName.toLowerCase();
        outside.push(
          `${name} [${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`,
        );
      }
    }
    return {
      value: root.querySelector<HTMLInputElement>('input[type="range"]')!.value,
      next: { x: next.x, y: next.y, width: next.width, height: next.height },
      toolbarInside: inside(toolbar),
      outside,
      changed: changed.length,
      stageHeight: root.querySelector('[data-stage]')!.getBoundingClientRect().height,
      onBody: document.activeElement === document.body || document.activeElement === null,
      status: root.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    };
  }, id);
}

for (const id of FIGURE_IDS) {
  for (const size of RUNS) {
    test.describe(`${id} ${size.lang} ${size.width}×${size.height}`, () => {
      test.use({ viewport: size });

      test(`${id}: every Next keeps the stage in view at ${size.width}×${size.height} (${size.lang})`, async ({
        page,
      }) => {
        test.setTimeout(180_000); // one page load, then every step: slow on 2 shared cores
        const path = ARTICLE.get(id)?.replace(/^\/en\//, `/${size.lang}/`);
        expect(path, `an article draws ${id}`).toBeTruthy();
        const errors = watch(page);
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await page.goto(`${path}#${id}-step-1`);
        const f = figure(page, id);
        await expect(f.root.locator('.player.mounted')).toHaveCount(1);
        // The deep link brings the stage itself into view below the header.
        await expect(f.stageBox).toBeInViewport({ ratio: 0.99 });
        await expect(f.range).toHaveValue('1');
        const total = Number(await f.range.getAttribute('max'));
        const start = await frame(page, id);
        expect(start.toolbarInside, 'toolbar in the viewport at step 1').toBe(true);
        expect(start.outside, 'changed elements outside the viewport at step 1').toEqual([]);

        const problems: string[] = [];
        // The caption announces each step in the page's language.
        const captions = new Set<string>();
        const announce = (n: number, status: string) => {
          const prefix = stepOf(size.lang, n, total);
          if (!status.startsWith(prefix)) problems.push(`step ${n}: status reads "${status}"`);
          captions.add(status);
        };
        announce(1, start.status);
        for (let n = 2; n <= total; n++) {
          const box = start.next!;
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await expect(f.range, `step ${n} after a click on Next`).toHaveValue(String(n));
          const now = await frame(page, id);
          if (!now.toolbarInside) problems.push(`step ${n}: toolbar outside the viewport`);
          if (now.outside.length) problems.push(`step ${n}: changed outside the viewport: ${now.outside.join(', ')}`);
          const moved = ['x', 'y', 'width', 'height'].some((k) => Math.abs(now.next![k as 'x'] - box[k as 'x']) > 1);
          if (moved) problems.push(`step ${n}: Next moved from ${JSON.stringify(box)} to ${JSON.stringify(now.next)}`);
          if (now.onBody) problems.push(`step ${n}: focus on <body>`);
          if (!now.changed) problems.push(`step ${n}: nothing in the stage is drawn as changed`);
          if (now.stageHeight > size.height) problems.push(`step ${n}: the stage is ${now.stageHeight} px tall`);
          announce(n, now.status);
        }
        expect(problems).toEqual([]);
        expect(captions.size, 'every step has its own caption').toBe(total);
        expectClean(errors);
        await expect(f.button(ft(size.lang, 'figure.next'))).toBeDisabled();
      });
    });
  }
}
