/**
 * Issue #12 item 5: a step's motion runs on the compositor. Stepping each figure through every state
 * (motion allowed), every animation and transition running after a Next animates transform or
 * opacity only — never fill, stroke, background, stroke-dashoffset or geometry, which re-lay out or
 * re-paint the drawing every frame — and a call's route still moves (a token travels it).
 */
import { expect, test } from '@playwright/test';
import { FIGURE_IDS, hydrated } from './support';

test.describe('step motion', () => {
  test.use({ reducedMotion: 'no-preference', viewport: { width: 1280, height: 900 } });
  for (const id of FIGURE_IDS) {
    test(`${id}: every step animates transform and opacity only`, async ({ page }) => {
      await page.goto(`/en/embed/${id}/`);
      await hydrated(page, id);
      const seen = await page.evaluate(async (figureId) => {
        const root = document.querySelector(`figure[data-figure="${figureId}"]`)!;
        const next = root.querySelector<HTMLButtonElement>('[role="toolbar"] button[aria-label="Next step"]')!;
        const range = root.querySelector<HTMLInputElement>('input[type="range"]')!;
        const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const other: string[] = [];
        let tokens = 0;
        let routes = 0;
        for (let n = Number(range.value); n < Number(range.max); n++) {
          next.click();
          await frames();
          for (const a of document.getAnimations()) {
            const target = (a.effect as KeyframeEffect | null)?.target;
            if (!target || !root.contains(target)) continue;
            const properties =
              a instanceof CSSTransition
                ? [a.transitionProperty]
                : ((a.effect as KeyframeEffect).getKeyframes() ?? []).flatMap((k) =>
                    Object.keys(k).filter((p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p)),
                  );
            for (const p of properties)
              if (p !== 'transform' && p !== 'opacity') other.push(`${p} on ${target.tagName}`);
            if (target.classList.contains('token')) tokens++;
          }
          routes += root.querySelectorAll('[data-route]').length > 0 ? 1 : 0;
        }
        return { other: [...new Set(other)], tokens, routes };
      }, id);
      expect(seen.other, 'properties animated beside transform and opacity').toEqual([]);
      // Where a step draws a call route, a token runs along it (the route is not a still line).
      if (seen.routes > 0) expect(seen.tokens).toBeGreaterThan(0);
    });
  }
});
