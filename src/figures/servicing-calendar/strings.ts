/** Words the servicing-calendar view, options and table use (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';

export const CALENDAR_TEXT = {
  kindBaseline: { en: 'baseline', ja: 'ベースライン' },
  kindUnplanned: { en: 'unplanned baseline', ja: '計画外ベースライン' },
  kindHotpatch: { en: 'hotpatch', ja: 'ホットパッチ' },
  kindCumulative: { en: 'cumulative update', ja: '累積更新プログラム' },
  notAvailable: { en: 'not available', ja: '提供前' },
  // Short forms for a phone's month cell (the full words are in the caption and the table).
  shortUnplanned: { en: 'unplanned', ja: '計画外' },
  shortCumulative: { en: 'cumulative', ja: '累積更新' },
  shortOutsidePlan: { en: 'not in plan', ja: '計画の範囲外' },
  shortNotAvailable: { en: 'not yet', ja: '提供前' },
  outsidePlan: { en: 'outside the plan', ja: '計画の範囲外' },
  restart: { en: 'restart', ja: '再起動あり' },
  noRestart: { en: 'no restart', ja: '再起動なし' },
  notCounted: { en: 'not counted', ja: '数えない' },
  yes: { en: 'yes', ja: 'あり' },
  no: { en: 'no', ja: 'なし' },
  badgePlan: { en: 'plan', ja: '計画' },
  badgePreview: { en: 'preview', ja: 'プレビュー' },
  badgeUnverified: { en: '? unverified', ja: '? 未確認' },
  badgeImplied: { en: 'implied', ja: '推定' },
  badgeMismatch: { en: '≠ rule', ja: '≠ ルール' },
  // A phone's month cell: the same flags, short (the caption and the table say them in full).
  badgePreviewShort: { en: 'pre', ja: 'プレ' },
  badgeUnverifiedShort: { en: '?', ja: '?' },
  badgeMismatchShort: { en: '≠', ja: '≠' },
  now: { en: 'current step', ja: '現在のステップ' },
  quarter: { en: 'Q', ja: 'Q' },
  runningTitle: { en: 'Restarts so far', ja: 'ここまでの再起動' },
  withHotpatch: { en: 'With hotpatch', ja: 'ホットパッチあり' },
  withoutHotpatch: { en: 'Without hotpatch', ja: 'ホットパッチなし' },
  compareOff: {
    en: 'Tick “compare with no hotpatch” to show this bar',
    ja: '「ホットパッチなしと比べる」をオンにすると表示します',
  },
  changed: { en: '▲ changed', ja: '▲ 変化' },
  legendBaseline: { en: '↻ baseline: restart', ja: '↻ ベースライン：再起動あり' },
  legendHotpatch: { en: '⚡ hotpatch: no restart', ja: '⚡ ホットパッチ：再起動なし' },
  legendUnplanned: { en: 'hatched: unplanned baseline', ja: '斜線：計画外ベースライン' },
  legendNotCounted: { en: 'dashed: not counted', ja: '破線：数えない月' },
  legendNow: { en: '▶ thick outline: current step', ja: '▶ 太枠：現在のステップ' },
  planDisclaimer: {
    en: 'A plan as reported at the time, not a record of what shipped.',
    ja: '当時報じられた計画で、実際の配信記録ではありません。',
  },
  // Options
  product: { en: 'Product', ja: '製品' },
  year: { en: 'Year', ja: '年' },
  unplannedLegend: {
    en: 'Unplanned baselines (a fix that cannot ship as a hotpatch)',
    ja: '計画外ベースライン（ホットパッチで出せない修正がある月）',
  },
  unplannedIn: { en: 'unplanned baseline in', ja: '計画外ベースライン：' },
  unplannedHint: {
    en: 'Only hotpatch months can be changed.',
    ja: '変更できるのはホットパッチ月だけです。',
  },
  unplannedSeedPlan: {
    en: 'The @IT plan is shown as reported, so it cannot be changed.',
    ja: '@IT の計画は報じられたとおりに示すため、変更できません。',
  },
  compare: { en: 'Compare with no hotpatch', ja: 'ホットパッチなしと比べる' },
  // Table
  tableCaption: { en: 'month by month, as text', ja: '月ごとの内容（テキスト）' },
  colMonth: { en: 'Month', ja: '月' },
  colKind: { en: 'Kind', ja: '種類' },
  colRestart: { en: 'Restart?', ja: '再起動' },
  colWithout: { en: 'Restart without hotpatch?', ja: 'ホットパッチなしの場合の再起動' },
  colNote: { en: 'Note', ja: '備考' },
  sources: { en: 'Sources', ja: '出典' },
  detailLabel: { en: 'Month by month, legend and sources', ja: '月ごとの内容・凡例・出典' },
  legendTitle: { en: 'How to read the calendar', ja: '更新カレンダーの見方' },
} as const satisfies Record<string, Localized>;

export type CalendarTextKey = keyof typeof CALENDAR_TEXT;

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { CALENDAR_TEXT };
