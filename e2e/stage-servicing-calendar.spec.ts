/** servicing-calendar's stage: every step at 1280×720 and 390×844, both languages (issue #12 checks). */
import { expect, test } from '@playwright/test';
import { figure, hydrated } from './support';

const ID = 'servicing-calendar';
const inView = (r: { top: number; bottom: number; left: number; right: number }, w: number, h: number) =>
  r.top >= -1 && r.left >= -1 && r.bottom <= h + 1 && r.right <= w + 1;

for (const [w, h] of [
  [1280, 720],
  [390, 844],
] as const) {
  for (const lang of ['en', 'ja'] as const) {
    test(`${ID} ${lang} ${w}×${h}: toolbar and every [data-changed] in view after each Next; Next stays put; focus never on body`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/${lang}/calendar/#${ID}`);
      await hydrated(page, ID);
      const f = figure(page, ID);
      await f.stageBox.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      const next = f.root
        .getByRole('toolbar')
        .getByRole('button', { name: lang === 'en' ? 'Next step' : '次のステップ' });
      await next.focus();
      const max = Number(await f.range.getAttribute('max'));
      const stageHeights: number[] = [];
      const at = await next.boundingBox();
      for (let n = 2; n <= max; n++) {
        await next.click();
        await expect(f.range).toHaveValue(String(n));
        const moved = await next.boundingBox();
        expect(Math.abs((moved?.x ?? 0) - (at?.x ?? 0)) + Math.abs((moved?.y ?? 0) - (at?.y ?? 0))).toBeLessThan(1);
        const report = await page.evaluate((id) => {
          const root = document.querySelector(`figure[data-figure="${id}"]`)!;
          const rect = (el: Element) => el.getBoundingClientRect().toJSON();
          return {
            toolbar: rect(root.querySelector('[role="toolbar"]')!),
            changed: [...root.querySelectorAll('[data-stage] [data-changed]')].map(rect),
            stage: root.querySelector('[data-stage]')!.getBoundingClientRect().height,
            body: document.activeElement === document.body,
          };
        }, ID);
        stageHeights.push(report.stage);
        expect(report.body).toBe(false);
        expect(inView(report.toolbar, w, h)).toBe(true);
        expect(report.changed.length).toBeGreaterThan(0);
        for (const r of report.changed) expect(inView(r, w, h)).toBe(true);
      }
      expect(Math.max(...stageHeights)).toBeLessThanOrEqual(h);
    });
  }
}
