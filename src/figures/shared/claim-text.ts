/**
 * What each modelled claim says, in plain words for readers (the model keeps only its provenance and
 * an English source note). Shared by the two VBS-era scenes, which put the words into their states:
 * the page then ships them in its own language only. An id missing here falls back to the model's
 * source note, so a new claim never breaks a figure.
 */
import type { Localized } from '../../i18n/lang';
import { CLAIMS, type ClaimId, type Provenance } from '../../model/vbs/index';

/** One claim as a step shows it: what it says and how sure we are of it. */
export interface ClaimView {
  readonly id: ClaimId;
  readonly provenance: Provenance;
  readonly basis: string;
  /** Bibliography ids (content/sources.yaml). */
  readonly sources: readonly string[];
  readonly text: Localized;
}

export const CLAIM_TEXT: Partial<Record<ClaimId, Localized>> = {
  registration: {
    en: 'A servicing component registers the patch with NtManageHotPatch, passing the base’s CheckSum and TimeDateStamp.',
    ja: 'サービスコンポーネントが NtManageHotPatch でパッチを登録し、ベースの CheckSum と TimeDateStamp を渡す。',
  },
  kernelLoaderEntry: {
    en: 'The patch image gets its own kernel loader entry, like a driver.',
    ja: 'パッチイメージは、ドライバーのように専用のカーネルローダーエントリを持つ。',
  },
  verifyKernel: {
    en: 'The Secure Kernel checks Microsoft’s signature and that the base’s CheckSum and TimeDateStamp match the patch’s target.',
    ja: 'セキュアカーネルが Microsoft の署名と、ベースの CheckSum・TimeDateStamp がパッチの対象と一致するかを確認する。',
  },
  verifyUser: {
    en: 'For DLLs, the Secure Kernel’s check is not described.',
    ja: 'DLL に対するセキュアカーネルの確認は説明されていない。',
  },
  sequenceTracking: {
    en: 'The highest applied sequence number is tracked.',
    ja: '適用済みの最大のシーケンス番号が記録される。',
  },
  refuseLowerSequence: {
    en: 'A lower or equal sequence number is refused.',
    ja: '同じか小さいシーケンス番号は拒否される。',
  },
  vtl0CannotWriteCode: {
    en: 'Under memory integrity (HVCI), executable kernel pages are never writable from VTL0.',
    ja: 'メモリ整合性（HVCI）の下では、実行可能なカーネルページは VTL0 から決して書き込めない。',
  },
  reversePatches: {
    en: 'Each __ref_ slot is pointed at the base’s global; its read-only page is writable only for that write.',
    ja: '各 __ref_ スロットをベースのグローバル変数に向ける。読み取り専用のページはその書き込みの間だけ書き込み可能になる。',
  },
  refSlotWriter: {
    en: 'That the Secure Kernel is the one writing kernel __ref_ slots (the source only says “the subsystem”).',
    ja: 'カーネルの __ref_ スロットを書くのがセキュアカーネルであること（資料には「サブシステム」とあるだけ）。',
  },
  sharedGlobals: {
    en: 'Old and new code share one copy of every global.',
    ja: '旧コードと新コードは、どのグローバル変数も 1 つのコピーを共有する。',
  },
  padding: {
    en: 'The linker leaves padding before each function (/FUNCTIONPADMIN).',
    ja: 'リンカーが各関数の手前にパディングを確保する（/FUNCTIONPADMIN）。',
  },
  hpat: {
    en: 'The HPAT is reserved right after the end of the base image, with one stub per patched function.',
    ja: 'HPAT はベースイメージの末尾の直後に確保され、パッチ対象の関数ごとにスタブが 1 つ置かれる。',
  },
  hpatStubBytes: {
    en: 'The HPAT stub’s exact bytes: the FF 25 jump shown is our illustration.',
    ja: 'HPAT スタブの正確なバイト列。図の FF 25 のジャンプは説明用。',
  },
  forwardBytes: {
    en: 'A real x64 capture: EB F9 at the entry, E9 in the padding, then the HPAT stub and the patch function.',
    ja: 'x64 の実例：エントリに EB F9、パディングに E9、その先が HPAT のスタブとパッチ関数。',
  },
  writeOrder: {
    en: 'Padding and HPAT are written before the final 2-byte flip of the entry.',
    ja: 'パディングと HPAT を先に書き、最後にエントリの 2 バイトを切り替える順序。',
  },
  noHalt: {
    en: 'The ordering keeps calls consistent without halting any process or CPU.',
    ja: 'この順序により、プロセスも CPU も止めずに呼び出しの一貫性が保たれる。',
  },
  patchTableChunks: {
    en: 'What the patch table’s chunk types mean (the header names them; their semantics are not documented).',
    ja: 'パッチテーブルのチャンク種別の意味（ヘッダーに名前はあるが、意味は公開されていない）。',
  },
  oldThreadFinishes: {
    en: 'Only the redirect bytes change, so a thread already inside the old body finishes there.',
    ja: '変わるのはリダイレクトのバイトだけなので、旧本体の中にいるスレッドはそのまま旧本体で終わる。',
  },
  atomicSwitch: {
    en: 'No per-thread transition: each function switches at once, at its entry.',
    ja: 'スレッドごとの移行はなく、各関数はエントリで一度に切り替わる。',
  },
  loadTimeQuery: {
    en: 'The loader asks for the current patch whenever it maps a DLL (Windows 11 24H2).',
    ja: 'ローダーは DLL をマップするたびに現在のパッチを問い合わせる（Windows 11 24H2）。',
  },
  loaderEntryFields: {
    en: 'Loader entries record ActivePatchImageBase and HotPatchState; the patch maps with load reason LoadReasonPatchImage.',
    ja: 'ローダーエントリは ActivePatchImageBase と HotPatchState を記録し、パッチはロード理由 LoadReasonPatchImage でマップされる。',
  },
  runningProcessPatch: {
    en: 'How an already-running process receives the patch (not documented).',
    ja: 'すでに動いているプロセスがパッチを受け取る方法（非公開）。',
  },
  supersedeRedirect: {
    en: 'Redirects then point at the newer patch image.',
    ja: 'リダイレクトは新しいパッチイメージを指すようになる。',
  },
  olderPatchUnloaded: {
    en: 'Whether the older patch image is ever unloaded.',
    ja: '古いパッチイメージが解放されるかどうか。',
  },
  reapplyAfterRestart: {
    en: 'After an unplanned restart, patches are applied again at boot or load.',
    ja: '予定外の再起動の後、パッチは起動時や読み込み時に再適用される。',
  },
  chainResetAtBaseline: {
    en: 'Old registrations no longer match the new base, so the sequence starts over.',
    ja: '古い登録は新しいベースと一致しなくなるので、シーケンスはやり直しになる。',
  },
  baselineSwap: {
    en: 'The cumulative update replaces the files on disk and the machine restarts into the new base images.',
    ja: '累積更新プログラムがディスク上のファイルを置き換え、マシンは新しいベースイメージで再起動する。',
  },
  unplannedBaseline: {
    en: 'A fix that cannot ship as a hotpatch turns that month into a full baseline with a restart.',
    ja: 'ホットパッチで出せない修正があると、その月は再起動を伴う完全なベースラインになる。',
  },
};

/** The claim's words, or the model's source note when the figure has none for it yet. */
export function claimText(id: string, basis: string): Localized {
  return CLAIM_TEXT[id as ClaimId] ?? { en: basis, ja: basis };
}

/** The claims a step rests on, in the order given, with their words. */
export function claimViews(ids: readonly ClaimId[]): ClaimView[] {
  return ids.map((id) => ({ id, ...CLAIMS[id], text: claimText(id, CLAIMS[id].basis) }));
}
