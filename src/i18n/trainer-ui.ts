/**
 * The UI strings of the trainer surfaces — help dialog, presenter window, handout, present page —
 * in both languages. Their code loads on demand or renders on the server, so these words stay out of
 * the reading figure's bundle. `ja` is typed against `en`: a missing string is a type error.
 */
import type { Lang } from './lang';

export const trainerEn = {
  'figure.helpClose': 'Close',
  'figure.notes': 'Presenter notes',
  'figure.note': 'Speaker note',
  'figure.nextCaption': 'Next',
  'figure.elapsed': 'Elapsed',
  'figure.resetTimer': 'Reset timer',
  'figure.openPresent': 'Open the audience window',
  'figure.end': 'End of the figure.',
  'figure.keys.nextPrev': 'Next / previous step',
  'figure.keys.firstLast': 'First / last step',
  'figure.keys.play': 'Play or pause',
  'figure.keys.help': 'Show this help',
  'figure.keys.blank': 'Blank the screen',
  'figure.keys.fullscreen': 'Full screen',
  'figure.keys.focusNote': 'Shortcuts work while the figure has focus.',
  'handout.title': 'Handout',
  'handout.intro': 'Every step of the figure, with its caption and speaker note. Prints on A4 and Letter.',
  'present.back': 'Back to the article',
  'figure.drawing': 'The drawing, step by step',
} as const;

export type TrainerUiKey = keyof typeof trainerEn;

export const trainerJa: Record<TrainerUiKey, string> = {
  'figure.helpClose': '閉じる',
  'figure.notes': '発表者ノート',
  'figure.note': '発表者ノート',
  'figure.nextCaption': '次',
  'figure.elapsed': '経過時間',
  'figure.resetTimer': 'タイマーをリセット',
  'figure.openPresent': '聴衆用ウィンドウを開く',
  'figure.end': '図の最後です。',
  'figure.keys.nextPrev': '次 / 前のステップ',
  'figure.keys.firstLast': '最初 / 最後のステップ',
  'figure.keys.play': '再生・一時停止',
  'figure.keys.help': 'このヘルプを表示',
  'figure.keys.blank': '画面を消す',
  'figure.keys.fullscreen': '全画面',
  'figure.keys.focusNote': 'ショートカットは図にフォーカスがあるときだけ有効です。',
  'handout.title': '配布資料',
  'handout.intro': '図のすべてのステップを、説明と発表者ノート付きで並べています。A4 とレターサイズで印刷できます。',
  'present.back': '記事に戻る',
  'figure.drawing': 'ステップごとの図',
};

const dictionaries: Record<Lang, Record<TrainerUiKey, string>> = { en: trainerEn, ja: trainerJa };

export function tt(lang: Lang, key: TrainerUiKey): string {
  return dictionaries[lang][key];
}
