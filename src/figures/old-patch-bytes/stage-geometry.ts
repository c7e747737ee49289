/**
 * Where the stage draws things (drawing only: every byte and address comes from the scene's data).
 * Two arrangements of one SVG: 'wide' (desktop, 720 units across) and 'tall' (phones),
 * each at roughly one SVG unit per CSS pixel (the tall one is 340 across) in the box the player gives the view.
 */
import type { ByteRow } from '../shared/byte-listing';
import type { OldPatchBytesData } from './data';

export type StageLayout = 'wide' | 'tall';

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

function rowsByRole(rows: readonly ByteRow[], role: string): ByteRow[] {
  return rows.filter((r) => r.role === role);
}

/** The viewBox width for a drawing box: about one unit per CSS pixel, so text keeps its size. */
export function stageWidth(layout: StageLayout, boxWidth: number | undefined): number {
  const w = boxWidth && boxWidth > 0 ? Math.round(boxWidth) : layout === 'tall' ? 340 : 720;
  return layout === 'tall' ? Math.min(559, Math.max(300, w)) : Math.min(900, Math.max(560, w));
}

export function geometry(
  data: OldPatchBytesData,
  layout: StageLayout,
  width = stageWidth(layout, undefined),
): Geometry {
  const tall = layout === 'tall';
  const ch = tall ? 32 : 46;
  const rowY = tall ? 128 : 112;

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
  const bw = Math.min(tall ? 220 : 270, (width - (tall ? 12 : 24)) / 2);
  const caller: Box = { x: tall ? 2 : 8, y: 4, w: bw, h: boxH };
  const patch: Box = { x: width - (tall ? 2 : 8) - bw, y: 4, w: bw, h: boxH };
  const listY = rowY + ch + (tall ? 62 : 70);
  const listLine = tall ? 17 : 21;
  const perBand = tall ? 2 : 1;
  const listCols: 1 | 2 = !tall && data.arch === 'x86' && width >= 700 ? 2 : 1;
  const lines = tall ? bands.length * perBand : Math.ceil(bands.length / listCols);
  const hasSlot = data.listing.rows.some((r) => r.role === 'slot');
  const listEnd = listY + lines * listLine;
  const slotW = Math.min(tall ? width - 4 : 400, width - 4);
  const slot: Box | undefined = hasSlot ? { x: (width - slotW) / 2, y: listEnd + 2, w: slotW, h: 40 } : undefined;
  const height = (slot ? slot.y + slot.h : listEnd) + 6;
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

/** A call route through anchors: cell→cell hops arc above the row; box↔cell legs are S-curves. */
export function routePath(anchors: readonly { p: P; kind: 'cell' | 'box' }[]): string {
  if (anchors.length < 2) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(anchors[0]!.p[0])},${f(anchors[0]!.p[1])}`;
  for (let i = 1; i < anchors.length; i++) {
    const a = anchors[i - 1]!;
    const b = anchors[i]!;
    const [ax, ay] = a.p;
    const [bx, by] = b.p;
    if (a.kind === 'cell' && b.kind === 'cell') {
      const h = 18 + Math.min(40, Math.abs(bx - ax) * 0.25);
      d += ` C${f(ax)},${f(ay - h)} ${f(bx)},${f(by - h)} ${f(bx)},${f(by)}`;
    } else {
      const my = (ay + by) / 2;
      d += ` C${f(ax)},${f(my)} ${f(bx)},${f(my)} ${f(bx)},${f(by)}`;
    }
  }
  return d;
}
