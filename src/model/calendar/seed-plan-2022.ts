/**
 * The WS2022 Azure Edition servicing plan reported by @IT on 26 Jan 2022 (the seed article), kept as
 * reported data — a plan, not a record of what shipped — and checked against the rule.
 *
 * Reported: a hotpatch in Nov 2021; regular cumulative updates in Dec 2021 and Jan 2022; hotpatches
 * planned for Feb, Mar, May, Jun, Aug, Sep, Nov and Dec 2022. The article does not name the other
 * 2022 months; not being hotpatch months, they are cumulative updates by implication ('implied').
 *
 * Against the rule, 2022 is consistent. Dec 2021 is not: the rule makes December a hotpatch month,
 * and the research has not verified why it was cumulative. The check reports that; it does not
 * explain it away.
 */
import type { Localized } from '../../i18n/lang';
import { getEvent } from '../timeline/events';
import { formatMonth, formatPartialDate } from '../timeline/partial-date';
import { MONTHS_PER_YEAR, assertMonth, planMonth, type MonthKind } from './rules';

/** What the article says a month gets: a hotpatch, or a regular cumulative update (restart). */
export type SeedPlanKind = 'hotpatch' | 'cumulative';

export interface SeedPlanEntry {
  readonly year: number;
  readonly month: number;
  readonly kind: SeedPlanKind;
  /** 'stated' by the article, or 'implied' (a 2022 month not among the planned hotpatches). */
  readonly basis: 'stated' | 'implied';
  /** Already shipped when the article was written, or planned. */
  readonly timing: 'delivered' | 'planned';
}

/** The product the plan is for (an id of products.ts). */
export const SEED_PLAN_PRODUCT_ID = 'ws2022-ae-core';
/** The timeline event of the article, which dates and sources the plan. */
export const SEED_PLAN_EVENT_ID = 'seed-article';
export const SEED_PLAN_SOURCES: readonly string[] = getEvent(SEED_PLAN_EVENT_ID).sources;
export const SEED_PLAN_REPORTED_ON: string = getEvent(SEED_PLAN_EVENT_ID).date;

/** "reported by @IT on 26 January 2022" / "@IT が2022年1月26日に報じた" (to complete "plan" / "計画"). */
export const SEED_PLAN_ATTRIBUTION: Localized = {
  en: `reported by @IT on ${formatPartialDate(SEED_PLAN_REPORTED_ON, 'en')}`,
  ja: `@IT が${formatPartialDate(SEED_PLAN_REPORTED_ON, 'ja')}に報じた`,
};

/** "Plan reported by @IT on 26 January 2022" / "@IT が2022年1月26日に報じた計画". */
export const SEED_PLAN_LABEL: Localized = {
  en: `Plan ${SEED_PLAN_ATTRIBUTION.en}`,
  ja: `${SEED_PLAN_ATTRIBUTION.ja}計画`,
};

/** Months the article states, as the article states them. */
const STATED: readonly Omit<SeedPlanEntry, 'basis'>[] = [
  { year: 2021, month: 11, kind: 'hotpatch', timing: 'delivered' },
  { year: 2021, month: 12, kind: 'cumulative', timing: 'delivered' },
  { year: 2022, month: 1, kind: 'cumulative', timing: 'delivered' },
  ...[2, 3, 5, 6, 8, 9, 11, 12].map((month) => ({
    year: 2022,
    month,
    kind: 'hotpatch' as const,
    timing: 'planned' as const,
  })),
];

/** The plan, month by month in date order: stated months plus the implied cumulative months of 2022. */
export const SEED_PLAN: readonly SeedPlanEntry[] = (() => {
  const stated = STATED.map((entry) => ({ ...entry, basis: 'stated' as const }));
  const implied: SeedPlanEntry[] = [];
  for (let month = 1; month <= MONTHS_PER_YEAR; month++) {
    if (!stated.some((entry) => entry.year === 2022 && entry.month === month)) {
      implied.push({ year: 2022, month, kind: 'cumulative', basis: 'implied', timing: 'planned' });
    }
  }
  return [...stated, ...implied].sort((a, b) => a.year - b.year || a.month - b.month);
})();

/** The years the plan covers (some only partly). */
export const SEED_PLAN_YEARS: readonly number[] = [...new Set(SEED_PLAN.map((entry) => entry.year))];

export function seedPlanEntry(year: number, month: number): SeedPlanEntry | undefined {
  assertMonth(month);
  return SEED_PLAN.find((entry) => entry.year === year && entry.month === month);
}

/** A reported cumulative update corresponds to the rule's baseline (a full cumulative update). */
function asRuleKind(kind: SeedPlanKind): MonthKind {
  return kind === 'cumulative' ? 'baseline' : 'hotpatch';
}

export interface SeedPlanCheck {
  readonly entry: SeedPlanEntry;
  /** What the rule says for that month (no unplanned baselines assumed). */
  readonly ruleKind: MonthKind;
  readonly matches: boolean;
  /** Why it matches, or the mismatch stated plainly with "not verified why". */
  readonly explanation: Localized;
}

const KIND_TEXT: Record<MonthKind, Localized> = {
  baseline: {
    en: 'a baseline month (full cumulative update, restart)',
    ja: 'ベースラインの月（累積更新プログラムを適用して再起動）',
  },
  hotpatch: { en: 'a hotpatch month (no restart)', ja: 'ホットパッチ月（再起動なし）' },
};

const REPORTED_TEXT: Record<SeedPlanKind, Localized> = {
  cumulative: { en: 'a regular cumulative update', ja: '通常の累積更新プログラム' },
  hotpatch: { en: 'a hotpatch', ja: 'ホットパッチ' },
};

function explain(entry: SeedPlanEntry, ruleKind: MonthKind, matches: boolean): Localized {
  const en = formatMonth(entry.year, entry.month, 'en');
  const ja = formatMonth(entry.year, entry.month, 'ja');
  if (matches) {
    return {
      en: `Matches the rule: ${en} is ${KIND_TEXT[ruleKind].en}.`,
      ja: `ルールと一致します。${ja}は${KIND_TEXT[ruleKind].ja}です。`,
    };
  }
  return {
    en: `Does not match the rule: the rule makes ${en} ${KIND_TEXT[ruleKind].en}, but the plan lists ${REPORTED_TEXT[entry.kind].en}. Not verified why.`,
    ja: `ルールと一致しません。ルールでは${ja}は${KIND_TEXT[ruleKind].ja}ですが、計画では${REPORTED_TEXT[entry.kind].ja}です。理由は確認できていません。`,
  };
}

/** Every plan month against the rule. */
export function checkSeedPlanAgainstRule(): SeedPlanCheck[] {
  return SEED_PLAN.map((entry) => {
    const ruleKind = planMonth(entry.month, { hotpatchEnabled: true }).kind;
    const matches = asRuleKind(entry.kind) === ruleKind;
    return { entry, ruleKind, matches, explanation: explain(entry, ruleKind, matches) };
  });
}

export function seedPlanMismatches(): SeedPlanCheck[] {
  return checkSeedPlanAgainstRule().filter((check) => !check.matches);
}

/** True when every month the plan gives for that year matches the rule (false if it gives none). */
export function isSeedPlanConsistentFor(year: number): boolean {
  const checks = checkSeedPlanAgainstRule().filter((check) => check.entry.year === year);
  return checks.length > 0 && checks.every((check) => check.matches);
}
