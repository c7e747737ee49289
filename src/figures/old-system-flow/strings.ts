/** Words the old-system-flow drawing and legend use (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { Provenance } from './data';

export const FLOW_TEXT = {
  now: { en: '▶\uFE0E now', ja: '▶\uFE0E 現在' },
  time: { en: 'Time →', ja: '時間 →' },
  legendTitle: { en: 'Key', ja: '凡例' },
  legendNow: { en: 'thick outline, highlight, ▶\uFE0E: this step', ja: '太枠・強調・▶\uFE0E：このステップ' },
  scrollArea: { en: 'Flow diagram (scrolls sideways)', ja: 'フロー図（横にスクロールできます）' },
} satisfies Record<string, Localized>;

/** The badge drawn on a box or arrow (documented items have none: a solid line says it). */
export const BADGE: Record<Provenance, string | null> = {
  documented: null,
  'reverse-engineered': 'RE',
  unconfirmed: '?',
};

export const PROVENANCE_TEXT: Record<Provenance, Localized> = {
  documented: { en: 'solid: documented (stated in the cited sources)', ja: '実線：文書化済み（出典に記載あり）' },
  'reverse-engineered': {
    en: 'dashed + RE: reverse-engineered (third-party analysis or debugger observation)',
    ja: '破線＋RE：リバースエンジニアリング（第三者の解析やデバッガーでの観察）',
  },
  unconfirmed: {
    en: 'dotted + ?: unconfirmed (not confirmed in public text)',
    ja: '点線＋?：未確認（公開資料では確認できない）',
  },
};

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { FLOW_TEXT, BADGE, PROVENANCE_TEXT };
