/**
 * What a month cell says, in words and icons, read straight from the scene's cell data. The view,
 * the options and the text table all use these, so the drawing and its text equivalent agree.
 */
import type { Lang, Localized } from '../../i18n/lang';
import type { CalendarMonthCell } from './data';
import { formatDateAlternatives, formatPartialDate } from '../../model/timeline/partial-date';
import { CALENDAR_TEXT as T } from './strings';

/** How a cell is drawn: each style has its own fill/pattern and text, never colour alone. */
export type CellStyle = 'baseline' | 'unplanned' | 'hotpatch' | 'not-counted';

export interface CellText {
  readonly style: CellStyle;
  /** ↻ restart, ⚡ no restart, – not counted. */
  readonly icon: string;
  readonly kind: Localized;
  readonly restart: Localized;
  /** Provenance and plan flags, shown as text badges. */
  readonly badges: readonly Localized[];
}

export function cellText(cell: CalendarMonthCell): CellText {
  const badges: Localized[] = [];
  if (cell.seedPlan) badges.push(T.badgePlan);
  if (cell.availability === 'preview') badges.push(T.badgePreview);
  if (cell.availabilityProvenance === 'unverified') badges.push(T.badgeUnverified);
  if (cell.seedPlan?.basis === 'implied') badges.push(T.badgeImplied);
  if (cell.seedPlan && !cell.seedPlan.matchesRule) badges.push(T.badgeMismatch);

  if (!cell.counted || cell.kind === null) {
    const kind = cell.availability === 'outside-plan' ? T.outsidePlan : T.notAvailable;
    return { style: 'not-counted', icon: '–', kind, restart: T.notCounted, badges };
  }
  const restart = cell.restart ? T.restart : T.noRestart;
  switch (cell.reason) {
    case 'unplanned-baseline':
      return { style: 'unplanned', icon: '↻', kind: T.kindUnplanned, restart, badges };
    case 'reported-cumulative':
    case 'cumulative-update':
      return { style: 'baseline', icon: '↻', kind: T.kindCumulative, restart, badges };
    default:
      return cell.kind === 'baseline'
        ? { style: 'baseline', icon: '↻', kind: T.kindBaseline, restart, badges }
        : { style: 'hotpatch', icon: '⚡', kind: T.kindHotpatch, restart, badges };
  }
}

/** True when the month's hotpatch may be swapped for an unplanned baseline (or swapped back). */
export function canMarkUnplanned(cell: CalendarMonthCell): boolean {
  return cell.reason === 'hotpatch' || cell.reason === 'unplanned-baseline';
}

const REASON_NOTE: Record<NonNullable<CalendarMonthCell['reason']>, Localized> = {
  'planned-baseline': {
    en: 'Planned baseline: the full cumulative update, then a restart.',
    ja: '計画ベースラインです。完全な累積更新プログラムを適用して再起動します。',
  },
  hotpatch: {
    en: 'Security fixes take effect without a restart.',
    ja: 'セキュリティ修正を再起動なしで適用します。',
  },
  'unplanned-baseline': {
    en: 'Marked unplanned: a fix that cannot ship as a hotpatch turns this hotpatch month into a baseline.',
    ja: '計画外に設定しています。ホットパッチで出せない修正があるため、このホットパッチ月がベースラインになります。',
  },
  'cumulative-update': {
    en: 'Cumulative update with a restart (no hotpatch).',
    ja: '再起動を伴う累積更新プログラムです（ホットパッチなし）。',
  },
  'reported-cumulative': {
    en: 'Reported as a regular cumulative update (restart).',
    ja: '通常の累積更新プログラム（再起動あり）として報じられています。',
  },
  'reported-hotpatch': {
    en: 'Reported as a hotpatch (no restart).',
    ja: 'ホットパッチ（再起動なし）として報じられています。',
  },
};

const NOT_AVAILABLE_NOTE: Localized = {
  en: 'Hotpatch not yet offered for this product; left out of both counts.',
  ja: 'この製品ではまだホットパッチが提供されていないため、どちらの回数にも数えません。',
};
const OUTSIDE_PLAN_NOTE: Localized = {
  en: 'Not covered by the @IT plan; left out of both counts.',
  ja: '@IT の計画の範囲外のため、どちらの回数にも数えません。',
};
const PREVIEW_NOTE: Localized = {
  en: 'Preview period: today’s documented rule is applied, not checked against the preview’s releases.',
  ja: 'プレビュー期間です。現在文書化されているルールを当てはめたもので、実際の配信とは照合していません。',
};
const IMPLIED_NOTE: Localized = {
  en: 'Implied: the article does not list this month among its hotpatch months.',
  ja: '推定：記事はこの月をホットパッチ月に挙げていません。',
};
const DELIVERED_NOTE: Localized = {
  en: 'Already delivered when the article was written.',
  ja: '記事の時点で配信済みです。',
};
const PLANNED_NOTE: Localized = { en: 'Planned at the time.', ja: '当時の予定です。' };

function sentence(lang: Lang, parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join(lang === 'en' ? ' ' : '');
}

/** "From this month: general availability (16 February 2022)." when a milestone starts in this month. */
function milestoneNote(cell: CalendarMonthCell, year: number, lang: Lang): string {
  const milestone = cell.milestone;
  if (!milestone) return '';
  const month = `${year}-${String(cell.month).padStart(2, '0')}`;
  const starts = milestone.date.startsWith(month);
  const unverified = cell.availabilityProvenance === 'unverified';
  if (!starts && !unverified) return '';
  const when =
    milestone.dateAlt === null
      ? formatPartialDate(milestone.date, lang)
      : formatDateAlternatives(milestone.date, milestone.dateAlt, lang);
  if (unverified) {
    return lang === 'en' ? `Available: ${milestone.label.en}.` : `提供：${milestone.label.ja}。`;
  }
  return lang === 'en'
    ? `From this month: ${milestone.label.en} (${when}).`
    : `この月から${milestone.label.ja}（${when}）。`;
}

/** The table's note column: why the month is what it is, with every provenance flag in words. */
export function cellNote(cell: CalendarMonthCell, year: number, lang: Lang): string {
  if (cell.availability === 'not-available') return NOT_AVAILABLE_NOTE[lang];
  if (cell.availability === 'outside-plan') return OUTSIDE_PLAN_NOTE[lang];
  const parts: string[] = [];
  if (cell.reason) parts.push(REASON_NOTE[cell.reason][lang]);
  if (cell.availability === 'preview') parts.push(PREVIEW_NOTE[lang]);
  parts.push(milestoneNote(cell, year, lang));
  if (cell.seedPlan) {
    parts.push(cell.seedPlan.timing === 'delivered' ? DELIVERED_NOTE[lang] : PLANNED_NOTE[lang]);
    if (cell.seedPlan.basis === 'implied') parts.push(IMPLIED_NOTE[lang]);
    parts.push(cell.seedPlan.explanation[lang]);
  }
  return sentence(lang, parts);
}
