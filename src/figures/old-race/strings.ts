/** Words the old-race view and options draw (figure-specific, both languages). */
import type { Localized } from '../../i18n/lang';
import type { RaceThreadView } from './data';
import { LENS_TEXT } from '../shared/lens-text';

export { LENS_TEXT }; // the byte listing's words, carried with this figure's own

export const RACE_TEXT = {
  schedule: { en: 'Schedule', ja: 'スケジュール' },
  scheduleHint: {
    en: 'One event per step: a thread executes one instruction (T1, T2, T3) or a write lands (W).',
    ja: '1 ステップに 1 つの出来事：スレッドが 1 命令を実行する（T1・T2・T3）か、書き込みが反映される（W）。',
  },
  start: { en: 'start', ja: '開始' },
  now: { en: 'now', ja: '現在' },
  done: { en: 'done', ja: '実行済み' },
  write: { en: 'write', ja: '書き込み' },
  naiveWrite: { en: 'naive write', ja: '単純な一括上書き' },
  landed: { en: 'landed', ja: '反映済み' },
  pending: { en: 'pending', ja: '未反映' },
  changed: { en: 'changed', ja: '変化' },

  lastExecuted: { en: 'Last executed', ja: '直前に実行した命令' },
  nothingYet: { en: 'Nothing executed yet.', ja: 'まだ何も実行していません。' },
  wholeOld: { en: 'a whole instruction of the old code', ja: '古いコードの完全な命令' },
  wholeNew: { en: 'a whole instruction of the new code', ja: '新しいコードの完全な命令' },
  wholeBoth: {
    en: 'a whole instruction (unchanged code, same in old and new)',
    ja: '完全な命令（変わっていないコードで、新旧共通）',
  },
  tornWords: {
    en: 'torn: an instruction of neither the old nor the new code',
    ja: '分断された命令：古いコードにも新しいコードにもない命令',
  },
  tornMix: {
    en: '{fromWrite} bytes from the middle of the new jump + {fromOld} from the old code',
    ja: '新しいジャンプの途中の {fromWrite} バイト＋古いコードの {fromOld} バイト',
  },

  verdict: { en: 'Verdict over every schedule', ja: 'すべてのスケジュールでの結果' },
  verdictLater: {
    en: 'Shown in the last step: every schedule checked.',
    ja: '最後のステップで表示します（すべてのスケジュールを検査）。',
  },
  schedulesChecked: {
    en: '{n} schedules checked ({starts} starting points × every placement of the writes)',
    ja: '{n} 通りのスケジュールを検査（開始位置 {starts} か所 × 書き込みのすべての置き方）',
  },
  noneTorn: { en: 'no thread ever executed a torn instruction', ja: '分断された命令を実行したスレッドはありません' },
  someTorn: {
    en: '{torn} of {n} schedules execute a torn instruction',
    ja: '{n} 通り中 {torn} 通りで分断された命令を実行',
  },
  tornStarts: { en: 'Threads that can tear start:', ja: '分断された命令を実行し得るスレッドの開始位置：' },
  modelCheck: {
    en: 'Counted by this site’s own model (not a Microsoft or Intel figure), which assumes each write lands all at once.',
    ja: '本サイト独自のモデルで数えた結果です（Microsoft や Intel の数字ではありません）。各書き込みが一度に反映されることを前提にしています。',
  },

  // The stage's drawing
  caller: { en: 'caller', ja: '呼び出し元' },
  callSite: { en: 'call site', ja: '呼び出し位置' },
  replacement: { en: 'replacement', ja: '置き換え関数' },
  callerShort: { en: 'caller', ja: '呼出元' },
  replacementShort: { en: 'new', ja: '新' },
  padding: { en: 'padding', ja: 'パディング' },
  entry: { en: 'entry', ja: 'エントリ' },
  body: { en: 'old body', ja: '古い本体' },
  atomic: { en: 'one atomic 2-byte write', ja: '2 バイトをアトミックに 1 回で書き込み' },
  padWrite: { en: 'not executed by anyone', ja: '誰も実行しない場所' },
  naiveOver: { en: 'one 5-byte write over 3 live instructions', ja: '動作中の 3 命令に 5 バイトを 1 回で上書き' },
  tornShort: { en: 'torn instruction', ja: '分断された命令' },
  thisSchedule: { en: 'This schedule', ja: 'このスケジュール' },
  safe: { en: '✓ safe: every thread ran whole instructions only', ja: '✓ 安全：全スレッドが完全な命令だけを実行' },
  soFar: { en: 'so far: whole instructions only', ja: 'ここまで：完全な命令だけを実行' },
  tornVerdict: { en: '✗ torn: {id} ran an instruction nobody wrote', ja: '✗ 分断：{id} が誰も書いていない命令を実行' },
  detailLabel: {
    en: 'Schedule, threads and the site’s model counts',
    ja: 'スケジュール、スレッド、本サイトのモデルによる件数',
  },
  threadsTitle: { en: 'Threads', ja: 'スレッド' },
  claimsTitle: { en: 'Where each claim comes from', ja: '各記述の出典' },
  claimProtocol: {
    en: 'Two writes — a near jump into the padding, then a 2-byte short jump over mov edi, edi: described by Raymond Chen and by the reverse-engineered patch records.',
    ja: '2 回の書き込み（パディングへのニアジャンプ、次に mov edi, edi を覆う 2 バイトのショートジャンプ）：Raymond Chen 氏の解説と、リバースエンジニアリングされたパッチレコードによります。',
  },
  claimAtomic: {
    en: 'An aligned 2-byte write lands at once: Intel SDM (aligned 16-bit accesses; within one cache line on P6 and later).',
    ja: '境界に揃った 2 バイトの書き込みは一度に反映される：Intel SDM（境界に揃った 16 ビットのアクセス、P6 以降では 1 つのキャッシュライン内）。',
  },
  claimCounts: {
    en: 'The schedule counts: this site’s own model of three threads and the writes, not a Microsoft or Intel figure.',
    ja: 'スケジュールの件数：3 つのスレッドと書き込みを本サイトが独自にモデル化して数えたもので、Microsoft や Intel の数字ではありません。',
  },

  // Options
  writeMode: { en: 'How the patch is written', ja: 'パッチの書き込み方' },
  twoStep: {
    en: 'two-step write (real): padding, then 2 bytes at the entry',
    ja: '2 段階の書き込み（実際の方式）：パディング、次にエントリの 2 バイト',
  },
  naive: { en: 'naive 5-byte overwrite of the entry', ja: 'エントリを 5 バイトで一括上書き（単純な方式）' },
  orderHint: {
    en: 'That the real engine always wrote the padding first is unconfirmed; the reverse-engineered sample lists the padding hook first.',
    ja: '実際のエンジンが常にパディングを先に書き込んだかは確認されていません（リバースエンジニアリングされたサンプルではパディング側のフックが先に並んでいます）。',
  },
} as const;

export const RACE_STATUS: Record<RaceThreadView['status'], Localized> = {
  running: { en: 'running', ja: '実行中' },
  returned: { en: 'finished: returned to its caller', ja: '終了：呼び出し元に戻った' },
  'in-replacement': { en: 'reached the replacement function', ja: '置き換え関数に到達' },
  torn: { en: 'executed a torn instruction', ja: '分断された命令を実行' },
  trapped: { en: 'hit int 3 (breakpoint exception)', ja: 'int 3 を実行（ブレークポイント例外）' },
  faulted: { en: 'faulted', ja: '異常終了' },
};

/** Every table, as the page carries them (scripts/vite-page-words.mjs). */
export default { LENS_TEXT, RACE_TEXT, RACE_STATUS };
