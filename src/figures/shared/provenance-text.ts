/** Provenance words for the VBS-era figures (the marks match shared/ProvenanceTag.svelte). */
import type { Localized } from '../../i18n/lang';

export const PROVENANCE_TEXT = {
  title: { en: 'What this step rests on', ja: 'このステップの根拠' },
  documented: { en: 'documented', ja: '公開情報' },
  documentedLong: { en: 'stated by Microsoft or seen in a real capture', ja: 'Microsoft の説明、または実機のキャプチャーにある' },
  inferenceLong: { en: 'our deduction, not stated anywhere', ja: '資料からの推測で、明言はされていない' },
  unverifiedLong: { en: 'not documented, or could not be confirmed', ja: '公開されていない、または確認できない' },
} satisfies Record<string, Localized>;

/** The short mark drawn inside SVG next to an element (same marks as ProvenanceTag). */
export const PROVENANCE_MARK = { documented: '✓', inference: '≈', unverified: '[?]' } as const;
