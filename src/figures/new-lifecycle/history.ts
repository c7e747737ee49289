/**
 * The timeline's columns for one state: each month with what it showed when it ended (from the
 * state's `history`), the current month as it is now, nothing for months still ahead.
 */
import type { MonthSnapshotView, MonthView, NewLifecycleData } from './data';

export interface MonthColumn {
  readonly month: MonthView;
  /** Undefined for months not reached yet. */
  readonly data: MonthSnapshotView | undefined;
  readonly current: boolean;
}

export function monthColumns(data: NewLifecycleData): MonthColumn[] {
  const now: MonthSnapshotView = { month: data.month, event: data.event, disk: data.disk, chain: data.chain, processes: data.processes };
  return data.months.map((month) => {
    const current = month.month === data.month;
    return { month, data: current ? now : data.history.find((h) => h.month === month.month), current };
  });
}
