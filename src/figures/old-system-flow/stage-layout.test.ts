import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang';
import { textWidth } from '../shared/svg-text';
import { oldSystemFlow } from './scene';
import { stageLayout } from './stage-layout';

const states = oldSystemFlow.build({});
/** Drawing boxes measured on the built site: phone, article, present at 1280×720 (ja), 1024×768, 1920×1080. */
const BOXES = [
  { w: 358, h: 420, layout: 'tall', projecting: false },
  { w: 340, h: 280, layout: 'tall', projecting: false },
  { w: 1146, h: 360, layout: 'wide', projecting: false },
  { w: 1162, h: 236, layout: 'wide', projecting: true },
  { w: 926, h: 330, layout: 'wide', projecting: true },
  { w: 1750, h: 538, layout: 'wide', projecting: true },
] as const;

describe('old-system-flow stage layout', () => {
  for (const b of BOXES)
    for (const lang of LANGS)
      it(`keeps every word inside the drawing and its lane: ${b.w}×${b.h}${b.projecting ? ' present' : ''} ${lang}`, () => {
        states.forEach((s, step) => {
          const L = stageLayout(s.data, lang, b.layout, b.w, b.h, b.projecting);
          expect(L.width).toBeLessThanOrEqual(Math.max(300, b.w));
          expect(L.height).toBeLessThanOrEqual(Math.max(b.projecting ? 200 : 300, b.h));
          for (const lane of L.lanes) {
            for (const [k, t] of lane.title.entries()) {
              expect(lane.titleX + textWidth(t, L.font) * 1.06, `step ${step + 1} title ${t}`).toBeLessThanOrEqual(
                b.layout === 'wide' ? L.lanes[0]!.labelX : L.width,
              );
              expect(lane.titleY + k * L.line, `step ${step + 1} title ${t}`).toBeLessThanOrEqual(lane.y + lane.h);
            }
          }
          for (const l of L.labels) {
            const lane = L.lanes.find((x) => x.labelY <= l.y && l.y < x.y + x.h)!;
            l.lines.forEach((t, k) => {
              const text = k === 0 ? `▶\uFE0E ${t}` : t;
              expect(l.x + textWidth(text, L.font) * 1.06, `step ${step + 1} label ${t}`).toBeLessThanOrEqual(L.width);
              expect(l.y + L.font + k * L.line, `step ${step + 1} label ${t}`).toBeLessThanOrEqual(lane.y + lane.h);
            });
          }
        });
      });

  it('on a phone, no two chips overlap and each is as tall as its badge (two boxes of a step sit side by side)', () => {
    for (const lang of LANGS) {
      for (const b of BOXES.filter((x) => x.layout === 'tall')) {
        const L = stageLayout(states[7]!.data, lang, 'tall', b.w, b.h);
        const chips = [...L.chips.values()];
        for (const c of chips) expect(c.h, c.id).toBeGreaterThanOrEqual(L.font);
        for (const a of chips)
          for (const o of chips) {
            if (a === o) continue;
            const apart = a.x + a.w <= o.x || o.x + o.w <= a.x || a.y + a.h <= o.y || o.y + o.h <= a.y;
            expect(apart, `${a.id} × ${o.id}`).toBe(true);
          }
        expect(L.height).toBeLessThanOrEqual(Math.max(270, b.h));
      }
    }
  });

  it('projects text at ≥ 19 px at 1280×720 and 1024×768, ≥ 24 px at 1920×1080 (viewBox = box px)', () => {
    for (const lang of LANGS) {
      expect(stageLayout(states[1]!.data, lang, 'wide', 1162, 236, true).font).toBeGreaterThanOrEqual(19);
      expect(stageLayout(states[1]!.data, lang, 'wide', 926, 330, true).font).toBeGreaterThanOrEqual(19);
      expect(stageLayout(states[1]!.data, lang, 'wide', 1750, 538, true).font).toBeGreaterThanOrEqual(24);
      expect(stageLayout(states[1]!.data, lang, 'wide', 1162, 236, false).font).toBeLessThan(19);
    }
  });
});
