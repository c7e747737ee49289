import { describe, expect, it } from 'vitest';
import { COMPACT, PROJECT, refLeg, routeLegs, type Arrangement } from './map-arrangements';
import type { Box } from './map-geometry';
import { textWidth } from '../shared/svg-text';
import { NR_TEXT as T, THREAD_STATUS } from './strings';
import { LANGS } from '../../i18n/lang';
import newRedirect from './scene';

/** Every `g_state = n` the scene draws, in both of its variants. */
const GLOBAL_LABELS = (['match', 'mismatch'] as const).flatMap((base) =>
  newRedirect.build({ base }).flatMap((s) => s.data.globals.map((g) => `▲ ${g.name} = ${g.value}`)),
);

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;
const overlap = (p: Box, q: Box) => p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;

describe.each([COMPACT, PROJECT])('new-redirect stage arrangement $name', (a: Arrangement) => {
  const all: Box = { x: 0, y: 0, w: a.width, h: a.height };
  it('places every piece inside its image and every image inside the drawing, with no overlaps', () => {
    for (const piece of [a.pad, a.entry, a.body, a.global]) expect(inside(piece, a.base)).toBe(true);
    expect(inside(a.stub, a.hpat)).toBe(true);
    expect(inside(a.fn, a.patch)).toBe(true);
    expect(inside(a.slot, a.patch)).toBe(true);
    const boxes = [a.threads.T1, a.threads.T2, a.base, a.hpat, a.patch];
    for (const x of boxes) expect(inside(x, all)).toBe(true);
    boxes.forEach((x, i) => boxes.slice(i + 1).forEach((y) => expect(overlap(x, y)).toBe(false)));
    expect(overlap(a.fn, a.slot)).toBe(false);
  });
  it('keeps the words inside their boxes in both languages (the shared estimator)', () => {
    for (const lang of LANGS) {
      for (const status of Object.values(THREAD_STATUS))
        expect(textWidth(`T1 · ${status[lang]}`, a.font.text) + 6).toBeLessThanOrEqual(a.threads.T1.w); // starts 6 units in
      expect(textWidth(`${T.identityTitle[lang]}: ${T.notChecked[lang]}`, a.font.text) + 6).toBeLessThanOrEqual(
        a.vtl1Row.w,
      );
      for (const word of [T.padding, T.entry, T.oldBody])
        expect(textWidth(word[lang], a.font.piece)).toBeLessThanOrEqual(Math.min(a.pad.w, a.entry.w, a.body.w));
    }
    for (const label of GLOBAL_LABELS) expect(textWidth(label, a.font.value) + 6).toBeLessThanOrEqual(a.global.w);
  });
  it('routes a new call from the caller to the entry, back to the padding, to the stub and into the patch', () => {
    for (const caller of [a.threads.T1, a.threads.T2]) {
      const legs = routeLegs(a, caller);
      expect(legs).toHaveLength(4);
      expect(legs[0]![0]![1]).toBe(caller.y + caller.h);
      const end = legs.at(-1)!.at(-1)!;
      expect(end[0]).toBeCloseTo(a.fn.x - 1);
      expect(end[1]).toBeGreaterThan(a.fn.y);
      expect(end[1]).toBeLessThan(a.fn.y + a.fn.h);
      // The jump back lands on the padding; the arcs stay between the threads and the pieces.
      const back = legs[1]!;
      expect(back.at(-1)![0]).toBeCloseTo(a.pad.x + a.pad.w / 2);
      for (const [, y] of [...legs[0]!, ...back]) {
        expect(y).toBeGreaterThanOrEqual(caller.y + caller.h);
        expect(y).toBeLessThanOrEqual(a.entry.y);
      }
      for (const leg of legs)
        for (const [x, y] of leg) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(a.width);
          expect(y).toBeLessThanOrEqual(a.height);
        }
    }
  });
  it('points the __ref_ arrow from the slot to the one g_state', () => {
    const leg = refLeg(a);
    const [x, y] = leg.at(-1)!;
    expect(x).toBeGreaterThan(a.global.x);
    expect(x).toBeLessThan(a.global.x + a.global.w);
    expect(y).toBeCloseTo(a.global.y + a.global.h + 3);
  });
});

describe('the projection arrangement on a projector', () => {
  // Drawing boxes measured in present mode (Chromium, the longest caption): 1280×720, 1024×768, 1920×1080.
  const smallest = Math.min(...Object.values(PROJECT.font));
  const rendered = (w: number, h: number) => smallest * Math.min(w / PROJECT.width, h / PROJECT.height);
  it('renders every word at ≥ 18 px at 1280×720 and 1024×768, ≥ 24 px at 1920×1080', () => {
    expect(rendered(1162, 236)).toBeGreaterThanOrEqual(18);
    expect(rendered(926, 280)).toBeGreaterThanOrEqual(18);
    expect(rendered(1750, 606)).toBeGreaterThanOrEqual(24);
  });
});
