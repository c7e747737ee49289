/**
 * The UI strings the reading player needs, in both languages — kept apart from the site's strings
 * (ui.ts) and the trainer surfaces' (trainer-ui.ts) so a figure's island ships only these. `ja` is
 * typed against `en`: a missing string is a type error.
 */
import type { Lang } from './lang';

export const figureEn = {
  'figure.steps': 'Steps',
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
  'figure.present': 'Present',
  'figure.handout': 'Handout',
  'figure.blank': 'Screen blanked: press B, Esc or click to show the figure',
  'figure.options': 'Options',
  'figure.overview': 'Overview',
  'figure.fullscreen': 'Full screen',
  'figure.checkpoint': 'Predict',
  'figure.reveal': 'The answer is revealed on the next step.',
  'figure.detail': 'Details',
  'figure.checkpointRegion': 'Question for this step',
  'figure.noJs': 'Without JavaScript the figure shows its first step; every step is described below.',
} as const;

export type FigureUiKey = keyof typeof figureEn;

export const figureJa: Record<FigureUiKey, string> = {
  'figure.steps': 'ステップ',
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
  'figure.present': 'プレゼン',
  'figure.handout': '配布資料',
  'figure.blank': '画面を消しています。B キー、Esc キー、またはクリックで図を表示します',
  'figure.options': 'オプション',
  'figure.overview': '一覧',
  'figure.fullscreen': '全画面',
  'figure.checkpoint': '予想してみましょう',
  'figure.reveal': '答えは次のステップで示します。',
  'figure.detail': '詳細',
  'figure.checkpointRegion': 'このステップの問い',
  'figure.noJs': 'JavaScript が無効なため最初のステップの図を表示しています。すべてのステップの説明は下にあります。',
};

const dictionaries: Record<Lang, Record<FigureUiKey, string>> = { en: figureEn, ja: figureJa };

export function ft(lang: Lang, key: FigureUiKey): string {
  return dictionaries[lang][key];
}

/** `Step 3 of 9` in each language's word order. */
export function stepOf(lang: Lang, n: number, total: number): string {
  return lang === 'ja' ? `ステップ ${n} / ${total}` : `Step ${n} of ${total}`;
}
