/**
 * Every UI string in both languages. `ja` is typed against `en`'s keys, so a string missing in
 * either language is a type error caught by `astro check` before the build.
 */
import type { Lang } from './lang';
import { figureEn, figureJa, stepOf } from './figure-ui';
import { trainerEn, trainerJa } from './trainer-ui';

export { stepOf };
export { localizedPath } from './paths';

const en = {
  'site.name': 'Hotpatch Explained',
  'site.tagline': 'How Windows patches running code without a restart — 2005 and today',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.menu': 'Menu',
  'nav.glossary': 'Glossary',
  'nav.language': 'Language',
  'nav.switchTo': '日本語',
  'nav.switchToLabel': 'この記事を日本語で読む',
  'theme.toggle': 'Colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'motion.toggle': 'Motion',
  'motion.allow': 'Animate',
  'motion.reduce': 'Reduce',
  'motion.system': 'System',
  'search.open': 'Search',
  'search.label': 'Search the site',
  'search.placeholder': 'Search articles…',
  'search.close': 'Close search',
  'search.noResults': 'No results for',
  'search.results': 'results',
  'search.loading': 'Loading the search index…',
  'search.unavailable': 'Search needs JavaScript. Use the article list below instead.',
  'search.failed': 'The search index could not be loaded. Use the Articles menu instead.',
  'article.toc': 'On this page',
  'article.previous': 'Previous',
  'article.next': 'Next',
  'article.sources': 'Sources',
  'article.updated': 'Updated',
  'article.anchor': 'Link to this section',
  'article.source': 'Source',
  'article.backToText': 'Back to the text',
  'cite.kind.microsoft': 'Microsoft',
  'cite.kind.reverse-engineering': 'Reverse engineering',
  'cite.kind.press': 'Press',
  'cite.kind.community': 'Community',
  'cite.kind.book': 'Book',
  'cite.kind.paper': 'Paper or manual',
  'cite.kind.patent': 'Patent',
  'cite.kind.advisory': 'Vulnerability record',
  'cite.noUrl': 'no public URL',
  'tag.reverse-engineered': 'reverse-engineered',
  'tag.inference': 'inference',
  'tag.unverified': 'unconfirmed',
  'tag.conflict': 'sources disagree',
  'tag.reverse-engineered.long': 'Found by third-party reverse engineering or a debugger, not documented by Microsoft.',
  'tag.inference.long': 'Our deduction from the documented facts, not a statement by Microsoft.',
  'tag.unverified.long': 'Could not be confirmed in public sources.',
  'tag.conflict.long': 'Sources give different values; both are shown.',
  'aside.note': 'Note',
  'aside.myth': 'Myth',
  'aside.warning': 'Caution',
  'verdict.label': 'Verdict',
  'verdict.true': 'True',
  'verdict.false': 'False',
  'verdict.partly': 'Partly true',
  'glossary.more': 'More in the glossary',
  'glossary.explained': 'Explained in',
  'glossary.definition': 'Definition of',
  'glossary.sources': 'Sources',
  'home.articles': 'Read',
  'home.questions': 'Is what you know true?',
  'home.paths': 'Where to start',
  'home.figures': 'Figures you can step through',
  'home.present': 'Present',
  'home.handout': 'Handout',
  'footer.about': 'A static, bilingual explainer. Every fact is cited; reverse-engineered findings and inferences are labelled.',
  'footer.rss': 'RSS feed',
  'footer.sitemap': 'Sitemap',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Try the home page or search.',
  'lang.pick': 'Choose a language',

  ...figureEn,
  ...trainerEn,
} as const;

export type UiKey = keyof typeof en;

const ja: Record<UiKey, string> = {
  'site.name': 'ホットパッチ解説',
  'site.tagline': '再起動せずに実行中のコードを直す Windows の仕組み — 2005 年と現在',
  'nav.skip': '本文へ移動',
  'nav.main': 'メイン',
  'nav.home': 'ホーム',
  'nav.articles': '記事',
  'nav.menu': 'メニュー',
  'nav.glossary': '用語集',
  'nav.language': '言語',
  'nav.switchTo': 'English',
  'nav.switchToLabel': 'Read this page in English',
  'theme.toggle': '配色',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  'theme.system': 'システム',
  'motion.toggle': 'アニメーション',
  'motion.allow': '動かす',
  'motion.reduce': '減らす',
  'motion.system': 'システム',
  'search.open': '検索',
  'search.label': 'サイト内検索',
  'search.placeholder': '記事を検索…',
  'search.close': '検索を閉じる',
  'search.noResults': '次の語句に一致する結果はありません：',
  'search.results': '件',
  'search.loading': '検索インデックスを読み込んでいます…',
  'search.unavailable': '検索には JavaScript が必要です。下の記事一覧をご利用ください。',
  'search.failed': '検索インデックスを読み込めませんでした。「記事」メニューをご利用ください。',
  'article.toc': 'このページの内容',
  'article.previous': '前の記事',
  'article.next': '次の記事',
  'article.sources': '出典',
  'article.updated': '更新日',
  'article.anchor': 'この節へのリンク',
  'article.source': '出典',
  'article.backToText': '本文に戻る',
  'cite.kind.microsoft': 'Microsoft',
  'cite.kind.reverse-engineering': 'リバースエンジニアリング',
  'cite.kind.press': '報道',
  'cite.kind.community': 'コミュニティ',
  'cite.kind.book': '書籍',
  'cite.kind.paper': '論文・技術資料',
  'cite.kind.patent': '特許',
  'cite.kind.advisory': '脆弱性情報',
  'cite.noUrl': '公開 URL なし',
  'tag.reverse-engineered': 'リバースエンジニアリング',
  'tag.inference': '推測',
  'tag.unverified': '未確認',
  'tag.conflict': '出典により異なる',
  'tag.reverse-engineered.long': '第三者のリバースエンジニアリングやデバッガーでの観察によるもので、Microsoft の文書にはありません。',
  'tag.inference.long': '文書化された事実からの推測で、Microsoft の説明ではありません。',
  'tag.unverified.long': '公開情報では確認できませんでした。',
  'tag.conflict.long': '出典によって値が異なるため、両方を示しています。',
  'aside.note': '補足',
  'aside.myth': 'よくある誤解',
  'aside.warning': '注意',
  'verdict.label': '判定',
  'verdict.true': '正しい',
  'verdict.false': '誤り',
  'verdict.partly': '一部正しい',
  'glossary.more': '用語集で詳しく',
  'glossary.explained': '解説箇所',
  'glossary.definition': '用語の説明：',
  'glossary.sources': '出典',
  'home.articles': '読む',
  'home.questions': 'その知識、本当に正しいですか？',
  'home.paths': 'どこから読むか',
  'home.figures': 'ステップ実行できる図',
  'home.present': 'プレゼン',
  'home.handout': '配布資料',
  'footer.about': '静的な日英バイリンガル解説サイトです。すべての事実に出典を付け、リバースエンジニアリングによる知見や推測には明示的にラベルを付けています。',
  'footer.rss': 'RSS フィード',
  'footer.sitemap': 'サイトマップ',
  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'このアドレスにページはありません。ホームか検索をお試しください。',
  'lang.pick': '言語を選んでください',

  ...figureJa,
  ...trainerJa,
};

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, ja };

export function t(lang: Lang, key: UiKey): string {
  return dictionaries[lang][key];
}


export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ja' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}


/** The language of a page from its URL path ("/ja/…" → ja); English otherwise. */
export function langFromPath(pathname: string): Lang {
  return pathname.startsWith('/ja/') ? 'ja' : 'en';
}
