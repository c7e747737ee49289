/**
 * The UI strings of the trainer kit's presenter view, handout and embed (issue #13), in both
 * languages; like trainer-ui.ts, they render on the server or load with the trainer code only.
 * `ja` is typed against `en`: a missing string is a type error.
 */
import type { Lang } from './lang';

export const kitEn = {
  'notes.now': 'Now',
  'notes.steps': 'Steps',
  'notes.deck': 'Running order',
  'notes.nextFigure': 'Next figure:',
  'notes.answer': 'Answer:',
  'notes.right': 'right:',
  'notes.wrong': 'wrong:',
  'notes.clock': 'Time',
  'notes.audience': 'Audience window',
  'notes.blank': 'Blank the audience',
  'notes.blankOn': 'The audience screen is blank.',
  'notes.fullscreen': 'Audience full screen',
  'notes.fullscreenExit': 'Leave full screen',
  'notes.fullscreenAsked':
    'Full screen is waiting for the audience window: press a key or click there once (browsers allow full screen only from that window).',
  'notes.fullscreenOn': 'The audience window is full screen.',
  'notes.noJs': 'The presenter view needs JavaScript. The handout lists every step with its speaker note:',
  'handout.choose': 'Print as',
  'handout.student': 'Student handout (no speaker notes)',
  'handout.trainer': 'Trainer script (with speaker notes and answers)',
  'handout.print': 'Print',
  'embed.open': 'Open in Hotpatch Explained',
  'embed.site': 'Hotpatch Explained',
  'embed.snippetTitle': 'Embed this figure',
  'embed.snippetIntro':
    'Paste this into a page or a slide tool that takes HTML. The script is optional: it sizes the frame to the figure.',
  'embed.snippetLabel': 'HTML to copy',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied',
} as const;

export type KitUiKey = keyof typeof kitEn;

export const kitJa: Record<KitUiKey, string> = {
  'notes.now': '現在',
  'notes.steps': 'ステップ',
  'notes.deck': '進行順',
  'notes.nextFigure': '次の図：',
  'notes.answer': '答え：',
  'notes.right': '正解：',
  'notes.wrong': '不正解：',
  'notes.clock': '時刻',
  'notes.audience': '聴衆用ウィンドウ',
  'notes.blank': '聴衆の画面を消す',
  'notes.blankOn': '聴衆の画面は消えています。',
  'notes.fullscreen': '聴衆の画面を全画面に',
  'notes.fullscreenExit': '全画面を終了',
  'notes.fullscreenAsked':
    '全画面は聴衆用ウィンドウの操作待ちです。そのウィンドウでキーを 1 回押すかクリックしてください（ブラウザーは、そのウィンドウでの操作からしか全画面を許可しません）。',
  'notes.fullscreenOn': '聴衆用ウィンドウは全画面です。',
  'notes.noJs': '発表者ビューには JavaScript が必要です。配布資料にはすべてのステップと発表者ノートがあります：',
  'handout.choose': '印刷する版',
  'handout.student': '受講者用（発表者ノートなし）',
  'handout.trainer': '講師用（発表者ノートと答え付き）',
  'handout.print': '印刷',
  'embed.open': 'Hotpatch Explained で開く',
  'embed.site': 'Hotpatch Explained',
  'embed.snippetTitle': 'この図を埋め込む',
  'embed.snippetIntro':
    'HTML を貼り付けられるページやスライドツールに貼り付けてください。スクリプトは省略できます（フレームの高さを図に合わせます）。',
  'embed.snippetLabel': 'コピーする HTML',
  'embed.copy': 'コピー',
  'embed.copied': 'コピーしました',
};

const dictionaries: Record<Lang, Record<KitUiKey, string>> = { en: kitEn, ja: kitJa };

export function kt(lang: Lang, key: KitUiKey): string {
  return dictionaries[lang][key];
}
