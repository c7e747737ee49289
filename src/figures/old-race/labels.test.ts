import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang';
import { raceGeometry } from './geometry';
import { layoutRaceLabels, mostRows, packRows, raceLabelTexts, type Box } from './labels';
import { oldRace } from './scene';

const scenes = { 'two-step': oldRace.build({ write: 'two-step' }), naive: oldRace.build({ write: 'naive' }) };
/** Drawing boxes measured on the built site: phone, article, present at 1024×768, 1280×720 (ja), 1920×1080. */
const BOXES = [
  { width: 358, height: 372, layout: 'tall' },
  { width: 390 - 32, height: 300, layout: 'tall' },
  { width: 1146, height: 360, layout: 'wide' },
  { width: 720, height: 420, layout: 'wide' },
  { width: 926, height: 376, layout: 'wide', projecting: true },
  { width: 1162, height: 289, layout: 'wide', projecting: true },
  { width: 1750, height: 606, layout: 'wide', projecting: true },
] as const;

const intersect = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('old-race labels', () => {
  for (const box of BOXES)
    for (const lang of LANGS)
      for (const [mode, states] of Object.entries(scenes)) {
        const name = `${box.width}×${box.height}${'projecting' in box ? ' present' : ''} ${lang} ${mode}`;
        it(`never overlap and stay inside the drawing: ${name}`, () => {
          const g = raceGeometry(box);
          const reserve = mostRows(states.map((s) => layoutRaceLabels(g, raceLabelTexts(s.data, lang, g)).rows));
          const bottoms = new Set<number>();
          states.forEach((s, step) => {
            const layout = layoutRaceLabels(g, raceLabelTexts(s.data, lang, g), reserve);
            bottoms.add(layout.bottom);
            const boxes = layout.boxes;
            expect(boxes.length).toBeGreaterThan(3);
            for (const b of boxes) {
              expect(b.x, `step ${step + 1}: "${b.text}" left`).toBeGreaterThanOrEqual(0);
              expect(b.x + b.w, `step ${step + 1}: "${b.text}" right`).toBeLessThanOrEqual(g.width);
              expect(b.y, `step ${step + 1}: "${b.text}" below the strip`).toBeGreaterThanOrEqual(
                g.stripAt + g.cellAcross,
              );
            }
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i] as Box & { text: string }, boxes[j] as Box & { text: string }];
                expect(intersect(a, b), `step ${step + 1}: "${a.text}" overlaps "${b.text}"`).toBe(false);
              }
          });
          // The reserved rows keep the verdict in one place while stepping.
          expect(bottoms.size).toBe(1);
        });
      }

  it('in present mode, set every word at 18 px or more and fit the box at 1280×720', () => {
    for (const lang of LANGS) {
      const box = { width: 1162, height: 289, layout: 'wide', projecting: true } as const;
      const g = raceGeometry(box);
      expect(g.small).toBeGreaterThanOrEqual(19);
      for (const states of Object.values(scenes)) {
        const reserve = mostRows(states.map((s) => layoutRaceLabels(g, raceLabelTexts(s.data, lang, g)).rows));
        const layout = layoutRaceLabels(g, raceLabelTexts(states[0]!.data, lang, g), reserve);
        // Scaled to fit the box, the smallest word stays ≥ 18 px.
        expect(g.small * Math.min(1, box.height / layout.bottom)).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('pack rows: clamps inside the range and moves a touching neighbour to the next row', () => {
    const placed = packRows(
      [
        { centre: 10, width: 60 },
        { centre: 50, width: 40 },
        { centre: 200, width: 40 },
      ],
      0,
      300,
      6,
    );
    expect(placed[0]).toEqual({ centre: 30, row: 0 });
    expect(placed[1]?.row).toBe(1);
    expect(placed[2]).toEqual({ centre: 200, row: 0 });
  });
});
