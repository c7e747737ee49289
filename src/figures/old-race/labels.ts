/**
 * Figure `old-race`: the words under the byte strip, laid out so no two overlap and none leaves the
 * drawing, in every arrangement. What the bytes decode to (centred under their bytes, staggered on
 * rows), the writes (each near the bytes it writes, a row of its own when neighbours would touch),
 * the torn instruction and the verdict (wrapped to the drawing's width). Widths are estimated with
 * the shared `textWidth`, because the drawing is laid out on the server too. Pure: no DOM.
 */
import type { Lang } from '../../i18n/lang';
import { fill } from '../player/page-text';
import { textWidth, wrapText } from '../shared/svg-text';
import type { OldRaceData } from './data';
import type { RaceGeometry } from './geometry';
import { RACE_TEXT as T } from './strings';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The words of one state, before they are placed. `span`: the x range of the bytes they name. */
export interface RaceLabelTexts {
  readonly instructions: readonly { readonly from: number; readonly to: number; readonly text: string }[];
  /** First line: the write (monospace); further lines: its note (wide arrangement only). */
  readonly writes: readonly { readonly from: number; readonly to: number; readonly lines: readonly string[] }[];
  readonly torn: string | undefined;
  readonly verdict: string;
}

/** How many rows each group takes; the view reserves the most any state needs, so nothing jumps. */
export interface RaceLabelRows {
  readonly instructions: number;
  /** Lines (a write with its note takes two). */
  readonly writes: number;
  readonly torn: number;
  readonly verdict: number;
}

export interface PlacedText {
  /** Centre x and baseline y of each line. */
  readonly x: number;
  readonly ys: readonly number[];
  readonly lines: readonly string[];
}

export interface RaceLabelLayout {
  readonly instructions: readonly PlacedText[];
  readonly writes: readonly PlacedText[];
  readonly torn: PlacedText | undefined;
  readonly verdict: PlacedText & { readonly box: Box };
  readonly rows: RaceLabelRows;
  /** Where the drawing ends (the viewBox is at least this tall). */
  readonly bottom: number;
  /** Every text's estimated box, for the no-overlap check. */
  readonly boxes: readonly (Box & { readonly text: string })[];
}

const INSET = 4;

/** The bytes a write covers, shown on the track (the strip ends at the last drawn byte). */
function lastShown(g: RaceGeometry): number {
  return g.firstByte + g.byteCount;
}

/** The x range of `length` bytes from `address` on the strip. */
export function byteSpan(g: RaceGeometry, address: number, length: number): { from: number; to: number } {
  const from = g.cells0 + g.cellAlong * (address - g.firstByte);
  return { from, to: from + g.cellAlong * Math.min(length, lastShown(g) - address) };
}

/** The words one state shows under the strip (the instruction runs of padding collapse: "int 3 ×5"). */
export function raceLabelTexts(data: OldRaceData, lang: Lang, g: RaceGeometry): RaceLabelTexts {
  const first = g.firstByte;
  const last = lastShown(g);
  const rows = data.listing.rows.filter((r) => r.address >= first && r.address < last);
  const runs: { address: number; length: number; text: string }[] = [];
  for (const r of rows) {
    const prev = runs[runs.length - 1];
    const len = Math.min(r.bytes.length, last - r.address);
    if (prev && r.role === 'padding' && prev.text.startsWith(r.text) && prev.address + prev.length === r.address) {
      prev.length += len;
      continue;
    }
    runs.push({ address: r.address, length: len, text: r.text });
  }
  const instructions = runs.map((l) => ({
    ...byteSpan(g, l.address, l.length),
    text: l.text === 'int 3' && l.length > 1 ? `int 3 ×${l.length}` : l.text,
  }));
  const note = (index: number) =>
    data.write === 'naive' ? T.naiveOver[lang] : index === 1 ? T.padWrite[lang] : T.atomic[lang];
  const withNotes = g.arrangement === 'wide' && !g.projecting;
  const writes = data.writes.map((w) => {
    const name = data.write === 'naive' ? 'W' : `W${w.index}`;
    const head = `${name} ← ${w.bytes}${w.landed ? ' ✓' : ' …'}`;
    return {
      ...byteSpan(g, w.address, w.bytes.split(' ').length),
      lines: withNotes ? [head, note(w.index)] : [head],
    };
  });
  const tornThread = data.threads.find((t) => t.status === 'torn');
  const tv = data.torn;
  const torn = tv
    ? `✗ ${T.tornShort[lang]}: ${tv.bytes}${g.arrangement === 'wide' && !g.projecting ? ` = ${tv.text}` : ''}`
    : undefined;
  const verdictText = tornThread
    ? fill(T.tornVerdict[lang], { id: tornThread.id })
    : data.event.kind === 'summary'
      ? T.safe[lang]
      : T.soFar[lang];
  const verdict = g.arrangement === 'wide' && !g.projecting ? `${T.thisSchedule[lang]}: ${verdictText}` : verdictText;
  return { instructions, writes, torn, verdict };
}

/**
 * Places items (preferred centre, width) on rows: each is clamped inside [lo, hi] and takes the
 * first row where it keeps `gap` from the item before it. Returns each item's centre and row.
 */
export function packRows(
  items: readonly { readonly centre: number; readonly width: number }[],
  lo: number,
  hi: number,
  gap: number,
): { centre: number; row: number }[] {
  const ends: number[] = [];
  return items.map((it) => {
    const half = Math.min(it.width, hi - lo) / 2;
    const centre = Math.min(hi - half, Math.max(lo + half, it.centre));
    let row = ends.findIndex((e) => e + gap <= centre - half);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = centre + half;
    return { centre, row };
  });
}

/** A text's box from its centre, baseline and size (ascent 0.8 em, descent 0.25 em). */
function textBox(x: number, y: number, width: number, size: number): Box {
  return { x: x - width / 2, y: y - 0.8 * size, w: width, h: 1.05 * size };
}

/** Lays out one state's words below the strip; `reserve` (rows) keeps the same height in every step. */
export function layoutRaceLabels(g: RaceGeometry, texts: RaceLabelTexts, reserve?: RaceLabelRows): RaceLabelLayout {
  const s = g.small;
  const lineH = g.lineH;
  const lo = INSET;
  const hi = g.width - INSET;
  const boxes: (Box & { text: string })[] = [];
  const gap = s * 0.5;

  // What the bytes decode to: centred under their bytes, staggered.
  const insW = texts.instructions.map((l) => textWidth(l.text, s, true));
  const insPlaced = packRows(
    texts.instructions.map((l, i) => ({ centre: (l.from + l.to) / 2, width: insW[i] ?? 0 })),
    lo,
    hi,
    gap,
  );
  const insRows = Math.max(reserve?.instructions ?? 0, ...insPlaced.map((p) => p.row + 1));
  const instructions = insPlaced.map((p, i) => {
    const y = g.labelsAt + p.row * lineH;
    const text = texts.instructions[i]?.text ?? '';
    boxes.push({ ...textBox(p.centre, y, insW[i] ?? 0, s), text });
    return { x: p.centre, ys: [y], lines: [text] };
  });

  // The writes: each block (write + note) near its bytes, a row of its own when it would touch another.
  const writesAt = g.labelsAt + insRows * lineH + s * 0.3;
  const blockW = texts.writes.map((w) =>
    Math.max(...w.lines.map((line, k) => textWidth(line, s, k === 0) * (k === 0 ? 1.06 : 1))),
  );
  const linesPerBlock = Math.max(1, ...texts.writes.map((w) => w.lines.length));
  const wPlaced = packRows(
    texts.writes.map((w, i) => ({ centre: (w.from + w.to) / 2, width: blockW[i] ?? 0 })),
    lo,
    hi,
    gap * 2,
  );
  // Notes only while the writes share one row: two stacked blocks of two lines would crowd the drawing.
  if (linesPerBlock > 1 && wPlaced.some((p) => p.row > 0))
    return layoutRaceLabels(
      g,
      { ...texts, writes: texts.writes.map((w) => ({ ...w, lines: w.lines.slice(0, 1) })) },
      reserve,
    );
  // Reserved in lines (a state with notes and one without take the same room).
  const writeLines = Math.max(reserve?.writes ?? 0, Math.max(0, ...wPlaced.map((p) => p.row + 1)) * linesPerBlock);
  const writes = wPlaced.map((p, i) => {
    const w = texts.writes[i];
    const lines = w?.lines ?? [];
    const ys = lines.map((_, k) => writesAt + (p.row * linesPerBlock + k) * lineH);
    lines.forEach((line, k) =>
      boxes.push({
        ...textBox(p.centre, ys[k] ?? 0, textWidth(line, s, k === 0) * (k === 0 ? 1.06 : 1), s),
        text: line,
      }),
    );
    return { x: p.centre, ys, lines };
  });

  // The torn instruction, then the verdict: centred, wrapped to the drawing's width.
  const tornAt = writesAt + writeLines * lineH + s * 0.2;
  const tornLines = texts.torn ? wrapText(texts.torn, (hi - lo) / 1.06, s, true) : [];
  const tornRows = Math.max(reserve?.torn ?? 0, tornLines.length);
  const torn = texts.torn
    ? {
        x: g.width / 2,
        ys: tornLines.map((_, k) => tornAt + k * lineH),
        lines: tornLines,
      }
    : undefined;
  torn?.lines.forEach((line, k) =>
    boxes.push({ ...textBox(torn.x, torn.ys[k] ?? 0, textWidth(line, s, true) * 1.06, s), text: line }),
  );

  const pad = s * 0.45;
  const verdictLines = wrapText(texts.verdict, (hi - lo - 2 * pad) / 1.06, s);
  const verdictRows = Math.max(reserve?.verdict ?? 0, verdictLines.length);
  const vTop = tornAt + tornRows * lineH - (tornRows ? 0 : lineH * 0.6) + s * 0.1;
  const vBox: Box = { x: lo - 2, y: vTop, w: hi - lo + 4, h: verdictRows * lineH + 2 * pad };
  const vFirst = vTop + pad + (verdictRows - verdictLines.length) * (lineH / 2) + 0.8 * s + (lineH - 1.05 * s) / 2;
  const verdict = {
    x: g.width / 2,
    ys: verdictLines.map((_, k) => vFirst + k * lineH),
    lines: verdictLines,
    box: vBox,
  };
  verdict.lines.forEach((line, k) =>
    boxes.push({ ...textBox(verdict.x, verdict.ys[k] ?? 0, textWidth(line, s) * 1.06, s), text: line }),
  );
  return {
    instructions,
    writes,
    torn,
    verdict,
    rows: { instructions: insRows, writes: writeLines, torn: tornRows, verdict: verdictRows },
    bottom: vBox.y + vBox.h + 2,
    boxes,
  };
}

/** The most rows any state needs, group by group. */
export function mostRows(all: readonly RaceLabelRows[]): RaceLabelRows {
  const most = (k: keyof RaceLabelRows) => Math.max(0, ...all.map((r) => r[k]));
  return { instructions: most('instructions'), writes: most('writes'), torn: most('torn'), verdict: most('verdict') };
}
