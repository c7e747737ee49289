/** Provenance words for the VBS-era figures' claims panel; marks and badge words come from i18n/provenance. */
import type { Localized } from '../../i18n/lang';
import { PROVENANCE_WORDS } from '../../i18n/provenance';

export const PROVENANCE_TEXT = {
  title: { en: 'What this step rests on', ja: 'このステップの根拠' },
  documented: { en: 'documented', ja: '公開情報' },
  documentedLong: {
    en: 'stated by Microsoft or seen in a real capture',
    ja: 'Microsoft の説明、または実機のキャプチャーにある',
  },
  inferenceLong: { en: 'our deduction, not stated anywhere', ja: '資料からの推測で、明言はされていない' },
  unverifiedLong: { en: 'not documented, or could not be confirmed', ja: '公開されていない、または確認できない' },
} satisfies Record<string, Localized>;

/** The short mark drawn inside SVG next to an element (the badge's marks). */
export const PROVENANCE_MARK = {
  documented: PROVENANCE_WORDS.documented.mark,
  inference: PROVENANCE_WORDS.inference.mark,
  unverified: PROVENANCE_WORDS.unverified.mark,
} as const;
