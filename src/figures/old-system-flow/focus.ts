/**
 * The part of the flow a handout card shows: a fixed-width window (three columns) around what the
 * step is about, so each printed step is large enough to read. Pure presentation maths.
 */
import { SIZE, type FlowLayout } from './layout';

/** Three columns with their gaps: every card shows the same width, so all cards match. */
export const FOCUS_WIDTH = 3 * (SIZE.boxWidth + SIZE.gapMin) + SIZE.gapMin;

interface Flags {
  readonly id: string;
  readonly active: boolean;
}

/** Left edge of the window: centred on the active boxes, arrowheads and labels, kept inside the flow. */
export function focusX(layout: FlowLayout, boxes: readonly Flags[], arrows: readonly Flags[]): number {
  const spans: [number, number][] = [];
  for (const b of boxes) {
    const r = b.active ? layout.boxes.get(b.id)?.rect : undefined;
    if (r) spans.push([r.x, r.x + r.w]);
  }
  for (const a of arrows) {
    const l = a.active ? layout.arrows.get(a.id) : undefined;
    if (!l) continue;
    const xs = [...l.head.map((p) => p[0]), l.label.x, l.label.x + l.label.width];
    spans.push([Math.min(...xs), Math.max(...xs)]);
  }
  const max = Math.max(0, layout.flowWidth - FOCUS_WIDTH);
  if (spans.length === 0) return 0;
  const left = Math.min(...spans.map((s) => s[0]));
  const right = Math.max(...spans.map((s) => s[1]));
  const x = right - left > FOCUS_WIDTH - 2 * SIZE.gapMin ? left - SIZE.gapMin : (left + right) / 2 - FOCUS_WIDTH / 2;
  return Math.min(max, Math.max(0, x));
}
