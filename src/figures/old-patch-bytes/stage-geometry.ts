/**
 * Where the stage draws things (drawing only: every byte and address comes from the scene's data).
 * Three arrangements of one SVG: 'wide' (desktop, 720 units across) and 'tall' (phones), each at
 * roughly one SVG unit per CSS pixel (the tall one is 340 across) in the box the player gives the
 * view; and 'project' (present mode), 640 × about 204 units with larger words and no region list
 * (the regions are named under their brackets), which a projector's drawing box scales up by ≥ 1.4.
 * A short drawing box (a phone whose long captions leave little height, or the x64 option's taller
 * drawing at 1280×720) gets a denser version of the same arrangement (`Density`, chosen by
 * `fitDensity` over every state so the drawing never changes size between steps): the region list
 * without addresses, then no list (the regions named under their brackets) and the x64 slot on one
 * line or between the boxes, so no text is drawn under 12 px.
 */
import type { Lang } from '../../i18n/lang';
import type { ByteRow } from '../shared/byte-listing';
import { textWidth } from '../shared/svg-text';
import type { OldPatchBytesData } from './data';
import { STAGE_TEXT } from './strings';

export type StageLayout = 'wide' | 'tall' | 'project';

/**
 * How much the arrangement shows, densest last: 'full' (the region list with addresses and decoded
 * instructions, the slot under it), 'compact' (the list without addresses; on wide screens in two
 * columns when it fits, and the slot between the boxes), 'short' (no list: the regions named under
 * their brackets; the phone's slot on one line), 'minimal' (also no low address bytes under the cells, and on a phone two lines per box).
 */
export type Density = 'full' | 'compact' | 'short' | 'minimal';
export const DENSITIES: readonly Density[] = ['full', 'compact', 'short', 'minimal'];

/** The smallest text the stage may render, in CSS px (issue #12). */
export const MIN_TEXT_PX = 12;

/** Font sizes per arrangement, in viewBox units (about CSS px, except when projecting). */
export function fontSizes(layout: StageLayout): { byte: number; small: number; text: number; title: number } {
  if (layout === 'tall') return { byte: 14, small: 12.5, text: 13, title: 13.5 };
  if (layout === 'project') return { byte: 22, small: PROJECT_SMALL, text: 15, title: 16 };
  return { byte: 18, small: 14, text: 14, title: 14.5 };
}

/** The projection arrangement's width in units (its height follows from the rows). */
export const PROJECT_WIDTH = 640;

/** The regions drawn as byte cells, left to right; the body is cut after its first bytes. */
const ROW_ROLES = ['prev-tail', 'padding', 'entry', 'leftover', 'body'] as const;
const MAX_TAIL = 3;
const MAX_BODY = 3;

export interface Cell {
  readonly id: string;
  readonly address: number;
  readonly low: string;
  readonly value: string;
  readonly role: string;
  readonly x: number;
}

export interface RegionBand {
  readonly id: string;
  readonly role: string;
  readonly x0: number;
  readonly x1: number;
  readonly startText: string;
  readonly text: string;
  readonly n: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Geometry {
  readonly layout: StageLayout;
  readonly width: number;
  readonly height: number;
  readonly cw: number;
  readonly ch: number;
  readonly rowY: number;
  readonly cells: readonly Cell[];
  readonly bands: readonly RegionBand[];
  readonly caller: Box;
  readonly patch: Box;
  readonly slot: Box | undefined;
  readonly listY: number;
  readonly listLine: number;
  readonly listCols: 1 | 2;
  readonly density: Density;
  /** Whether the low address byte is drawn under each cell. */
  readonly lowRow: boolean;
  /** Where the brackets under the regions are drawn. */
  readonly bracketY: number;
  /** 'short'/'minimal': each region's name under its bracket (centre x, baseline y), packed so none touch. */
  /** Lines of words in the caller and replacement boxes. */
  readonly boxLines: 2 | 3;
  /** The x64 slot sits in the top row between the boxes (projecting, or wide and not 'full'). */
  readonly slotOnTop: boolean;
  readonly bandNames: readonly { readonly id: string; readonly x: number; readonly y: number; readonly text: string }[];
  /** Top-centre of the cell holding `address`, if it is drawn. */
  cellAt(address: number): Cell | undefined;
}

/** The projection's smallest words (addresses, marks), in units: ≥ 18 px once scaled by ≥ 1.3. */
export const PROJECT_SMALL = 14;

function rowsByRole(rows: readonly ByteRow[], role: string): ByteRow[] {
  return rows.filter((r) => r.role === role);
}

/** The viewBox width for a drawing box: about one unit per CSS pixel, so text keeps its size. */
export function stageWidth(layout: StageLayout, boxWidth: number | undefined): number {
  if (layout === 'project') return PROJECT_WIDTH;
  const w = boxWidth && boxWidth > 0 ? Math.round(boxWidth) : layout === 'tall' ? 340 : 720;
  return layout === 'tall' ? Math.min(559, Math.max(300, w)) : Math.min(900, Math.max(560, w));
}

/** A region's name under its bracket (short names where they exist). */
export function bandName(role: string, lang: Lang, short: boolean): string {
  const S = STAGE_TEXT;
  return ((short ? S.regionShort[role] : undefined) ?? S.region[role])?.[lang] ?? role;
}

/**
 * Centres for labels of the given widths, each as near its preferred centre as it can be without
 * touching the one before it (`gap` apart) or leaving [lo, hi]; labels go left to right.
 */
export function spreadLabels(items: readonly { centre: number; width: number }[], lo: number, hi: number, gap: number) {
  const xs: number[] = [];
  let right = lo - gap;
  for (const it of items) {
    const x = Math.max(it.centre, right + gap + it.width / 2, lo + it.width / 2);
    xs.push(x);
    right = x + it.width / 2;
  }
  // Over the right edge: push back from the right, keeping the gaps.
  let left = hi + gap;
  for (let i = items.length - 1; i >= 0; i--) {
    const w = items[i]!.width;
    xs[i] = Math.min(xs[i]!, left - gap - w / 2, hi - w / 2);
    left = xs[i]! - w / 2;
  }
  return xs;
}

export interface GeometryOptions {
  readonly density?: Density;
  /** For the words measured to place them (region names, list columns). */
  readonly lang?: Lang;
}

export function geometry(
  data: OldPatchBytesData,
  layout: StageLayout,
  width = stageWidth(layout, undefined),
  options: GeometryOptions = {},
): Geometry {
  const tall = layout === 'tall';
  const project = layout === 'project';
  const density: Density = project ? 'full' : (options.density ?? 'full');
  const lang: Lang = options.lang ?? 'en';
  const listed = density === 'full' || density === 'compact';
  const lowRow = density !== 'minimal';
  const fs = fontSizes(layout);
  // 'minimal' on a phone: the boxes keep two lines (name, address), their third is in the caption.
  const boxLines: 2 | 3 = tall && density === 'minimal' ? 2 : 3;
  const ch = tall ? (listed ? 32 : density === 'short' ? 28 : 24) : project ? 40 : 46;
  // Above the row, under the boxes: a lane for the instruction pointers, then the check marks
  // (denser on a phone without the list: the pointer's label just clears the boxes).
  const rowY = tall ? (listed ? 140 : boxLines === 2 ? 94 : 112) : project ? 116 : 132;

  // Bytes of each region, in address order, cut to the part the stage needs.
  const picked: { row: ByteRow; j: number }[] = [];
  const bandsRaw: { id: string; role: string; rows: ByteRow[]; first: number; count: number }[] = [];
  for (const role of ROW_ROLES) {
    const rows = rowsByRole(data.listing.rows, role);
    if (!rows.length) continue;
    let all: { row: ByteRow; j: number }[] = rows.flatMap((row) => row.bytes.map((_, j) => ({ row, j })));
    if (role === 'prev-tail') all = all.slice(-MAX_TAIL);
    if (role === 'body') all = all.slice(0, MAX_BODY);
    bandsRaw.push({
      id: rows[0]?.regionId ?? role,
      role,
      rows: [...new Set(all.map((b) => b.row))],
      first: picked.length,
      count: all.length,
    });
    picked.push(...all);
  }
  const cw = Math.min(tall ? 34 : 50, Math.floor(((width - 8) / Math.max(1, picked.length)) * 2) / 2);
  const x0 = (width - picked.length * cw) / 2;
  const cells: Cell[] = picked.map(({ row, j }, i) => {
    const address = row.address + j;
    return {
      id: row.byteIds[j] ?? `byte-${address}`,
      address,
      low: (address & 0xff).toString(16).toUpperCase().padStart(2, '0'),
      value: row.bytes[j] ?? '??',
      role: row.role,
      x: x0 + i * cw,
    };
  });
  const bands: RegionBand[] = bandsRaw
    .map((b) => {
      const first = b.rows[0];
      const texts = b.rows.map((r) => r.text);
      const same = texts.every((t) => t === texts[0]);
      const text = same && texts.length > 1 ? `${texts[0]} ×${texts.length}` : texts.join('; ');
      return {
        id: b.id,
        role: b.role,
        x0: x0 + b.first * cw,
        x1: x0 + (b.first + b.count) * cw,
        startText: first?.addressText ?? '',
        text: b.role === 'body' && b.count < b.rows.reduce((n, r) => n + r.bytes.length, 0) ? `${text} …` : text,
        n: 0,
      };
    })
    .map((b, i) => ({ ...b, n: i + 1 }));

  const boxH = tall ? (boxLines === 2 ? 40 : 58) : 62;
  const hasSlot = data.listing.rows.some((r) => r.role === 'slot');
  // The slot between the boxes (projecting, and on wide screens once the list is compact).
  const slotOnTop = hasSlot && (project || (!tall && density !== 'full'));
  const bw = project || slotOnTop ? 200 : Math.min(tall ? 220 : 270, (width - (tall ? 12 : 24)) / 2);
  // The replacement sits over the padding (left), the caller over the entry and body (right): the
  // route's legs (caller → entry, entry ← back → padding, padding → replacement) never cross.
  const patch: Box = { x: tall ? 2 : 8, y: 4, w: bw, h: boxH };
  const caller: Box = { x: width - (tall ? 2 : 8) - bw, y: 4, w: bw, h: boxH };
  const listY = rowY + ch + (tall ? 62 : 70);
  const listLine = tall ? 17 : 21;
  const perBand = tall && density === 'full' ? 2 : 1;
  // Bands the list may need in any step (x64 splits the entry into two regions once it is written).
  const listBands = Math.max(bands.length, data.arch === 'x64' ? ROW_ROLES.length : 0);
  const compactEntry = (b: RegionBand) =>
    textWidth(`${circled(b.n)} ${bandName(b.role, lang, false)}`, fs.text) * 1.08 +
    8 +
    textWidth(b.text, fs.text, true);
  const listCols: 1 | 2 =
    !tall && data.arch === 'x86' && width >= 700 && density === 'full'
      ? 2
      : !tall && density === 'compact' && bands.every((b) => compactEntry(b) <= width / 2 - 36)
        ? 2
        : 1;
  const bracketY = rowY + ch + (lowRow ? fs.small + 10 : 6);
  // Without a list, the names stand under the brackets: one row, a second where two would touch.
  const nameItems = bands.map((b) => ({
    centre: (b.x0 + b.x1) / 2,
    width: textWidth(bandName(b.role, lang, true), fs.small) * 1.06,
  }));
  const nameXs = spreadLabels(nameItems, 2, width - 2, fs.small * 0.5);
  const bandNames = listed
    ? []
    : bands.map((b, i) => ({
        id: b.id,
        x: nameXs[i]!,
        y: bracketY + 5 + fs.small + 3,
        text: bandName(b.role, lang, true),
      }));
  // Projecting: no list; the region names stand under the brackets (their baseline is the last line).
  const lines = project ? 0 : !listed ? 0 : tall ? listBands * perBand : Math.ceil(listBands / listCols);
  const listEnd = project
    ? rowY + ch + 2 * PROJECT_SMALL + 18
    : !listed
      ? bracketY + 5 + fs.small + 5
      : listY + lines * listLine;
  const slotW = Math.min(tall ? width - 4 : 400, width - 4);
  const slotH = tall && !listed ? 24 : 40;
  const slot: Box | undefined = !hasSlot
    ? undefined
    : slotOnTop
      ? { x: patch.x + bw + 8, y: 4, w: caller.x - patch.x - bw - 16, h: boxH }
      : { x: (width - slotW) / 2, y: listEnd + 2, w: slotW, h: slotH };
  const height = Math.ceil((slot && !slotOnTop ? slot.y + slot.h : listEnd) + 6);
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  return {
    layout,
    width,
    height,
    cw,
    ch,
    rowY,
    cells,
    bands,
    caller,
    patch,
    slot,
    listY,
    listLine,
    listCols,
    density,
    lowRow,
    bracketY,
    boxLines,
    slotOnTop,
    bandNames,
    cellAt: (address) => byAddress.get(address),
  };
}

const circled = (n: number) => String.fromCodePoint(0x2460 + n - 1);

/**
 * The densest arrangement needed for the drawing box: the first density whose tallest state, scaled
 * into the box, renders the smallest words at ≥ 12 px. Its height is the tallest state's, so the
 * drawing keeps its size across steps. Projecting, or without a measured box: 'full'.
 */
export function fitDensity(
  all: readonly OldPatchBytesData[],
  layout: StageLayout,
  width: number,
  boxHeight: number | undefined,
  lang: Lang,
): { density: Density; height: number } {
  const tallest = (density: Density) =>
    Math.max(0, ...all.map((d) => geometry(d, layout, width, { density, lang }).height));
  if (layout === 'project' || !boxHeight || boxHeight <= 0) return { density: 'full', height: tallest('full') };
  const small = fontSizes(layout).small;
  for (const density of DENSITIES) {
    const height = tallest(density);
    // viewBox units are about CSS px across (stageWidth), so only the height can scale the text down.
    if (small * Math.min(1, boxHeight / height) >= MIN_TEXT_PX + 0.05) return { density, height };
  }
  return { density: 'minimal', height: tallest('minimal') };
}

type P = readonly [number, number];
export interface Anchor {
  readonly p: P;
  readonly kind: 'cell' | 'box';
}

/**
 * The points of a call route through anchors, for the shared Route (a d3 basis curve): each anchor
 * between legs is repeated three times so the curve touches it (a visible hop on the byte); a box↔cell leg bends
 * through the height halfway between them; a cell→cell hop (the jump back, or the next instruction)
 * arcs `lift` units above the row, under the boxes, so it never runs through the bytes or the other legs.
 */
export function routePoints(anchors: readonly Anchor[], lift: number): P[] {
  if (anchors.length < 2) return anchors.map((a) => a.p);
  const out: P[] = [];
  const at = (p: P, times: number) => {
    for (let k = 0; k < times; k++) out.push(p);
  };
  anchors.forEach((b, i) => {
    if (i === 0) return at(b.p, 1);
    const a = anchors[i - 1]!;
    const [ax, ay] = a.p;
    const [bx, by] = b.p;
    if (a.kind === 'cell' && b.kind === 'cell') {
      const top = Math.min(ay, by) - lift;
      out.push([ax, top], [bx, top]);
    } else {
      const my = (ay + by) / 2;
      out.push([ax, my], [bx, my]);
    }
    // The end once: the last leg's direction then aims the arrowhead (d3's basis ends on the last point).
    at(b.p, i === anchors.length - 1 ? 1 : 3);
  });
  return out;
}
