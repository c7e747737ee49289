/**
 * Figure `new-lifecycle`: the image swap across months — baselines, hotpatches that supersede each
 * other, a process started later, and the restart that starts the chain over.
 *
 * Which months are baselines comes from the calendar rule (src/model/calendar/rules.ts: planMonth);
 * what each month does to the machine comes from the VBS model (src/model/vbs): the on-disk image,
 * registrations with sequence numbers, what each process maps and where its calls land. Captions
 * quote those values.
 *
 * Params: { unplanned: boolean }. true (default): June's hotpatch is replaced by an unplanned
 * baseline (a fix that cannot ship as a hotpatch). false: June is an ordinary hotpatch month.
 *
 * `data: NewLifecycleData` per state:
 *   event       'planned-baseline' | 'hotpatch' | 'process-start' | 'unplanned-baseline'
 *   month       the current month (1–12); months: every month shown, with kind/reason/restart
 *   disk        the on-disk example.dll: identity (CheckSum, TimeDateStamp) and the baseline it came with
 *   chain       registered patches for that base: sequence number, status (active / superseded)
 *   processes   running processes: pid, name, month started, modules mapped (base, patches with
 *               sequence number, HotPatchState, how the patch arrived + provenance), where a call lands
 *   restarts    restart markers so far (month, kind)
 *   claims      provenance of what the step shows
 *   illustrative  what is made up
 *   history     every earlier month as it ended (event, disk, chain, processes), oldest first, so a
 *               timeline can fill past columns from this one state
 *
 * Drawn element ids used in `changed`: `month-<n>`, `disk-image`, `patch-chain`, `process-<pid>`,
 * `restart-<month>`.
 */
import type { Localized } from '../../i18n/lang';
import type { MonthKind, MonthReason } from '../../model/calendar/rules';
import type { HotPatchState, PatchRoute, Provenance } from '../../model/vbs/index';
import type { ClaimView } from '../shared/claim-text';

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export interface NewLifecycleParams {
  /** June's hotpatch replaced by an unplanned baseline. */
  readonly unplanned: boolean;
}

export const NEW_LIFECYCLE_DEFAULTS: NewLifecycleParams = { unplanned: true };

export function normalizeLifecycleParams(params: Partial<NewLifecycleParams>): NewLifecycleParams {
  return { unplanned: params.unplanned !== false };
}

/** The months the figure walks through (January to June). */
export const LIFECYCLE_MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6];
/** The month that becomes an unplanned baseline when `unplanned` is on. */
export const UNPLANNED_MONTH = 6;
/** The month in which a second process starts, after that month's hotpatch. */
export const LATE_PROCESS_MONTH = 3;

// ── Data ────────────────────────────────────────────────────────────────────────────────────

export type LifecycleEvent = 'planned-baseline' | 'hotpatch' | 'process-start' | 'unplanned-baseline';

export interface IdentityView {
  readonly checkSum: number;
  readonly timeDateStamp: number;
  readonly checkSumText: string;
  readonly timeDateStampText: string;
}

export interface MonthView {
  readonly month: number;
  readonly elementId: string;
  readonly label: Localized;
  readonly kind: MonthKind;
  readonly reason: MonthReason;
  readonly restart: boolean;
}

export interface DiskView {
  readonly name: string;
  readonly identity: IdentityView;
  /** The month whose baseline installed this file. */
  readonly baselineMonth: number;
}

export interface ChainEntryView {
  readonly name: string;
  readonly path: string;
  readonly sequenceNumber: number;
  readonly status: 'registered' | 'active' | 'superseded';
  /** Month the patch was released in this story. */
  readonly month: number;
}

export interface MappedModuleView {
  readonly name: string;
  readonly kind: 'base' | 'patch';
  readonly identity: IdentityView;
  readonly sequenceNumber?: number;
  readonly HotPatchState: HotPatchState;
  readonly superseded: boolean;
  /** How the patch arrived: the loader's query at load (documented) or into a running process (not documented). */
  readonly route?: PatchRoute;
  readonly routeProvenance?: Provenance;
}

export interface ProcessView {
  readonly pid: number;
  readonly name: string;
  readonly elementId: string;
  readonly startedMonth: number;
  readonly maps: readonly MappedModuleView[];
  /** Where a call to SetState goes in this process right now. */
  readonly callLandsIn: { readonly module: string; readonly sequenceNumber?: number };
}

export interface RestartMarkerView {
  readonly month: number;
  readonly elementId: string;
  readonly kind: 'planned-baseline' | 'unplanned-baseline';
}

export type { ClaimView };

/** A past month as it was at its last step. */
export interface MonthSnapshotView {
  readonly month: number;
  readonly event: LifecycleEvent;
  readonly disk: DiskView;
  readonly chain: readonly ChainEntryView[];
  readonly processes: readonly ProcessView[];
}

export interface NewLifecycleData {
  readonly unplanned: boolean;
  readonly event: LifecycleEvent;
  readonly month: number;
  readonly months: readonly MonthView[];
  readonly disk: DiskView;
  readonly chain: readonly ChainEntryView[];
  readonly processes: readonly ProcessView[];
  readonly restarts: readonly RestartMarkerView[];
  readonly claims: readonly ClaimView[];
  readonly illustrative: Localized;
  readonly history: readonly MonthSnapshotView[];
}
