import { describe, expect, it } from 'vitest';
import { buildOldPatchBytes } from './scene';
import { OLD_PATCH_BYTES_DEFAULTS } from './data';
import {
  bandName,
  DENSITIES,
  fitDensity,
  fontSizes,
  geometry,
  MIN_TEXT_PX,
  PROJECT_SMALL,
  routePoints,
  spreadLabels,
} from './stage-geometry';
import { LANGS } from '../../i18n/lang';
import { textWidth } from '../shared/svg-text';
import type { OldPatchBytesParams } from './data';

describe('old-patch-bytes stage geometry', () => {
  const states = buildOldPatchBytes(OLD_PATCH_BYTES_DEFAULTS);
  it('draws the padding, the entry and the first body bytes as cells, at stable places', () => {
    for (const layout of ['wide', 'tall'] as const) {
      const at = states.map((s) => geometry(s.data, layout));
      const first = at[0]!;
      expect(first.cells.map((c) => c.value).join(' ')).toBe('C2 0C 00 CC CC CC CC CC 8B FF 55 8B EC');
      expect(at[4]!.cells.map((c) => c.value).join(' ')).toBe('C2 0C 00 E9 82 A3 B8 0F EB F9 55 8B EC');
      for (const g of at) {
        expect(g.cells.map((c) => c.x)).toEqual(first.cells.map((c) => c.x));
        expect(g.height).toBe(first.height);
        expect(Math.min(...g.cells.map((c) => c.x))).toBeGreaterThanOrEqual(0);
        expect(Math.max(...g.cells.map((c) => c.x + g.cw))).toBeLessThanOrEqual(g.width);
      }
    }
  });
  it('every byte written in a step is a drawn cell', () => {
    const g = geometry(states[4]!.data, 'wide');
    const drawn = new Set(g.cells.map((c) => c.id));
    for (const i of [3, 4, 7]) {
      const bytes = states[i]!.changed.filter((id) => id.startsWith('byte-'));
      expect(bytes.length).toBeGreaterThan(0);
      for (const id of bytes) expect(drawn.has(id)).toBe(true);
    }
  });
  it('a route touches every anchor, ends on the last, and hops above the row under the boxes', () => {
    const pts = routePoints(
      [
        { p: [300, 66], kind: 'box' },
        { p: [250, 132], kind: 'cell' },
        { p: [150, 132], kind: 'cell' },
        { p: [100, 66], kind: 'box' },
      ],
      20,
    );
    const key = (p: readonly number[]) => p.join(',');
    const count = (p: readonly number[]) => pts.filter((q) => key(q) === key(p)).length;
    expect(count([250, 132])).toBe(3);
    expect(count([150, 132])).toBe(3);
    expect(pts[0]).toEqual([300, 66]);
    expect(pts.at(-1)).toEqual([100, 66]);
    // The arrowhead follows the last leg: the last two points differ.
    expect(key(pts.at(-2)!)).not.toBe(key(pts.at(-1)!));
    const hop = pts.slice(pts.indexOf(pts.find((q) => key(q) === '250,132')!) + 3, -1).slice(0, 2);
    expect(hop).toEqual([
      [250, 112],
      [150, 112],
    ]);
  });
  it('the caller sits over the entry and the replacement over the padding, so the legs do not cross', () => {
    for (const layout of ['wide', 'tall'] as const) {
      const g = geometry(states[5]!.data, layout);
      const pad = g.bands.find((b) => b.role === 'padding')!;
      const entry = g.bands.find((b) => b.role === 'entry')!;
      expect(g.patch.x + g.patch.w).toBeLessThan(g.caller.x);
      expect(pad.x0).toBeLessThan(entry.x0);
      expect(g.patch.y + g.patch.h).toBeLessThan(g.rowY - 40);
    }
  });
  it('projecting: one arrangement for every option, big enough for a room at the measured boxes', () => {
    const x64: OldPatchBytesParams = {
      ...OLD_PATCH_BYTES_DEFAULTS,
      arch: 'x64',
      functionAddress: 0x140001000,
      patchAddress: 0x7ff812340000,
    };
    const variants: OldPatchBytesParams[] = [
      OLD_PATCH_BYTES_DEFAULTS,
      { ...OLD_PATCH_BYTES_DEFAULTS, fill: 0x90 },
      x64,
      { ...x64, x64Jump: 'rel32' },
    ];
    // Drawing boxes of present mode (Chromium): 1024×768, 1280×720, then 1920×1080.
    const rendered = (w: number, h: number, g: { width: number; height: number }) =>
      PROJECT_SMALL * Math.min(w / g.width, h / g.height);
    for (const params of variants) {
      for (const s of buildOldPatchBytes(params)) {
        const g = geometry(s.data, 'project');
        if (!g.cells.length) continue;
        expect(rendered(926, 423, g)).toBeGreaterThanOrEqual(18);
        expect(rendered(1162, 342, g)).toBeGreaterThanOrEqual(18);
        expect(rendered(1750, 674, g)).toBeGreaterThanOrEqual(24);
        expect(Math.max(...g.cells.map((c) => c.x + g.cw))).toBeLessThanOrEqual(g.width);
        if (g.slot) {
          expect(g.slot.x).toBeGreaterThan(g.patch.x + g.patch.w);
          expect(g.slot.x + g.slot.w).toBeLessThan(g.caller.x);
          expect(g.slot.w).toBeGreaterThanOrEqual(190);
        }
      }
    }
  });

  describe('short drawing boxes', () => {
    const x64: OldPatchBytesParams = {
      ...OLD_PATCH_BYTES_DEFAULTS,
      arch: 'x64',
      functionAddress: 0x140001000,
      patchAddress: 0x7ff812340000,
    };
    const variants = { x86: OLD_PATCH_BYTES_DEFAULTS, x64, 'x64 rel32': { ...x64, x64Jump: 'rel32' as const } };
    // Drawing boxes measured on the article (Chromium): the x64 captions are long, so on a phone the
    // drawing keeps 340×177 (ja) to 340×206; at 1280×720 the stage sits beside the detail rail (630×280).
    const boxes = [
      { layout: 'tall', w: 340, h: 206 },
      { layout: 'tall', w: 340, h: 177 },
      { layout: 'tall', w: 340, h: 357 },
      { layout: 'wide', w: 630, h: 280 },
      { layout: 'wide', w: 900, h: 420 },
    ] as const;
    for (const [name, params] of Object.entries(variants)) {
      const data = buildOldPatchBytes(params).map((s) => s.data);
      for (const b of boxes) {
        for (const lang of LANGS) {
          it(`${name} ${lang} in ${b.w}×${b.h}: the smallest words render at ≥ ${MIN_TEXT_PX} px, the same size every step`, () => {
            const fit = fitDensity(data, b.layout, b.w, b.h, lang);
            const scale = Math.min(1, b.h / fit.height);
            expect(fontSizes(b.layout).small * scale).toBeGreaterThanOrEqual(MIN_TEXT_PX);
            for (const d of data) {
              const g = geometry(d, b.layout, b.w, { density: fit.density, lang });
              expect(g.height).toBeLessThanOrEqual(fit.height);
              expect(Math.max(...g.cells.map((c) => c.x + g.cw))).toBeLessThanOrEqual(g.width);
              // Names under the brackets: inside the drawing and apart from each other.
              const spans = g.bandNames.map((n) => {
                const w = textWidth(n.text, fontSizes(b.layout).small);
                return [n.x - w / 2, n.x + w / 2] as const;
              });
              spans.forEach(([l, r], i) => {
                expect(l).toBeGreaterThanOrEqual(0);
                expect(r).toBeLessThanOrEqual(g.width);
                if (i > 0) expect(l).toBeGreaterThan(spans[i - 1]![1]);
              });
            }
          });
        }
      }
    }
    it('a roomy box keeps the full arrangement; each denser one is no taller', () => {
      const data = buildOldPatchBytes(x64).map((s) => s.data);
      expect(fitDensity(data, 'wide', 900, 600, 'en').density).toBe('full');
      expect(fitDensity(data, 'tall', 340, 206, 'en').density).not.toBe('full');
      for (const layout of ['wide', 'tall'] as const) {
        const heights = DENSITIES.map((density) =>
          Math.max(...data.map((d) => geometry(d, layout, 340, { density }).height)),
        );
        for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeLessThanOrEqual(heights[i - 1]!);
      }
    });
    it('spreads labels apart and keeps them inside', () => {
      const xs = spreadLabels(
        [
          { centre: 100, width: 90 },
          { centre: 160, width: 90 },
        ],
        0,
        340,
        6,
      );
      expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(96);
      expect(spreadLabels([{ centre: 335, width: 40 }], 0, 340, 6)[0]).toBe(320);
      expect(spreadLabels([{ centre: 2, width: 40 }], 0, 340, 6)[0]).toBe(20);
      expect(bandName('prev-tail', 'en', true)).toBe('prev. function');
    });
  });
});
