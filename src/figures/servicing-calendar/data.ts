/**
 * Figure "servicing-calendar": one product's year, month by month (step n = month n).
 *
 * Everything shown — month kinds, restarts, availability, the running counts quoted in captions —
 * is computed from the calendar model (rules.ts, products.ts, seed-plan-2022.ts); nothing here
 * restates a month list or a count by hand.
 *
 * Counting: only months in which hotpatch was offered (or which the @IT plan covers) are counted,
 * with and without hotpatch. Months before a product's availability are shown as "not available"
 * and left out of both counts, because the research says nothing about those machines' updates.
 */
import type { Localized } from '../../i18n/lang';
import { isValidMonth, type MonthKind, type MonthReason } from '../../model/calendar/rules';
import {
  HOTPATCH_PRODUCTS,
  findProduct,
  type AvailabilityStatus,
  type HotpatchProduct,
} from '../../model/calendar/products';
import { SEED_PLAN_LABEL, SEED_PLAN_PRODUCT_ID, SEED_PLAN_YEARS } from '../../model/calendar/seed-plan-2022';
import type { EventProvenance } from '../../model/timeline/events';

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export interface ServicingCalendarParams {
  readonly year: number;
  /** A product id of products.ts, or SEED_PLAN_OPTION_ID. */
  readonly product: string;
  /** Months (1–12) whose hotpatch is replaced by an unplanned baseline. Ignored for the seed plan. */
  readonly unplanned: readonly number[];
  /** Show the "without hotpatch" count next to the real one. */
  readonly compare: boolean;
}

/** The @IT plan for WS2022 Azure Edition as a selectable "product". */
export const SEED_PLAN_OPTION_ID = 'ws2022-ae-seed-plan';

/** Years the figure offers: the research covers 2021 to 2026. */
export const CALENDAR_FIRST_YEAR = 2021;
export const CALENDAR_LAST_YEAR = 2026;

export interface CalendarProductOption {
  readonly id: string;
  readonly label: Localized;
  /** Years worth offering for this option. */
  readonly years: readonly number[];
  /** False for the reported plan: its months are fixed, so no unplanned baselines can be marked. */
  readonly acceptsUnplanned: boolean;
}

const ALL_YEARS = Array.from(
  { length: CALENDAR_LAST_YEAR - CALENDAR_FIRST_YEAR + 1 },
  (_, i) => CALENDAR_FIRST_YEAR + i,
);

export const SEED_PLAN_PRODUCT: HotpatchProduct = (() => {
  const product = findProduct(SEED_PLAN_PRODUCT_ID);
  if (!product) throw new Error(`Seed plan product ${SEED_PLAN_PRODUCT_ID} is missing`);
  return product;
})();

export const CALENDAR_PRODUCT_OPTIONS: readonly CalendarProductOption[] = [
  ...HOTPATCH_PRODUCTS.map((product) => ({
    id: product.id,
    label: product.name,
    years: ALL_YEARS,
    acceptsUnplanned: true,
  })),
  {
    id: SEED_PLAN_OPTION_ID,
    label: {
      en: `${SEED_PLAN_PRODUCT.name.en} — ${SEED_PLAN_LABEL.en}`,
      ja: `${SEED_PLAN_PRODUCT.name.ja} — ${SEED_PLAN_LABEL.ja}`,
    },
    years: SEED_PLAN_YEARS,
    acceptsUnplanned: false,
  },
];

export const SERVICING_CALENDAR_DEFAULTS: ServicingCalendarParams = {
  year: 2025,
  product: 'ws2022-ae-core',
  unplanned: [],
  compare: true,
};

/** Any input → valid params: unknown product → default, year clamped to the offered years, bad months dropped. */
export function normalizeCalendarParams(params: Partial<ServicingCalendarParams>): ServicingCalendarParams {
  const option =
    CALENDAR_PRODUCT_OPTIONS.find((candidate) => candidate.id === params.product) ??
    CALENDAR_PRODUCT_OPTIONS.find((candidate) => candidate.id === SERVICING_CALENDAR_DEFAULTS.product);
  if (!option) throw new Error('Default calendar product is missing');
  const years = option.years;
  const firstYear = years[0] ?? SERVICING_CALENDAR_DEFAULTS.year;
  const lastYear = years[years.length - 1] ?? SERVICING_CALENDAR_DEFAULTS.year;
  const requested = typeof params.year === 'number' && Number.isFinite(params.year) ? Math.round(params.year) : null;
  let year = requested ?? SERVICING_CALENDAR_DEFAULTS.year;
  year = Math.min(Math.max(year, firstYear), lastYear);
  if (!years.includes(year)) year = lastYear;
  const unplanned =
    option.id === SEED_PLAN_OPTION_ID
      ? []
      : [...new Set((Array.isArray(params.unplanned) ? params.unplanned : []).filter(isValidMonth))].sort(
          (a, b) => a - b,
        );
  return { year, product: option.id, unplanned, compare: params.compare === true };
}

// ── Scene data ──────────────────────────────────────────────────────────────────────────────

/** Availability of hotpatch in a month; the seed plan has its own two values. */
export type CellAvailability = AvailabilityStatus | 'reported-plan' | 'outside-plan';

export type CellReason = MonthReason | 'reported-cumulative' | 'reported-hotpatch';

export interface CalendarMonthCell {
  /** Drawn element id, used in `changed`. */
  readonly id: string;
  /** 1–12. */
  readonly month: number;
  /** "April 2025" / "2025 年 4 月". */
  readonly label: Localized;
  readonly availability: CellAvailability;
  /** Counted in the restart tallies (hotpatch offered, or covered by the plan). */
  readonly counted: boolean;
  /** null when not counted. */
  readonly kind: MonthKind | null;
  readonly restart: boolean | null;
  readonly reason: CellReason | null;
  /** Without hotpatch every counted month restarts. */
  readonly restartWithoutHotpatch: boolean | null;
  /** How sure the availability is (the post-Oct-2026 WS2022 Azure Edition months are 'unverified'). */
  readonly availabilityProvenance: EventProvenance | null;
  /** The availability milestone in force that month (for the view's legend / tooltip). */
  readonly milestone: {
    readonly eventId: string;
    readonly label: Localized;
    readonly date: string;
    readonly dateAlt: string | null;
  } | null;
  /** Only for the seed plan: what the article says and whether the rule agrees. */
  readonly seedPlan: {
    readonly basis: 'stated' | 'implied';
    readonly timing: 'delivered' | 'planned';
    readonly matchesRule: boolean;
    readonly ruleKind: MonthKind;
    readonly explanation: Localized;
  } | null;
}

export interface RestartTally {
  readonly withHotpatch: number;
  readonly withoutHotpatch: number;
  readonly countedMonths: number;
}

export interface ServicingCalendarData {
  readonly year: number;
  /** The selected option id (a product id or SEED_PLAN_OPTION_ID). */
  readonly productId: string;
  readonly productName: Localized;
  readonly isSeedPlan: boolean;
  /** "Plan reported by @IT, 26 January 2022" for the seed plan, else null. */
  readonly planLabel: Localized | null;
  /** 1–12: the highlighted month. */
  readonly currentMonth: number;
  readonly months: readonly CalendarMonthCell[];
  /** Restarts from January through the current month. */
  readonly running: RestartTally;
  /** Restarts over the whole year. */
  readonly totals: RestartTally;
  readonly compare: boolean;
  /** Unplanned baselines actually applied. */
  readonly unplanned: readonly number[];
  /** The rule's planned baseline months, for the legend. */
  readonly baselineMonths: readonly number[];
  readonly sources: readonly string[];
  /**
   * Every option the figure offers (CALENDAR_PRODUCT_OPTIONS). The controls read it from the state,
   * so the browser needs no scene code to list products and years.
   */
  readonly productOptions: readonly CalendarProductOption[];
  /** Drawn ids of the two running counters, as used in `changed`. */
  readonly counterIds: { readonly withHotpatch: string; readonly withoutHotpatch: string };
}

export const COUNTER_WITH_HOTPATCH_ID = 'restarts-with-hotpatch';
export const COUNTER_WITHOUT_HOTPATCH_ID = 'restarts-without-hotpatch';
export const COUNTER_IDS = {
  withHotpatch: COUNTER_WITH_HOTPATCH_ID,
  withoutHotpatch: COUNTER_WITHOUT_HOTPATCH_ID,
} as const;
export const monthCellId = (month: number): string => `month-${month}`;
