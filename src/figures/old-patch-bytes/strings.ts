/** Words the old-patch-bytes view and options draw (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { ThreadView } from './data';
import { LENS_TEXT } from '../shared/lens-text';

export { LENS_TEXT }; // the byte listing's words, carried with this figure's own

export const OPB_TEXT = {
  changedNow: { en: 'Changed in this step:', ja: 'このステップで変わったバイト：' },
  nothingChanged: { en: 'no bytes', ja: 'なし' },
  changed: { en: 'changed', ja: '変化' },

  validation: { en: 'Validation: expected vs found', ja: '検証：期待値と実際のバイト' },
  expected: { en: 'expected', ja: '期待値' },
  found: { en: 'found', ja: '実際' },
  match: { en: 'match', ja: '一致' },
  mismatch: { en: 'mismatch', ja: '不一致' },
  hookType: { en: 'hook type', ja: 'フックの種類' },

  longJump: { en: 'Long jump into the padding', ja: 'パディングへのニアジャンプ' },
  indirectJump: { en: 'Indirect jump into the padding', ja: 'パディングへの間接ジャンプ' },
  shortJump: { en: 'Short jump at the entry', ja: 'エントリのショートジャンプ' },
  displacement: { en: 'displacement = target − (address + length)', ja: '変位 = 飛び先 − (書き込み位置 + 命令長)' },
  ripDisplacement: { en: 'disp32 = slot − (address + length)', ja: 'disp32 = スロット − (書き込み位置 + 命令長)' },
  littleEndian: { en: 'stored little-endian (lowest byte first):', ja: 'リトルエンディアン（下位バイトが先）で格納：' },
  signedByte: { en: 'as one signed byte:', ja: '符号付き 1 バイトで表すと：' },
  instruction: { en: 'instruction:', ja: '命令：' },
  slotHolds: { en: 'the slot holds', ja: 'スロットの値' },

  threads: { en: 'Threads and call path', ja: 'スレッドと呼び出し経路' },
  pathOf: { en: 'path of', ja: '経路：' },
  then: { en: 'now at', ja: '現在' },

  problem: { en: 'This patch cannot be applied', ja: 'このパッチは当てられません' },
  layoutProblem: { en: 'These addresses cannot be drawn', ja: 'このアドレスでは図を描けません' },
  loaderSays: { en: 'Loader message:', ja: 'ローダーのメッセージ：' },

  notes: { en: 'Not confirmed or made up', ja: '未確認・例示の事項' },
  writeOrder: {
    en: 'Write order: the padding first, then the entry. The reverse-engineered sample lists the padding hook first; that the real engine always wrote in this order is unconfirmed.',
    ja: '書き込みの順序：パディングが先、エントリが後。リバースエンジニアリングされたサンプルではパディング側のフックが先に並んでいますが、実際のエンジンが常にこの順序で書き込んだかは確認されていません。',
  },
  unverifiedMeans: { en: 'Could not be confirmed in public sources.', ja: '公開情報では確認できませんでした。' },
  x64Bytes: {
    en: 'x64: the exact bytes Microsoft’s engine wrote on x64 are not known; this x64 layout is illustrative.',
    ja: 'x64：Microsoft のエンジンが x64 で実際に書き込んだバイトはわかっていません。この x64 のレイアウトは例示です。',
  },

  // Options
  arch: { en: 'Architecture', ja: 'アーキテクチャ' },
  x86: { en: 'x86 (32-bit)', ja: 'x86（32 ビット）' },
  x64: { en: 'x64 (64-bit)', ja: 'x64（64 ビット）' },
  fill: { en: 'Padding fill byte', ja: 'パディングを埋めるバイト' },
  fillCC: { en: 'CC (int 3)', ja: 'CC（int 3）' },
  fill90: { en: '90 (nop)', ja: '90（nop）' },
  x64Jump: { en: 'x64 jump in the padding', ja: 'x64 のパディングのジャンプ' },
  x64Indirect: { en: 'indirect, through an 8-byte slot (FF 25)', ja: '8 バイトのスロット経由の間接ジャンプ（FF 25）' },
  x64Rel32: { en: 'rel32 (E9), reaches only ±2 GB', ja: 'rel32（E9）、届くのは ±2 GB まで' },
  editAddresses: { en: 'Edit the addresses', ja: 'アドレスを編集' },
  functionAddress: { en: 'Function entry (hex)', ja: '関数のエントリ（16 進）' },
  patchAddress: { en: 'Replacement function in the patch (hex)', ja: 'パッチ内の置き換え関数（16 進）' },
  apply: { en: 'Apply', ja: '適用' },
  reset: { en: 'Reset', ja: '元に戻す' },
  addressHint: {
    en: 'The bytes are re-encoded from these addresses. To see the ±2 GB limit, choose x64 with the rel32 jump and a patch address far away, such as 7FF600001000.',
    ja: 'バイト列はこのアドレスから計算し直されます。±2 GB の制限を確かめるには、x64 で rel32 のジャンプを選び、7FF600001000 のような遠いパッチアドレスを入力してください。',
  },
  errEmpty: { en: 'Enter an address.', ja: 'アドレスを入力してください。' },
  errNotHex: {
    en: 'Use hexadecimal digits 0–9 and A–F, for example 00476C7E.',
    ja: '0～9 と A～F の 16 進数で入力してください（例：00476C7E）。',
  },
  errTooLarge: { en: 'This number is too large.', ja: '値が大きすぎます。' },
} satisfies Record<string, Localized>;

export const THREAD_LABEL: Record<ThreadView['id'], string> = { caller: 'T1', inside: 'T2' };

export const THREAD_STATUS: Record<ThreadView['status'], Localized> = {
  waiting: { en: 'about to call', ja: '呼び出し前' },
  running: { en: 'running', ja: '実行中' },
  returned: { en: 'returned to its caller', ja: '呼び出し元に戻った' },
  'in-replacement': { en: 'reached the replacement function', ja: '置き換え関数に到達' },
  trapped: { en: 'hit int 3 (breakpoint exception)', ja: 'int 3 を実行（ブレークポイント例外）' },
  faulted: { en: 'faulted', ja: '異常終了' },
};

/** Placeholders naming the step where a panel fills in ({n}: from the scene's phase list, see page-text.ts `fill`). */
export const PLACEHOLDER = {
  shownIn: { en: 'Shown in step {n}.', ja: 'ステップ {n} で表示します。' },
  writtenIn: { en: 'Not written yet (step {n}).', ja: 'まだ書き込まれていません（ステップ {n}）。' },
  removed: { en: 'Removed: the original bytes are back.', ja: '削除済み：元のバイトに戻りました。' },
  notWritten: {
    en: 'Not written: the jump cannot be encoded.',
    ja: '書き込まれません。ジャンプをエンコードできません。',
  },
  stopped: {
    en: 'Not written: the patch stopped before the entry.',
    ja: '書き込まれません。エントリの前でパッチが止まりました。',
  },
  errorAhead: {
    en: 'Found when the jump is encoded, in step {n}.',
    ja: 'ステップ {n} でジャンプをエンコードするときに判明します。',
  },
} as const;

/** Words drawn inside the stage's SVG (short: they must fit a 360-unit-wide phone drawing). */
export const STAGE_TEXT = {
  caller: { en: 'caller', ja: '呼び出し元' },
  replacement: { en: 'replacement function', ja: '置き換え関数' },
  /** The phone drawing's box title (room for a pointer beside it). */
  replacementShort: { en: 'replacement', ja: '置き換え関数' },
  notLoaded: { en: 'not loaded yet', ja: 'まだ読み込まれていない' },
  inPatch: { en: 'in the patch module', ja: 'パッチモジュール内' },
  slot: { en: '8-byte slot', ja: '8 バイトのスロット' },
  checked: { en: '✓ as expected', ja: '✓ 期待どおり' },
  mismatch: { en: '✗ mismatch', ja: '✗ 不一致' },
  written: { en: 'written', ja: '書き込み' },
  times: { en: '×', ja: '×' },
  routeNew: { en: 'route of a new call', ja: '新しい呼び出しの経路' },
  routeOld: { en: 'route of the thread already inside', ja: 'すでに中にいたスレッドの経路' },
  routePreview: { en: 'route a call will take', ja: '呼び出しがたどる経路' },
  region: {
    'prev-tail': { en: 'previous function', ja: '直前の関数' },
    padding: { en: 'padding', ja: 'パディング' },
    entry: { en: 'entry', ja: 'エントリ' },
    leftover: { en: 'rest of old instruction', ja: '元の命令の残り' },
    body: { en: 'body', ja: '本体' },
  } as Record<string, Localized>,
  /** Region names under the brackets when projecting (where a list would not fit). */
  regionShort: {
    'prev-tail': { en: 'prev. function', ja: '直前の関数' },
    leftover: { en: 'rest', ja: '残り' },
  } as Record<string, Localized>,
  detail: { en: 'Bytes, arithmetic and checks', ja: 'バイト列・計算・検証' },
} as const;

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { LENS_TEXT, OPB_TEXT, THREAD_LABEL, THREAD_STATUS, PLACEHOLDER, STAGE_TEXT };
