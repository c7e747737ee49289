/**
 * The servicing rule — the one place it is written down.
 *
 * January, April, July and October are baseline months: a full cumulative update and a restart.
 * The two months after each baseline are hotpatch months: security fixes only, no restart. If an
 * important fix cannot ship as a hotpatch, that month's hotpatch is replaced by an unplanned
 * baseline, which restarts. Without hotpatch, every month is a cumulative update with a restart.
 * (windowsserverdocs hotpatch.md; Microsoft Learn training "Hotpatch updates", unit 3: "reducing the
 * number of required restarts from 12 to four annually, with eight hotpatch updates planned each year".)
 */

export const MONTHS_PER_YEAR = 12;

/**
 * Where the rule comes from: windowsserverdocs hotpatch.md (Jan/Feb/Mar example, planned and unplanned
 * baselines) and the Microsoft Learn training module's quarterly table (the Autopatch page's
 * "Release cycles" section could not be read in our copy, Dec 2026).
 */
export const RULE_SOURCES: readonly string[] = ['ws-docs-hotpatch', 'ms-learn-hotpatch-training'];

/** How many months apart planned baselines are: one per quarter. */
const BASELINE_INTERVAL = 3;

/** Why a month installs what it installs. */
export type MonthReason =
  | 'planned-baseline'
  | 'hotpatch'
  | 'unplanned-baseline'
  /** Hotpatch not in use: the ordinary monthly cumulative update. */
  | 'cumulative-update';

/** What a month installs: 'baseline' = the full cumulative update (restart); 'hotpatch' = no restart. */
export type MonthKind = 'baseline' | 'hotpatch';

export interface PlannedMonth {
  /** 1–12. */
  readonly month: number;
  readonly kind: MonthKind;
  readonly restart: boolean;
  readonly reason: MonthReason;
}

export interface PlanOptions {
  /** Months whose hotpatch is replaced by a baseline (e.g. a zero-day fix that cannot be hotpatched). */
  readonly unplannedBaselines?: readonly number[];
  /** False: no hotpatch at all, so every month is a cumulative update with a restart. */
  readonly hotpatchEnabled: boolean;
}

export function isValidMonth(month: unknown): month is number {
  return typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= MONTHS_PER_YEAR;
}

/** Throws a RangeError unless month is an integer 1–12. */
export function assertMonth(month: number): void {
  if (!isValidMonth(month)) throw new RangeError(`Month must be an integer from 1 to 12, got ${String(month)}`);
}

/** True for January, April, July and October. */
export function isBaselineMonth(month: number): boolean {
  assertMonth(month);
  return (month - 1) % BASELINE_INTERVAL === 0;
}

/** The planned baseline months, derived from the rule (not typed out). */
export const BASELINE_MONTHS: readonly number[] = Array.from({ length: MONTHS_PER_YEAR }, (_, i) => i + 1).filter(
  isBaselineMonth,
);

/** One month of the plan. An unplanned baseline in a month that is a baseline anyway changes nothing. */
export function planMonth(month: number, options: PlanOptions): PlannedMonth {
  assertMonth(month);
  (options.unplannedBaselines ?? []).forEach(assertMonth);
  if (!options.hotpatchEnabled) return { month, kind: 'baseline', restart: true, reason: 'cumulative-update' };
  if (isBaselineMonth(month)) return { month, kind: 'baseline', restart: true, reason: 'planned-baseline' };
  if (options.unplannedBaselines?.includes(month)) {
    return { month, kind: 'baseline', restart: true, reason: 'unplanned-baseline' };
  }
  return { month, kind: 'hotpatch', restart: false, reason: 'hotpatch' };
}

/** The twelve months of a year, January first. */
export function planYear(options: PlanOptions): PlannedMonth[] {
  return Array.from({ length: MONTHS_PER_YEAR }, (_, i) => planMonth(i + 1, options));
}

export function countRestarts(plan: readonly { readonly restart: boolean }[]): number {
  return plan.filter((month) => month.restart).length;
}

export function countHotpatches(plan: readonly { readonly kind: MonthKind }[]): number {
  return plan.filter((month) => month.kind === 'hotpatch').length;
}

export interface RestartComparison {
  readonly withHotpatch: number;
  readonly withoutHotpatch: number;
  /** Restarts hotpatch avoids over the year. */
  readonly avoided: number;
}

/** Restarts in a year with and without hotpatch, both counted from planYear. */
export function restartsWithAndWithoutHotpatch(
  options: { readonly unplannedBaselines?: readonly number[] } = {},
): RestartComparison {
  const unplanned = options.unplannedBaselines ?? [];
  const withHotpatch = countRestarts(planYear({ hotpatchEnabled: true, unplannedBaselines: unplanned }));
  const withoutHotpatch = countRestarts(planYear({ hotpatchEnabled: false, unplannedBaselines: unplanned }));
  return { withHotpatch, withoutHotpatch, avoided: withoutHotpatch - withHotpatch };
}
