/**
 * The UI strings of present mode's own surfaces — the keys help, the deck hub, the present page's
 * bar — in both languages. Their code loads on demand or renders on the server (kept apart from
 * trainer-ui.ts, the presenter window's and handout's). `ja` is typed against `en`.
 */
import type { Lang } from './lang';

export const presentEn = {
  'keys.next': 'Next step (at the end of a figure: the next figure of the deck)',
  'keys.previous': 'Previous step (at the start: the previous figure)',
  'keys.firstLast': 'First / last step of this figure',
  'keys.play': 'Play or pause',
  'keys.nextPrev': 'Next / previous step',
  'keys.blank': 'Blank the screen (black, no text); B, . or Esc shows it again',
  'keys.fullscreen': 'Full screen on / off',
  'keys.overview': 'Overview of every figure and step, to jump to',
  'keys.help': 'Show this help',
  'keys.presentNote':
    'These keys work wherever focus is, also after a click on the scrubber or a button. In a text field or a list, only PageDown and PageUp step.',
  'keys.readingNote': 'Shortcuts work while the figure has focus.',
  'bar.deck': 'Deck',
  'bar.figureOf': 'Figure {n} of {total}',
  'hub.title': 'Present: build a deck',
  'hub.intro':
    'Pick the figures for your talk and put them in order. Start steps through them as one presentation: Next on the last step of a figure opens the next one. O shows every figure and step. The address of this page holds the deck: bookmark it or send it.',
  'hub.figures': 'Figures',
  'hub.include': 'In the deck',
  'hub.up': 'Move up',
  'hub.down': 'Move down',
  'hub.options': 'Options',
  'hub.noOptions': 'default options',
  'hub.clearOptions': 'Default options',
  'hub.optionsHint':
    'A figure’s options (the naive write, x64, a product) are set on its present page while you rehearse: the deck remembers them. The “Deck” link there brings you back here with them.',
  'hub.order': 'Running order',
  'hub.empty': 'No figure chosen yet.',
  'hub.start': 'Start the presentation',
  'hub.link': 'Link to this deck',
  'hub.copy': 'Copy',
  'hub.copied': 'Copied',
  'hub.pages': 'Every figure’s trainer pages',
  'hub.present': 'Present',
  'hub.notes': 'Presenter notes',
  'hub.handout': 'Handout',
  'hub.embed': 'Embed',
  'hub.embedSnippet': 'Embed snippet',
  'hub.noJs': 'Building a deck needs JavaScript. Every figure’s present page is linked below.',
} as const;

export type PresentUiKey = keyof typeof presentEn;

export const presentJa: Record<PresentUiKey, string> = {
  'keys.next': '次のステップ（図の最後ではデッキの次の図）',
  'keys.previous': '前のステップ（図の最初では前の図）',
  'keys.firstLast': 'この図の最初 / 最後のステップ',
  'keys.play': '再生・一時停止',
  'keys.nextPrev': '次 / 前のステップ',
  'keys.blank': '画面を消す（黒一色、文字なし）。B、.、Esc で元に戻す',
  'keys.fullscreen': '全画面の切り替え',
  'keys.overview': 'すべての図とステップの一覧（選んで移動）',
  'keys.help': 'このヘルプを表示',
  'keys.presentNote':
    'これらのキーはフォーカスの位置にかかわらず効きます。スクロールバーやボタンをクリックした後も同じです。テキスト欄やリストでは PageDown と PageUp だけがステップを進めます。',
  'keys.readingNote': 'ショートカットは図にフォーカスがあるときだけ有効です。',
  'bar.deck': 'デッキ',
  'bar.figureOf': '図 {n} / {total}',
  'hub.title': 'プレゼン：デッキを組む',
  'hub.intro':
    '講演で使う図を選び、順番に並べます。「開始」を押すと 1 つのプレゼンとして続けて進められます。図の最後のステップで「次」を押すと次の図が開きます。O キーですべての図とステップを一覧できます。このページのアドレスがデッキそのものなので、ブックマークや共有に使えます。',
  'hub.figures': '図',
  'hub.include': 'デッキに入れる',
  'hub.up': '上へ',
  'hub.down': '下へ',
  'hub.options': 'オプション',
  'hub.noOptions': '既定のオプション',
  'hub.clearOptions': '既定に戻す',
  'hub.optionsHint':
    '図のオプション（単純な書き込み、x64、製品など）は、リハーサル中にその図のプレゼンページで設定します。設定はデッキに記録されます。そのページの「デッキ」リンクで、設定ごとここに戻れます。',
  'hub.order': '進行順',
  'hub.empty': 'まだ図を選んでいません。',
  'hub.start': 'プレゼンを開始',
  'hub.link': 'このデッキへのリンク',
  'hub.copy': 'コピー',
  'hub.copied': 'コピーしました',
  'hub.pages': '図ごとのトレーナー用ページ',
  'hub.present': 'プレゼン',
  'hub.notes': '発表者ノート',
  'hub.handout': '配布資料',
  'hub.embed': '埋め込み',
  'hub.embedSnippet': '埋め込み用コード',
  'hub.noJs': 'デッキを組むには JavaScript が必要です。各図のプレゼンページへのリンクは下にあります。',
};

const dictionaries: Record<Lang, Record<PresentUiKey, string>> = { en: presentEn, ja: presentJa };

export function pt(lang: Lang, key: PresentUiKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
