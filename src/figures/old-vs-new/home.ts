/**
 * This figure opens the home page: a folder with a `home.ts` is the one the home page draws
 * (src/components/home/HomeFigure.astro finds it by glob, so no figure id is written outside this
 * folder). The links lead from the stage into the articles, at the sections the figure condenses.
 */
import type { Localized } from '../../i18n/lang';

// The figure's wrapper, generated for this folder by scripts/figure-islands.mjs at config time.
export { default as Island } from '../../../.astro/figure-islands/old-vs-new.astro';

export interface HomeLink {
  readonly label: Localized;
  /** The label on a phone, where both links share one row. */
  readonly short: Localized;
  /** Path after the language prefix, per language (heading ids are in the article's language). */
  readonly href: Localized;
}

/** Into the two articles, at the sections this figure condenses (the compare article holds the figure). */
export const HOME_LINKS: readonly HomeLink[] = [
  {
    label: { en: 'The 2003 engine, byte by byte', ja: '旧ホットパッチをバイト単位で' },
    short: { en: 'The 2003 engine', ja: '旧ホットパッチ' },
    href: { en: 'old-hotpatch/#the-patch-byte-by-byte', ja: 'old-hotpatch/#バイト単位で見るパッチ' },
  },
  {
    label: { en: 'Today’s engine at run time', ja: '新ホットパッチの実行時の動き' },
    short: { en: 'Today’s engine', ja: '新ホットパッチ' },
    href: { en: 'new-hotpatch/#run-time-how-a-patch-goes-live', ja: 'new-hotpatch/#実行時パッチが有効になるまで' },
  },
];
