/**
 * The timeline's fixed geometry (SVG user units): months as columns (d3 scaleBand), and rows for
 * restart, disk image, patch chain and processes, sized once per scene from the reserve so the
 * drawing keeps its size in every step.
 */
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { LifecycleReserve } from './reserve';

export const LC_W = 1000;
export const GUTTER = 108;
export const CHIP_H = 34;
const CHIP_GAP = 4;

export interface RowBox {
  readonly y: number;
  readonly h: number;
}

export interface LifecycleGeometry {
  readonly column: ScaleBand<number>;
  readonly header: RowBox;
  readonly restart: RowBox;
  readonly disk: RowBox;
  readonly chain: RowBox;
  readonly processes: RowBox;
  /** Height of one process card (they stack in the processes row). */
  readonly cardH: number;
  readonly cardGap: number;
  readonly legendY: number;
  readonly height: number;
}

export const chipStep = CHIP_H + CHIP_GAP;

export function lifecycleGeometry(months: readonly number[], reserve: Pick<LifecycleReserve, 'chainSlots' | 'processSlots' | 'patchSlots'>): LifecycleGeometry {
  const column = scaleBand<number>().domain([...months]).range([GUTTER, LC_W - 6]).paddingInner(0.06);
  const header = { y: 6, h: 54 };
  const restart = { y: 68, h: 24 };
  const disk = { y: 100, h: 58 };
  const chain = { y: 168, h: reserve.chainSlots * chipStep + 4 };
  // A card: name line, base line, one chip per patch, the "calls →" line.
  const cardH = 22 + 18 + reserve.patchSlots * chipStep + 22;
  const cardGap = 8;
  const processes = { y: chain.y + chain.h + 12, h: reserve.processSlots * (cardH + cardGap) };
  const legendY = processes.y + processes.h + 26;
  return { column, header, restart, disk, chain, processes, cardH, cardGap, legendY, height: legendY + 40 };
}
