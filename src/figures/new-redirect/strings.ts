/** Words the new-redirect view and options draw (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { RegistrationView, ThreadView, WriteView } from './data';
import { LENS_TEXT } from '../shared/lens-text';

export { LENS_TEXT }; // the byte listing's words, carried with this figure's own

export const NR_TEXT = {
  vtl1Band: { en: 'VTL1 — Secure Kernel', ja: 'VTL1 — セキュアカーネル' },
  vtl0Band: { en: 'VTL0 — NT kernel, user processes', ja: 'VTL0 — NT カーネル、ユーザープロセス' },
  boundary: { en: 'VTL boundary', ja: 'VTL の境界' },

  identityTitle: { en: 'Identity check', ja: '識別情報の照合' },
  signature: { en: 'signature', ja: '署名' },
  signatureMicrosoft: { en: 'Microsoft ✓', ja: 'Microsoft ✓' },
  signatureUntrusted: { en: '✗ not Microsoft', ja: '✗ Microsoft 以外' },
  expected: { en: 'expected (patch)', ja: '期待値（パッチ側）' },
  found: { en: 'found (loaded image)', ja: '実際（読み込み済み）' },
  same: { en: '✓ same', ja: '✓ 一致' },
  differs: { en: '✗ differs', ja: '✗ 不一致' },
  accepted: { en: '✓ accepted', ja: '✓ 受理' },
  refused: { en: '✗ refused', ja: '✗ 拒否' },
  notChecked: { en: 'not checked yet', ja: 'まだ照合していません' },
  highest: { en: 'highest sequence number', ja: '適用済みの最大シーケンス番号' },

  writesTitle: { en: 'Bytes written by the Secure Kernel', ja: 'セキュアカーネルが書いたバイト' },
  nothingWritten: { en: 'nothing written yet', ja: 'まだ何も書いていません' },
  newBytes: { en: '(new)', ja: '（新規）' },

  process: { en: 'user process', ja: 'ユーザープロセス' },
  kernel: { en: 'NT kernel', ja: 'NT カーネル' },
  registrationNone: { en: 'no patch registered', ja: '登録されたパッチなし' },
  registrationFor: { en: 'for', ja: '対象' },
  baseIdentity: { en: 'base identity', ja: 'ベースの識別情報' },
  seq: { en: 'seq', ja: 'シーケンス' },
  vtl0Refused: {
    en: '✗ refused: VTL0 tried to write the HPAT stub; code pages are never writable from VTL0',
    ja: '✗ 拒否：VTL0 が HPAT スタブに書き込もうとしたが、コードページは VTL0 から書き込めない',
  },

  baseImage: { en: 'base image', ja: 'ベースイメージ' },
  patchImage: { en: 'patch image', ja: 'パッチイメージ' },
  patchShort: { en: 'patch', ja: 'パッチ' },
  notLoaded: { en: 'not loaded', ja: '未読み込み' },
  padding: { en: 'padding', ja: 'パディング' },
  entry: { en: 'entry', ja: 'エントリ' },
  oldBody: { en: 'body (old)', ja: '本体（旧）' },
  hpat: { en: 'HPAT', ja: 'HPAT' },
  hpatEmpty: { en: 'empty', ja: '空き' },
  stub: { en: 'stub', ja: 'スタブ' },
  patchFunction: { en: '(new)', ja: '（新）' },
  readOnly: { en: 'read-only', ja: '読み取り専用' },
  ownCopy: { en: 'own copy', ja: '自身のコピー' },
  unused: { en: 'unused', ja: '未使用' },
  refusedShort: { en: 'write refused', ja: '書き込み拒否' },
  oneCopy: { en: 'the one copy in use', ja: '使われている唯一のコピー' },
  refArrow: { en: 'points to', ja: 'の指す先' },
  storedBy: { en: 'stored', ja: '書き込み' },
  viaRef: { en: 'via __ref_g_state', ja: '__ref_g_state 経由' },
  viaOldBody: { en: 'old body', ja: '旧本体から' },
  changed: { en: 'changed', ja: '変化' },
  /** `{thread} calls SetState(n)` split around the thread id and the call. */
  calls: { en: 'calls', ja: 'が呼ぶ：' },

  listingTitle: { en: 'Kernel bytes (diff lens)', ja: 'カーネルのバイト列（差分レンズ）' },
  detailTitle: { en: 'Kernel bytes and what each step rests on', ja: 'カーネルのバイト列と各ステップの根拠' },

  optionsLegend: { en: 'Base image on this machine', ja: 'このマシンのベースイメージ' },
  matching: { en: 'matching base', ja: '一致するベース' },
  mismatched: { en: 'mismatched base (refused)', ja: '一致しないベース（拒否される）' },
} satisfies Record<string, Localized>;

export const THREAD_STATUS: Record<ThreadView['status'], Localized> = {
  idle: { en: 'not in SetState', ja: 'SetState の外' },
  'inside-old-body': { en: 'inside the old body', ja: '旧本体を実行中' },
  calling: { en: 'calling SetState', ja: 'SetState を呼び出し中' },
  'in-patch': { en: 'running the patch', ja: 'パッチを実行中' },
  returned: { en: 'returned', ja: '戻った' },
};

export const WRITE_TARGET: Record<WriteView['target'], Localized> = {
  'ref-slot': { en: '__ref_g_state', ja: '__ref_g_state' },
  'hpat-stub': { en: 'HPAT stub', ja: 'HPAT スタブ' },
  padding: { en: 'padding', ja: 'パディング' },
  entry: { en: 'entry', ja: 'エントリ' },
};

/** Two short lines under the HPAT block. */
export const HPAT_WHERE: Record<'en' | 'ja', readonly [string, string]> = {
  en: ['right after', 'the image end'],
  ja: ['イメージ末尾', 'の直後'],
};

/** HotPatchState values are phnt field values: kept in ASCII, explained once in words. */
export const HOT_PATCH_STATE_LABEL: Localized = { en: 'HotPatchState', ja: 'HotPatchState' };

export const REGISTRATION_STATUS: Record<RegistrationView['status'], Localized> = {
  registered: { en: 'registered', ja: '登録済み' },
  active: { en: 'active', ja: '適用中' },
  superseded: { en: 'superseded', ja: '置き換え済み' },
  refused: { en: '✗ refused', ja: '✗ 拒否' },
};

export const LOADER_TEXT = {
  entry: { en: 'loader entry', ja: 'ローダーエントリ' },
  none: { en: 'not loaded yet', ja: 'まだ読み込まれていない' },
} satisfies Record<string, Localized>;

/** The label under the `__ref_` arrow: where the slot points and what that means. */
export const REF_LABEL: Record<'base' | 'patch-own', Localized> = {
  base: {
    en: 'points to g_state in the base image: one copy, shared by old and new code',
    ja: 'ベースイメージの g_state を指す：コピーは 1 つで、旧コードと新コードが共有',
  },
  'patch-own': {
    en: 'points to the patch’s own g_state (the compiled default)',
    ja: 'パッチ自身の g_state を指す（コンパイル時の既定値）',
  },
};

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default {
  LENS_TEXT,
  NR_TEXT,
  THREAD_STATUS,
  WRITE_TARGET,
  HPAT_WHERE,
  HOT_PATCH_STATE_LABEL,
  REGISTRATION_STATUS,
  LOADER_TEXT,
  REF_LABEL,
};
