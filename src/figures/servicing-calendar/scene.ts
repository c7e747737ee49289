/**
 * Figure `servicing-calendar`: the months, built from the calendar rules, as an ordered list of
 * states. The data the view draws is in data.ts, the words of each month in words.ts.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import {
  BASELINE_MONTHS,
  MONTHS_PER_YEAR,
  RULE_SOURCES,
  countRestarts,
  planMonth,
  type MonthKind,
} from '../../model/calendar/rules';
import {
  findProduct,
  productAvailability,
  productSourceIds,
  type HotpatchProduct,
  type ResolvedMilestone,
} from '../../model/calendar/products';
import {
  SEED_PLAN_LABEL,
  SEED_PLAN_SOURCES,
  checkSeedPlanAgainstRule,
  type SeedPlanCheck,
} from '../../model/calendar/seed-plan-2022';
import { formatMonth } from '../../model/timeline/partial-date';
import {
  CALENDAR_PRODUCT_OPTIONS,
  COUNTER_IDS,
  COUNTER_WITHOUT_HOTPATCH_ID,
  COUNTER_WITH_HOTPATCH_ID,
  type CalendarMonthCell,
  type RestartTally,
  SEED_PLAN_OPTION_ID,
  SEED_PLAN_PRODUCT,
  SERVICING_CALENDAR_DEFAULTS,
  type ServicingCalendarData,
  type ServicingCalendarParams,
  monthCellId,
  normalizeCalendarParams,
} from './data';
import { caption, listMonths, note, yearCheckpoint } from './words';

function milestoneView(milestone: ResolvedMilestone | null): CalendarMonthCell['milestone'] {
  if (!milestone) return null;
  return { eventId: milestone.eventId, label: milestone.label, date: milestone.date, dateAlt: milestone.dateAlt };
}

function productCell(
  product: HotpatchProduct,
  year: number,
  month: number,
  unplanned: readonly number[],
): CalendarMonthCell {
  const { status, milestone } = productAvailability(product, year, month);
  const base = {
    id: monthCellId(month),
    month,
    label: { en: formatMonth(year, month, 'en'), ja: formatMonth(year, month, 'ja') },
    availability: status,
    milestone: milestoneView(milestone),
    availabilityProvenance: milestone?.provenance ?? null,
    seedPlan: null,
  } as const;
  if (status === 'not-available') {
    return { ...base, counted: false, kind: null, restart: null, reason: null, restartWithoutHotpatch: null };
  }
  const planned = planMonth(month, { hotpatchEnabled: true, unplannedBaselines: unplanned });
  const without = planMonth(month, { hotpatchEnabled: false });
  return {
    ...base,
    counted: true,
    kind: planned.kind,
    restart: planned.restart,
    reason: planned.reason,
    restartWithoutHotpatch: without.restart,
  };
}

function seedPlanCell(year: number, month: number, checks: readonly SeedPlanCheck[]): CalendarMonthCell {
  const check = checks.find((candidate) => candidate.entry.year === year && candidate.entry.month === month);
  const base = {
    id: monthCellId(month),
    month,
    label: { en: formatMonth(year, month, 'en'), ja: formatMonth(year, month, 'ja') },
    milestone: null,
    availabilityProvenance: null,
  } as const;
  if (!check) {
    return {
      ...base,
      availability: 'outside-plan',
      counted: false,
      kind: null,
      restart: null,
      reason: null,
      restartWithoutHotpatch: null,
      seedPlan: null,
    };
  }
  const kind: MonthKind = check.entry.kind === 'cumulative' ? 'baseline' : 'hotpatch';
  return {
    ...base,
    availability: 'reported-plan',
    counted: true,
    kind,
    restart: kind === 'baseline',
    reason: check.entry.kind === 'cumulative' ? 'reported-cumulative' : 'reported-hotpatch',
    restartWithoutHotpatch: planMonth(month, { hotpatchEnabled: false }).restart,
    seedPlan: {
      basis: check.entry.basis,
      timing: check.entry.timing,
      matchesRule: check.matches,
      ruleKind: check.ruleKind,
      explanation: check.explanation,
    },
  };
}

function buildMonths(params: ServicingCalendarParams): CalendarMonthCell[] {
  const months = Array.from({ length: MONTHS_PER_YEAR }, (_, i) => i + 1);
  if (params.product === SEED_PLAN_OPTION_ID) {
    const checks = checkSeedPlanAgainstRule();
    return months.map((month) => seedPlanCell(params.year, month, checks));
  }
  const product = findProduct(params.product);
  if (!product) throw new Error(`Unknown product ${params.product}`);
  return months.map((month) => productCell(product, params.year, month, params.unplanned));
}

/** Restart counts over the given cells, each computed with countRestarts. */
export function tallyRestarts(cells: readonly CalendarMonthCell[]): RestartTally {
  const counted = cells.filter((cell) => cell.counted);
  return {
    withHotpatch: countRestarts(counted.map((cell) => ({ restart: cell.restart === true }))),
    withoutHotpatch: countRestarts(counted.map((cell) => ({ restart: cell.restartWithoutHotpatch === true }))),
    countedMonths: counted.length,
  };
}

function changedIds(previous: ServicingCalendarData | null, current: ServicingCalendarData): string[] {
  const counters = current.compare
    ? [COUNTER_WITH_HOTPATCH_ID, COUNTER_WITHOUT_HOTPATCH_ID]
    : [COUNTER_WITH_HOTPATCH_ID];
  if (!previous) return [monthCellId(current.currentMonth), ...counters];
  const changed = [monthCellId(previous.currentMonth), monthCellId(current.currentMonth)];
  if (previous.running.withHotpatch !== current.running.withHotpatch) changed.push(COUNTER_WITH_HOTPATCH_ID);
  if (current.compare && previous.running.withoutHotpatch !== current.running.withoutHotpatch) {
    changed.push(COUNTER_WITHOUT_HOTPATCH_ID);
  }
  return changed;
}

function buildServicingCalendar(input: ServicingCalendarParams): SceneState<ServicingCalendarData>[] {
  const params = normalizeCalendarParams(input);
  const isSeedPlan = params.product === SEED_PLAN_OPTION_ID;
  const product = isSeedPlan ? SEED_PLAN_PRODUCT : (findProduct(params.product) ?? null);
  const months = buildMonths(params);
  const totals = tallyRestarts(months);
  const sources = [
    ...new Set([
      ...RULE_SOURCES,
      ...(product ? productSourceIds(product) : []),
      ...(isSeedPlan ? SEED_PLAN_SOURCES : []),
    ]),
  ];
  const productName = product?.name ?? { en: params.product, ja: params.product };

  const states: SceneState<ServicingCalendarData>[] = [];
  let previous: ServicingCalendarData | null = null;
  for (const cell of months) {
    const data: ServicingCalendarData = {
      year: params.year,
      productId: params.product,
      productName,
      isSeedPlan,
      planLabel: isSeedPlan ? SEED_PLAN_LABEL : null,
      currentMonth: cell.month,
      months,
      running: tallyRestarts(months.slice(0, cell.month)),
      totals,
      compare: params.compare,
      unplanned: params.unplanned,
      baselineMonths: BASELINE_MONTHS,
      sources,
      productOptions: CALENDAR_PRODUCT_OPTIONS,
      counterIds: COUNTER_IDS,
    };
    const checkpoint = cell.month === 1 ? yearCheckpoint(data) : undefined;
    states.push({
      caption: caption(data, cell, isSeedPlan ? null : product),
      note: note(data, cell),
      changed: changedIds(previous, data),
      data,
      ...(checkpoint ? { checkpoint } : {}),
    });
    previous = data;
  }
  return states;
}

export const servicingCalendar: FigureDefinition<ServicingCalendarData, ServicingCalendarParams> = {
  id: 'servicing-calendar',
  order: 6,
  title: {
    en: 'Servicing calendar: baselines and hotpatches',
    ja: '更新カレンダー：ベースラインとホットパッチ',
  },
  description: {
    en: `A twelve-month calendar for one product and year, one step per month. Each month is a baseline (the full cumulative update, with a restart) or a hotpatch month (no restart); ${listMonths(BASELINE_MONTHS).en} are the planned baselines. Running totals compare the restarts with hotpatch against the restarts without it, when every month restarts.`,
    ja: `製品と年を選んで 12 か月を 1 か月ずつたどる更新カレンダーです。各月はベースライン（完全な累積更新プログラムを適用して再起動）かホットパッチ月（再起動なし）のどちらかで、計画ベースラインは ${listMonths(BASELINE_MONTHS).ja}です。ホットパッチを使う場合と、毎月再起動が必要な使わない場合の再起動の累計を並べて比べます。`,
  },
  defaults: SERVICING_CALENDAR_DEFAULTS,
  build: buildServicingCalendar,
};

export default servicingCalendar;
