/** Words the old-vs-new view and detail draw (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';

export const OVN_TEXT = {
  noHpat: { en: 'no HPAT', ja: 'HPAT なし' },
  same: { en: 'same', ja: '同じ' },
  old: { en: '2003', ja: '2003 年' },
  now: { en: 'Today', ja: '現在' },
  detailTitle: { en: 'Every byte, and what each claim rests on', ja: 'すべてのバイト列と、各主張の根拠' },
  sources: { en: 'sources', ja: '出典' },
  documented: { en: 'documented', ja: '文書化済み' },
  differences: { en: 'The three differences', ja: '3 つの違い' },
  modelNote: {
    en: 'Bytes are decoded from the memory each engine’s model wrote; addresses, the caller and the replacement’s bytes are made up for the example.',
    ja: 'バイト列は、各エンジンのモデルが書き込んだメモリからデコードしたものです。アドレス、呼び出し元、置き換え関数のバイト列は説明用です。',
  },
} satisfies Record<string, Localized>;

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { OVN_TEXT };
