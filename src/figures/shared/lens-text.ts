/**
 * Words the byte listing view draws (both languages). Each figure that shows a listing carries them
 * in its own strings tables and hands them to ByteListingView as `text`, so they reach the browser in
 * the page's language only (player/page-text.ts).
 */
import type { Localized } from '../../i18n/lang';

export const LENS_TEXT = {
  address: { en: 'address', ja: 'アドレス' },
  bytes: { en: 'bytes', ja: 'バイト' },
  instruction: { en: 'instruction', ja: '命令' },
  region: { en: 'region', ja: '領域' },
  notLoaded: { en: '(not loaded)', ja: '（未読み込み）' },
  changed: { en: 'changed', ja: '変化' },
  torn: { en: 'torn', ja: '分断された命令' },
  elsewhere: { en: 'Outside these rows:', ja: 'この範囲の外：' },
  none: { en: 'none', ja: 'なし' },
  legendChanged: { en: 'byte changed since the previous step', ja: '前のステップから変わったバイト' },
  legendThread: { en: 'a thread’s instruction pointer', ja: 'スレッドの命令ポインター' },
  legendPath: { en: 'order in which a call ran the rows', ja: '呼び出しが実行した順序' },
  legendIllustrative: {
    en: 'illustrative: made-up address or stand-in bytes',
    ja: '例示：仮のアドレスまたは代用のバイト',
  },
  legendNotLoaded: { en: 'not loaded (no bytes mapped yet)', ja: '未読み込み（まだマップされていない）' },
  legendTorn: { en: 'bytes decoded as a torn instruction', ja: '分断された命令として解釈されたバイト' },
  legendMid: { en: 'pointer n bytes into an instruction', ja: '命令の先頭から n バイト目を指すポインター' },
  legendCovered: { en: 'part of the instruction above', ja: '上の命令の一部' },
} satisfies Record<string, Localized>;

export type LensText = typeof LENS_TEXT;
