/**
 * Stacking markers that would overlap into rows (like a Gantt chart), so every event stays visible
 * at every zoom. Greedy, left to right: each item takes the first row where it fits.
 */
export interface Extent {
  readonly id: string;
  /** Left and right edge in drawing units. */
  readonly from: number;
  readonly to: number;
}

/** Row index per id. Past maxRows, an item shares the row whose last item ends first. */
export function stackRows(items: readonly Extent[], gap: number, maxRows: number): Map<string, number> {
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  const ordered = [...items].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const item of ordered) {
    let row = rowEnds.findIndex((end) => end + gap <= item.from);
    if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, item.to);
    rows.set(item.id, row);
  }
  return rows;
}
