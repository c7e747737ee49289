/**
 * Figure `new-lifecycle`: the example the story runs (app.exe and tool.exe using example.dll) and
 * the snapshot the story records at each step, which project.ts turns into view data.
 */
import { planMonth } from '../../model/calendar/rules';
import type { Machine } from '../../model/vbs/index';
import { UNPLANNED_MONTH, type LifecycleEvent } from './data';

/** Illustrative processes: app.exe restarts after each restart (new pid); tool.exe starts in March. */
export const APP = 'app.exe';
export const TOOL = { name: 'tool.exe', pid: 2300 } as const;

export interface Snapshot {
  readonly event: LifecycleEvent;
  readonly month: number;
  readonly machine: Machine;
  readonly baselineMonth: number;
  /** Month each process started / each patch was released. */
  readonly startedIn: ReadonlyMap<number, number>;
  readonly releasedIn: ReadonlyMap<string, number>;
}

export function planOf(month: number, unplanned: boolean) {
  return planMonth(month, { hotpatchEnabled: true, unplannedBaselines: unplanned ? [UNPLANNED_MONTH] : [] });
}
