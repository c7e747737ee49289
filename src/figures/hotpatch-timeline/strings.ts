/** Words the hotpatch-timeline view, options and event list use (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';

export const TIMELINE_TEXT = {
  eraOld: { en: '● 2003-era engine', ja: '● 旧ホットパッチ（2003 年世代）' },
  eraNew: { en: '◆ VBS-era design', ja: '◆ 新ホットパッチ（VBS 世代）' },
  eraOldShort: { en: '2003-era engine', ja: '旧ホットパッチ' },
  eraNewShort: { en: 'VBS-era design', ja: '新ホットパッチ' },
  reverseEngineered: { en: 'reverse-engineered', ja: 'リバースエンジニアリング' },
  unverified: { en: '? unverified', ja: '? 未確認' },
  disagree: { en: '≠ sources disagree', ja: '≠ 出典により異なる' },
  sources: { en: 'Sources', ja: '出典' },
  noSource: { en: 'no source given', ja: '出典なし' },
  current: { en: 'current step', ja: '現在のステップ' },
  detailTitle: { en: 'This event: description and sources', ja: 'この出来事の説明と出典' },
  legendTitle: { en: 'How to read the marks', ja: '記号の読み方' },
  legendEras: {
    en: '● circle: 2003-era engine · ◆ diamond: VBS-era design',
    ja: '● 丸：旧ホットパッチ（2003 年世代）・◆ ひし形：新ホットパッチ（VBS 世代）',
  },
  legendHollow: { en: '○ hollow: reverse-engineered', ja: '○ 白抜き：リバースエンジニアリング' },
  legendUnverified: { en: '? unverified', ja: '? 未確認' },
  legendSpan: { en: '├─┤ how precise the date is', ja: '├─┤ 日付の精度' },
  legendDisagree: { en: '╌╌ sources disagree', ja: '╌╌ 出典により異なる' },
  // Options
  zoomIn: { en: 'Zoom in', ja: '拡大' },
  zoomOut: { en: 'Zoom out', ja: '縮小' },
  fitAll: { en: 'Fit all', ja: '全体を表示' },
  zoomLevel: { en: 'Zoom', ja: '倍率' },
  zoomGroup: { en: 'Zoom the time axis', ja: '時間軸の拡大・縮小' },
  era: { en: 'Era', ja: '世代' },
  eraAll: { en: 'Both eras', ja: '両方の世代' },
  // List
  listTitle: { en: 'Every event, as text', ja: 'すべての出来事（テキスト）' },
} as const satisfies Record<string, Localized>;

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { TIMELINE_TEXT };
