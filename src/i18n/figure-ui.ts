/**
 * The UI strings figures need, in both languages — kept apart from the site's strings so a figure's
 * island ships only these. `ja` is typed against `en`: a missing string is a type error.
 */
import type { Lang } from '../scenes/types';

export const figureEn = {
  'figure.steps': 'Steps',
  'figure.step': 'Step',
  'figure.of': 'of',
  'figure.first': 'First step',
  'figure.previous': 'Previous step',
  'figure.next': 'Next step',
  'figure.last': 'Last step',
  'figure.play': 'Play',
  'figure.pause': 'Pause',
  'figure.speed': 'Speed',
  'figure.scrubber': 'Step',
  'figure.controls': 'Figure controls',
  'figure.help': 'Keyboard shortcuts',
  'figure.helpClose': 'Close',
  'figure.present': 'Present',
  'figure.handout': 'Handout',
  'figure.notes': 'Presenter notes',
  'figure.embed': 'Embed',
  'figure.note': 'Speaker note',
  'figure.nextCaption': 'Next',
  'figure.elapsed': 'Elapsed',
  'figure.blank': 'Screen blanked — press B to show',
  'figure.fullscreen': 'Full screen',
  'figure.resetTimer': 'Reset timer',
  'figure.openPresent': 'Open the audience window',
  'figure.checkpoint': 'Predict',
  'figure.reveal': 'The answer is revealed on the next step.',
  'figure.noJs': 'Without JavaScript the figure shows its first step; every step is described below.',
  'figure.end': 'End of the figure.',
  'figure.keys.nextPrev': 'Next / previous step',
  'figure.keys.firstLast': 'First / last step',
  'figure.keys.play': 'Play or pause',
  'figure.keys.help': 'Show this help',
  'figure.keys.blank': 'Blank the screen',
  'figure.keys.fullscreen': 'Full screen',
  'figure.keys.focusNote': 'Shortcuts work while the figure has focus.',
  'handout.title': 'Handout',
  'handout.print': 'Print',
  'handout.intro': 'Every step of the figure, with its caption and speaker note. Prints on A4 and Letter.',
  'present.back': 'Back to the article',
} as const;

export type FigureUiKey = keyof typeof figureEn;

export const figureJa: Record<FigureUiKey, string> = {
  'figure.steps': 'ステップ',
  'figure.step': 'ステップ',
  'figure.of': '/',
  'figure.first': '最初のステップ',
  'figure.previous': '前のステップ',
  'figure.next': '次のステップ',
  'figure.last': '最後のステップ',
  'figure.play': '再生',
  'figure.pause': '一時停止',
  'figure.speed': '速度',
  'figure.scrubber': 'ステップ',
  'figure.controls': '図の操作',
  'figure.help': 'キーボードショートカット',
  'figure.helpClose': '閉じる',
  'figure.present': 'プレゼン',
  'figure.handout': '配布資料',
  'figure.notes': '発表者ノート',
  'figure.embed': '埋め込み',
  'figure.note': '発表者ノート',
  'figure.nextCaption': '次',
  'figure.elapsed': '経過時間',
  'figure.blank': '画面を消しています — B キーで表示',
  'figure.fullscreen': '全画面',
  'figure.resetTimer': 'タイマーをリセット',
  'figure.openPresent': '聴衆用ウィンドウを開く',
  'figure.checkpoint': '予想してみよう',
  'figure.reveal': '答えは次のステップで示します。',
  'figure.noJs': 'JavaScript が無効なため最初のステップの図を表示しています。すべてのステップの説明は下にあります。',
  'figure.end': '図の最後です。',
  'figure.keys.nextPrev': '次 / 前のステップ',
  'figure.keys.firstLast': '最初 / 最後のステップ',
  'figure.keys.play': '再生・一時停止',
  'figure.keys.help': 'このヘルプを表示',
  'figure.keys.blank': '画面を消す',
  'figure.keys.fullscreen': '全画面',
  'figure.keys.focusNote': 'ショートカットは図にフォーカスがあるときだけ働きます。',
  'handout.title': '配布資料',
  'handout.print': '印刷',
  'handout.intro': '図のすべてのステップを、説明と発表者ノート付きで並べています。A4 とレターサイズで印刷できます。',
  'present.back': '記事に戻る',
};

const dictionaries: Record<Lang, Record<FigureUiKey, string>> = { en: figureEn, ja: figureJa };

export function ft(lang: Lang, key: FigureUiKey): string {
  return dictionaries[lang][key];
}

/** `Step 3 of 9` in each language's word order. */
export function stepOf(lang: Lang, n: number, total: number): string {
  return lang === 'ja' ? `ステップ ${n} / ${total}` : `Step ${n} of ${total}`;
}
