import { describe, expect, it } from 'vitest';
import {
  calloutWidth,
  layoutWidth,
  lineWidth,
  stripOffset,
  timelineFonts,
  timelineLayout,
  wrapLines,
  type TimelineBox,
} from './layout';

const WIDE: TimelineBox = { width: 630, height: 455, layout: 'wide' };
const PHONE: TimelineBox = { width: 340, height: 491, layout: 'tall' };
const PROJECTOR_720: TimelineBox = { width: 1162, height: 465, layout: 'wide', projecting: true };
const PROJECTOR_1080: TimelineBox = { width: 1840, height: 700, layout: 'wide', projecting: true };
const BOTH = {
  lanes: [{ era: 'old', rows: 3 } as const, { era: 'new', rows: 5 } as const],
  dateLines: 1,
  titleLines: 2,
};

describe('timeline layout', () => {
  it('keeps text at the stage sizes: ≥ 14 px wide, ≥ 12 px on a phone, ≥ 18 / 24 px projected', () => {
    const smallest = (box: TimelineBox) => Math.min(...Object.values(timelineFonts(box)));
    expect(smallest(WIDE)).toBeGreaterThanOrEqual(14);
    expect(smallest(PHONE)).toBeGreaterThanOrEqual(12);
    expect(smallest(PROJECTOR_720)).toBeGreaterThanOrEqual(18);
    expect(smallest(PROJECTOR_1080)).toBeGreaterThanOrEqual(24);
  });

  it('fits its box with the rows the view can afford (so the SVG is drawn at scale 1 and font sizes are what the reader sees)', () => {
    for (const box of [WIDE, PHONE, PROJECTOR_720, PROJECTOR_1080]) {
      const rows = box.projecting ? 2 : 3;
      const L = timelineLayout(box, {
        ...BOTH,
        lanes: [
          { era: 'old', rows: 2 },
          { era: 'new', rows },
        ],
      });
      expect(L.width).toBe(box.width);
      expect(L.height).toBeLessThanOrEqual(box.height);
    }
    // Too many rows for a short box: the layout says so, and the view stacks into fewer rows.
    const crowded = timelineLayout({ ...WIDE, height: 300 }, BOTH);
    expect(crowded.height).toBeGreaterThan(300);
  });

  it('stacks callout, lanes, axis and counts top to bottom without overlap', () => {
    const L = timelineLayout(PHONE, { ...BOTH, dateLines: 2, titleLines: 3 });
    expect(L.dateY).toHaveLength(2);
    expect(L.titleY).toHaveLength(3);
    expect(L.titleY[0]!).toBeGreaterThan(L.dateY[1]!);
    expect(L.lanes[0]!.top).toBeGreaterThan(L.calloutBottom);
    expect(L.lanes[1]!.top).toBeGreaterThanOrEqual(L.lanes[0]!.top + L.lanes[0]!.height);
    expect(L.axisY).toBeGreaterThanOrEqual(L.lanes[1]!.top + L.lanes[1]!.height);
    expect(L.countsY).toBeGreaterThan(L.tickLabelY);
    // Every row is at least a marker tall.
    for (const lane of L.lanes) expect(lane.rowHeight).toBeGreaterThanOrEqual(2 * L.marker);
  });

  it('draws one lane when the era filter shows one era', () => {
    const L = timelineLayout(WIDE, { lanes: [{ era: 'new', rows: 5 }], dateLines: 1, titleLines: 2 });
    expect(L.lanes.map((lane) => lane.era)).toEqual(['new']);
  });
});

describe('stripOffset', () => {
  it('is 0 when the whole strip fits', () => {
    expect(stripOffset(300, 600, 600)).toBe(0);
  });
  it('centres the current point, clamped so no space shows beyond either end', () => {
    expect(stripOffset(1200, 300, 2400)).toBe(150 - 1200);
    expect(stripOffset(10, 300, 2400)).toBe(0);
    expect(stripOffset(2390, 300, 2400)).toBe(300 - 2400);
  });
  it('always keeps the point inside the window', () => {
    for (let at = 0; at <= 2400; at += 37) {
      const x = stripOffset(at, 300, 2400) + at;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(300);
    }
  });
});

describe('wrapLines', () => {
  it('breaks English between words, keeps every word, and stays inside the width', () => {
    const text = 'WS2022 Azure Edition hotpatch reported extended to Oct 2027';
    const lines = wrapLines(text, 200, 5, 16, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(lineWidth(line, 16, true)).toBeLessThanOrEqual(200);
  });
  it('breaks Japanese between characters, keeps Latin words whole and never starts a line with 」 or 、', () => {
    const text = 'Raymond Chen 氏「x64 のホットパッチポイントは別の仕組み」、そして次へ';
    for (const width of [120, 150, 180, 210]) {
      const lines = wrapLines(text, width, 9, 16);
      expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, '')); // nothing lost
      for (const line of lines) expect(line).not.toMatch(/^[、。」）]/u);
      expect(lines.some((line) => /Raym$|^ond/u.test(line))).toBe(false);
    }
  });
  it('ends the last allowed line with an ellipsis, still inside the width', () => {
    const lines = wrapLines('one two three four five six seven eight', 60, 2, 16);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lineWidth(lines[1]!, 16)).toBeLessThanOrEqual(60);
  });
  it('lets a phone callout use the box width and a wide one about three quarters of it', () => {
    expect(calloutWidth(PHONE)).toBe(layoutWidth(PHONE) - 16);
    expect(calloutWidth(WIDE)).toBeLessThan(WIDE.width * 0.8);
  });
});
