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
import type { FigureDefinition, SceneState, Checkpoint } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import {
  BASELINE_MONTHS,
  MONTHS_PER_YEAR,
  RULE_SOURCES,
  countRestarts,
  isValidMonth,
  planMonth,
  type MonthKind,
  type MonthReason,
} from '../../model/calendar/rules';
import {
  HOTPATCH_PRODUCTS,
  findProduct,
  firstAvailability,
  productAvailability,
  productSourceIds,
  type AvailabilityStatus,
  type HotpatchProduct,
  type ResolvedMilestone,
} from '../../model/calendar/products';
import {
  SEED_PLAN,
  SEED_PLAN_ATTRIBUTION,
  SEED_PLAN_LABEL,
  SEED_PLAN_PRODUCT_ID,
  SEED_PLAN_SOURCES,
  SEED_PLAN_YEARS,
  checkSeedPlanAgainstRule,
  type SeedPlanCheck,
} from '../../model/calendar/seed-plan-2022';
import { formatDateAlternatives, formatMonth, formatPartialDate, monthName } from '../../model/timeline/partial-date';
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

const SEED_PLAN_PRODUCT: HotpatchProduct = (() => {
  const product = findProduct(SEED_PLAN_PRODUCT_ID);
  if (!product) throw new Error(`Seed plan product ${SEED_PLAN_PRODUCT_ID} is missing`);
  return product;
})();

export const CALENDAR_PRODUCT_OPTIONS: readonly CalendarProductOption[] = [
  ...HOTPATCH_PRODUCTS.map((product) => ({ id: product.id, label: product.name, years: ALL_YEARS, acceptsUnplanned: true })),
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
      : [...new Set((Array.isArray(params.unplanned) ? params.unplanned : []).filter(isValidMonth))].sort((a, b) => a - b);
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
  /** "April 2025" / "2025年4月". */
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
const COUNTER_IDS = { withHotpatch: COUNTER_WITH_HOTPATCH_ID, withoutHotpatch: COUNTER_WITHOUT_HOTPATCH_ID } as const;
export const monthCellId = (month: number): string => `month-${month}`;

// ── Building the months ─────────────────────────────────────────────────────────────────────

function milestoneView(milestone: ResolvedMilestone | null): CalendarMonthCell['milestone'] {
  if (!milestone) return null;
  return { eventId: milestone.eventId, label: milestone.label, date: milestone.date, dateAlt: milestone.dateAlt };
}

function productCell(product: HotpatchProduct, year: number, month: number, unplanned: readonly number[]): CalendarMonthCell {
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

// ── Words ───────────────────────────────────────────────────────────────────────────────────

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function listMonths(months: readonly number[]): Localized {
  const en = months.map((month) => monthName(month, 'en'));
  const last = en.pop();
  return {
    en: en.length > 0 ? `${en.join(', ')} and ${last ?? ''}` : (last ?? ''),
    ja: months.map((month) => monthName(month, 'ja')).join('、'),
  };
}

const REASON_TEXT: Record<CellReason, Localized> = {
  'planned-baseline': {
    en: 'planned baseline — the full cumulative update is installed and the machine restarts',
    ja: '計画どおりのベースラインです。累積更新プログラムをすべて適用して再起動します',
  },
  hotpatch: {
    en: 'hotpatch — security fixes take effect without a restart',
    ja: 'ホットパッチの月です。セキュリティ修正を再起動なしで適用します',
  },
  'unplanned-baseline': {
    en: 'unplanned baseline — a fix that cannot ship as a hotpatch turns this hotpatch month into a full cumulative update with a restart',
    ja: '計画外のベースラインです。ホットパッチで出せない修正があるため、この月はホットパッチの代わりに累積更新プログラムを適用して再起動します',
  },
  'cumulative-update': {
    en: 'cumulative update with a restart (no hotpatch)',
    ja: '再起動を伴う累積更新プログラムです（ホットパッチなし）',
  },
  'reported-cumulative': {
    en: 'a regular cumulative update with a restart',
    ja: '通常の累積更新プログラムで、再起動します',
  },
  'reported-hotpatch': {
    en: 'a hotpatch, without a restart',
    ja: 'ホットパッチで、再起動しません',
  },
};

function restartCountText(cell: CalendarMonthCell, running: RestartTally, year: number, fullYear: boolean): Localized {
  const n = running.withHotpatch;
  if (cell.restart === true) {
    return fullYear
      ? { en: `the ${ordinal(n)} restart of ${year}`, ja: `${year}年の${n}回目の再起動` }
      : { en: `the ${ordinal(n)} counted restart of ${year}`, ja: `${year}年に数えた${n}回目の再起動` };
  }
  const plural = n === 1 ? 'restart' : 'restarts';
  return fullYear
    ? { en: `${n} ${plural} in ${year} so far`, ja: `${year}年の再起動はここまで${n}回` }
    : { en: `${n} counted ${plural} in ${year} so far`, ja: `${year}年に数えた再起動はここまで${n}回` };
}

function compareText(running: RestartTally): Localized {
  const m = running.withoutHotpatch;
  return {
    en: `Without hotpatch every month would be a cumulative update with a restart: ${m} so far.`,
    ja: `ホットパッチがなければ毎月が再起動を伴う累積更新プログラムになり、ここまでで${m}回です。`,
  };
}

function dateText(date: string, dateAlt: string | null): Localized {
  return dateAlt === null
    ? { en: formatPartialDate(date, 'en'), ja: formatPartialDate(date, 'ja') }
    : { en: formatDateAlternatives(date, dateAlt, 'en'), ja: formatDateAlternatives(date, dateAlt, 'ja') };
}

/** A qualifier right after the month name: preview, unverified availability, or an implied plan month. */
function monthQualifier(cell: CalendarMonthCell): Localized {
  if (cell.availability === 'preview') return { en: ' (preview)', ja: '（プレビュー期間）' };
  if (cell.availabilityProvenance === 'unverified') {
    return { en: ' (available only through an unverified extension)', ja: '（未確認の延長による提供）' };
  }
  if (cell.seedPlan) {
    return cell.seedPlan.basis === 'implied'
      ? { en: ', in the @IT plan (implied: not among its hotpatch months)', ja: '（@IT の計画、ホットパッチの月に含まれないことからの推定）' }
      : { en: ', in the @IT plan', ja: '（@IT の計画）' };
  }
  return { en: '', ja: '' };
}

function caption(data: ServicingCalendarData, cell: CalendarMonthCell, product: HotpatchProduct | null): Localized {
  const month = cell.label;
  if (cell.availability === 'not-available' && product) {
    const first = firstAvailability(product);
    const when = dateText(first.date, first.dateAlt);
    return {
      en: `${month.en}: hotpatch is not yet available for ${product.name.en} (first offered: ${first.label.en}, ${when.en}).`,
      ja: `${month.ja}: ${product.name.ja}ではまだホットパッチを利用できません（最初の提供は${when.ja}の${first.label.ja}）。`,
    };
  }
  if (cell.availability === 'outside-plan') {
    const first = SEED_PLAN[0];
    const start = first ? { en: formatMonth(first.year, first.month, 'en'), ja: formatMonth(first.year, first.month, 'ja') } : month;
    return {
      en: `${month.en}: outside the plan ${SEED_PLAN_ATTRIBUTION.en}, which starts in ${start.en}.`,
      ja: `${month.ja}: ${SEED_PLAN_ATTRIBUTION.ja}計画の範囲外です（計画は${start.ja}からです）。`,
    };
  }
  const reason = cell.reason ?? 'hotpatch';
  const fullYear = data.totals.countedMonths === MONTHS_PER_YEAR;
  const count = restartCountText(cell, data.running, data.year, fullYear);
  const qualifier = monthQualifier(cell);
  const first: Localized = {
    en: `${month.en}${qualifier.en}: ${REASON_TEXT[reason].en} (${count.en}).`,
    ja: `${month.ja}${qualifier.ja}: ${REASON_TEXT[reason].ja}（${count.ja}）。`,
  };
  if (cell.seedPlan && !cell.seedPlan.matchesRule) {
    return {
      en: `${first.en} The rule would make this ${cell.seedPlan.ruleKind === 'hotpatch' ? 'a hotpatch' : 'a baseline'} month; why it differs is not verified.`,
      ja: `${first.ja}ルールではこの月は${cell.seedPlan.ruleKind === 'hotpatch' ? 'ホットパッチ' : 'ベースライン'}の月になるはずで、違う理由は確認できていません。`,
    };
  }
  if (data.compare) {
    const second = compareText(data.running);
    return { en: `${first.en} ${second.en}`, ja: `${first.ja}${second.ja}` };
  }
  return first;
}

const SAME_CALENDAR_NOTE: Localized = {
  en: 'The calendar is the same for every hotpatch-capable OS, though one OS can get an extra baseline while another is in a hotpatch month.',
  ja: 'この暦はホットパッチに対応するすべての OS で共通ですが、ある OS だけが追加のベースラインを受け取り、ほかの OS はホットパッチの月のまま、ということもあります。',
};

function note(data: ServicingCalendarData, cell: CalendarMonthCell): Localized {
  const parts: Localized[] = [];
  const baselines = listMonths(data.baselineMonths);
  const disagrees = cell.seedPlan !== null && !cell.seedPlan.matchesRule;
  if (disagrees) {
    parts.push({
      en: 'Point at this month: the reported plan and the rule disagree here, and nobody has verified why. Say so rather than guessing.',
      ja: 'この月を指してください。報じられた計画とルールがここで食い違っており、理由は確認されていません。推測で説明せず、そのまま伝えましょう。',
    });
  }
  switch (disagrees ? 'mismatch' : cell.reason) {
    case 'mismatch':
      break;
    case 'planned-baseline':
    case 'reported-cumulative':
      parts.push({
        en: `Point at the restart marker: baselines come in ${baselines.en}. Ask the room how many restarts that makes in a year, and what the machine runs after the restart (new base images with every fix built in).`,
        ja: `再起動の印を指してください。ベースラインは${baselines.ja}に来ます。1年で再起動が何回になるか、そして再起動後に動くのは何か（すべての修正を含んだ新しいベースのイメージ）を問いかけましょう。`,
      });
      break;
    case 'hotpatch':
    case 'reported-hotpatch':
      parts.push({
        en: 'Point out that the machine keeps running. Ask what can still force a restart in a hotpatch month: non-security fixes, .NET, drivers and firmware are outside hotpatch.',
        ja: 'マシンが動き続けていることを示してください。ホットパッチの月でも再起動が必要になるのはどんな場合かを問いかけましょう。セキュリティ以外の修正、.NET、ドライバー、ファームウェアはホットパッチの対象外です。',
      });
      break;
    case 'unplanned-baseline':
      parts.push({
        en: 'This month was set as an unplanned baseline. Ask why a hotpatch month might become one: an important fix, such as a zero-day, that cannot ship as a hotpatch. The other months keep their plan in this figure.',
        ja: 'この月は計画外のベースラインに設定されています。ホットパッチの月がそうなる理由を問いかけましょう。ゼロデイの修正など、ホットパッチでは出せない重要な修正がある場合です。この図では、ほかの月は計画どおりのままです。',
      });
      break;
    case 'cumulative-update':
      break;
    case null:
      parts.push(
        cell.availability === 'outside-plan'
          ? {
              en: 'The @IT plan does not cover this month, so it is left out of both restart counts.',
              ja: '@IT の計画はこの月を扱っていないため、再起動の回数にはどちらも数えていません。',
            }
          : {
              en: 'Hotpatch was not offered for this product yet, so this month is left out of both restart counts. Point at when it arrived.',
              ja: 'この製品ではまだホットパッチが提供されていないため、この月は再起動の回数にどちらも数えていません。提供が始まった時期を示してください。',
            },
      );
      break;
  }
  if (cell.availability === 'preview') {
    parts.push({
      en: 'This month falls in the preview period: the figure applies today’s documented rule, which the research has not checked against the preview’s actual releases.',
      ja: 'この月はプレビュー期間です。図は現在文書化されているルールを当てはめたもので、プレビュー中に実際に配信された内容とは照合していません。',
    });
  }
  if (cell.availabilityProvenance === 'unverified') {
    parts.push({
      en: 'Availability this month rests on a reported extension to October 2027 that could not be confirmed with Microsoft; say so.',
      ja: 'この月の提供は、2027年10月までの延長という報道に基づいており、Microsoft の一次情報では確認できていません。その旨を伝えてください。',
    });
  }
  if (cell.seedPlan) {
    parts.push({
      en: `This is a plan ${SEED_PLAN_ATTRIBUTION.en}, not a record of what shipped.`,
      ja: `これは、${SEED_PLAN_ATTRIBUTION.ja}計画で、実際に配信された記録ではありません。`,
    });
    parts.push(cell.seedPlan.explanation);
    if (!cell.seedPlan.matchesRule && data.compare) parts.push(compareText(data.running));
  }
  if (data.unplanned.includes(cell.month) && cell.reason === 'planned-baseline') {
    parts.push({
      en: 'This month was also marked as unplanned, but it is a planned baseline anyway, so nothing changes.',
      ja: 'この月は計画外のベースラインにも指定されていますが、もともと計画どおりのベースラインなので何も変わりません。',
    });
  }
  if (cell.month === 1) parts.push(SAME_CALENDAR_NOTE);
  return { en: parts.map((part) => part.en).join(' '), ja: parts.map((part) => part.ja).join('') };
}

/** Step 1's question, asked only for a plain rule year (all months counted, no unplanned baselines). */
function yearCheckpoint(data: ServicingCalendarData): Checkpoint | undefined {
  if (data.isSeedPlan || data.unplanned.length > 0 || data.totals.countedMonths !== MONTHS_PER_YEAR) return undefined;
  const baselines = listMonths(data.baselineMonths);
  const hotpatchMonths = data.months.filter((cell) => cell.kind === 'hotpatch').length;
  const candidates = [3, data.totals.withHotpatch, data.totals.withoutHotpatch];
  if (new Set(candidates).size !== candidates.length) return undefined;
  const feedback = (value: number): Localized => {
    if (value === data.totals.withHotpatch) {
      return {
        en: `Yes: ${baselines.en} are baselines with a restart; the other ${hotpatchMonths} months are hotpatches.`,
        ja: `そのとおりです。${baselines.ja}は再起動を伴うベースラインで、残りの${hotpatchMonths}か月はホットパッチです。`,
      };
    }
    if (value === data.totals.withoutHotpatch) {
      return {
        en: 'That is the count without hotpatch, when every month is a cumulative update with a restart.',
        ja: 'それはホットパッチを使わない場合の回数です。その場合は毎月が再起動を伴う累積更新プログラムになります。',
      };
    }
    return {
      en: 'That would mean three of every four months are hotpatches — a common mistake. In fact two of every three months are.',
      ja: 'それでは4か月のうち3か月がホットパッチということになります。よくある誤解で、実際には3か月のうち2か月です。',
    };
  };
  return {
    question: {
      en: `With hotpatch, how many restarts does ${data.year} need?`,
      ja: `ホットパッチを使うと、${data.year}年の再起動は何回必要でしょうか。`,
    },
    choices: [...candidates]
      .sort((a, b) => a - b)
      .map((value) => ({
        id: `restarts-${value}`,
        label: { en: String(value), ja: `${value}回` },
        correct: value === data.totals.withHotpatch,
        feedback: feedback(value),
      })),
  };
}

function changedIds(previous: ServicingCalendarData | null, current: ServicingCalendarData): string[] {
  const counters = current.compare ? [COUNTER_WITH_HOTPATCH_ID, COUNTER_WITHOUT_HOTPATCH_ID] : [COUNTER_WITH_HOTPATCH_ID];
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
    ...new Set([...RULE_SOURCES, ...(product ? productSourceIds(product) : []), ...(isSeedPlan ? SEED_PLAN_SOURCES : [])]),
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
    ja: '更新の暦: ベースラインとホットパッチ',
  },
  description: {
    en: `A twelve-month calendar for one product and year, one step per month. Each month is a baseline (the full cumulative update, with a restart) or a hotpatch month (no restart); ${listMonths(BASELINE_MONTHS).en} are the planned baselines. Running totals compare the restarts with hotpatch against the restarts without it, when every month restarts.`,
    ja: `製品と年を選んで12か月を1か月ずつたどる暦です。各月はベースライン（累積更新プログラムをすべて適用し再起動）かホットパッチの月（再起動なし）のどちらかで、計画されたベースラインは${listMonths(BASELINE_MONTHS).ja}です。ホットパッチを使う場合と、毎月再起動が必要な使わない場合の再起動の累計を並べて比べます。`,
  },
  defaults: SERVICING_CALENDAR_DEFAULTS,
  build: buildServicingCalendar,
};

export default servicingCalendar;
