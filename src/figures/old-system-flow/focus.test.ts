import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang';
import { oldSystemFlow } from './scene';
import { layoutFlow } from './layout';
import { FOCUS_WIDTH, focusX } from './focus';

const states = oldSystemFlow.build({});

describe.each(LANGS)('focusX (%s)', (lang) => {
  it('shows every active box of every step inside a window that stays within the flow', () => {
    for (const s of states) {
      const layout = layoutFlow(s.data, lang);
      const x = focusX(layout, s.data.boxes, s.data.arrows);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + FOCUS_WIDTH).toBeLessThanOrEqual(layout.flowWidth);
      for (const b of s.data.boxes.filter((box) => box.active)) {
        const r = layout.boxes.get(b.id)?.rect;
        expect(r && r.x >= x && r.x + r.w <= x + FOCUS_WIDTH, `${s.data.stepId}: ${b.id}`).toBe(true);
      }
    }
  });

  it('moves with the story: later steps look further right', () => {
    const xs = states.map((s) => focusX(layoutFlow(s.data, lang), s.data.boxes, s.data.arrows));
    expect(xs[xs.length - 1]).toBeGreaterThan(xs[0] ?? 0);
    expect(xs[0]).toBe(0);
  });
});
