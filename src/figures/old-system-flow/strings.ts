/** Words the old-system-flow drawing and legend use (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { LaneId, Provenance } from './data';

export const PROVENANCE_TEXT: Record<Provenance, Localized> = {
  documented: {
    en: 'D, solid: documented (stated in the cited sources)',
    ja: '文、実線：文書化済み（出典に記載あり）',
  },
  'reverse-engineered': {
    en: 'R, dashed: reverse-engineered (third-party analysis or debugger observation)',
    ja: 'R、破線：リバースエンジニアリング（第三者の解析やデバッガーでの観察）',
  },
  unconfirmed: {
    en: 'dotted + ?: unconfirmed (not confirmed in public text)',
    ja: '点線＋?：未確認（公開資料では確認できない）',
  },
};

/** The badge on every chip of the stage drawing (text, so provenance never rests on colour or line style alone). */
export const BADGE_TEXT: Record<Provenance, Localized> = {
  documented: { en: 'D', ja: '文' },
  'reverse-engineered': { en: 'R', ja: 'R' },
  unconfirmed: { en: '?', ja: '?' },
};

/** Lane names on the stage (short: the lanes are thin on a phone). */
export const STAGE_LANE: Record<LaneId, Localized> = {
  admin: { en: 'Admin / package', ja: '管理者 / パッケージ' },
  kernel: { en: 'NT kernel', ja: 'NT カーネル' },
  'process-a': { en: 'Process A: loader routine', ja: 'プロセス A：ローダー' },
  'process-b': { en: 'Process B: loader routine', ja: 'プロセス B：ローダー' },
  'process-later': { en: 'Process C (later)', ja: 'プロセス C（後から）' },
  disk: { en: 'Disk', ja: 'ディスク' },
};

export const DETAIL_LABEL: Localized = {
  en: 'Boxes: provenance, detail and sources',
  ja: '各ボックスの出典の種類・詳細・出典',
};

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { BADGE_TEXT, STAGE_LANE, DETAIL_LABEL, PROVENANCE_TEXT };
