/** Words the new-lifecycle view and options draw (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { MonthReason } from '../../model/calendar/rules';

export const NL_TEXT = {
  rowRestart: { en: 'restart?', ja: '再起動' },
  rowDisk: { en: 'on disk', ja: 'ディスク上' },
  rowCheckSum: { en: 'CheckSum', ja: 'CheckSum' },
  rowStamp: { en: 'TimeDateStamp', ja: 'TimeDateStamp' },
  rowChain: { en: 'patch chain', ja: 'パッチチェーン' },
  rowChainSub: { en: '(registered)', ja: '（登録済み）' },
  rowProcesses: { en: 'processes', ja: 'プロセス' },
  rowProcessesSub: { en: 'what they map', ja: '（マップしているイメージ）' },

  restart: { en: '↻ restart', ja: '↻ 再起動' },
  noRestart: { en: '⚡ no restart', ja: '⚡ 再起動なし' },
  now: { en: 'now', ja: '現在' },
  notYet: { en: 'not yet', ja: 'まだ先' },
  planned: { en: '(planned)', ja: '（予定）' },
  empty: { en: 'empty', ja: '空' },
  patch: { en: 'patch', ja: 'パッチ' },
  /** Before a sequence number on a chip (Japanese uses # to fit; the legend explains both). */
  seqPrefix: { en: 'seq ', ja: '#' },
  active: { en: 'active', ja: '適用中' },
  registered: { en: 'registered', ja: '登録済み' },
  superseded: { en: 'superseded', ja: '置き換え済み' },
  base: { en: 'base', ja: 'ベース' },
  calls: { en: 'calls →', ja: '呼び出し →' },
  newImage: { en: 'new image', ja: '新しいイメージ' },
  changed: { en: 'changed', ja: '変化' },

  legendRestart: { en: 'baseline: the machine restarts', ja: 'ベースライン：マシンが再起動' },
  legendNoRestart: { en: 'hotpatch: no restart', ja: 'ホットパッチ：再起動なし' },
  legendUnplanned: { en: 'unplanned baseline (hatched)', ja: '計画外ベースライン（斜線）' },
  legendSuperseded: { en: 'struck through: superseded', ja: '取り消し線：置き換え済み' },
  legendRoute: { en: 'how the patch reached the process', ja: 'パッチがプロセスに届いた方法' },
  legendSeqKey: { en: 'seq n', ja: '#n' },
  legendSeq: { en: 'sequence number', ja: 'シーケンス番号' },

  baseImage: { en: 'base image', ja: 'ベースイメージ' },
  patchImage: { en: 'patch', ja: 'パッチ' },
  /** "{m}" is the month's name. */
  fromBaseline: { en: 'from the {m} baseline', ja: '{m}のベースラインで導入' },
  processesKey: { en: 'processes (➜ where calls land)', ja: 'プロセス（➜ は呼び出し先）' },
  pid: { en: 'pid', ja: 'PID' },
  keyTall: { en: '↻ baseline  ⚡ hotpatch  ➜ where calls land', ja: '↻ ベースライン ⚡ ホットパッチ ➜ 呼び出し先' },
  detailTitle: { en: 'Months, images and sources', ja: '月ごとの状態と出典' },
  tableMonth: { en: 'Month', ja: '月' },
  tableKind: { en: 'Installs', ja: '内容' },
  tableDisk: { en: 'example.dll on disk', ja: 'ディスク上の example.dll' },
  tableChain: { en: 'Patch chain', ja: 'パッチチェーン' },
  tableProcesses: { en: 'Processes (calls land in)', ja: 'プロセス（呼び出し先）' },
  tableNotYet: { en: 'not yet', ja: 'まだ先' },

  optionsLegend: { en: 'June in this story', ja: 'この例の 6 月' },
  optionUnplanned: {
    en: 'unplanned baseline (a fix that cannot be hotpatched)',
    ja: '計画外ベースライン（ホットパッチにできない修正）',
  },
  optionHotpatch: { en: 'ordinary hotpatch month', ja: '通常のホットパッチ月' },
} satisfies Record<string, Localized>;

/** What a month installs, in words (the header of each column). */
export const MONTH_KIND: Record<MonthReason, Localized> = {
  'planned-baseline': { en: 'baseline', ja: 'ベースライン' },
  hotpatch: { en: 'hotpatch', ja: 'ホットパッチ' },
  'unplanned-baseline': { en: 'unplanned baseline', ja: '計画外ベースライン' },
  'cumulative-update': { en: 'cumulative update', ja: '累積更新プログラム' },
};

/** The short word in a month's cell (the detail table uses MONTH_KIND). */
export const MONTH_SHORT: Record<MonthReason, Localized> = {
  'planned-baseline': { en: 'baseline', ja: 'ベースライン' },
  hotpatch: { en: 'hotpatch', ja: 'ホットパッチ' },
  'unplanned-baseline': { en: 'unplanned', ja: '計画外' },
  'cumulative-update': { en: 'update', ja: '累積更新' },
};

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { NL_TEXT, MONTH_KIND, MONTH_SHORT };
