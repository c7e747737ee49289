/**
 * Where the stage draws things (drawing only: every byte and address comes from the scene's data).
 * Three arrangements of one SVG: 'wide' (desktop, 720 units across) and 'tall' (phones), each at
 * roughly one SVG unit per CSS pixel (the tall one is 340 across) in the box the player gives the
 * view; and 'project' (present mode), 640 × about 204 units with larger words and no region list
 * (the regions are named under their brackets), which a projector's drawing box scales up by ≥ 1.4.
 */
import type { ByteRow } from '../shared/byte-listing';
import type { OldPatchBytesData } from './data';

export type StageLayout = 'wide' | 'tall' | 'project';

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

export function geometry(
  data: OldPatchBytesData,
  layout: StageLayout,
  width = stageWidth(layout, undefined),
): Geometry {
  const tall = layout === 'tall';
  const project = layout === 'project';
  const ch = tall ? 32 : project ? 40 : 46;
  // Above the row, under the boxes: a lane for the instruction pointers, then the check marks.
  const rowY = tall ? 140 : project ? 116 : 132;

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

  const boxH = tall ? 58 : 62;
  const bw = project ? 200 : Math.min(tall ? 220 : 270, (width - (tall ? 12 : 24)) / 2);
  // The replacement sits over the padding (left), the caller over the entry and body (right): the
  // route's legs (caller → entry, entry ← back → padding, padding → replacement) never cross.
  const patch: Box = { x: tall ? 2 : 8, y: 4, w: bw, h: boxH };
  const caller: Box = { x: width - (tall ? 2 : 8) - bw, y: 4, w: bw, h: boxH };
  const listY = rowY + ch + (tall ? 62 : 70);
  const listLine = tall ? 17 : 21;
  const perBand = tall ? 2 : 1;
  const listCols: 1 | 2 = !tall && data.arch === 'x86' && width >= 700 ? 2 : 1;
  // Projecting: no list; the region names stand under the brackets (their baseline is the last line).
  const lines = project ? 0 : tall ? bands.length * perBand : Math.ceil(bands.length / listCols);
  const hasSlot = data.listing.rows.some((r) => r.role === 'slot');
  const listEnd = project ? rowY + ch + 2 * PROJECT_SMALL + 18 : listY + lines * listLine;
  const slotW = Math.min(tall ? width - 4 : 400, width - 4);
  // Projecting, the slot sits in the top row between the two boxes.
  const slot: Box | undefined = !hasSlot
    ? undefined
    : project
      ? { x: patch.x + bw + 8, y: 4, w: caller.x - patch.x - bw - 16, h: boxH }
      : { x: (width - slotW) / 2, y: listEnd + 2, w: slotW, h: 40 };
  const height = (slot && !project ? slot.y + slot.h : listEnd) + 6;
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
    cellAt: (address) => byAddress.get(address),
  };
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
