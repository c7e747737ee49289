/**
 * Hotpatch-capable products and when hotpatch became available for each (new-hotpatch.md §1).
 *
 * Dates and sources are not repeated here: each milestone points at a timeline event
 * (../timeline/events.ts), the single source of those facts. Availability is resolved per month;
 * the month that contains a GA date counts as GA (the research has no day-level servicing dates).
 *
 * Left out on purpose: WS2019 Azure Edition (a 2021 preview whose cadence predates today's rule; its
 * page said baselines might stretch to "6+ months") and WS2025 Azure Edition. WS2025 Azure Edition is
 * a supported hotpatch platform on Azure and Azure Local as of Dec 2026 (ms-learn-hotpatch-training:
 * "Windows Server 2025 Azure Edition"; Learn hotpatch page lists 2025-Datacenter-Azure-Edition), but no
 * source dates its general availability and the timeline has only its Aug 2024 evaluation preview
 * (ws2025-ae-eval-preview); it waits for a dated, sourced GA event.
 * Facts current to 3 Dec 2026.
 */
import type { Localized } from '../../i18n/lang';
import { getEvent, type EventProvenance, type TimelineEvent } from '../timeline/events';
import { parsePartialDate } from '../timeline/partial-date';
import { assertMonth } from './rules';

export type AvailabilityStatus = 'not-available' | 'preview' | 'ga';

export interface AvailabilityMilestone {
  /** The timeline event that dates and sources this milestone. */
  readonly eventId: string;
  /** Status from this milestone on. */
  readonly status: 'preview' | 'ga';
  /**
   * 'YYYY-MM' when the milestone governs months other than its event's month: the Jun 2026 report
   * of an extension matters only for months after mainstream support ends (13 Oct 2026).
   */
  readonly effectiveFrom?: string;
  /** What changes, e.g. "general availability (paid)". */
  readonly label: Localized;
}

export interface HotpatchProduct {
  readonly id: string;
  readonly name: Localized;
  readonly milestones: readonly AvailabilityMilestone[];
}

/** A milestone with its event's facts resolved. */
export interface ResolvedMilestone extends AvailabilityMilestone {
  readonly date: string;
  readonly dateAlt: string | null;
  readonly effectiveMonth: { readonly year: number; readonly month: number };
  readonly sources: readonly string[];
  readonly provenance: EventProvenance;
}

const WS2022_AE_EXTENSION: AvailabilityMilestone = {
  eventId: 'ws2022-ae-hotpatch-extended',
  status: 'ga',
  effectiveFrom: '2026-11',
  label: {
    en: 'still available after mainstream support ends (extended to Oct 2027, per trade press quoting Windows release health)',
    ja: 'メインストリームサポート終了後も提供（Windows release health を引用した報道によると 2027 年 10 月まで延長）',
  },
};

const AUTOPATCH_DEFAULT: AvailabilityMilestone = {
  eventId: 'autopatch-default-on',
  status: 'ga',
  label: { en: 'on by default in Windows Autopatch', ja: 'Windows Autopatch で既定で有効' },
};

export const HOTPATCH_PRODUCTS: readonly HotpatchProduct[] = [
  {
    id: 'ws2022-ae-core',
    name: {
      en: 'Windows Server 2022 Datacenter: Azure Edition (Server Core)',
      ja: 'Windows Server 2022 Datacenter: Azure Edition（Server Core）',
    },
    milestones: [
      { eventId: 'ws2022-ae-core-preview', status: 'preview', label: { en: 'preview', ja: 'プレビュー' } },
      { eventId: 'ws2022-ae-core-ga', status: 'ga', label: { en: 'general availability', ja: '一般提供' } },
      WS2022_AE_EXTENSION,
    ],
  },
  {
    id: 'ws2022-ae-desktop',
    name: {
      en: 'Windows Server 2022 Datacenter: Azure Edition (Desktop Experience)',
      ja: 'Windows Server 2022 Datacenter: Azure Edition（デスクトップエクスペリエンス）',
    },
    milestones: [
      { eventId: 'ws2022-ae-desktop-preview', status: 'preview', label: { en: 'preview', ja: 'プレビュー' } },
      { eventId: 'ws2022-ae-desktop-ga', status: 'ga', label: { en: 'general availability', ja: '一般提供' } },
      WS2022_AE_EXTENSION,
    ],
  },
  {
    id: 'ws2025-arc',
    name: {
      en: 'Windows Server 2025 Standard/Datacenter via Azure Arc',
      ja: 'Azure Arc 経由の Windows Server 2025 Standard / Datacenter',
    },
    milestones: [
      { eventId: 'ws2025-arc-preview', status: 'preview', label: { en: 'preview', ja: 'プレビュー' } },
      {
        eventId: 'ws2025-arc-paid',
        status: 'ga',
        // Announced for 1 Jul 2025 (winbuzzer-2025-arc-paid); effective with GA on 16 Jul 2025 (arc-ga-2025-07).
        label: {
          en: 'general availability, paid ($1.50 per core per month)',
          ja: '一般提供（有料、1 コアあたり月額 1.50 ドル）',
        },
      },
      // 19 May 2026 (cloudservus-2026-arc-free; ws-docs-arc-hotpatch: "now available at no extra cost"); no source for 15 May.
      { eventId: 'ws2025-arc-free', status: 'ga', label: { en: 'free of charge', ja: '無料化' } },
    ],
  },
  {
    id: 'win11-ent-24h2-x64',
    // "Windows 11 version 24H2 or later" (autopatch-hotpatch-docs); Enterprise and Education (ms-learn-hotpatch-training).
    name: {
      en: 'Windows 11 Enterprise/Education 24H2 or later (x64)',
      ja: 'Windows 11 Enterprise / Education 24H2 以降（x64）',
    },
    milestones: [
      { eventId: 'win11-hotpatch-preview', status: 'preview', label: { en: 'preview', ja: 'プレビュー' } },
      { eventId: 'win11-x64-ga', status: 'ga', label: { en: 'general availability', ja: '一般提供' } },
      AUTOPATCH_DEFAULT,
    ],
  },
  {
    id: 'win11-ent-24h2-arm64',
    name: {
      en: 'Windows 11 Enterprise/Education 24H2 or later (Arm64)',
      ja: 'Windows 11 Enterprise / Education 24H2 以降（Arm64）',
    },
    milestones: [
      {
        eventId: 'win11-arm64-ga',
        status: 'ga',
        label: { en: 'general availability (CHPE disabled)', ja: '一般提供（CHPE は無効）' },
      },
      AUTOPATCH_DEFAULT,
    ],
  },
];

export function findProduct(id: string): HotpatchProduct | undefined {
  return HOTPATCH_PRODUCTS.find((product) => product.id === id);
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function resolveMilestone(milestone: AvailabilityMilestone): ResolvedMilestone {
  const event: TimelineEvent = getEvent(milestone.eventId);
  const effective = parsePartialDate(milestone.effectiveFrom ?? event.date);
  if (effective.month === null) {
    throw new Error(`Milestone ${milestone.eventId} needs a month-precise date to govern calendar months`);
  }
  // Sources disagreeing on the day is fine; disagreeing on the month would make the calendar guess.
  if (event.dateAlt !== undefined && milestone.effectiveFrom === undefined) {
    const alt = parsePartialDate(event.dateAlt);
    if (alt.year !== effective.year || alt.month !== effective.month) {
      throw new Error(`Milestone ${milestone.eventId}: conflicting dates fall in different months`);
    }
  }
  return {
    ...milestone,
    date: event.date,
    dateAlt: event.dateAlt ?? null,
    effectiveMonth: { year: effective.year, month: effective.month },
    sources: event.sources,
    provenance: event.provenance ?? 'documented',
  };
}

export function resolveMilestones(product: HotpatchProduct): ResolvedMilestone[] {
  return product.milestones.map(resolveMilestone);
}

export interface MonthAvailability {
  readonly status: AvailabilityStatus;
  /** The milestone in force that month, or null before the first one. */
  readonly milestone: ResolvedMilestone | null;
}

/** Whether hotpatch was offered for the product in a given month. */
export function productAvailability(product: HotpatchProduct, year: number, month: number): MonthAvailability {
  assertMonth(month);
  const target = monthIndex(year, month);
  let inForce: ResolvedMilestone | null = null;
  let inForceIndex = -Infinity;
  for (const milestone of resolveMilestones(product)) {
    const index = monthIndex(milestone.effectiveMonth.year, milestone.effectiveMonth.month);
    // The latest milestone not after the target month wins (ties: the later-listed one).
    if (index <= target && index >= inForceIndex) {
      inForce = milestone;
      inForceIndex = index;
    }
  }
  return { status: inForce?.status ?? 'not-available', milestone: inForce };
}

/** The first milestone (preview or GA), i.e. when hotpatch first became available. */
export function firstAvailability(product: HotpatchProduct): ResolvedMilestone {
  const first = product.milestones[0];
  if (!first) throw new Error(`Product ${product.id} has no milestones`);
  return resolveMilestone(first);
}

/** Every source id the products cite, via their events. */
export function productSourceIds(product: HotpatchProduct): string[] {
  return [...new Set(resolveMilestones(product).flatMap((milestone) => milestone.sources))].sort();
}
